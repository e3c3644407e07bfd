// /api/v4/oauth/apps: register and manage OAuth 2.0 client apps (system admins). The client
// secret is in the answer to the create only. The OAuth authorization flow is not served.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { bodyObject, intParam, requirePermission } from './context.js';

export function oauthAppRoutes(api: FastifyInstance, app: App): void {
  api.post('/oauth/apps', async (req, reply) => {
    const session = requirePermission(req, 'manage_system');
    const created = await app.oauthApps.create(bodyObject(req, 'OAuth app'), session.user_id);
    reply.code(201);
    return created;
  });

  api.get('/oauth/apps', async (req) => {
    requirePermission(req, 'manage_system');
    const q = req.query as Record<string, string>;
    return app.oauthApps.list({ page: intParam(q.page, 'page', 0), perPage: intParam(q.per_page, 'per_page', 60, 200) });
  });

  api.get('/oauth/apps/:appId', async (req) => {
    requirePermission(req, 'manage_system');
    return app.oauthApps.get((req.params as { appId: string }).appId);
  });

  api.put('/oauth/apps/:appId', async (req) => {
    requirePermission(req, 'manage_system');
    return app.oauthApps.update((req.params as { appId: string }).appId, bodyObject(req, 'OAuth app'));
  });

  api.delete('/oauth/apps/:appId', async (req) => {
    requirePermission(req, 'manage_system');
    await app.oauthApps.delete((req.params as { appId: string }).appId);
    return { status: 'OK' };
  });
}
