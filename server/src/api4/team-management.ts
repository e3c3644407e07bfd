// Team and channel management beyond creation: patch, archive, members, a user's teams and
// channels, channels by name, direct and group channels.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { channelPermission, permissionError } from '../app/permissions.js';
import { isOpenTeam } from '../app/teams.js';
import { readableChannel, teamWithPermission } from './access.js';
import { bodyObject, intParam, requestContext, requirePermission, requireSelfOr, requireSession, sessionHasPermission } from './context.js';

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
    await app.teams.get(teamId);
    return app.channels.forUserInTeam(userId, teamId, (req.query as Record<string, string>).include_deleted === 'true');
  });

  api.get('/teams/:teamId/channels/name/:name', async (req) => {
    const session = requireSession(req);
    const { teamId, name } = req.params as { teamId: string; name: string };
    const channel = await app.channels.getByName(teamId, name);
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
