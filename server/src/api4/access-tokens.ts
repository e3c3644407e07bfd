// Personal access tokens: /api/v4/users/{user_id}/tokens and /api/v4/users/tokens/….
// As in Mattermost: creating, reading and revoking tokens take create_user_access_token,
// read_user_access_token and revoke_user_access_token (system admins, and users given the
// system_user_access_token role); another user's tokens take edit_other_users too, and a
// bot's tokens managing the bot.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { isValidId } from '../app/ids.js';
import type { Session } from '../app/models.js';
import { checkBotAccess } from './bots.js';
import { bodyObject, intParam, requirePermission, requireSelfOr } from './context.js';

type TokenAction = 'create' | 'read' | 'revoke';

export function accessTokenRoutes(api: FastifyInstance, app: App): void {
  /** The user whose tokens the caller wants to act on, after checking the caller may. */
  const tokenOwner = async (req: FastifyRequest, userId: string, action: TokenAction) => {
    const session: Session = requirePermission(req, `${action}_user_access_token`);
    const user = await app.users.get(userId === 'me' ? session.user_id : userId);
    if (user.is_bot) checkBotAccess(session, await app.bots.get(user.id), 'manage');
    else requireSelfOr(session, user.id, 'edit_other_users');
    return user;
  };

  const tokenFromBody = async (req: FastifyRequest, action: TokenAction) => {
    const { token_id } = bodyObject(req, 'token');
    if (!isValidId(token_id)) throw invalidField('user_access_token', 'token_id', 'is required and must be a valid id');
    const token = await app.accessTokens.get(token_id);
    await tokenOwner(req, token.user_id, action);
    return token;
  };

  api.post('/users/:userId/tokens', async (req) => {
    const user = await tokenOwner(req, (req.params as { userId: string }).userId, 'create');
    return app.accessTokens.create(user.id, bodyObject(req, 'token').description);
  });

  api.get('/users/:userId/tokens', async (req) => {
    const user = await tokenOwner(req, (req.params as { userId: string }).userId, 'read');
    const q = req.query as Record<string, string>;
    return app.accessTokens.listForUser(user.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.get('/users/tokens/:tokenId', async (req) => {
    const token = await app.accessTokens.get((req.params as { tokenId: string }).tokenId);
    await tokenOwner(req, token.user_id, 'read');
    return token;
  });

  api.post('/users/tokens/revoke', async (req) => {
    await app.accessTokens.revoke((await tokenFromBody(req, 'revoke')).id);
    return { status: 'OK' };
  });

  // As in Mattermost, disabling takes what revoking does, enabling what creating does.
  api.post('/users/tokens/disable', async (req) => {
    await app.accessTokens.setActive((await tokenFromBody(req, 'revoke')).id, false);
    return { status: 'OK' };
  });

  api.post('/users/tokens/enable', async (req) => {
    await app.accessTokens.setActive((await tokenFromBody(req, 'create')).id, true);
    return { status: 'OK' };
  });
}
