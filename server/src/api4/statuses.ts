// User statuses: GET|PUT /api/v4/users/{user_id}/status and POST /api/v4/users/status/ids.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { isValidId } from '../app/ids.js';
import { bodyObject, requireSelfOr, requireSession } from './context.js';

export function statusRoutes(api: FastifyInstance, app: App): void {
  api.get('/users/:userId/status', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    const user = await app.users.get(userId === 'me' ? session.user_id : userId);
    return app.statuses.get(user.id);
  });

  api.put('/users/:userId/status', async (req) => {
    const session = requireSession(req);
    const { userId: param } = req.params as { userId: string };
    const userId = param === 'me' ? session.user_id : param;
    const body = bodyObject(req, 'status');
    if (typeof body.user_id !== 'string' || (body.user_id !== userId && !(param === 'me' && body.user_id === 'me'))) {
      throw invalidField('status', 'user_id', 'must be the user of the URL');
    }
    const user = await app.users.get(userId);
    requireSelfOr(session, user.id, 'edit_other_users');
    return app.statuses.set(user.id, body.status);
  });

  api.post('/users/status/ids', async (req) => {
    requireSession(req);
    const ids = req.body;
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => !isValidId(id))) throw invalidField('status', 'user_ids', 'must be a non-empty list of user ids');
    const users = await app.users.getByIds(ids as string[]);
    return users.map((u) => app.statuses.get(u.id));
  });
}
