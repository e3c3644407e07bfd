// /api/v4/teams and /api/v4/channels: create, get, list, members, a channel's posts.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { isOpenTeam, type Session, type Team } from '../app/models.js';
import { channelPermission } from '../app/permissions.js';
import { readableChannel, teamWithPermission, visibleTeam } from './access.js';
import { bodyObject, intParam, requestContext, requirePermission, requireSession, sessionHasPermission } from './context.js';

/** Those who may list invite-only teams see every team; others the open ones. */
export const visibleTeams = (session: Session, teams: Team[]) => (sessionHasPermission(session, 'list_private_teams') ? teams : teams.filter(isOpenTeam));

export function teamAndChannelRoutes(api: FastifyInstance, app: App): void {
  api.post('/teams', async (req, reply) => {
    const session = requirePermission(req, 'create_team');
    const team = await app.teams.create(requestContext(req), bodyObject(req, 'team'), session.user_id);
    reply.code(201);
    return team;
  });

  api.get('/teams', async (req) => visibleTeams(requirePermission(req, 'list_public_teams'), await app.teams.list()));

  api.get('/teams/:teamId', async (req) => visibleTeam(app, requireSession(req), (req.params as { teamId: string }).teamId));

  api.get('/teams/name/:name', async (req) => {
    const session = requireSession(req);
    const team = await app.teams.getByName((req.params as { name: string }).name);
    return visibleTeam(app, session, team.id);
  });

  api.post('/channels', async (req, reply) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'channel');
    const teamId = typeof body.team_id === 'string' ? body.team_id : '';
    if (!teamId) throw invalidField('channel', 'team_id', 'is required');
    await teamWithPermission(app, session, teamId, body.type === 'P' ? 'create_private_channel' : 'create_public_channel');
    const channel = await app.channels.create(requestContext(req), body, session.user_id);
    reply.code(201);
    return channel;
  });

  api.get('/channels/:channelId', async (req) => readableChannel(app, requireSession(req), (req.params as { channelId: string }).channelId));

  api.get('/channels/:channelId/members', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    const q = req.query as Record<string, string>;
    return app.channels.members(channel.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
  });

  api.get('/channels/:channelId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { channelId, userId } = req.params as { channelId: string; userId: string };
    const channel = await readableChannel(app, session, channelId);
    return app.channels.getMember(channel.id, userId === 'me' ? session.user_id : userId);
  });

  // Joining an open channel takes join_public_channels in its team; adding someone else, or
  // to a private channel, takes managing the channel's members.
  api.post('/channels/:channelId/members', async (req, reply) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'channel member');
    const userId = typeof body.user_id === 'string' ? body.user_id : '';
    if (!userId) throw invalidField('channel_member', 'user_id', 'is required');
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    if (userId === session.user_id && channel.type === 'O') await app.permissions.requirePermissionToTeam(session.user_id, channel.team_id, 'join_public_channels');
    else await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'members'));
    await app.groups.requireAllowedMembers(channel, 'channel', [userId]);
    const member = await app.channels.addMember(requestContext(req), channel.id, userId, session.user_id);
    reply.code(201);
    return member;
  });

  // People may leave; removing someone else takes managing the channel's members.
  api.delete('/channels/:channelId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { channelId, userId } = req.params as { channelId: string; userId: string };
    const channel = await readableChannel(app, session, channelId);
    if (userId !== session.user_id) await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'members'));
    await app.channels.removeMember(requestContext(req), channel.id, userId, session.user_id);
    return { status: 'OK' };
  });

  api.put('/channels/:channelId/members/:userId/roles', async (req) => {
    const session = requireSession(req);
    const { channelId, userId } = req.params as { channelId: string; userId: string };
    const channel = await readableChannel(app, session, channelId);
    await app.permissions.requirePermissionToChannel(session.user_id, channel.id, 'manage_channel_roles');
    await app.channels.setMemberRoles(channel.id, userId, bodyObject(req, 'roles').roles);
    return { status: 'OK' };
  });

  api.put('/channels/:channelId/members/:userId/schemeRoles', async (req) => {
    const session = requireSession(req);
    const { channelId, userId } = req.params as { channelId: string; userId: string };
    const channel = await readableChannel(app, session, channelId);
    await app.permissions.requirePermissionToChannel(session.user_id, channel.id, 'manage_channel_roles');
    await app.channels.setMemberRoles(channel.id, userId, schemeRoles(bodyObject(req, 'scheme roles'), 'channel'));
    return { status: 'OK' };
  });

  // People may leave; removing someone else takes remove_user_from_team.
  api.delete('/teams/:teamId/members/:userId', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    if (userId !== session.user_id) await teamWithPermission(app, session, teamId, 'remove_user_from_team');
    await app.teams.removeMember(requestContext(req), teamId, userId, session.user_id);
    return { status: 'OK' };
  });

  api.put('/teams/:teamId/members/:userId/roles', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    await teamWithPermission(app, session, teamId, 'manage_team_roles');
    await app.teams.setMemberRoles(teamId, userId, bodyObject(req, 'roles').roles);
    return { status: 'OK' };
  });

  api.put('/teams/:teamId/members/:userId/schemeRoles', async (req) => {
    const session = requireSession(req);
    const { teamId, userId } = req.params as { teamId: string; userId: string };
    await teamWithPermission(app, session, teamId, 'manage_team_roles');
    await app.teams.setMemberRoles(teamId, userId, schemeRoles(bodyObject(req, 'scheme roles'), 'team'));
    return { status: 'OK' };
  });

  api.get('/channels/:channelId/posts', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    const q = req.query as Record<string, string>;
    const since = intParam(q.since, 'since', 0);
    return app.posts.consumeList(await app.posts.forChannel(channel.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200), { since, before: q.before || undefined, after: q.after || undefined }));
  });
}

/** The role string that PUT …/schemeRoles ({scheme_admin, scheme_user}) stands for (no guests: scheme_user must be true). */
function schemeRoles(body: Record<string, unknown>, scope: 'team' | 'channel'): string {
  if (typeof body.scheme_admin !== 'boolean') throw invalidField(`${scope}_member`, 'scheme_admin', 'must be true or false');
  if (body.scheme_user !== true) throw invalidField(`${scope}_member`, 'scheme_user', 'must be true (plughost has no guests)');
  return body.scheme_admin ? `${scope}_user ${scope}_admin` : `${scope}_user`;
}
