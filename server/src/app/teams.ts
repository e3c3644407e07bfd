// Teams and their members. Joining and leaving are announced over the websocket (Mattermost's
// added_to_team to the user, leave_team to the team, memberroles_updated to the member).
import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../store/db.js';
import type { TeamMemberTable, TeamTable } from '../store/schema.js';
import { AppError, asAppError, conflict, invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { RequestContext, Team, TeamMember, TeamStats, User } from './models.js';
import { checkMemberRoles } from './permissions.js';
import { maxSearchResults, startsWith } from './prefix-match.js';

/** A group_constrained flag as patched: true or false, else 400. */
export function checkGroupConstrained(value: unknown, where: 'team' | 'channel'): number {
  if (typeof value !== 'boolean') throw invalidField(where, 'group_constrained', 'must be true or false');
  return value ? 1 : 0;
}

export const namePattern = /^[a-z0-9]+([a-z0-9\-_]*[a-z0-9]+)?$/;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const teamFromRow = (r: Selectable<TeamTable>): Team => ({
  ...r,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
  allow_open_invite: Boolean(r.allow_open_invite),
  last_team_icon_update: Number(r.last_team_icon_update),
  group_constrained: Boolean(r.group_constrained),
});

export const teamMemberFromRow = (r: Selectable<TeamMemberTable>): TeamMember => ({
  ...r,
  delete_at: Number(r.delete_at),
  scheme_admin: Boolean(r.scheme_admin),
  scheme_user: Boolean(r.scheme_user),
});

/** How adding one user went, when several are added at once. */
export interface TeamMemberResult {
  user_id: string;
  member?: TeamMember;
  error?: AppError;
}

export class Teams {
  /** Called after a team is created, to create its default channels. */
  onTeamCreated: (ctx: RequestContext, team: Team, creatorId: string) => Promise<void> = async () => undefined;
  /** Called after someone joins a team, to put them in its default channels. */
  onMemberAdded: (ctx: RequestContext, member: TeamMember, actorId?: string) => Promise<void> = async () => undefined;

  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly users: { get(id: string): Promise<User> },
    private readonly events: EventHub,
  ) {}

  async create(ctx: RequestContext, input: Record<string, unknown>, creatorId?: string): Promise<Team> {
    const name = str(input.name);
    if (name.length < 2 || name.length > 64 || !namePattern.test(name)) {
      throw invalidField('team', 'name', 'must be 2-64 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit');
    }
    const displayName = str(input.display_name).trim();
    if (!displayName || displayName.length > 64) throw invalidField('team', 'display_name', 'must be 1-64 characters');
    const type = str(input.type) || 'O';
    if (type !== 'O' && type !== 'I') throw invalidField('team', 'type', 'must be "O" (open) or "I" (invite only)');
    if (await this.db.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst()) {
      throw conflict('store.sql_team.save_team.existing.app_error', `A team named "${name}" already exists.`);
    }
    const t = now();
    const row: Selectable<TeamTable> = {
      id: newId(),
      create_at: t,
      update_at: t,
      delete_at: 0,
      display_name: displayName,
      name,
      description: str(input.description),
      email: str(input.email),
      type,
      allow_open_invite: input.allow_open_invite ? 1 : 0,
      invite_id: newId(),
      last_team_icon_update: 0,
      group_constrained: 0,
    };
    await this.db.insertInto('teams').values(row).execute();
    const team = teamFromRow(row);
    if (creatorId) {
      await this.insertMember(ctx, team.id, creatorId, { roles: 'team_user team_admin', schemeAdmin: true });
      await this.onTeamCreated(ctx, team, creatorId);
    }
    return team;
  }

  async get(id: string): Promise<Team> {
    if (!isValidId(id)) throw invalidField('team', 'team_id', 'is not a valid id');
    const row = await this.db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.team.get.find.app_error', `Team ${id} not found.`);
    return teamFromRow(row);
  }

  async getByName(name: string): Promise<Team> {
    const row = await this.db.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('app.team.get_by_name.missing.app_error', `Team "${name}" not found.`);
    return teamFromRow(row);
  }

  async list(): Promise<Team[]> {
    return (await this.db.selectFrom('teams').selectAll().where('delete_at', '=', 0).orderBy('name').execute()).map(teamFromRow);
  }

  /** The unarchived teams whose name or display name starts with `term`, in any case. */
  async search(term: string): Promise<Team[]> {
    const rows = await this.db.selectFrom('teams').selectAll().where('delete_at', '=', 0)
      .where((eb) => eb.or([startsWith('name', term), startsWith('display_name', term)])).orderBy('name').limit(maxSearchResults).execute();
    return rows.map(teamFromRow);
  }

  /** Changes the given fields of a team (display_name, description, allow_open_invite, email, group_constrained). */
  async patch(id: string, patch: Record<string, unknown>): Promise<Team> {
    const team = await this.get(id);
    const change: Updateable<TeamTable> = { update_at: now() };
    if (patch.display_name !== undefined) {
      const name = typeof patch.display_name === 'string' ? patch.display_name.trim() : '';
      if (!name || name.length > 64) throw invalidField('team', 'display_name', 'must be 1-64 characters');
      change.display_name = name;
    }
    if (patch.description !== undefined) {
      if (typeof patch.description !== 'string' || patch.description.length > 255) throw invalidField('team', 'description', 'must be at most 255 characters');
      change.description = patch.description;
    }
    if (patch.allow_open_invite !== undefined) {
      if (typeof patch.allow_open_invite !== 'boolean') throw invalidField('team', 'allow_open_invite', 'must be true or false');
      change.allow_open_invite = patch.allow_open_invite ? 1 : 0;
    }
    if (patch.email !== undefined) change.email = str(patch.email);
    if (patch.group_constrained !== undefined) change.group_constrained = checkGroupConstrained(patch.group_constrained, 'team');
    await this.db.updateTable('teams').set(change).where('id', '=', team.id).execute();
    return this.updated(team.id);
  }

  /** Records when the team's icon changed (0: it has none now). */
  async setIconUpdate(id: string, at: number): Promise<Team> {
    await this.db.updateTable('teams').set({ last_team_icon_update: at, update_at: now() }).where('id', '=', id).execute();
    return this.updated(id);
  }

  /** The team after a change, announced to its members (Mattermost's update_team). */
  private async updated(id: string): Promise<Team> {
    const team = await this.get(id);
    void this.events.publish('update_team', { team: JSON.stringify(team) }, { team_id: id });
    return team;
  }

  /** Archives a team (soft delete, as Mattermost's DELETE without permanent=true). */
  async archive(id: string): Promise<void> {
    const team = await this.get(id);
    const t = now();
    await this.db.updateTable('teams').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    void this.events.publish('delete_team', { team: JSON.stringify({ ...team, delete_at: t, update_at: t }) }, { team_id: id });
  }

  /** Member counts: every membership, and those of users who are not deactivated. */
  async stats(teamId: string): Promise<TeamStats> {
    await this.get(teamId);
    const counts = await this.db.selectFrom('team_members').innerJoin('users', 'users.id', 'team_members.user_id')
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>(eb.case().when('users.delete_at', '=', 0).then(1).else(0).end()).as('active')])
      .where('team_members.team_id', '=', teamId).where('team_members.delete_at', '=', 0).executeTakeFirstOrThrow();
    return { team_id: teamId, total_member_count: Number(counts.total), active_member_count: Number(counts.active ?? 0) };
  }

  async members(teamId: string, page: number, perPage: number): Promise<TeamMember[]> {
    await this.get(teamId);
    const rows = await this.db.selectFrom('team_members').selectAll().where('team_id', '=', teamId).where('delete_at', '=', 0)
      .orderBy('user_id').limit(perPage).offset(page * perPage).execute();
    return rows.map(teamMemberFromRow);
  }

  /** The teams a user belongs to, and their memberships. */
  async forUser(userId: string): Promise<{ teams: Team[]; members: TeamMember[] }> {
    await this.users.get(userId);
    const members = (await this.db.selectFrom('team_members').selectAll().where('user_id', '=', userId).where('delete_at', '=', 0).execute()).map(teamMemberFromRow);
    if (!members.length) return { teams: [], members };
    const teams = await this.db.selectFrom('teams').selectAll().where('id', 'in', members.map((m) => m.team_id)).where('delete_at', '=', 0).orderBy('name').execute();
    return { teams: teams.map(teamFromRow), members };
  }

  /** One page of a user's team memberships. */
  async membersForUser(userId: string, page: number, perPage: number): Promise<TeamMember[]> {
    await this.users.get(userId);
    const rows = await this.db.selectFrom('team_members').selectAll().where('user_id', '=', userId).where('delete_at', '=', 0)
      .orderBy('team_id').limit(perPage).offset(page * perPage).execute();
    return rows.map(teamMemberFromRow);
  }

  async member(teamId: string, userId: string): Promise<TeamMember | undefined> {
    const row = await this.db.selectFrom('team_members').selectAll()
      .where('team_id', '=', teamId).where('user_id', '=', userId).where('delete_at', '=', 0).executeTakeFirst();
    return row && teamMemberFromRow(row);
  }

  /** A member, or 404. */
  async getMember(teamId: string, userId: string): Promise<TeamMember> {
    await this.get(teamId);
    if (!isValidId(userId)) throw invalidField('team_member', 'user_id', 'is not a valid id');
    const member = await this.member(teamId, userId);
    if (!member) throw notFound('app.team.get_member.missing.app_error', `User ${userId} is not a member of team ${teamId}.`);
    return member;
  }

  /** Removes a user from a team and from its channels. */
  async removeMember(ctx: RequestContext, teamId: string, userId: string, actorId?: string): Promise<void> {
    await this.get(teamId);
    const member = await this.member(teamId, userId);
    if (!member) throw notFound('app.team.get_member.missing.app_error', `User ${userId} is not a member of team ${teamId}.`);
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    const t = now();
    await this.db.updateTable('team_members').set({ delete_at: t }).where('team_id', '=', teamId).where('user_id', '=', userId).execute();
    await this.db.deleteFrom('channel_members').where('user_id', '=', userId)
      .where('channel_id', 'in', this.db.selectFrom('channels').select('id').where('team_id', '=', teamId)).execute();
    this.hooks().userHasLeftTeam(ctx, { ...member, delete_at: t }, actor);
    void this.events.publish('leave_team', { user_id: userId, team_id: teamId }, { team_id: teamId });
    // The user left, so the team broadcast no longer reaches them.
    void this.events.publish('leave_team', { user_id: userId, team_id: teamId }, { user_id: userId });
  }

  /**
   * Adds a user to a team (and, through onMemberAdded, to its default channels); idempotent.
   * TeamMemberWillBeAdded may change the new member's roles or refuse.
   */
  async addMember(ctx: RequestContext, teamId: string, userId: string, actorId?: string): Promise<TeamMember> {
    await this.get(teamId);
    await this.users.get(userId);
    if (actorId) await this.users.get(actorId);
    const existing = await this.member(teamId, userId);
    if (existing) return existing;
    const proposed = teamMemberFromRow({ team_id: teamId, user_id: userId, roles: 'team_user', delete_at: 0, scheme_admin: 0, scheme_user: 1 });
    const verdict = await this.hooks().teamMemberWillBeAdded(ctx, proposed);
    if ('rejected' in verdict) throw new AppError('app.team.add_member.rejected_by_plugin', `Adding the user to the team was rejected by a plugin: ${verdict.rejected}`, 400);
    const { roles, schemeAdmin } = checkMemberRoles(verdict.allowed.roles, 'team');
    return this.insertMember(ctx, teamId, userId, { roles, schemeAdmin: schemeAdmin || verdict.allowed.scheme_admin }, actorId);
  }

  /**
   * Adds several users to a team as `actorId`: in order until the first failure, which is
   * thrown; or, `graceful`, each on its own, every result carrying its member or its error.
   */
  async addMembers(ctx: RequestContext, teamId: string, userIds: string[], actorId: string | undefined, graceful: boolean): Promise<TeamMemberResult[]> {
    await this.get(teamId);
    const results: TeamMemberResult[] = [];
    for (const userId of userIds) {
      try {
        results.push({ user_id: userId, member: await this.addMember(ctx, teamId, userId, actorId) });
      } catch (err) {
        if (!graceful) throw err;
        results.push({ user_id: userId, error: asAppError(err) });
      }
    }
    return results;
  }

  private async insertMember(ctx: RequestContext, teamId: string, userId: string, role: { roles: string; schemeAdmin: boolean }, actorId?: string): Promise<TeamMember> {
    const roles = role.schemeAdmin ? 'team_user team_admin' : role.roles;
    const row: TeamMemberTable = { team_id: teamId, user_id: userId, roles, delete_at: 0, scheme_admin: role.schemeAdmin ? 1 : 0, scheme_user: 1 };
    await this.db.insertInto('team_members').values(row)
      .onConflict((oc) => oc.columns(['team_id', 'user_id']).doUpdateSet({ delete_at: 0, roles, scheme_admin: row.scheme_admin, scheme_user: 1 })).execute();
    const member = teamMemberFromRow(row);
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    this.hooks().userHasJoinedTeam(ctx, member, actor);
    void this.events.publish('added_to_team', { team_id: teamId, user_id: userId }, { user_id: userId });
    await this.onMemberAdded(ctx, member, actorId);
    return member;
  }

  /** Sets a member's roles ("team_user", optionally with "team_admin"). */
  async setMemberRoles(teamId: string, userId: string, roles: unknown): Promise<TeamMember> {
    const wanted = checkMemberRoles(roles, 'team');
    await this.getMember(teamId, userId);
    await this.db.updateTable('team_members').set({ roles: wanted.roles, scheme_admin: wanted.schemeAdmin ? 1 : 0, scheme_user: 1 })
      .where('team_id', '=', teamId).where('user_id', '=', userId).execute();
    const member = (await this.member(teamId, userId))!;
    void this.events.publish('memberroles_updated', { member: JSON.stringify(member) }, { user_id: userId });
    return member;
  }
}
