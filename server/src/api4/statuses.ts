// User statuses: GET|PUT /api/v4/users/{user_id}/status (a "dnd" with dnd_end_time is timed),
// POST /api/v4/users/status/ids, and the custom status: PUT|DELETE
// /api/v4/users/{user_id}/status/custom. Changing another user's takes edit_other_users.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { isValidId } from '../app/ids.js';
import type { Session } from '../app/models.js';
import { bodyObject, requireSelfOr, requireSession } from './context.js';

export function statusRoutes(api: FastifyInstance, app: App): void {
  const pathUser = (req: FastifyRequest, session: Session) => {
    const { userId } = req.params as { userId: string };
    return userId === 'me' ? session.user_id : userId;
  };

  api.get('/users/:userId/status', async (req) => {
    const session = requireSession(req);
    return app.statuses.ofUser(pathUser(req, session));
  });

  api.put('/users/:userId/status', async (req) => {
    const session = requireSession(req);
    const userId = pathUser(req, session);
    const body = bodyObject(req, 'status');
    if (typeof body.user_id !== 'string' || (body.user_id !== userId && !((req.params as { userId: string }).userId === 'me' && body.user_id === 'me'))) {
      throw invalidField('status', 'user_id', 'must be the user of the URL');
    }
    const user = await app.users.get(userId);
    requireSelfOr(session, user.id, 'edit_other_users');
    if (body.status === 'dnd' && body.dnd_end_time !== undefined && body.dnd_end_time !== 0) return app.statuses.setTimedDnd(user.id, body.dnd_end_time);
    return app.statuses.set(user.id, body.status);
  });

  api.post('/users/status/ids', async (req) => {
    requireSession(req);
    const ids = req.body;
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => !isValidId(id))) throw invalidField('status', 'user_ids', 'must be a non-empty list of user ids');
    return app.statuses.ofUsers(ids as string[]);
  });

  api.put('/users/:userId/status/custom', async (req) => {
    const session = requireSession(req);
    const userId = pathUser(req, session);
    requireSelfOr(session, userId, 'edit_other_users');
    await app.statuses.setCustom(userId, bodyObject(req, 'custom status'));
    return { status: 'OK' };
  });

  api.delete('/users/:userId/status/custom', async (req) => {
    const session = requireSession(req);
    const userId = pathUser(req, session);
    requireSelfOr(session, userId, 'edit_other_users');
    await app.statuses.removeCustom(userId);
    return { status: 'OK' };
  });
}
