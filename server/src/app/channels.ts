// Channels and their members: open ("O") and private ("P") channels of a team, and direct
// ("D") and group ("G") channels of two or of three to eight users, which belong to no team.
// Changes are announced over the websocket to those who may see the channel (Mattermost's
// events channel_created, channel_updated, channel_deleted, direct_added, group_added,
// user_added, user_removed, channel_member_updated).
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { ChannelMemberTable, ChannelTable } from '../store/schema.js';
import { AppError, conflict, invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { Channel, ChannelMember, RequestContext, User } from './models.js';
import { checkMemberRoles } from './permissions.js';
import { namePattern, type Teams } from './teams.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Mattermost's bounds for a group channel, its members included. */
export const groupChannelMinUsers = 3;
export const groupChannelMaxUsers = 8;
const maxDisplayName = 64;

/** Mattermost's name for a direct channel: the two ids, sorted, joined by "__". */
export const directChannelName = (userA: string, userB: string) => [userA, userB].sort().join('__');
/** Mattermost's name for a group channel: the hex SHA-1 of the sorted member ids. */
export const groupChannelName = (userIds: string[]) => crypto.createHash('sha1').update([...userIds].sort().join('')).digest('hex');

/** A ChannelMemberWillBeAdded rejection carries this id (a default channel a plugin refuses is skipped). */
export const memberRejectedByPlugin = 'app.channel.add_member.rejected_by_plugin';

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
    private readonly events: EventHub,
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
    if (!displayName || displayName.length > maxDisplayName) throw invalidField('channel', 'display_name', 'must be 1-64 characters');
    const type = str(input.type) || 'O';
    if (type !== 'O' && type !== 'P') throw invalidField('channel', 'type', 'must be "O" (open) or "P" (private)');
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
    if (creatorId) {
      if (!(await this.teams.member(teamId, creatorId))) await this.teams.addMember(ctx, teamId, creatorId);
      await this.insertMember(ctx, channel, creatorId, { roles: 'channel_user channel_admin', schemeAdmin: true });
      // As in Mattermost, only the creator hears of a new channel; others find it when they look.
      void this.events.publish('channel_created', { channel_id: channel.id, team_id: channel.team_id }, { user_id: creatorId });
    }
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
      if (!name || name.length > maxDisplayName) throw invalidField('channel', 'display_name', 'must be 1-64 characters');
      change.display_name = name;
    }
    for (const field of ['header', 'purpose'] as const) {
      if (patch[field] === undefined) continue;
      const value = patch[field];
      if (typeof value !== 'string' || value.length > (field === 'header' ? 1024 : 250)) throw invalidField('channel', field, `must be text of at most ${field === 'header' ? 1024 : 250} characters`);
      change[field] = value;
    }
    await this.db.updateTable('channels').set(change).where('id', '=', id).execute();
    const updated = await this.get(id);
    void this.events.publish('channel_updated', { channel: JSON.stringify(updated) }, { channel_id: id });
    return updated;
  }

  /** Archives a channel (plugins may refuse): it keeps its posts but takes no new ones. */
  async archive(ctx: RequestContext, id: string): Promise<Channel> {
    const channel = await this.get(id);
    if (channel.type === 'D' || channel.type === 'G') throw invalidField('channel', 'channel_id', 'refers to a direct or group channel, which cannot be archived');
    if (channel.delete_at) return channel;
    const rejection = await this.hooks().channelWillBeArchived(ctx, channel);
    if (rejection) throw new AppError('app.channel.archive.rejected_by_plugin', `Archiving the channel was rejected by a plugin: ${rejection}`, 400);
    const t = now();
    await this.db.updateTable('channels').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    // An open channel's team may know of it; a private one's members only.
    void this.events.publish('channel_deleted', { channel_id: id, delete_at: t }, channel.type === 'O' ? { team_id: channel.team_id } : { channel_id: id });
    return { ...channel, delete_at: t, update_at: t };
  }

  /** The direct channel of two users (the same one each time), created on first use. */
  async getOrCreateDirect(ctx: RequestContext, userA: string, userB: string): Promise<Channel> {
    await this.users.get(userA);
    await this.users.get(userB);
    const name = directChannelName(userA, userB);
    const existing = await this.db.selectFrom('channels').selectAll().where('team_id', '=', '').where('name', '=', name).executeTakeFirst();
    if (existing) return channelFromRow(existing);
    const channel = await this.createWithMembers(ctx, { type: 'D', name, display_name: '', creator_id: userA }, [...new Set([userA, userB])]);
    void this.events.publish('direct_added', { creator_id: userA, teammate_id: userB }, { channel_id: channel.id });
    return channel;
  }

  /** The group channel of 3 to 8 users (the same one for the same users), created on first use. */
  async getOrCreateGroup(ctx: RequestContext, userIds: string[], creatorId = ''): Promise<Channel> {
    const ids = [...new Set(userIds)];
    if (ids.length < groupChannelMinUsers || ids.length > groupChannelMaxUsers) {
      throw invalidField('channel', 'user_ids', `must name ${groupChannelMinUsers} to ${groupChannelMaxUsers} different users`);
    }
    if (!ids.every(isValidId)) throw invalidField('channel', 'user_ids', 'must be a list of user ids');
    const users = await Promise.all(ids.map((id) => this.users.get(id)));
    const name = groupChannelName(ids);
    const existing = await this.db.selectFrom('channels').selectAll().where('team_id', '=', '').where('name', '=', name).executeTakeFirst();
    if (existing) return channelFromRow(existing);
    const displayName = users.map((u) => u.username).sort().join(', ').slice(0, maxDisplayName);
    const channel = await this.createWithMembers(ctx, { type: 'G', name, display_name: displayName, creator_id: creatorId }, ids);
    void this.events.publish('group_added', { teammate_ids: JSON.stringify(ids) }, { channel_id: channel.id });
    return channel;
  }

  /** A direct or group channel with its members, who join it without the membership hooks. */
  private async createWithMembers(ctx: RequestContext, fields: Pick<ChannelTable, 'type' | 'name' | 'display_name' | 'creator_id'>, userIds: string[]): Promise<Channel> {
    const t = now();
    const row: ChannelTable = { id: newId(), create_at: t, update_at: t, delete_at: 0, team_id: '', header: '', purpose: '', last_post_at: t, total_msg_count: 0, ...fields };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('channels').values(row).execute();
      for (const userId of userIds) {
        await tx.insertInto('channel_members').values({
          channel_id: row.id, user_id: userId, roles: 'channel_user', last_viewed_at: 0, msg_count: 0, mention_count: 0, last_update_at: t, scheme_admin: 0, scheme_user: 1,
        }).execute();
      }
    });
    const channel = channelFromRow(row);
    this.hooks().channelHasBeenCreated(ctx, channel);
    return channel;
  }

  async member(channelId: string, userId: string): Promise<ChannelMember | undefined> {
    const row = await this.db.selectFrom('channel_members').selectAll().where('channel_id', '=', channelId).where('user_id', '=', userId).executeTakeFirst();
    return row && channelMemberFromRow(row);
  }

  /** A member, or 404. */
  async getMember(channelId: string, userId: string): Promise<ChannelMember> {
    await this.get(channelId);
    if (!isValidId(userId)) throw invalidField('channel_member', 'user_id', 'is not a valid id');
    const member = await this.member(channelId, userId);
    if (!member) throw notFound('app.channel.get_member.missing.app_error', `User ${userId} is not a member of channel ${channelId}.`);
    return member;
  }

  async members(channelId: string, page: number, perPage: number): Promise<ChannelMember[]> {
    await this.get(channelId);
    const rows = await this.db.selectFrom('channel_members').selectAll().where('channel_id', '=', channelId)
      .orderBy('user_id').limit(perPage).offset(page * perPage).execute();
    return rows.map(channelMemberFromRow);
  }

  /**
   * Adds a user to an open or private channel (joining its team first if need be); idempotent.
   * ChannelMemberWillBeAdded may change the new member's roles or refuse.
   */
  async addMember(ctx: RequestContext, channelId: string, userId: string, actorId?: string): Promise<ChannelMember> {
    const channel = await this.get(channelId);
    await this.users.get(userId);
    const existing = await this.member(channelId, userId);
    if (existing) return existing;
    if (channel.delete_at) throw invalidField('channel', 'channel_id', 'refers to an archived channel');
    if (channel.type === 'D' || channel.type === 'G') throw invalidField('channel', 'channel_id', 'refers to a direct or group channel, whose members are fixed');
    const proposed = channelMemberFromRow(memberRow(channelId, userId, 'channel_user', false));
    const verdict = await this.hooks().channelMemberWillBeAdded(ctx, proposed);
    if ('rejected' in verdict) throw new AppError(memberRejectedByPlugin, `Adding the user to the channel was rejected by a plugin: ${verdict.rejected}`, 400);
    const { roles, schemeAdmin } = checkMemberRoles(verdict.allowed.roles, 'channel');
    if (!(await this.teams.member(channel.team_id, userId))) await this.teams.addMember(ctx, channel.team_id, userId, actorId);
    return this.insertMember(ctx, channel, userId, { roles, schemeAdmin: schemeAdmin || verdict.allowed.scheme_admin }, actorId);
  }

  private async insertMember(ctx: RequestContext, channel: Channel, userId: string, role: { roles: string; schemeAdmin: boolean }, actorId?: string): Promise<ChannelMember> {
    const row = memberRow(channel.id, userId, role.schemeAdmin ? 'channel_user channel_admin' : role.roles, role.schemeAdmin);
    await this.db.insertInto('channel_members').values(row).execute();
    const member = channelMemberFromRow(row);
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    this.hooks().userHasJoinedChannel(ctx, member, actor);
    void this.events.publish('user_added', { user_id: userId, team_id: channel.team_id }, { channel_id: channel.id });
    return member;
  }

  async removeMember(ctx: RequestContext, channelId: string, userId: string, actorId?: string): Promise<void> {
    const channel = await this.get(channelId);
    if (channel.type === 'D') throw invalidField('channel', 'channel_id', 'refers to a direct channel, which has exactly its two members');
    const member = await this.member(channelId, userId);
    if (!member) throw notFound('app.channel.get_member.missing.app_error', `User ${userId} is not a member of channel ${channelId}.`);
    await this.db.deleteFrom('channel_members').where('channel_id', '=', channelId).where('user_id', '=', userId).execute();
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    this.hooks().userHasLeftChannel(ctx, member, actor);
    const removerId = actorId ?? userId;
    void this.events.publish('user_removed', { user_id: userId, remover_id: removerId }, { channel_id: channelId });
    // The removed user is no member any more, so they hear of it apart.
    void this.events.publish('user_removed', { channel_id: channelId, remover_id: removerId }, { user_id: userId });
  }

  /** Sets a member's roles ("channel_user", optionally with "channel_admin"). */
  async setMemberRoles(channelId: string, userId: string, roles: unknown): Promise<ChannelMember> {
    const wanted = checkMemberRoles(roles, 'channel');
    const channel = await this.get(channelId);
    if (channel.type === 'D' || channel.type === 'G') throw invalidField('channel', 'channel_id', 'refers to a direct or group channel, whose members have no roles to change');
    await this.getMember(channelId, userId);
    await this.db.updateTable('channel_members').set({ roles: wanted.roles, scheme_admin: wanted.schemeAdmin ? 1 : 0, scheme_user: 1, last_update_at: now() })
      .where('channel_id', '=', channelId).where('user_id', '=', userId).execute();
    const member = await this.getMember(channelId, userId);
    void this.events.publish('channel_member_updated', { channelMember: JSON.stringify(member) }, { user_id: userId });
    return member;
  }
}

const memberRow = (channelId: string, userId: string, roles: string, schemeAdmin: boolean): ChannelMemberTable => ({
  channel_id: channelId,
  user_id: userId,
  roles,
  last_viewed_at: 0,
  msg_count: 0,
  mention_count: 0,
  last_update_at: now(),
  scheme_admin: schemeAdmin ? 1 : 0,
  scheme_user: 1,
});
