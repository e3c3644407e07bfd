// /api/v4/users: create, login, logout, me, get, deactivate.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import type { Session, User } from '../app/models.js';
import { readableChannel, teamWithPermission } from './access.js';
import { bodyObject, intParam, requestContext, requirePermission, requireSelfOr, requireSession, sessionCookies, sessionHasPermission } from './context.js';

/** What others may see of a user: everything but the email, unless it is you or you manage the system. */
function sanitize(user: User, viewer: Session): User {
  if (viewer.user_id === user.id || sessionHasPermission(viewer, 'manage_system')) return user;
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
    // A team's or a channel's members are for those who may see its insides.
    if (q.in_team) await teamWithPermission(app, session, q.in_team, 'view_team');
    if (q.in_channel) await readableChannel(app, session, q.in_channel);
    const users = await app.users.list({
      page: intParam(q.page, 'page', 0),
      perPage: intParam(q.per_page, 'per_page', 60, 200),
      inTeamId: q.in_team || undefined,
      inChannelId: q.in_channel || undefined,
    });
    return users.map((u) => sanitize(u, session));
  });

  api.get('/users/username/:username', async (req) => {
    const session = requireSession(req);
    return sanitize(await app.users.getByUsername((req.params as { username: string }).username), session);
  });

  api.get('/users/email/:email', async (req) => {
    const session = requireSession(req);
    return sanitize(await app.users.getByEmail((req.params as { email: string }).email), session);
  });

  api.post('/users/ids', async (req) => {
    const session = requireSession(req);
    const ids = req.body;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw invalidField('user', 'user_ids', 'must be a list of user ids');
    return (await app.users.getByIds(ids)).map((u) => sanitize(u, session));
  });

  api.post('/users/search', async (req) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'search');
    if (typeof body.term !== 'string') throw invalidField('user', 'term', 'is required');
    const limit = intParam(body.limit, 'limit', 100, 1000);
    const inTeamId = typeof body.team_id === 'string' && body.team_id ? body.team_id : undefined;
    if (inTeamId) await teamWithPermission(app, session, inTeamId, 'view_team');
    const users = await app.users.search(body.term, {
      inTeamId,
      limit,
      allowInactive: body.allow_inactive === true,
    });
    return users.map((u) => sanitize(u, session));
  });

  api.put('/users/:userId/patch', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    requireSelfOr(session, userId, 'edit_other_users');
    const { password: _ignored, roles: _roles, ...patch } = bodyObject(req, 'user patch');
    return app.users.update(requestContext(req), { ...(patch as Partial<User>), id: userId });
  });

  api.put('/users/:userId/roles', async (req) => {
    requirePermission(req, 'manage_roles');
    await app.users.setRoles((req.params as { userId: string }).userId, bodyObject(req, 'roles').roles);
    return { status: 'OK' };
  });

  api.put('/users/:userId/active', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    const { active } = bodyObject(req, 'active');
    if (typeof active !== 'boolean') throw invalidField('user', 'active', 'must be true or false');
    // People may deactivate themselves; anything else takes edit_other_users.
    if (!(active === false && userId === session.user_id)) requirePermission(req, 'edit_other_users');
    if (active) await app.users.reactivate(userId);
    else await app.users.deactivate(requestContext(req), userId);
    return { status: 'OK' };
  });

  api.get('/users/:userId', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    return sanitize(await app.users.get(userId === 'me' ? session.user_id : userId), session);
  });

  api.delete('/users/:userId', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    requireSelfOr(session, userId, 'edit_other_users');
    await app.users.deactivate(requestContext(req), userId);
    return { status: 'OK' };
  });
}
