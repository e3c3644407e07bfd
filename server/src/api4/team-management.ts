// Team and channel management beyond creation: patch, archive, members, a user's teams and
// channels, channels by name, direct channels.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden, invalidField, notFound } from '../app/errors.js';
import { isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, intParam, requestContext, requireSession } from './context.js';
import { checkChannelAccess } from './teams.js';

async function requireTeamAdmin(app: App, session: Session, teamId: string): Promise<void> {
  if (isSystemAdmin(session.roles) || (await app.teams.member(teamId, session.user_id))?.scheme_admin) return;
  throw forbidden('api.context.permissions.app_error', 'You need to be an admin of this team.');
}

/** Members see a team's insides; a team they are not in is not acknowledged unless open. */
async function requireTeamMember(app: App, session: Session, teamId: string): Promise<void> {
  const team = await app.teams.get(teamId);
  if (isSystemAdmin(session.roles) || (await app.teams.member(teamId, session.user_id))) return;
  if (team.type === 'O' || team.allow_open_invite) throw forbidden('api.context.permissions.app_error', 'You are not a member of this team.');
  throw notFound('app.team.get.find.app_error', `Team ${teamId} not found.`);
}

function requireSelfOrAdmin(session: Session, userId: string): string {
  const id = userId === 'me' ? session.user_id : userId;
  if (id !== session.user_id && !isSystemAdmin(session.roles)) throw forbidden('api.context.permissions.app_error', 'You can only see your own memberships.');
  return id;
}

export function teamManagementRoutes(api: FastifyInstance, app: App): void {
  api.put('/teams/:teamId/patch', async (req) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await requireTeamAdmin(app, session, teamId);
    return app.teams.patch(teamId, bodyObject(req, 'team patch'));
  });

  api.delete('/teams/:teamId', async (req) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await requireTeamAdmin(app, session, teamId);
    await app.teams.archive(teamId);
    return { status: 'OK' };
  });

  api.get('/teams/:teamId/members', async (req) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await requireTeamMember(app, session, teamId);
    const q = req.query as Record<string, string>;
    return app.teams.members(teamId, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.get('/teams/:teamId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    await requireTeamMember(app, session, teamId);
    const member = await app.teams.member(teamId, userId === 'me' ? session.user_id : userId);
    if (!member) throw notFound('app.team.get_member.missing.app_error', `User ${userId} is not a member of team ${teamId}.`);
    return member;
  });

  api.post('/teams/:teamId/members', async (req, reply) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    const body = bodyObject(req, 'team member');
    const userId = typeof body.user_id === 'string' ? body.user_id : '';
    if (!userId) throw invalidField('team_member', 'user_id', 'is required');
    const team = await app.teams.get(teamId);
    // Anyone may join an open team; adding someone else takes a team admin.
    const selfJoinAllowed = userId === session.user_id && (team.type === 'O' || team.allow_open_invite);
    if (!selfJoinAllowed) await requireTeamAdmin(app, session, teamId);
    const member = await app.teams.addMember(requestContext(req), teamId, userId, session.user_id);
    reply.code(201);
    return member;
  });

  api.get('/users/:userId/teams', async (req) => {
    const session = requireSession(req);
    return (await app.teams.forUser(requireSelfOrAdmin(session, (req.params as { userId: string }).userId))).teams;
  });

  api.get('/users/:userId/teams/members', async (req) => {
    const session = requireSession(req);
    return (await app.teams.forUser(requireSelfOrAdmin(session, (req.params as { userId: string }).userId))).members;
  });

  api.get('/users/:userId/teams/:teamId/channels', async (req) => {
    const session = requireSession(req);
    const userId = requireSelfOrAdmin(session, (req.params as { userId: string }).userId);
    const { teamId } = req.params as { teamId: string };
    await app.teams.get(teamId);
    return app.channels.forUserInTeam(userId, teamId, (req.query as Record<string, string>).include_deleted === 'true');
  });

  api.get('/teams/:teamId/channels/name/:name', async (req) => {
    const session = requireSession(req);
    const { teamId, name } = req.params as { teamId: string; name: string };
    const channel = await app.channels.getByName(teamId, name);
    await checkChannelAccess(app, session, channel.id);
    return channel;
  });

  api.put('/channels/:channelId/patch', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    // As in Mattermost's default scheme, members may edit their channel's properties.
    if (!isSystemAdmin(session.roles) && !(await app.channels.member(channelId, session.user_id))) {
      throw forbidden('api.context.permissions.app_error', 'You must be a member of the channel to change it.');
    }
    return app.channels.patch(channelId, bodyObject(req, 'channel patch'));
  });

  api.delete('/channels/:channelId', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    const member = await app.channels.member(channelId, session.user_id);
    if (!isSystemAdmin(session.roles) && !member?.scheme_admin) throw forbidden('api.context.permissions.app_error', 'Only channel admins can archive a channel.');
    await app.channels.archive(channelId);
    return { status: 'OK' };
  });

  api.post('/channels/direct', async (req, reply) => {
    const session = requireSession(req);
    const ids = req.body;
    if (!Array.isArray(ids) || ids.length !== 2 || ids.some((id) => typeof id !== 'string')) throw invalidField('channel', 'user_ids', 'must be a list of two user ids');
    if (!ids.includes(session.user_id) && !isSystemAdmin(session.roles)) throw forbidden('api.context.permissions.app_error', 'You can only open direct channels you are part of.');
    const channel = await app.channels.direct(requestContext(req), ids[0], ids[1]);
    reply.code(201);
    return channel;
  });
}
