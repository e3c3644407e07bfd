// /api/v4/users/{user_id}/teams/{team_id}/channels/categories: a user's channel sidebar in a
// team, as Mattermost's clients read and arrange it. Your own sidebar (`me` works), or anyone's
// with edit_other_users.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { sidebarCategoryInput } from '../app/sidebar.js';
import { bodyObject, requireSelfOr, requireSession } from './context.js';

const base = '/users/:userId/teams/:teamId/channels/categories';

/** The sidebar's owner and team, once the caller may use it. */
function sidebarOf(req: FastifyRequest): { userId: string; teamId: string } {
  const session = requireSession(req);
  const params = req.params as { userId: string; teamId: string };
  const userId = params.userId === 'me' ? session.user_id : params.userId;
  requireSelfOr(session, userId, 'edit_other_users');
  return { userId, teamId: params.teamId };
}

export function sidebarRoutes(api: FastifyInstance, app: App): void {
  api.get(base, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    return app.sidebar.get(userId, teamId);
  });

  api.post(base, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    return app.sidebar.create(userId, teamId, sidebarCategoryInput(bodyObject(req, 'category')));
  });

  api.put(base, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    if (!Array.isArray(req.body)) throw invalidField('sidebar_category', 'categories', 'must be a list of categories');
    return app.sidebar.update(userId, teamId, req.body.map(sidebarCategoryInput));
  });

  api.get(`${base}/order`, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    return (await app.sidebar.get(userId, teamId)).order;
  });

  api.put(`${base}/order`, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    return app.sidebar.setOrder(userId, teamId, req.body);
  });

  api.get(`${base}/:categoryId`, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    return app.sidebar.getCategory(userId, teamId, (req.params as { categoryId: string }).categoryId);
  });

  api.put(`${base}/:categoryId`, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    const input = sidebarCategoryInput(bodyObject(req, 'category'));
    const [updated] = await app.sidebar.update(userId, teamId, [{ ...input, id: (req.params as { categoryId: string }).categoryId }]);
    return updated;
  });

  api.delete(`${base}/:categoryId`, async (req) => {
    const { userId, teamId } = sidebarOf(req);
    await app.sidebar.delete(userId, teamId, (req.params as { categoryId: string }).categoryId);
    return { status: 'OK' };
  });
}
