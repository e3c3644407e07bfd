// /api/v4/plugins: upload, list, statuses, enable, disable, remove, logs (system admins only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { badRequest } from '../app/errors.js';
import type { ConfigStore } from '../config/config.js';
import { bundleTooLarge, type PluginEnvironment } from '../plugins/environment.js';
import { requirePermission } from './context.js';

export function pluginRoutes(api: FastifyInstance, env: PluginEnvironment, config: ConfigStore): void {
  api.post('/plugins', async (req, reply) => {
    const session = requirePermission(req, 'manage_system');
    env.checkUploadsAllowed();
    if (!req.isMultipart()) throw badRequest('api.plugin.upload.no_file.app_error', 'Expected a multipart/form-data upload with the bundle in the field "plugin".');
    const maxBytes = config.get().PluginSettings.MaxBundleBytes;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-upload-'));
    const bundleFile = path.join(tmp, 'bundle.tar.gz');
    try {
      let force = (req.query as Record<string, string>).force === 'true';
      let received = false;
      let signature: Buffer | undefined;
      for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 2 } })) {
        if (part.type === 'field') {
          if (part.fieldname === 'force') force = String(part.value) === 'true';
          continue;
        }
        if (part.fieldname === 'signature') {
          signature = await part.toBuffer();
          continue;
        }
        if (part.fieldname !== 'plugin') {
          part.file.resume();
          throw badRequest('api.plugin.upload.no_file.app_error', `Unexpected file field "${part.fieldname}"; the bundle goes in the field "plugin", its signature in "signature".`);
        }
        // Streamed to disk, never held in memory whole.
        await pipeline(part.file, fs.createWriteStream(bundleFile));
        if (part.file.truncated) throw bundleTooLarge(maxBytes);
        received = true;
      }
      if (!received) throw badRequest('api.plugin.upload.no_file.app_error', 'Missing the plugin bundle in the multipart field "plugin".');
      const manifest = await env.install(bundleFile, { force, installedBy: session.user_id, signature });
      reply.code(201);
      return manifest;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  api.get('/plugins', async (req) => {
    requirePermission(req, 'manage_system');
    const all = env.manifests();
    return { active: all.filter((p) => p.active).map((p) => p.manifest), inactive: all.filter((p) => !p.active).map((p) => p.manifest) };
  });

  api.get('/plugins/statuses', async (req) => {
    requirePermission(req, 'manage_system');
    return env.statuses();
  });

  api.post('/plugins/:pluginId/enable', async (req) => {
    requirePermission(req, 'manage_system');
    await env.enable((req.params as { pluginId: string }).pluginId);
    return { status: 'OK' };
  });

  api.post('/plugins/:pluginId/disable', async (req) => {
    requirePermission(req, 'manage_system');
    await env.disable((req.params as { pluginId: string }).pluginId);
    return { status: 'OK' };
  });

  api.delete('/plugins/:pluginId', async (req) => {
    requirePermission(req, 'manage_system');
    await env.remove((req.params as { pluginId: string }).pluginId);
    return { status: 'OK' };
  });

  api.get('/plugins/:pluginId/logs', async (req) => {
    requirePermission(req, 'manage_system');
    return env.logs((req.params as { pluginId: string }).pluginId);
  });
}
