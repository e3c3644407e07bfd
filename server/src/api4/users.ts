// /api/v4/users: create, login, logout, me, get, list, search, deactivate, profile images.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, invalidField } from '../app/errors.js';
import type { Session, User } from '../app/models.js';
import type { ProfileImage } from '../app/profile-images.js';
import { readableChannel, teamWithPermission } from './access.js';
import { boolParam, bodyObject, intParam, requestContext, requirePermission, requireSelfOr, requireSession, sessionCookies, sessionHasPermission } from './context.js';

/** What others may see of a user: everything but the email, unless it is you or you manage the system. */
export function sanitize(user: User, viewer: Session): User {
  if (viewer.user_id === user.id || sessionHasPermission(viewer, 'manage_system')) return user;
  return { ...user, email: '' };
}

function sendImage(reply: FastifyReply, image: Pick<ProfileImage, 'data' | 'contentType'>): Buffer {
  reply.header('Content-Type', image.contentType);
  // Clients ask again with ?_=<last_picture_update> when it changes, as for Mattermost.
  reply.header('Cache-Control', 'private, max-age=86400');
  return image.data;
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
      inTeamId: q.in_team,
      notInTeamId: q.not_in_team,
      inChannelId: q.in_channel,
      notInChannelId: q.not_in_channel,
      withoutTeam: boolParam(q.without_team, 'without_team'),
      active: boolParam(q.active, 'active'),
      inactive: boolParam(q.inactive, 'inactive'),
      role: q.role,
      sort: q.sort,
    });
    return users.map((u) => sanitize(u, session));
  });

  api.post('/users/usernames', async (req) => {
    const session = requireSession(req);
    const names = req.body;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) throw invalidField('user', 'usernames', 'must be a list of usernames');
    return (await app.users.getByUsernames(names)).map((u) => sanitize(u, session));
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
    // Searching within a team or a channel needs access to it, as listing its members does.
    if (typeof body.team_id === 'string' && body.team_id) await teamWithPermission(app, session, body.team_id, 'view_team');
    if (typeof body.in_channel_id === 'string' && body.in_channel_id) await readableChannel(app, session, body.in_channel_id);
    const users = await app.users.search(body);
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
    await app.users.setActive(requestContext(req), userId, active);
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

  api.get('/users/:userId/image', async (req, reply) => {
    requireSession(req);
    return sendImage(reply, await app.profileImages.get((req.params as { userId: string }).userId));
  });

  api.get('/users/:userId/image/default', async (req, reply) => {
    requireSession(req);
    const user = await app.users.get((req.params as { userId: string }).userId);
    return sendImage(reply, { data: app.profileImages.defaultImage(user.id), contentType: 'image/png' });
  });

  // Multipart with the image in the field "image", as Mattermost's clients send it.
  api.post('/users/:userId/image', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    requireSelfOr(session, userId, 'edit_other_users');
    if (!req.isMultipart()) throw badRequest('api.user.upload_profile_user.no_file.app_error', 'Expected a multipart/form-data upload with the field "image".');
    const part = await req.file({ limits: { fileSize: app.config.get().ServiceSettings.MaxFileSizeBytes + 1, files: 1 } });
    if (!part || part.fieldname !== 'image') {
      part?.file.resume();
      throw invalidField('user', 'image', 'is missing: send the picture in the multipart field "image"');
    }
    await app.profileImages.set(userId, await part.toBuffer());
    return { status: 'OK' };
  });

  api.delete('/users/:userId/image', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    requireSelfOr(session, userId, 'edit_other_users');
    await app.profileImages.reset(userId);
    return { status: 'OK' };
  });
}
