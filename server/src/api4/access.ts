// What the REST routes may show of teams and channels, by app.permissions (the one model):
// outsiders do not learn that a private channel, a direct or group channel, or an invite-only
// team exists (404); an open one they may not use is a 403.
import type { App } from '../app/app.js';
import { notFound } from '../app/errors.js';
import type { Channel, Session, Team } from '../app/models.js';
import { permissionError } from '../app/permissions.js';
import { isOpenTeam } from '../app/teams.js';
import { sessionHasPermission } from './context.js';

/** The channel, if the caller may read it. */
export async function readableChannel(app: App, session: Session, channelId: string): Promise<Channel> {
  const channel = await app.channels.get(channelId);
  await app.permissions.requireReadChannel(session.user_id, channel);
  return channel;
}

/** The channel, if the caller may read it and has `permissionId` in it. */
export async function channelWithPermission(app: App, session: Session, channelId: string, permissionId: string): Promise<Channel> {
  const channel = await readableChannel(app, session, channelId);
  await app.permissions.requirePermissionToChannel(session.user_id, channel.id, permissionId);
  return channel;
}

/** The team, if the caller may see it: its members (view_team), and for an open team anyone who may list open teams. */
export async function visibleTeam(app: App, session: Session, teamId: string): Promise<Team> {
  const team = await app.teams.get(teamId);
  if (isOpenTeam(team) && sessionHasPermission(session, 'list_public_teams')) return team;
  return teamWithPermission(app, session, team, 'view_team');
}

/** The team, if the caller has `permissionId` in it. */
export async function teamWithPermission(app: App, session: Session, teamOrId: Team | string, permissionId: string): Promise<Team> {
  const team = typeof teamOrId === 'string' ? await app.teams.get(teamOrId) : teamOrId;
  if (await app.permissions.hasPermissionToTeam(session.user_id, team.id, permissionId)) return team;
  // Those who cannot even see an invite-only team do not learn it exists.
  if (!isOpenTeam(team) && !(await app.permissions.hasPermissionToTeam(session.user_id, team.id, 'view_team'))) {
    throw notFound('app.team.get.find.app_error', `Team ${team.id} not found.`);
  }
  throw permissionError(permissionId);
}
