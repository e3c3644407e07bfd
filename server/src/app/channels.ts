// Channels and their members: open ("O") and private ("P") channels of a team, and direct
// ("D") and group ("G") channels of two or of three to eight users, which belong to no team.
// Changes are announced over the websocket to those who may see the channel (Mattermost's
// events channel_created, channel_updated, channel_deleted, direct_added, group_added,
// user_added, user_removed, channel_member_updated).
import crypto from 'node:crypto';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Db } from '../store/db.js';
import type { ChannelMemberTable, ChannelTable, Database } from '../store/schema.js';
import { AppError, conflict, invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import { parseMentions } from './mentions.js';
import type { Channel, ChannelMember, ChannelStats, Post, RequestContext, TeamUnread, User } from './models.js';
import { checkNotifyProps, defaultChannelNotifyProps } from './notify-props.js';
import { checkMemberRoles } from './permissions.js';
import { maxSearchResults, startsWith } from './prefix-match.js';
import { checkGroupConstrained, namePattern, type Teams } from './teams.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** At most this many memberships change notification settings in one call (Mattermost's limit). */
export const maxNotifyPropsPatch = 200;

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
  group_constrained: Boolean(r.group_constrained),
});

export const channelMemberFromRow = (r: Selectable<ChannelMemberTable>): ChannelMember => ({
  ...r,
  last_viewed_at: Number(r.last_viewed_at),
  msg_count: Number(r.msg_count),
  mention_count: Number(r.mention_count),
  last_update_at: Number(r.last_update_at),
  scheme_admin: Boolean(r.scheme_admin),
  scheme_user: Boolean(r.scheme_user),
  notify_props: JSON.parse(r.notify_props),
});

function checkChannelName(name: string): string {
  if (name.length < 1 || name.length > 64 || !namePattern.test(name)) {
    throw invalidField('channel', 'name', 'must be 1-64 lowercase letters, digits, "-" or "_", starting and ending with a letter or digit');
  }
  return name;
}

const checkUserIds = (ids: unknown): string[] => {
  if (!Array.isArray(ids) || !ids.every(isValidId)) throw invalidField('channel', 'user_ids', 'must be a list of user ids');
  return ids;
};

export class Channels {
  /**
   * The channel's members (the author aside) whom the group mentions among `names` reach, read
   * through `db` (the post's transaction); app.groups answers.
   */
  groupMentioned: (db: Kysely<Database>, channel: Channel, post: Post, names: Set<string>) => Promise<string[]> = async () => [];

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
    const name = checkChannelName(str(input.name));
    const displayName = str(input.display_name).trim();
    if (!displayName || displayName.length > maxDisplayName) throw invalidField('channel', 'display_name', 'must be 1-64 characters');
    const type = str(input.type) || 'O';
    if (type !== 'O' && type !== 'P') throw invalidField('channel', 'type', 'must be "O" (open) or "P" (private)');
    if (await this.db.selectFrom('channels').select('id').where('team_id', '=', teamId).where('name', '=', name).executeTakeFirst()) {
      throw conflict('store.sql_channel.save_channel.exists.app_error', `A channel named "${name}" already exists in this team.`);
    }
    const t = now();
    const row: Selectable<ChannelTable> = {
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
      group_constrained: 0,
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

  /** A channel of a team by its name; an archived one only with `includeArchived`. */
  async getByName(teamId: string, name: string, includeArchived = false): Promise<Channel> {
    const row = await this.db.selectFrom('channels').selectAll().where('team_id', '=', teamId).where('name', '=', name).executeTakeFirst();
    if (!row || (row.delete_at && !includeArchived)) throw notFound('app.channel.get_by_name.missing.app_error', `Channel "${name}" not found in team ${teamId}.`);
    return channelFromRow(row);
  }

  /** Every channel a user is a member of, in every team, with direct and group channels. */
  async forUser(userId: string, includeArchived: boolean): Promise<Channel[]> {
    await this.users.get(userId);
    let q = this.db.selectFrom('channels').innerJoin('channel_members', 'channel_members.channel_id', 'channels.id').selectAll('channels')
      .where('channel_members.user_id', '=', userId);
    if (!includeArchived) q = q.where('channels.delete_at', '=', 0);
    return (await q.orderBy('channels.team_id').orderBy('channels.name').execute()).map(channelFromRow);
  }

  /** One page of the open, unarchived channels of a team, by display name. */
  async publicForTeam(teamId: string, page: number, perPage: number): Promise<Channel[]> {
    await this.teams.get(teamId);
    const rows = await this.db.selectFrom('channels').selectAll().where('team_id', '=', teamId).where('type', '=', 'O').where('delete_at', '=', 0)
      .orderBy('display_name').orderBy('name').limit(perPage).offset(page * perPage).execute();
    return rows.map(channelFromRow);
  }

  /** The open, unarchived channels of a team whose name or display name starts with `term`, in any case. */
  async search(teamId: string, term: string): Promise<Channel[]> {
    await this.teams.get(teamId);
    const rows = await this.db.selectFrom('channels').selectAll().where('team_id', '=', teamId).where('type', '=', 'O').where('delete_at', '=', 0)
      .where((eb) => eb.or([startsWith('name', term), startsWith('display_name', term)]))
      .orderBy('display_name').limit(maxSearchResults).execute();
    return rows.map(channelFromRow);
  }

  /** Active members, pinned posts and files of a channel (plughost has no guests). */
  async stats(channelId: string): Promise<ChannelStats> {
    await this.get(channelId);
    const members = await this.db.selectFrom('channel_members').innerJoin('users', 'users.id', 'channel_members.user_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('channel_members.channel_id', '=', channelId).where('users.delete_at', '=', 0).executeTakeFirstOrThrow();
    const pinned = await this.db.selectFrom('posts').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel_id', '=', channelId).where('is_pinned', '=', 1).where('delete_at', '=', 0).executeTakeFirstOrThrow();
    const files = await this.db.selectFrom('file_infos').innerJoin('posts', 'posts.id', 'file_infos.post_id').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('file_infos.channel_id', '=', channelId).where('file_infos.delete_at', '=', 0).where('posts.delete_at', '=', 0).executeTakeFirstOrThrow();
    return { channel_id: channelId, member_count: Number(members.n), guest_count: 0, pinnedpost_count: Number(pinned.n), files_count: Number(files.n) };
  }

  /** The channels of a team that a user is a member of (with direct and group channels). */
  async forUserInTeam(userId: string, teamId: string, includeArchived: boolean): Promise<Channel[]> {
    await this.teams.get(teamId);
    await this.users.get(userId);
    let q = this.db.selectFrom('channels').innerJoin('channel_members', 'channel_members.channel_id', 'channels.id').selectAll('channels')
      .where('channel_members.user_id', '=', userId).where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]));
    if (!includeArchived) q = q.where('channels.delete_at', '=', 0);
    return (await q.orderBy('channels.name').execute()).map(channelFromRow);
  }

  /** A user's memberships of the channels forUserInTeam lists (archived channels left out). */
  async membershipsInTeam(userId: string, teamId: string): Promise<ChannelMember[]> {
    const rows = await this.db.selectFrom('channel_members').innerJoin('channels', 'channels.id', 'channel_members.channel_id').selectAll('channel_members')
      .where('channel_members.user_id', '=', userId).where('channels.delete_at', '=', 0)
      .where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]))
      .orderBy('channel_members.channel_id').execute();
    return rows.map(channelMemberFromRow);
  }

  /** Changes the given fields of a channel (name, display_name, header, purpose, group_constrained). */
  async patch(id: string, patch: Record<string, unknown>): Promise<Channel> {
    const channel = await this.get(id);
    if (channel.delete_at) throw invalidField('channel', 'channel_id', 'refers to an archived channel');
    const change: Updateable<ChannelTable> = { update_at: now() };
    if (patch.name !== undefined && patch.name !== channel.name) {
      if (channel.type === 'D' || channel.type === 'G') throw invalidField('channel', 'name', 'of a direct or group channel cannot change');
      // Mattermost's clients find a team's main channel by this name.
      if (channel.name === 'town-square') throw invalidField('channel', 'name', 'of town-square cannot change');
      const name = checkChannelName(str(patch.name));
      if (await this.db.selectFrom('channels').select('id').where('team_id', '=', channel.team_id).where('name', '=', name).executeTakeFirst()) {
        throw conflict('store.sql_channel.save_channel.exists.app_error', `A channel named "${name}" already exists in this team.`);
      }
      change.name = name;
    }
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
    if (patch.group_constrained !== undefined) {
      change.group_constrained = checkGroupConstrained(patch.group_constrained, 'channel');
      // Direct and group channels have their fixed members and no linked groups.
      if (change.group_constrained && (channel.type === 'D' || channel.type === 'G')) throw invalidField('channel', 'group_constrained', 'cannot be set on a direct or group channel');
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

  /** Unarchives a channel: it takes posts again. */
  async restore(id: string): Promise<Channel> {
    const channel = await this.get(id);
    if (!channel.delete_at) throw invalidField('channel', 'channel_id', 'refers to a channel that is not archived');
    const t = now();
    await this.db.updateTable('channels').set({ delete_at: 0, update_at: t }).where('id', '=', id).execute();
    void this.events.publish('channel_restored', { channel_id: id }, channel.type === 'O' ? { team_id: channel.team_id } : { channel_id: id });
    return { ...channel, delete_at: 0, update_at: t };
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
    const row: Selectable<ChannelTable> = { id: newId(), create_at: t, update_at: t, delete_at: 0, team_id: '', header: '', purpose: '', last_post_at: t, total_msg_count: 0, group_constrained: 0, ...fields };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('channels').values(row).execute();
      for (const userId of userIds) {
        await tx.insertInto('channel_members').values({
          channel_id: row.id, user_id: userId, roles: 'channel_user', last_viewed_at: 0, msg_count: 0, mention_count: 0, last_update_at: t, scheme_admin: 0, scheme_user: 1,
          notify_props: JSON.stringify(defaultChannelNotifyProps),
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

  /** The memberships of these users in a channel; non-members are left out. */
  async membersByIds(channelId: string, userIds: unknown): Promise<ChannelMember[]> {
    await this.get(channelId);
    const ids = checkUserIds(userIds);
    if (!ids.length) return [];
    const rows = await this.db.selectFrom('channel_members').selectAll().where('channel_id', '=', channelId).where('user_id', 'in', ids).orderBy('user_id').execute();
    return rows.map(channelMemberFromRow);
  }

  /** One page of a user's channel memberships, in every team. */
  async membersForUser(userId: string, page: number, perPage: number): Promise<ChannelMember[]> {
    await this.users.get(userId);
    const rows = await this.db.selectFrom('channel_members').selectAll().where('user_id', '=', userId)
      .orderBy('channel_id').limit(perPage).offset(page * perPage).execute();
    return rows.map(channelMemberFromRow);
  }

  /** Sets some notification settings of a member (the others stay) and returns the membership. */
  async updateNotifyProps(channelId: string, userId: string, props: unknown): Promise<ChannelMember> {
    const [member] = await this.patchNotifyProps([{ channel_id: channelId, user_id: userId }], props);
    return member;
  }

  /**
   * Sets the same notification settings on up to 200 memberships, all or none: every one must
   * exist (404 naming the first that does not).
   */
  async patchNotifyProps(memberships: { channel_id: string; user_id: string }[], props: unknown): Promise<ChannelMember[]> {
    if (memberships.length > maxNotifyPropsPatch) throw invalidField('channel_member', 'members', `must name at most ${maxNotifyPropsPatch} memberships`);
    const wanted = checkNotifyProps(props);
    const members = [];
    for (const m of memberships) members.push(await this.getMember(m.channel_id, m.user_id));
    const t = now();
    const updated = members.map((m) => ({ ...m, notify_props: { ...m.notify_props, ...wanted }, last_update_at: t }));
    await this.db.transaction().execute(async (tx) => {
      for (const m of updated) {
        await tx.updateTable('channel_members').set({ notify_props: JSON.stringify(m.notify_props), last_update_at: t })
          .where('channel_id', '=', m.channel_id).where('user_id', '=', m.user_id).execute();
      }
    });
    for (const m of updated) void this.events.publish('channel_member_updated', { channelMember: JSON.stringify(m) }, { user_id: m.user_id });
    return updated;
  }

  /** A member has read the channel: nothing in it is unread any more. Returns when. */
  async view(channelId: string, userId: string): Promise<number> {
    await this.getMember(channelId, userId);
    const t = now();
    await this.db.updateTable('channel_members')
      .set((eb) => ({ msg_count: eb.selectFrom('channels').select('total_msg_count').where('id', '=', channelId), mention_count: 0, last_viewed_at: t, last_update_at: t }))
      .where('channel_id', '=', channelId).where('user_id', '=', userId).execute();
    void this.events.publish('channel_viewed', { channel_id: channelId }, { user_id: userId });
    return t;
  }

  /**
   * Called in the transaction that stores a post: its author has read the channel, and the
   * members it mentions get a mention — in a direct channel, the other person always does.
   */
  async recordPost(db: Kysely<Database>, channel: Channel, post: Post): Promise<void> {
    const t = post.create_at;
    await db.updateTable('channel_members')
      .set((eb) => ({ msg_count: eb.selectFrom('channels').select('total_msg_count').where('id', '=', channel.id), mention_count: 0, last_viewed_at: t, last_update_at: t }))
      .where('channel_id', '=', channel.id).where('user_id', '=', post.user_id).execute();
    const mentioned = await this.mentionedMembers(db, channel, post);
    if (!mentioned.length) return;
    await db.updateTable('channel_members').set((eb) => ({ mention_count: eb('mention_count', '+', 1), last_update_at: t }))
      .where('channel_id', '=', channel.id).where('user_id', 'in', mentioned).execute();
  }

  private async mentionedMembers(db: Kysely<Database>, channel: Channel, post: Post): Promise<string[]> {
    if (channel.type === 'D') return channel.name.split('__').filter((id) => id !== post.user_id);
    const mentions = parseMentions(post.message);
    if (!mentions.usernames.size) return [];
    const members = await db.selectFrom('channel_members').innerJoin('users', 'users.id', 'channel_members.user_id')
      .select(['channel_members.user_id', 'users.username', 'channel_members.notify_props'])
      .where('channel_members.channel_id', '=', channel.id).where('channel_members.user_id', '!=', post.user_id).execute();
    const byUsername = members.filter((m) => mentions.usernames.has(m.username)
      || (mentions.channelWide && JSON.parse(m.notify_props).ignore_channel_mentions !== 'on')).map((m) => m.user_id);
    // "@developers" reaches the members of a referenceable group of that name.
    return [...new Set([...byUsername, ...(await this.groupMentioned(db, channel, post, mentions.usernames))])];
  }

  /**
   * A user's unread messages and mentions in each of their teams, over the unarchived channels
   * they are in. A channel whose mark_unread is "mention" adds its mentions only, as in Mattermost.
   */
  async teamUnreads(userId: string): Promise<TeamUnread[]> {
    const { teams } = await this.teams.forUser(userId);
    const rows = await this.db.selectFrom('channel_members').innerJoin('channels', 'channels.id', 'channel_members.channel_id')
      .select(['channels.team_id', 'channels.total_msg_count', 'channel_members.msg_count', 'channel_members.mention_count', 'channel_members.notify_props'])
      .where('channel_members.user_id', '=', userId).where('channels.team_id', '!=', '').where('channels.delete_at', '=', 0).execute();
    const unreads = new Map<string, TeamUnread>(teams.map((t) => [t.id, { team_id: t.id, msg_count: 0, mention_count: 0 }]));
    for (const r of rows) {
      const unread = unreads.get(r.team_id);
      if (!unread) continue;
      unread.mention_count += Number(r.mention_count);
      if (JSON.parse(r.notify_props).mark_unread !== 'mention') unread.msg_count += Math.max(0, Number(r.total_msg_count) - Number(r.msg_count));
    }
    return [...unreads.values()];
  }

  /**
   * Adds a user to an open or private channel (joining its team first if need be); idempotent.
   * ChannelMemberWillBeAdded may change the new member's roles or refuse.
   */
  async addMember(ctx: RequestContext, channelId: string, userId: string, actorId?: string): Promise<ChannelMember> {
    const channel = await this.get(channelId);
    await this.users.get(userId);
    if (actorId) await this.users.get(actorId);
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
    const actor = actorId && actorId !== userId ? await this.users.get(actorId) : undefined;
    await this.db.deleteFrom('channel_members').where('channel_id', '=', channelId).where('user_id', '=', userId).execute();
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
  notify_props: JSON.stringify(defaultChannelNotifyProps),
});
