// Plugin API: the plugin's own management of plugins (as REST's /plugins routes: the same plugin
// environment), the server configuration and the calling plugin's settings.
import { replacedConfig, sanitizedConfig } from '../../config/config.js';
import { toMessage } from '../convert.js';
import type { Manifest } from '../manifest.js';
import { type ApiDeps, type Handlers, parseJsonObject } from './types.js';

const manifestMessage = (m: Manifest) => toMessage<any>(m, ['server', 'webapp', 'settings_schema', 'props']);

export const configurationHandlers = ({ app, platform }: ApiDeps) => ({
  GetConfig: async () => ({ config_json: JSON.stringify(sanitizedConfig(app.config.get())) }),
  GetUnsanitizedConfig: async () => ({ config_json: JSON.stringify(app.config.get()) }),
  SaveConfig: async (req, caller) => {
    await platform.saveConfig(replacedConfig(app.config.get(), parseJsonObject('config_json', req.config_json)), caller);
    return {};
  },
  GetPluginConfig: async (_req, { pluginId }) => ({ config_json: JSON.stringify(platform.pluginConfig(pluginId)) }),
  LoadPluginConfiguration: async (_req, { pluginId }) => ({ config_json: JSON.stringify(platform.pluginConfig(pluginId)) }),
  SavePluginConfig: async (req, { pluginId }) => {
    platform.savePluginConfig(pluginId, parseJsonObject('config_json', req.config_json));
    return {};
  },
  GetBundlePath: async (_req, { pluginId }) => ({ path: platform.bundlePath(pluginId) }),
  GetPluginID: async (_req, { pluginId }) => ({ id: pluginId }),
  GetPlugins: async () => ({ manifests: platform.manifests().map(manifestMessage) }),
  GetPluginStatus: async (req) => ({ status: platform.status(req.id) }),
  EnablePlugin: async (req, caller) => {
    await platform.enable(req.id, caller);
    return {};
  },
  DisablePlugin: async (req, caller) => {
    await platform.disable(req.id, caller);
    return {};
  },
  RemovePlugin: async (req, caller) => {
    await platform.remove(req.id, caller);
    return {};
  },
  InstallPlugin: async (req, caller) => ({ manifest: manifestMessage(await platform.install(req.bundle, req.replace, caller)) }),
}) satisfies Partial<Handlers>;
