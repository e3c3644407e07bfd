// /api/v4/users: create, login, logout, me, get, deactivate.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { isSystemAdmin, type User } from '../app/models.js';
import { bodyObject, intParam, requestContext, requireSession, sessionCookies } from './context.js';

/** What others may see of a user: everything but the email, unless it is you or an admin. */
function sanitize(user: User, viewer?: { user_id: string; roles: string }): User {
  if (viewer && (viewer.user_id === user.id || isSystemAdmin(viewer.roles))) return user;
  return { ...user, email: '' };
}

export function userRoutes(api: FastifyInstance, app: App): void {
  api.post('/users', async (req, reply) => {
    const user = await app.users.create(requestContext(req), bodyObject(req, 'user'));
    reply.code(201);
    return user;
  });

  api.post('/users/login', async (req, reply) => {
    const body = bodyObject(req, 'login');
    const { user, session } = await app.users.login(requestContext(req), body.login_id, body.password);
    reply.header('Token', session.token);
    reply.header('Access-Control-Expose-Headers', 'Token');
    reply.header('Set-Cookie', sessionCookies(session, Math.floor((session.expires_at - session.create_at) / 1000)));
    return user;
  });

  api.post('/users/logout', async (req, reply) => {
    const session = requireSession(req);
    await app.users.revokeSession(session.token);
    reply.header('Set-Cookie', ['MMAUTHTOKEN', 'MMUSERID', 'MMCSRF'].map((name) => `${name}=; Path=/; Max-Age=0`));
    return { status: 'OK' };
  });

  api.get('/users/me', async (req) => {
    const session = requireSession(req);
    return app.users.get(session.user_id);
  });

  api.get('/users', async (req) => {
    const session = requireSession(req);
    const q = req.query as Record<string, string>;
    const users = await app.users.list({
      page: intParam(q.page, 'page', 0),
      perPage: intParam(q.per_page, 'per_page', 60, 200),
      inTeamId: q.in_team || undefined,
      inChannelId: q.in_channel || undefined,
    });
    return users.map((u) => sanitize(u, session));
  });

  api.get('/users/:userId', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    return sanitize(await app.users.get(userId === 'me' ? session.user_id : userId), session);
  });

  api.delete('/users/:userId', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    if (userId !== session.user_id && !isSystemAdmin(session.roles)) {
      throw forbidden('api.context.permissions.app_error', 'You do not have the appropriate permissions to deactivate this user.');
    }
    await app.users.deactivate(requestContext(req), userId);
    return { status: 'OK' };
  });
}
