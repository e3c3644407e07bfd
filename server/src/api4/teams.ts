// /api/v4/teams and /api/v4/channels (the part the foundation needs).
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, intParam, requestContext, requireSession } from './context.js';

/** Members see a channel; open channels are visible to their team; admins see all (app.channels.requireAccess). */
export async function checkChannelAccess(app: App, session: Session, channelId: string): Promise<void> {
  await app.channels.requireAccess(session.user_id, session.roles, channelId);
}

/** People may leave; removing someone else takes an admin of the team or channel (or the system). */
function checkCanRemove(session: Session, userId: string, actorMembership: { scheme_admin: boolean } | undefined, scope: 'team' | 'channel'): void {
  if (userId === session.user_id || isSystemAdmin(session.roles) || actorMembership?.scheme_admin) return;
  throw forbidden('api.context.permissions.app_error', `Only ${scope} admins can remove other members.`);
}

export function teamAndChannelRoutes(api: FastifyInstance, app: App): void {
  api.post('/teams', async (req, reply) => {
    const session = requireSession(req);
    const team = await app.teams.create(requestContext(req), bodyObject(req, 'team'), session.user_id);
    reply.code(201);
    return team;
  });

  api.get('/teams', async (req) => {
    requireSession(req);
    return app.teams.list();
  });

  api.get('/teams/:teamId', async (req) => {
    requireSession(req);
    return app.teams.get((req.params as { teamId: string }).teamId);
  });

  api.get('/teams/name/:name', async (req) => {
    requireSession(req);
    return app.teams.getByName((req.params as { name: string }).name);
  });

  api.post('/channels', async (req, reply) => {
    const session = requireSession(req);
    const channel = await app.channels.create(requestContext(req), bodyObject(req, 'channel'), session.user_id);
    reply.code(201);
    return channel;
  });

  api.get('/channels/:channelId', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    return app.channels.get(channelId);
  });

  api.get('/channels/:channelId/members', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    const q = req.query as Record<string, string>;
    return app.channels.members(channelId, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.post('/channels/:channelId/members', async (req, reply) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    const body = bodyObject(req, 'channel member');
    const userId = typeof body.user_id === 'string' ? body.user_id : '';
    await checkChannelAccess(app, session, channelId);
    const member = await app.channels.addMember(requestContext(req), channelId, userId, session.user_id);
    reply.code(201);
    return member;
  });

  api.delete('/channels/:channelId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { channelId, userId } = req.params as { channelId: string; userId: string };
    await checkChannelAccess(app, session, channelId);
    checkCanRemove(session, userId, await app.channels.member(channelId, session.user_id), 'channel');
    await app.channels.removeMember(requestContext(req), channelId, userId, session.user_id);
    return { status: 'OK' };
  });

  api.delete('/teams/:teamId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    checkCanRemove(session, userId, await app.teams.member(teamId, session.user_id), 'team');
    await app.teams.removeMember(requestContext(req), teamId, userId, session.user_id);
    return { status: 'OK' };
  });

  api.get('/channels/:channelId/posts', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    const q = req.query as Record<string, string>;
    const since = intParam(q.since, 'since', 0);
    return app.posts.consumeList(await app.posts.forChannel(channelId, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200), { since, before: q.before || undefined, after: q.after || undefined }));
  });
}
