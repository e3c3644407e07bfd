// Team and channel management beyond creation: patch, archive and restore, members, a user's
// teams and channels, unread counts and viewing a channel, search, stats, channels by name,
// notification settings, direct and group channels.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, invalidField } from '../app/errors.js';
import { isOpenTeam } from '../app/models.js';
import { channelPermission, permissionError } from '../app/permissions.js';
import { readableChannel, teamWithPermission } from './access.js';
import { bodyObject, intParam, requestContext, requirePermission, requireSelfOr, requireSession, sessionHasPermission } from './context.js';
import { visibleTeams } from './teams.js';

const userParam = (session: { user_id: string }, userId: string) => (userId === 'me' ? session.user_id : userId);

/** A JSON body that is a list of user ids, or a 400 naming user_ids. */
function userIdList(body: unknown, what: string): string[] {
  if (!Array.isArray(body) || body.some((id) => typeof id !== 'string')) throw invalidField('channel', 'user_ids', `must be ${what}`);
  return body as string[];
}

export function teamManagementRoutes(api: FastifyInstance, app: App): void {
  api.put('/teams/:teamId/patch', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'manage_team');
    return app.teams.patch(team.id, bodyObject(req, 'team patch'));
  });

  api.delete('/teams/:teamId', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'manage_team');
    await app.teams.archive(team.id);
    return { status: 'OK' };
  });

  api.get('/teams/:teamId/members', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'view_team');
    const q = req.query as Record<string, string>;
    return app.teams.members(team.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  // Adding people takes add_user_to_team; with ?graceful=true each is added on its own and
  // every result says how it went, else the first failure stops it.
  api.post('/teams/:teamId/members/batch', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'add_user_to_team');
    const body = req.body;
    if (!Array.isArray(body) || body.some((m) => typeof m?.user_id !== 'string')) throw invalidField('team_member', 'members', 'must be a list of {team_id, user_id}');
    const graceful = (req.query as Record<string, string>).graceful === 'true';
    await app.groups.requireAllowedMembers(team, 'team', body.map((m: { user_id: string }) => m.user_id));
    const results = await app.teams.addMembers(requestContext(req), team.id, body.map((m: { user_id: string }) => m.user_id), session.user_id, graceful);
    if (!graceful) return results.map((r) => r.member);
    return results.map((r) => ({ user_id: r.user_id, member: r.member, error: r.error?.toJSON(String(req.id)) }));
  });

  api.get('/teams/:teamId/stats', async (req) => {
    const team = await teamWithPermission(app, requireSession(req), (req.params as { teamId: string }).teamId, 'view_team');
    return app.teams.stats(team.id);
  });

  api.post('/teams/search', async (req) => {
    const session = requirePermission(req, 'list_public_teams');
    const term = bodyObject(req, 'search').term;
    if (typeof term !== 'string') throw invalidField('team_search', 'term', 'is required');
    return visibleTeams(session, await app.teams.search(term));
  });

  api.get('/teams/:teamId/channels', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'list_team_channels');
    const q = req.query as Record<string, string>;
    return app.channels.publicForTeam(team.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.post('/teams/:teamId/channels/search', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'list_team_channels');
    const term = bodyObject(req, 'search').term;
    if (typeof term !== 'string') throw invalidField('channel_search', 'term', 'is required');
    return app.channels.search(team.id, term);
  });

  api.get('/users/:userId/teams/unread', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'edit_other_users');
    return app.channels.teamUnreads(userId);
  });

  api.get('/teams/:teamId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    const team = await teamWithPermission(app, session, teamId, 'view_team');
    return app.teams.getMember(team.id, userParam(session, userId));
  });

  // Joining by oneself takes join_public_teams (open teams) or join_private_teams; adding
  // someone else takes add_user_to_team in the team.
  api.post('/teams/:teamId/members', async (req, reply) => {
    const session = requireSession(req);
    const { teamId } = req.params as { teamId: string };
    const body = bodyObject(req, 'team member');
    const userId = typeof body.user_id === 'string' ? body.user_id : '';
    if (!userId) throw invalidField('team_member', 'user_id', 'is required');
    const team = await app.teams.get(teamId);
    if (userId === session.user_id) {
      const needed = isOpenTeam(team) ? 'join_public_teams' : 'join_private_teams';
      if (!sessionHasPermission(session, needed)) throw permissionError(needed);
    } else {
      await teamWithPermission(app, session, team, 'add_user_to_team');
    }
    await app.groups.requireAllowedMembers(team, 'team', [userId]);
    const member = await app.teams.addMember(requestContext(req), teamId, userId, session.user_id);
    reply.code(201);
    return member;
  });

  api.get('/users/:userId/teams', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'read_other_users_teams');
    return (await app.teams.forUser(userId)).teams;
  });

  api.get('/users/:userId/teams/members', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'read_other_users_teams');
    return (await app.teams.forUser(userId)).members;
  });

  api.get('/users/:userId/teams/:teamId/channels', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'edit_other_users');
    const { teamId } = req.params as { teamId: string };
    return app.channels.forUserInTeam(userId, teamId, (req.query as Record<string, string>).include_deleted === 'true');
  });

  api.get('/users/:userId/teams/:teamId/channels/members', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'edit_other_users');
    const { teamId } = req.params as { teamId: string };
    await app.teams.get(teamId);
    return app.channels.membershipsInTeam(userId, teamId);
  });

  api.get('/teams/:teamId/channels/name/:name', async (req) => {
    const session = requireSession(req);
    const { teamId, name } = req.params as { teamId: string; name: string };
    const channel = await app.channels.getByName(teamId, name, (req.query as Record<string, string>).include_deleted === 'true');
    return readableChannel(app, session, channel.id);
  });

  api.put('/channels/:channelId/patch', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'properties'));
    return app.channels.patch(channel.id, bodyObject(req, 'channel patch'));
  });

  api.delete('/channels/:channelId', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'delete'));
    await app.channels.archive(requestContext(req), channel.id);
    return { status: 'OK' };
  });

  // As in Mattermost, restoring takes manage_team in the channel's team.
  api.post('/channels/:channelId/restore', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    await teamWithPermission(app, session, channel.team_id, 'manage_team');
    return app.channels.restore(channel.id);
  });

  api.get('/channels/:channelId/stats', async (req) => {
    const channel = await readableChannel(app, requireSession(req), (req.params as { channelId: string }).channelId);
    return app.channels.stats(channel.id);
  });

  // Mattermost's client sends channel_id and user_id along with the settings.
  api.put('/channels/:channelId/members/:userId/notify_props', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'edit_other_users');
    const { channel_id: bodyChannel, user_id: bodyUser, ...props } = bodyObject(req, 'notify props');
    if (bodyChannel !== undefined && bodyChannel !== channelId) throw invalidField('channel_member', 'channel_id', 'must match the channel of the route');
    if (bodyUser !== undefined && bodyUser !== userId) throw invalidField('channel_member', 'user_id', 'must match the user of the route');
    await app.channels.updateNotifyProps(channelId, userId, props);
    return { status: 'OK' };
  });

  // Viewing a channel marks it read: its messages and mentions are no longer unread.
  api.post('/channels/members/:userId/view', async (req) => {
    const session = requireSession(req);
    const userId = userParam(session, (req.params as { userId: string }).userId);
    requireSelfOr(session, userId, 'edit_other_users');
    const channelId = bodyObject(req, 'channel view').channel_id;
    if (channelId !== undefined && typeof channelId !== 'string') throw badRequest('api.channel.view_channel.app_error', 'Invalid channel_id: channel_id must be text.');
    if (!channelId) return { status: 'OK', last_viewed_at_times: {} };
    return { status: 'OK', last_viewed_at_times: { [channelId]: await app.channels.view(channelId, userId) } };
  });

  // Opening a direct channel takes create_direct_channel, and being one of the two (or manage_system).
  api.post('/channels/direct', async (req, reply) => {
    const session = requirePermission(req, 'create_direct_channel');
    const ids = userIdList(req.body, 'a list of two user ids');
    if (ids.length !== 2) throw invalidField('channel', 'user_ids', 'must be a list of two user ids');
    if (!ids.includes(session.user_id) && !sessionHasPermission(session, 'manage_system')) throw permissionError('manage_system');
    const [first, second] = ids[0] === session.user_id ? ids : [ids[1], ids[0]];
    const channel = await app.channels.getOrCreateDirect(requestContext(req), first, second);
    reply.code(201);
    return channel;
  });

  // As in Mattermost, the caller is one of the group whether the list names them or not.
  api.post('/channels/group', async (req, reply) => {
    const session = requirePermission(req, 'create_group_channel');
    const ids = userIdList(req.body, 'a list of user ids');
    const channel = await app.channels.getOrCreateGroup(requestContext(req), [...new Set([...ids, session.user_id])], session.user_id);
    reply.code(201);
    return channel;
  });
}
