// /api/v4/config: read and patch the saved configuration (system admins), as Mattermost does.
import type { FastifyInstance } from 'fastify';
import { invalidField } from '../app/errors.js';
import { type Config, type ConfigStore, defaultConfig } from '../config/config.js';
import type { PluginEnvironment } from '../plugins/environment.js';
import { bodyObject, requirePermission } from './context.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges `patch` into `target`: objects key by key, everything else replaced. Checks types against the defaults. */
function merge(target: Json, patch: Json, defaults: unknown, where: string): void {
  for (const [key, value] of Object.entries(patch)) {
    const path = where ? `${where}.${key}` : key;
    const known = isObject(defaults) ? defaults[key] : undefined;
    if (known !== undefined && !isObject(known) && value !== null && typeof value !== typeof known) {
      throw invalidField('config', path, `must be a ${typeof known}`);
    }
    if (isObject(known) && !isObject(value)) throw invalidField('config', path, 'must be an object');
    if (isObject(value) && isObject(target[key])) merge(target[key] as Json, value, known, path);
    else target[key] = value;
  }
}

export function configRoutes(api: FastifyInstance, config: ConfigStore, env: PluginEnvironment): void {
  api.get('/config', async (req) => {
    requirePermission(req, 'manage_system');
    return config.get();
  });

  api.put('/config/patch', async (req) => {
    requirePermission(req, 'manage_system');
    const patch = bodyObject(req, 'config');
    const before = config.get();
    const next = structuredClone(before) as unknown as Json;
    merge(next, patch, defaultConfig(), '');
    const after = config.update((cfg) => Object.assign(cfg, next as unknown as Config));
    await env.configChanged(before, after);
    return after;
  });
}
