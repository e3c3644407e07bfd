// Personal access tokens: /api/v4/users/{user_id}/tokens and /api/v4/users/tokens/….
// You manage your own tokens, a system admin anyone's; a bot's tokens take an admin.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden, invalidField } from '../app/errors.js';
import { isValidId } from '../app/ids.js';
import { isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, intParam, requireSession } from './context.js';

export function accessTokenRoutes(api: FastifyInstance, app: App): void {
  /** The user whose tokens the caller wants to manage, after checking the caller may. */
  const tokenOwner = async (session: Session, userId: string) => {
    const user = await app.users.get(userId === 'me' ? session.user_id : userId);
    const allowed = isSystemAdmin(session.roles) || (!user.is_bot && user.id === session.user_id);
    if (!allowed) throw forbidden('api.context.permissions.app_error', "You do not have the appropriate permissions to manage this user's access tokens.");
    return user;
  };

  const tokenFromBody = async (req: FastifyRequest) => {
    const session = requireSession(req);
    const { token_id } = bodyObject(req, 'token');
    if (!isValidId(token_id)) throw invalidField('user_access_token', 'token_id', 'is required and must be a valid id');
    const token = await app.accessTokens.get(token_id);
    await tokenOwner(session, token.user_id);
    return token;
  };

  api.post('/users/:userId/tokens', async (req) => {
    const session = requireSession(req);
    const user = await tokenOwner(session, (req.params as { userId: string }).userId);
    return app.accessTokens.create(user.id, bodyObject(req, 'token').description);
  });

  api.get('/users/:userId/tokens', async (req) => {
    const session = requireSession(req);
    const user = await tokenOwner(session, (req.params as { userId: string }).userId);
    const q = req.query as Record<string, string>;
    return app.accessTokens.listForUser(user.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.get('/users/tokens/:tokenId', async (req) => {
    const session = requireSession(req);
    const token = await app.accessTokens.get((req.params as { tokenId: string }).tokenId);
    await tokenOwner(session, token.user_id);
    return token;
  });

  api.post('/users/tokens/revoke', async (req) => {
    await app.accessTokens.revoke((await tokenFromBody(req)).id);
    return { status: 'OK' };
  });

  api.post('/users/tokens/disable', async (req) => {
    await app.accessTokens.setActive((await tokenFromBody(req)).id, false);
    return { status: 'OK' };
  });

  api.post('/users/tokens/enable', async (req) => {
    await app.accessTokens.setActive((await tokenFromBody(req)).id, true);
    return { status: 'OK' };
  });
}
