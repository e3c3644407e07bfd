// /api/v4/users/{user_id}/preferences: a user's preferences, as in Mattermost. Only the user
// themself, or a system admin, may read or change them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { isValidId } from '../app/ids.js';
import { checkPreferenceList } from '../app/preferences.js';
import { requestContext, requireSelfOr, requireSession } from './context.js';

/** The user named in the path ("me": the caller), if the caller may act on their preferences. */
function targetUser(req: FastifyRequest): string {
  const session = requireSession(req);
  const param = (req.params as { userId: string }).userId;
  const userId = param === 'me' ? session.user_id : param;
  if (!isValidId(userId)) throw invalidField('preference', 'user_id', 'is not a valid id');
  requireSelfOr(session, userId, 'edit_other_users');
  return userId;
}

export function preferenceRoutes(api: FastifyInstance, app: App): void {
  api.put('/users/:userId/preferences', async (req) => {
    const userId = targetUser(req);
    await app.preferences.save(requestContext(req), userId, checkPreferenceList(req.body, userId));
    return { status: 'OK' };
  });

  api.post('/users/:userId/preferences/delete', async (req) => {
    const userId = targetUser(req);
    await app.preferences.delete(userId, checkPreferenceList(req.body, userId, true));
    return { status: 'OK' };
  });

  api.get('/users/:userId/preferences', async (req) => app.preferences.list(targetUser(req)));

  api.get('/users/:userId/preferences/:category', async (req) => {
    const userId = targetUser(req);
    return app.preferences.list(userId, (req.params as { category: string }).category);
  });

  api.get('/users/:userId/preferences/:category/name/:name', async (req) => {
    const userId = targetUser(req);
    const { category, name } = req.params as { category: string; name: string };
    return app.preferences.get(userId, category, name);
  });
}
