// Channels and their members.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { ChannelMemberTable, ChannelTable } from '../store/schema.js';
import { conflict, forbidden, invalidField, notFound } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import { type Channel, type ChannelMember, isSystemAdmin, type RequestContext, type User } from './models.js';
import { namePattern, type Teams } from './teams.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const channelFromRow = (r: Selectable<ChannelTable>): Channel => ({
  ...r,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
  last_post_at: Number(r.last_post_at),
  total_msg_count: Number(r.total_msg_count),
});

export const channelMemberFromRow = (r: Selectable<ChannelMemberTable>): ChannelMember => ({
  ...r,
  last_viewed_at: Number(r.last_viewed_at),
  msg_count: Number(r.msg_count),
  mention_count: Number(r.mention_count),
  last_update_at: Number(r.last_update_at),
  scheme_admin: Boolean(r.scheme_admin),
  scheme_user: Boolean(r.scheme_user),
});

export class Channels {
  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly users: { get(id: string): Promise<User> },
    private readonly teams: Teams,
  ) {}

  /** Creates an open ("O") or private ("P") channel; the creator, if any, joins it as its admin. */
  async create(ctx: RequestContext, input: Record<string, unknown>, creatorId?: string): Promise<Channel> {
    const teamId = str(input.team_id);
    await this.teams.get(teamId);
    const name = str(input.name);
    if (name.length < 1 || name.length > 64 || !namePattern.test(name)) {
      throw invalidField('channel', 'name', 'must be 1-64 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit');
    }
    const displayName = str(input.display_name).trim();
    if (!displayName || displayName.length > 64) throw invalidField('channel', 'display_name', 'must be 1-64 characters');
    const type = str(input.type) || 'O';
    if (type !== 'O' && type !== 'P') throw invalidField('channel', 'type', 'must be "O" (open) or "P" (private)');
    if (creatorId && !(await this.teams.member(teamId, creatorId))) {
      throw forbidden('api.context.permissions.app_error', 'You must be a member of the team to create a channel in it.');
    }
    if (await this.db.selectFrom('channels').select('id').where('team_id', '=', teamId).where('name', '=', name).executeTakeFirst()) {
      throw conflict('store.sql_channel.save_channel.exists.app_error', `A channel named "${name}" already exists in this team.`);
    }
    const t = now();
    const row: ChannelTable = {
      id: newId(),
      create_at: t,
      update_at: t,
      delete_at: 0,
      team_id: teamId,
      type,
      display_name: displayName,
      name,
      header: str(input.header),
      purpose: str(input.purpose),
      last_post_at: t,
      total_msg_count: 0,
      creator_id: creatorId ?? '',
    };
    await this.db.insertInto('channels').values(row).execute();
    const channel = channelFromRow(row);
    this.hooks().channelHasBeenCreated(ctx, channel);
    if (creatorId) await this.addMember(ctx, channel.id, creatorId, undefined, 'channel_user channel_admin');
    return channel;
  }

  async get(id: string): Promise<Channel> {
    if (!isValidId(id)) throw invalidField('channel', 'channel_id', 'is not a valid id');
    const row = await this.db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.channel.get.existing.app_error', `Channel ${id} not found.`);
    return channelFromRow(row);
  }

  async getByName(teamId: string, name: string): Promise<Channel> {
    const row = await this.db.selectFrom('channels').selectAll().where('team_id', '=', teamId).where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('app.channel.get_by_name.missing.app_error', `Channel "${name}" not found in team ${teamId}.`);
    return channelFromRow(row);
  }

  /** The channels of a team that a user is a member of (with direct and group channels). */
  async forUserInTeam(userId: string, teamId: string, includeArchived: boolean): Promise<Channel[]> {
    let q = this.db.selectFrom('channels').innerJoin('channel_members', 'channel_members.channel_id', 'channels.id').selectAll('channels')
      .where('channel_members.user_id', '=', userId).where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]));
    if (!includeArchived) q = q.where('channels.delete_at', '=', 0);
    return (await q.orderBy('channels.name').execute()).map(channelFromRow);
  }

  /** Changes the given fields of a channel (display_name, header, purpose). */
  async patch(id: string, patch: Record<string, unknown>): Promise<Channel> {
    const channel = await this.get(id);
    if (channel.delete_at) throw invalidField('channel', 'channel_id', 'refers to an archived channel');
    const change: Partial<ChannelTable> = { update_at: now() };
    if (patch.display_name !== undefined) {
      const name = typeof patch.display_name === 'string' ? patch.display_name.trim() : '';
      if (!name || name.length > 64) throw invalidField('channel', 'display_name', 'must be 1-64 characters');
      change.display_name = name;
    }
    for (const field of ['header', 'purpose'] as const) {
      if (patch[field] === undefined) continue;
      const value = patch[field];
      if (typeof value !== 'string' || value.length > (field === 'header' ? 1024 : 250)) throw invalidField('channel', field, `must be text of at most ${field === 'header' ? 1024 : 250} characters`);
      change[field] = value;
    }
    await this.db.updateTable('channels').set(change).where('id', '=', id).execute();
    return this.get(id);
  }

  /** Archives a channel: it keeps its posts but takes no new ones. */
  async archive(id: string): Promise<void> {
    const channel = await this.get(id);
    if (channel.type === 'D' || channel.type === 'G') throw invalidField('channel', 'channel_id', 'refers to a direct or group channel, which cannot be archived');
    const t = now();
    await this.db.updateTable('channels').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
  }

  /** The direct channel of two users (created once; Mattermost names it "<id>__<id>", ids sorted). */
  async direct(ctx: RequestContext, userA: string, userB: string): Promise<Channel> {
    await this.users.get(userA);
    await this.users.get(userB);
    const name = [userA, userB].sort().join('__');
    const existing = await this.db.selectFrom('channels').selectAll().where('team_id', '=', '').where('name', '=', name).executeTakeFirst();
    if (existing) return channelFromRow(existing);
    const t = now();
    const row: ChannelTable = {
      id: newId(), create_at: t, update_at: t, delete_at: 0, team_id: '', type: 'D', display_name: '', name,
      header: '', purpose: '', last_post_at: t, total_msg_count: 0, creator_id: userA,
    };
    await this.db.insertInto('channels').values(row).execute();
    for (const userId of new Set([userA, userB])) {
      await this.db.insertInto('channel_members').values({
        channel_id: row.id, user_id: userId, roles: 'channel_user', last_viewed_at: 0, msg_count: 0, mention_count: 0, last_update_at: t, scheme_admin: 0, scheme_user: 1,
      }).execute();
    }
    const channel = channelFromRow(row);
    this.hooks().channelHasBeenCreated(ctx, channel);
    return channel;
  }

  /**
   * The channel, if a user with these system roles may use it: its members, the members of an
   * open channel's team, and system admins. Outsiders do not learn a private channel exists (404).
   */
  async requireAccess(userId: string, roles: string, channelId: string): Promise<Channel> {
    const channel = await this.get(channelId);
    if (isSystemAdmin(roles) || (await this.member(channel.id, userId))) return channel;
    if (channel.type === 'O' && (await this.teams.member(channel.team_id, userId))) return channel;
    if (channel.type !== 'O') throw notFound('app.channel.get.existing.app_error', `Channel ${channelId} not found.`);
    throw forbidden('api.context.permissions.app_error', 'You do not have the appropriate permissions to access this channel.');
  }

  async member(channelId: string, userId: string): Promise<ChannelMember | undefined> {
    const row = await this.db.selectFrom('channel_members').selectAll().where('channel_id', '=', channelId).where('user_id', '=', userId).executeTakeFirst();
    return row && channelMemberFromRow(row);
  }

  async members(channelId: string, page: number, perPage: number): Promise<ChannelMember[]> {
    await this.get(channelId);
    const rows = await this.db.selectFrom('channel_members').selectAll().where('channel_id', '=', channelId)
      .orderBy('user_id').limit(perPage).offset(page * perPage).execute();
    return rows.map(channelMemberFromRow);
  }

  /** Adds a user to a channel (joining its team first if need be); idempotent. */
  async addMember(ctx: RequestContext, channelId: string, userId: string, actorId?: string, roles = 'channel_user'): Promise<ChannelMember> {
    const channel = await this.get(channelId);
    await this.users.get(userId);
    const existing = await this.member(channelId, userId);
    if (existing) return existing;
    if (channel.delete_at) throw invalidField('channel', 'channel_id', 'refers to an archived channel');
    if (channel.type === 'D') throw invalidField('channel', 'channel_id', 'refers to a direct channel, which has exactly its two members');
    if (!(await this.teams.member(channel.team_id, userId))) await this.teams.addMember(ctx, channel.team_id, userId, actorId);
    const t = now();
    const row: ChannelMemberTable = {
      channel_id: channelId,
      user_id: userId,
      roles,
      last_viewed_at: 0,
      msg_count: 0,
      mention_count: 0,
      last_update_at: t,
      scheme_admin: roles.includes('channel_admin') ? 1 : 0,
      scheme_user: 1,
    };
    await this.db.insertInto('channel_members').values(row).execute();
    const member = channelMemberFromRow(row);
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    this.hooks().userHasJoinedChannel(ctx, member, actor);
    return member;
  }

  async removeMember(ctx: RequestContext, channelId: string, userId: string, actorId?: string): Promise<void> {
    const member = await this.member(channelId, userId);
    if (!member) throw notFound('app.channel.get_member.missing.app_error', `User ${userId} is not a member of channel ${channelId}.`);
    await this.db.deleteFrom('channel_members').where('channel_id', '=', channelId).where('user_id', '=', userId).execute();
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    this.hooks().userHasLeftChannel(ctx, member, actor);
  }
}
