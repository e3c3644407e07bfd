// Plugin API: the server configuration and the calling plugin's settings.
import { sanitizedConfig } from '../../config/config.js';
import { type ApiDeps, type Handlers, parseJsonObject } from './types.js';

export const configurationHandlers = ({ app, platform }: ApiDeps) => ({
  GetConfig: async () => ({ config_json: JSON.stringify(sanitizedConfig(app.config.get())) }),
  GetPluginConfig: async (_req, { pluginId }) => ({ config_json: JSON.stringify(platform.pluginConfig(pluginId)) }),
  LoadPluginConfiguration: async (_req, { pluginId }) => ({ config_json: JSON.stringify(platform.pluginConfig(pluginId)) }),
  SavePluginConfig: async (req, { pluginId }) => {
    platform.savePluginConfig(pluginId, parseJsonObject('config_json', req.config_json));
    return {};
  },
}) satisfies Partial<Handlers>;
