// /api/v4/config: read, replace and patch the saved configuration (system admins), as Mattermost
// does. The rules of a valid configuration are in config/config.ts; what a change starts or
// stops is the plugin environment's (saveConfig), the same path as the Plugin API's SaveConfig.
import type { FastifyInstance } from 'fastify';
import { type ConfigStore, maskedConfig, patchedConfig, replacedConfig } from '../config/config.js';
import type { PluginEnvironment } from '../plugins/environment.js';
import { bodyObject, requirePermission } from './context.js';

export function configRoutes(api: FastifyInstance, config: ConfigStore, env: PluginEnvironment): void {
  api.get('/config', async (req) => {
    requirePermission(req, 'manage_system');
    return maskedConfig(config.get());
  });

  api.put('/config', async (req) => {
    requirePermission(req, 'manage_system');
    const next = replacedConfig(config.get(), bodyObject(req, 'config'));
    return maskedConfig(await env.saveConfig(next));
  });

  api.put('/config/patch', async (req) => {
    requirePermission(req, 'manage_system');
    const next = patchedConfig(config.get(), bodyObject(req, 'config'));
    return maskedConfig(await env.saveConfig(next));
  });
}
