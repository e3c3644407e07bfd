// User groups, as Mattermost has them without LDAP: custom groups ("custom", made by people and
// mentioned by name) and plugins' groups ("plugin_<plugin id>", which a plugin keeps in step with
// its own source through `remote_id`). A group has members, and links ("syncables") to teams
// and channels: a link with auto_add puts the group's members in the team or channel — when it
// is made and whenever someone joins the group — through the Teams and Channels services REST
// uses, so the membership hooks and websocket events fire. Only members of its linked groups
// belong in a group-constrained team or channel. "@name" of a referenceable group mentions its
// members (Channels.recordPost asks mentionedMembers). Changes are announced over the websocket
// as Mattermost does: received_group (to everyone), group_member_add / group_member_deleted (to
// the member), received_group_(not_)associated_to_team / _channel (to the team or channel).
import type { Expression, ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Logger } from '../log.js';
import type { Db } from '../store/db.js';
import type { Database, GroupMemberTable, GroupSyncableTable, UserGroupTable } from '../store/schema.js';
import type { Channels } from './channels.js';
import { AppError, badRequest, conflict, invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import { isValidId, newId, now } from './ids.js';
import type { Channel, Post, RequestContext, Team, User } from './models.js';
import type { Permissions } from './permissions.js';
import { contains } from './prefix-match.js';
import type { Teams } from './teams.js';
import { userFromRow } from './users.js';

export const customGroupSource = 'custom';
export const pluginGroupSourcePrefix = 'plugin_';

/** Whether groups of this source are kept by a plugin (and, as in Mattermost, may be linked to teams and channels over REST). */
export const isSyncableSource = (source: string) => source.startsWith(pluginGroupSourcePrefix) && source.length > pluginGroupSourcePrefix.length;

const maxName = 64;
const maxSource = 64;
const maxDisplayName = 128;
const maxDescription = 1024;
const maxRemoteId = 48;
const namePattern = /^[a-z0-9.\-_]+$/;
/** Mentions that mean something else already. */
const reservedNames = new Set(['all', 'channel', 'here']);
/** At most this many groups come back from one unpaged list (a user's groups). */
const maxGroups = 1000;

/** A user group (Mattermost's model.Group). */
export interface Group {
  id: string;
  name: string;
  display_name: string;
  description: string;
  source: string;
  remote_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  has_syncables: boolean;
  /** Members who are active users (left out of search results unless asked for). */
  member_count?: number;
  allow_reference: boolean;
}

/** A user's membership of a group (Mattermost's model.GroupMember). */
export interface GroupMember {
  group_id: string;
  user_id: string;
  create_at: number;
  delete_at: number;
}

export type SyncableType = 'Team' | 'Channel';

/** A group's link to a team or channel (Mattermost's model.GroupSyncable). */
export interface GroupSyncable {
  group_id: string;
  syncable_id: string;
  type: SyncableType;
  auto_add: boolean;
  scheme_admin: boolean;
  create_at: number;
  update_at: number;
  delete_at: number;
}

/** Which groups a search returns (Mattermost's model.GroupSearchOpts). */
export interface GroupSearchOpts {
  q?: string;
  include_member_count?: boolean;
  filter_allow_reference?: boolean;
  source?: string;
  not_associated_to_team?: string;
  not_associated_to_channel?: string;
  since?: number;
  filter_has_member?: string;
  include_archived?: boolean;
  filter_archived?: boolean;
  only_syncable_sources?: boolean;
}

/** Whose members a count includes: users in one of the teams or one of the channels (Mattermost's model.ViewUsersRestrictions). */
export interface ViewUsersRestrictions {
  teams: string[];
  channels: string[];
}

/** What createDefaultMemberships adds (Mattermost's model.CreateDefaultMembershipParams). */
export interface CreateDefaultMembershipParams {
  since?: number;
  re_add_removed_members?: boolean;
  scoped_user_id?: string;
  scoped_team_id?: string;
  scoped_channel_id?: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

const groupFromRow = (r: Selectable<UserGroupTable> & { has_syncables: unknown; member_count: unknown }): Group => ({
  id: r.id,
  name: r.name,
  display_name: r.display_name,
  description: r.description,
  source: r.source,
  remote_id: r.remote_id,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
  has_syncables: Boolean(Number(r.has_syncables)),
  member_count: Number(r.member_count),
  allow_reference: Boolean(r.allow_reference),
});

const memberFromRow = (r: Selectable<GroupMemberTable>): GroupMember => ({
  group_id: r.group_id,
  user_id: r.user_id,
  create_at: Number(r.create_at),
  delete_at: Number(r.delete_at),
});

const syncableFromRow = (r: Selectable<GroupSyncableTable>): GroupSyncable => ({
  group_id: r.group_id,
  syncable_id: r.syncable_id,
  type: r.type as SyncableType,
  auto_add: Boolean(r.auto_add),
  scheme_admin: Boolean(r.scheme_admin),
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
});

/** "Team" or "Channel", in any case; 400 naming `field` otherwise. */
export function checkSyncableType(value: unknown, field = 'syncable_type'): SyncableType {
  const type = str(value).toLowerCase();
  if (type === 'team') return 'Team';
  if (type === 'channel') return 'Channel';
  throw invalidField('group_syncable', field, 'must be "Team" or "Channel"');
}

function checkSource(value: unknown, field = 'source'): string {
  const source = str(value);
  if ((source !== customGroupSource && !isSyncableSource(source)) || source.length > maxSource) {
    throw invalidField('group', field, `must be "custom" or "plugin_<plugin id>" (at most ${maxSource} characters)`);
  }
  return source;
}

function checkId(value: unknown, field: string, where = 'group'): string {
  if (!isValidId(value)) throw invalidField(where, field, 'is not a valid id');
  return value as string;
}

/** The fields a group may be given, checked together (Mattermost's Group.IsValidForCreate and its REST rules). */
function checkGroupFields(g: Record<string, unknown> & { source: string }) {
  const custom = g.source === customGroupSource;
  const remoteId = str(g.remote_id);
  if (custom && remoteId) throw invalidField('group', 'remote_id', 'must be empty for a custom group');
  if (!custom && (!remoteId || remoteId.length > maxRemoteId)) throw invalidField('group', 'remote_id', `is required for a plugin's group (at most ${maxRemoteId} characters)`);
  if (g.allow_reference !== undefined && g.allow_reference !== null && typeof g.allow_reference !== 'boolean') throw invalidField('group', 'allow_reference', 'must be true or false');
  // Custom groups exist to be mentioned; a plugin's group is not mentioned unless it says so.
  const allowReference = typeof g.allow_reference === 'boolean' ? g.allow_reference : custom;
  if (custom && !allowReference) throw invalidField('group', 'allow_reference', 'must be true for a custom group');
  const name = str(g.name);
  if (name || allowReference) {
    if (!name || name.length > maxName || !namePattern.test(name)) {
      throw invalidField('group', 'name', `must be 1-${maxName} lowercase letters, digits, ".", "-" or "_" (a referenceable group needs one)`);
    }
    if (reservedNames.has(name)) throw invalidField('group', 'name', 'must not be "all", "channel" or "here"');
  }
  const displayName = str(g.display_name);
  if (!displayName.trim() || displayName.length > maxDisplayName) throw invalidField('group', 'display_name', `must be 1-${maxDisplayName} characters`);
  if (g.description !== undefined && g.description !== null && typeof g.description !== 'string') throw invalidField('group', 'description', 'must be text');
  const description = str(g.description);
  if (description.length > maxDescription) throw invalidField('group', 'description', `must be at most ${maxDescription} characters`);
  return { name, display_name: displayName, description, remote_id: remoteId, allow_reference: allowReference };
}

export class Groups {
  constructor(
    private readonly db: Db,
    private readonly users: { get(id: string): Promise<User>; getByIds(ids: string[]): Promise<User[]> },
    private readonly teams: Teams,
    private readonly channels: Channels,
    private readonly permissions: Permissions,
    private readonly events: EventHub,
    private readonly logger: Logger,
  ) {}

  // Groups

  /** Creates a group (400 naming a bad field; 409 for a taken name or remote id). */
  async create(input: Record<string, unknown>): Promise<Group> {
    const source = checkSource(input.source);
    const fields = checkGroupFields({ ...input, source });
    await this.requireFreeName(fields.name);
    if (fields.remote_id && (await this.db.selectFrom('user_groups').select('id').where('source', '=', source).where('remote_id', '=', fields.remote_id).executeTakeFirst())) {
      throw conflict('app.group.remote_id.exists.app_error', `A group of source "${source}" with remote id "${fields.remote_id}" already exists.`);
    }
    const t = now();
    const row: UserGroupTable = { id: newId(), source, ...fields, allow_reference: fields.allow_reference ? 1 : 0, create_at: t, update_at: t, delete_at: 0 };
    await this.db.insertInto('user_groups').values(row).execute();
    return this.announce(row.id);
  }

  /** Creates a custom group with its first members (REST's POST /groups); unknown users are a 404 and create nothing. */
  async createWithMembers(input: Record<string, unknown>, userIds: unknown): Promise<Group> {
    const ids = await this.existingUsers(userIds);
    const group = await this.create(input);
    await this.saveMembers(group.id, ids);
    return this.get(group.id);
  }

  /** A group, deleted or not, with its member count. */
  async get(id: string): Promise<Group> {
    checkId(id, 'group_id');
    const row = await this.selectGroups().where('user_groups.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.group.no_rows', `Group ${id} not found.`);
    return groupFromRow(row);
  }

  /** The live group with this name. */
  async getByName(name: string): Promise<Group> {
    const row = name ? await this.selectGroups().where('user_groups.name', '=', name).where('user_groups.delete_at', '=', 0).executeTakeFirst() : undefined;
    if (!row) throw notFound('app.group.no_rows', `Group "${name}" not found.`);
    return groupFromRow(row);
  }

  /** The group of a source with this id there, deleted or not. */
  async getByRemoteId(remoteId: string, source: string): Promise<Group> {
    checkSource(source, 'group_source');
    const row = remoteId
      ? await this.selectGroups().where('user_groups.source', '=', source).where('user_groups.remote_id', '=', remoteId).executeTakeFirst()
      : undefined;
    if (!row) throw notFound('app.group.no_rows', `No group of source "${source}" has remote id "${remoteId}".`);
    return groupFromRow(row);
  }

  /** The live groups of a source, by display name. */
  async bySource(source: string): Promise<Group[]> {
    checkSource(source, 'group_source');
    const rows = await this.selectGroups().where('user_groups.source', '=', source).where('user_groups.delete_at', '=', 0)
      .orderBy('user_groups.display_name').orderBy('user_groups.id').execute();
    return rows.map(groupFromRow);
  }

  /** The live groups a user is a member of, by display name; only referenceable ones with `referenceableOnly`. */
  async forUser(userId: string, referenceableOnly = false): Promise<Group[]> {
    await this.users.get(userId);
    return this.search(0, maxGroups, { filter_has_member: userId, filter_allow_reference: referenceableOnly, include_member_count: true });
  }

  /** One page of the groups `opts` selects, by display name; `restrictions` narrows whom member counts include. */
  async search(page: number, perPage: number, opts: GroupSearchOpts, restrictions?: ViewUsersRestrictions): Promise<Group[]> {
    if (opts.since !== undefined && (!Number.isInteger(opts.since) || opts.since < 0)) throw invalidField('group_search', 'since', 'must be a time in ms');
    let q = this.selectGroups(restrictions);
    if (opts.filter_archived) q = q.where('user_groups.delete_at', '!=', 0);
    else if (!opts.include_archived) q = q.where('user_groups.delete_at', '=', 0);
    if (opts.q) q = q.where((eb) => eb.or([contains('user_groups.name', opts.q!), contains('user_groups.display_name', opts.q!)]));
    if (opts.filter_allow_reference) q = q.where('user_groups.allow_reference', '=', 1);
    if (opts.source) q = q.where('user_groups.source', '=', checkSource(opts.source));
    if (opts.only_syncable_sources) q = q.where('user_groups.source', '!=', customGroupSource);
    if (opts.since) q = q.where('user_groups.update_at', '>=', opts.since);
    if (opts.filter_has_member) {
      const userId = checkId(opts.filter_has_member, 'filter_has_member', 'group_search');
      q = q.where((eb) => eb.exists(eb.selectFrom('group_members').select('group_members.user_id').whereRef('group_members.group_id', '=', 'user_groups.id')
        .where('group_members.user_id', '=', userId).where('group_members.delete_at', '=', 0)));
    }
    for (const [field, type] of [['not_associated_to_team', 'Team'], ['not_associated_to_channel', 'Channel']] as const) {
      const syncableId = opts[field];
      if (!syncableId) continue;
      checkId(syncableId, field, 'group_search');
      if (type === 'Team') await this.teams.get(syncableId);
      else await this.channels.get(syncableId);
      q = q.where((eb) => eb.not(eb.exists(eb.selectFrom('group_syncables').select('group_syncables.group_id').whereRef('group_syncables.group_id', '=', 'user_groups.id')
        .where('group_syncables.syncable_id', '=', syncableId).where('group_syncables.delete_at', '=', 0))));
    }
    const rows = await q.orderBy('user_groups.display_name').orderBy('user_groups.id').limit(perPage).offset(page * perPage).execute();
    return rows.map((r) => {
      const group = groupFromRow(r);
      if (!opts.include_member_count) delete group.member_count;
      return group;
    });
  }

  /** Changes what a group may change — name, display name, description, allow_reference — to the values given (the others stay). */
  async update(id: string, change: Record<string, unknown>): Promise<Group> {
    const group = await this.get(id);
    const pick = (field: 'name' | 'display_name' | 'description' | 'allow_reference') => (change[field] !== undefined ? change[field] : group[field]);
    const fields = checkGroupFields({
      name: pick('name'), display_name: pick('display_name'), description: pick('description'), allow_reference: pick('allow_reference'),
      source: group.source, remote_id: group.remote_id,
    });
    if (fields.name !== group.name) await this.requireFreeName(fields.name);
    await this.db.updateTable('user_groups')
      .set({ name: fields.name, display_name: fields.display_name, description: fields.description, allow_reference: fields.allow_reference ? 1 : 0, update_at: now() })
      .where('id', '=', id).execute();
    return this.announce(id);
  }

  /** Deletes a live group (it can be restored): it mentions no one and adds no one any more. */
  async delete(id: string): Promise<Group> {
    const group = await this.get(id);
    if (group.delete_at) throw notFound('app.group.no_rows', `Group ${id} not found: it is deleted already.`);
    const t = now();
    await this.db.updateTable('user_groups').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    return this.announce(id);
  }

  async restore(id: string): Promise<Group> {
    const group = await this.get(id);
    if (!group.delete_at) throw notFound('app.group.no_rows', `No deleted group ${id}: it is not deleted.`);
    await this.db.updateTable('user_groups').set({ delete_at: 0, update_at: now() }).where('id', '=', id).execute();
    return this.announce(id);
  }

  // Members

  /** One page of a group's members who are active users, by username. */
  async memberUsers(groupId: string, page: number, perPage: number): Promise<User[]> {
    await this.get(groupId);
    const rows = await this.db.selectFrom('users').innerJoin('group_members', 'group_members.user_id', 'users.id').selectAll('users')
      .where('group_members.group_id', '=', groupId).where('group_members.delete_at', '=', 0).where('users.delete_at', '=', 0)
      .orderBy('users.username').limit(perPage).offset(page * perPage).execute();
    return rows.map(userFromRow);
  }

  /**
   * Makes users members of a group (again), all or none (404 naming a user who does not exist),
   * and puts them in the teams and channels the group is linked to with auto_add.
   */
  async upsertMembers(ctx: RequestContext, groupId: string, userIds: unknown): Promise<GroupMember[]> {
    const group = await this.get(groupId);
    const ids = await this.existingUsers(userIds);
    const members = await this.saveMembers(groupId, ids);
    if (!group.delete_at) {
      for (const syncable of await this.autoAddSyncables(groupId)) await this.addToSyncable(ctx, syncable, ids);
    }
    return members;
  }

  /** Removes users from a group, all or none (404 naming one who is not a member); returns the memberships, delete_at set. */
  async deleteMembers(groupId: string, userIds: unknown): Promise<GroupMember[]> {
    await this.get(groupId);
    const ids = this.userIdList(userIds);
    const t = now();
    const members = await this.db.transaction().execute(async (tx) => {
      const removed: GroupMember[] = [];
      for (const userId of ids) {
        const row = await tx.selectFrom('group_members').selectAll().where('group_id', '=', groupId).where('user_id', '=', userId).where('delete_at', '=', 0).executeTakeFirst();
        if (!row) throw notFound('app.group.no_rows', `User ${userId} is not a member of group ${groupId}.`);
        await tx.updateTable('group_members').set({ delete_at: t }).where('group_id', '=', groupId).where('user_id', '=', userId).execute();
        removed.push({ ...memberFromRow(row), delete_at: t });
      }
      return removed;
    });
    for (const m of members) void this.events.publish('group_member_deleted', { group_member: JSON.stringify(m) }, { user_id: m.user_id });
    return members;
  }

  // Links to teams and channels

  /** A group's link to a team or channel, unlinked or not. */
  async getSyncable(groupId: string, syncableId: string, type: unknown): Promise<GroupSyncable> {
    const kind = checkSyncableType(type);
    checkId(groupId, 'group_id', 'group_syncable');
    checkId(syncableId, 'syncable_id', 'group_syncable');
    const row = await this.db.selectFrom('group_syncables').selectAll().where('group_id', '=', groupId).where('syncable_id', '=', syncableId).where('type', '=', kind).executeTakeFirst();
    if (!row) throw notFound('app.group.no_rows', `Group ${groupId} has no link to ${kind.toLowerCase()} ${syncableId}.`);
    return syncableFromRow(row);
  }

  /** A group's live links to teams or to channels, oldest first. */
  async syncables(groupId: string, type: unknown): Promise<GroupSyncable[]> {
    const kind = checkSyncableType(type);
    await this.get(groupId);
    const rows = await this.db.selectFrom('group_syncables').selectAll().where('group_id', '=', groupId).where('type', '=', kind).where('delete_at', '=', 0)
      .orderBy('create_at').orderBy('syncable_id').execute();
    return rows.map(syncableFromRow);
  }

  /**
   * Links a group to a team or channel (again), or changes the link. A channel's team is linked
   * too unless it is already (and must be, if the team is group-constrained). With auto_add the
   * group's members join now.
   */
  async upsertSyncable(ctx: RequestContext, input: Record<string, unknown>): Promise<GroupSyncable> {
    const type = checkSyncableType(input.type, 'type');
    const groupId = checkId(input.group_id, 'group_id', 'group_syncable');
    const syncableId = checkId(input.syncable_id, 'syncable_id', 'group_syncable');
    const flags = checkSyncableFlags(input);
    const group = await this.get(groupId);
    if (type === 'Team') {
      await this.teams.get(syncableId);
    } else {
      const channel = await this.channels.get(syncableId);
      if (channel.type !== 'O' && channel.type !== 'P') throw invalidField('group_syncable', 'syncable_id', 'must be an open or private channel');
      const team = await this.teams.get(channel.team_id);
      const teamLink = await this.db.selectFrom('group_syncables').select('group_id').where('group_id', '=', groupId).where('syncable_id', '=', team.id)
        .where('delete_at', '=', 0).executeTakeFirst();
      if (!teamLink) {
        if (team.group_constrained) throw badRequest('group_not_associated_to_synced_team', `Group ${groupId} must be linked to group-constrained team ${team.id} before its channels.`);
        await this.upsertSyncable(ctx, { group_id: groupId, syncable_id: team.id, type: 'Team', auto_add: flags.auto_add, scheme_admin: false });
      }
    }
    return this.saveSyncable(ctx, group, { group_id: groupId, syncable_id: syncableId, type, ...flags });
  }

  /** Changes auto_add and scheme_admin of a live link (members join as upsertSyncable has them). */
  async updateSyncable(ctx: RequestContext, input: Record<string, unknown>): Promise<GroupSyncable> {
    const existing = await this.getSyncable(str(input.group_id), str(input.syncable_id), input.type);
    if (existing.delete_at) throw notFound('app.group.no_rows', `Group ${existing.group_id} is unlinked from ${existing.type.toLowerCase()} ${existing.syncable_id}; link it again.`);
    const flags = checkSyncableFlags({ auto_add: input.auto_add ?? existing.auto_add, scheme_admin: input.scheme_admin ?? existing.scheme_admin });
    return this.saveSyncable(ctx, await this.get(existing.group_id), { ...existing, ...flags });
  }

  /**
   * Unlinks a group from a team (and from that team's channels) or a channel. Members stay,
   * unless the team or channel is group-constrained and they are in no other linked group.
   */
  async deleteSyncable(ctx: RequestContext, groupId: string, syncableId: string, type: unknown): Promise<GroupSyncable> {
    const link = await this.getSyncable(groupId, syncableId, type);
    if (link.delete_at) throw badRequest('app.group.group_syncable_already_deleted', `Group ${groupId} is unlinked from ${link.type.toLowerCase()} ${syncableId} already.`);
    const t = now();
    let channelIds: string[] = [];
    await this.db.transaction().execute(async (tx) => {
      await tx.updateTable('group_syncables').set({ delete_at: t, update_at: t }).where('group_id', '=', groupId).where('syncable_id', '=', syncableId).execute();
      if (link.type !== 'Team') return;
      channelIds = (await tx.selectFrom('group_syncables').innerJoin('channels', 'channels.id', 'group_syncables.syncable_id').select('group_syncables.syncable_id')
        .where('group_syncables.group_id', '=', groupId).where('group_syncables.type', '=', 'Channel').where('group_syncables.delete_at', '=', 0)
        .where('channels.team_id', '=', syncableId).execute()).map((r) => r.syncable_id);
      if (channelIds.length) {
        await tx.updateTable('group_syncables').set({ delete_at: t, update_at: t }).where('group_id', '=', groupId).where('syncable_id', 'in', channelIds).execute();
      }
    });
    for (const channelId of channelIds) void this.events.publish('received_group_not_associated_to_channel', { group_id: groupId }, { channel_id: channelId });
    void this.events.publish(`received_group_not_associated_to_${link.type.toLowerCase()}`, { group_id: groupId },
      link.type === 'Team' ? { team_id: syncableId } : { channel_id: syncableId });
    // Channels before their team, as Mattermost removes them.
    for (const channelId of link.type === 'Channel' ? [syncableId] : channelIds) await this.removeConstrainedMembers(ctx, 'Channel', channelId);
    if (link.type === 'Team') await this.removeConstrainedMembers(ctx, 'Team', syncableId);
    return { ...link, delete_at: t, update_at: t };
  }

  /**
   * Adds group members to the teams and channels their groups are linked to with auto_add, as
   * Mattermost's sync does: those never in the team or channel, who joined their group (or
   * whose link changed) since `since` — or, with `re_add_removed_members`, everyone missing,
   * whenever they joined. plughost keeps no record of who left a channel: who left its team
   * counts as having left it. Narrowed to a user, a team link or a channel link if given.
   */
  async createDefaultMemberships(ctx: RequestContext, params: CreateDefaultMembershipParams): Promise<void> {
    const since = params.since ?? 0;
    if (!Number.isInteger(since) || since < 0) throw invalidField('create_default_membership_params', 'since', 'must be a time in ms');
    const scope = (field: 'scoped_user_id' | 'scoped_team_id' | 'scoped_channel_id') => (params[field] ? checkId(params[field], field, 'create_default_membership_params') : undefined);
    const userId = scope('scoped_user_id');
    const reAdd = params.re_add_removed_members ?? false;
    for (const [type, syncableId] of [['Team', scope('scoped_team_id')], ['Channel', scope('scoped_channel_id')]] as const) {
      let q = this.db.selectFrom('group_syncables')
        .innerJoin('user_groups', 'user_groups.id', 'group_syncables.group_id')
        .innerJoin('group_members', 'group_members.group_id', 'group_syncables.group_id')
        .innerJoin('users', 'users.id', 'group_members.user_id')
        .selectAll('group_syncables').select('group_members.user_id')
        .where('group_syncables.type', '=', type).where('group_syncables.auto_add', '=', 1).where('group_syncables.delete_at', '=', 0)
        .where('user_groups.delete_at', '=', 0).where('group_members.delete_at', '=', 0).where('users.delete_at', '=', 0);
      if (userId) q = q.where('group_members.user_id', '=', userId);
      if (syncableId) q = q.where('group_syncables.syncable_id', '=', syncableId);
      if (!reAdd) q = q.where((eb) => eb.or([eb('group_members.create_at', '>=', since), eb('group_syncables.update_at', '>=', since)]));
      q = type === 'Team'
        ? q.where((eb) => eb.not(eb.exists(eb.selectFrom('team_members').select('team_members.user_id').whereRef('team_members.team_id', '=', 'group_syncables.syncable_id')
          .whereRef('team_members.user_id', '=', 'group_members.user_id').$if(reAdd, (sub) => sub.where('team_members.delete_at', '=', 0)))))
        : q.where((eb) => eb.not(eb.exists(eb.selectFrom('channel_members').select('channel_members.user_id').whereRef('channel_members.channel_id', '=', 'group_syncables.syncable_id')
          .whereRef('channel_members.user_id', '=', 'group_members.user_id'))))
          .$if(!reAdd, (qq) => qq.where((eb) => eb.not(eb.exists(eb.selectFrom('team_members').innerJoin('channels', 'channels.team_id', 'team_members.team_id')
            .select('team_members.user_id').whereRef('channels.id', '=', 'group_syncables.syncable_id').whereRef('team_members.user_id', '=', 'group_members.user_id')
            .where('team_members.delete_at', '!=', 0)))));
      const rows = await q.orderBy('group_syncables.create_at').orderBy('group_members.user_id').execute();
      for (const row of rows) await this.addToSyncable(ctx, syncableFromRow(row), [row.user_id]);
    }
  }

  /** Removes from every group-constrained channel, then team, the members (bots aside) who are in none of its linked groups. */
  async deleteGroupConstrainedMemberships(ctx: RequestContext): Promise<void> {
    await this.removeConstrainedMembers(ctx, 'Channel');
    await this.removeConstrainedMembers(ctx, 'Team');
  }

  /**
   * For REST's routes that add people to a team or channel: in a group-constrained one, everyone
   * added (bots aside) must be in one of its linked groups (400 naming those who are not).
   */
  async requireAllowedMembers(target: Team | Channel, kind: 'team' | 'channel', userIds: string[]): Promise<void> {
    if (!target.group_constrained || !userIds.length) return;
    const allowed = new Set((await this.db.selectFrom('users').select('users.id').where('users.id', 'in', userIds)
      .where((eb) => eb.or([eb('users.is_bot', '=', 1), eb.exists(this.linkedMembership(eb, target.id, 'users.id'))])).execute()).map((r) => r.id));
    const denied = userIds.filter((id) => !allowed.has(id));
    if (denied.length) {
      throw new AppError(`api.${kind}.add_members.user_denied`, `This ${kind} is group-constrained: ${denied.join(', ')} ${denied.length > 1 ? 'are' : 'is'} in none of its linked groups.`, 400);
    }
  }

  // Mentions

  /**
   * The channel's members (the author aside) reached by mentions of referenceable live groups
   * among `names`, if the author may use group mentions there. Runs in the post's transaction.
   */
  async mentionedMembers(db: Kysely<Database>, channel: Channel, post: Post, names: Set<string>): Promise<string[]> {
    const candidates = [...names].filter((n) => namePattern.test(n) && !reservedNames.has(n));
    if (!candidates.length) return [];
    const groups = await db.selectFrom('user_groups').select('id').where('name', 'in', candidates).where('allow_reference', '=', 1).where('delete_at', '=', 0).execute();
    if (!groups.length || !(await this.permissions.hasPermissionToChannel(post.user_id, channel.id, 'use_group_mentions', db))) return [];
    const rows = await db.selectFrom('group_members')
      .innerJoin('channel_members', (join) => join.onRef('channel_members.user_id', '=', 'group_members.user_id').on('channel_members.channel_id', '=', channel.id))
      .select('group_members.user_id').distinct()
      .where('group_members.group_id', 'in', groups.map((g) => g.id)).where('group_members.delete_at', '=', 0).where('group_members.user_id', '!=', post.user_id)
      .execute();
    return rows.map((r) => r.user_id);
  }

  // Inner workings

  /** Groups with has_syncables, and member_count over active users (in the restrictions' teams or channels, if any). */
  private selectGroups(restrictions?: ViewUsersRestrictions) {
    return this.db.selectFrom('user_groups').selectAll('user_groups').select((eb) => [
      eb.exists(eb.selectFrom('group_syncables').select('group_syncables.group_id').whereRef('group_syncables.group_id', '=', 'user_groups.id')
        .where('group_syncables.delete_at', '=', 0)).as('has_syncables'),
      eb.selectFrom('group_members').innerJoin('users', 'users.id', 'group_members.user_id').select((e) => e.fn.countAll().as('n'))
        .whereRef('group_members.group_id', '=', 'user_groups.id').where('group_members.delete_at', '=', 0).where('users.delete_at', '=', 0)
        // '' keeps an IN list from being empty (no teams, or no channels: no one from there).
        .$if(Boolean(restrictions), (sub) => sub.where((e) => e.or([
          e('users.id', 'in', e.selectFrom('team_members').select('team_members.user_id').where('team_members.team_id', 'in', [...restrictions!.teams, '']).where('team_members.delete_at', '=', 0)),
          e('users.id', 'in', e.selectFrom('channel_members').select('channel_members.user_id').where('channel_members.channel_id', 'in', [...restrictions!.channels, ''])),
        ])))
        .as('member_count'),
    ]);
  }

  /** A live membership, in a live group linked to `syncableId` (an id, or a column of the outer query), of the user in column `userColumn`. */
  private linkedMembership(eb: ExpressionBuilder<Database, keyof Database>, syncableId: string | Expression<string>, userColumn: 'users.id' | 'team_members.user_id' | 'channel_members.user_id') {
    return eb.selectFrom('group_members').innerJoin('group_syncables', 'group_syncables.group_id', 'group_members.group_id')
      .innerJoin('user_groups', 'user_groups.id', 'group_members.group_id').select('group_members.user_id')
      .whereRef('group_members.user_id', '=', userColumn).where('group_members.delete_at', '=', 0)
      .where('group_syncables.syncable_id', '=', syncableId).where('group_syncables.delete_at', '=', 0).where('user_groups.delete_at', '=', 0);
  }

  /** The group, announced to everyone (Mattermost's received_group). */
  private async announce(id: string): Promise<Group> {
    const group = await this.get(id);
    void this.events.publish('received_group', { group: JSON.stringify(group) }, {});
    return group;
  }

  /** 409 if a group has the name, or a user has it as username (a mention would mean both). */
  private async requireFreeName(name: string): Promise<void> {
    if (!name) return;
    if (await this.db.selectFrom('user_groups').select('id').where('name', '=', name).executeTakeFirst()) {
      throw conflict('app.custom_group.unique_name', `A group named "${name}" already exists.`);
    }
    if (await this.db.selectFrom('users').select('id').where('username', '=', name).executeTakeFirst()) {
      throw conflict('app.group.username_conflict', `The group name "${name}" is a username.`);
    }
  }

  private userIdList(userIds: unknown): string[] {
    if (!Array.isArray(userIds) || !userIds.every(isValidId)) throw invalidField('group_member', 'user_ids', 'must be a list of user ids');
    return [...new Set(userIds as string[])];
  }

  /** The ids, each a user (404 naming the first that is not). */
  private async existingUsers(userIds: unknown): Promise<string[]> {
    const ids = this.userIdList(userIds ?? []);
    const found = new Set((await this.users.getByIds(ids)).map((u) => u.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw notFound('app.user.missing_account.const', `User ${missing} not found.`);
    return ids;
  }

  /** Makes the users live members (a returning member's create_at is when they came back), announced to each. */
  private async saveMembers(groupId: string, userIds: string[]): Promise<GroupMember[]> {
    const t = now();
    const members = await this.db.transaction().execute(async (tx) => {
      const saved: GroupMember[] = [];
      for (const userId of userIds) {
        const row = await tx.selectFrom('group_members').selectAll().where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
        if (row && !Number(row.delete_at)) {
          saved.push(memberFromRow(row));
          continue;
        }
        const member: GroupMember = { group_id: groupId, user_id: userId, create_at: t, delete_at: 0 };
        if (row) await tx.updateTable('group_members').set({ create_at: t, delete_at: 0 }).where('group_id', '=', groupId).where('user_id', '=', userId).execute();
        else await tx.insertInto('group_members').values(member).execute();
        saved.push(member);
      }
      return saved;
    });
    for (const m of members) void this.events.publish('group_member_add', { group_member: JSON.stringify(m) }, { user_id: m.user_id });
    return members;
  }

  /** A group's live auto_add links, teams before channels (joining a channel takes being in its team). */
  private async autoAddSyncables(groupId: string): Promise<GroupSyncable[]> {
    const rows = await this.db.selectFrom('group_syncables').selectAll().where('group_id', '=', groupId).where('auto_add', '=', 1).where('delete_at', '=', 0)
      .orderBy('type', 'desc').orderBy('create_at').execute();
    return rows.map(syncableFromRow);
  }

  private async saveSyncable(ctx: RequestContext, group: Group, link: Pick<GroupSyncable, 'group_id' | 'syncable_id' | 'type' | 'auto_add' | 'scheme_admin'>): Promise<GroupSyncable> {
    const t = now();
    const values = { auto_add: link.auto_add ? 1 : 0, scheme_admin: link.scheme_admin ? 1 : 0, update_at: t, delete_at: 0 };
    await this.db.insertInto('group_syncables').values({ group_id: link.group_id, syncable_id: link.syncable_id, type: link.type, create_at: t, ...values })
      .onConflict((oc) => oc.columns(['group_id', 'syncable_id']).doUpdateSet(values)).execute();
    const saved = await this.getSyncable(link.group_id, link.syncable_id, link.type);
    void this.events.publish(`received_group_associated_to_${link.type.toLowerCase()}`, { group_id: link.group_id },
      link.type === 'Team' ? { team_id: link.syncable_id } : { channel_id: link.syncable_id });
    if (saved.auto_add && !group.delete_at) await this.addToSyncable(ctx, saved);
    return saved;
  }

  /**
   * Puts the users (by default every member of the link's group who is an active user) in the
   * link's team or channel, as admins with scheme_admin. One who cannot join (a plugin refuses,
   * the team or channel is archived) is left out and logged, as Mattermost's sync does.
   */
  private async addToSyncable(ctx: RequestContext, link: GroupSyncable, userIds?: string[]): Promise<void> {
    const target = link.type === 'Team' ? await this.teams.get(link.syncable_id) : await this.channels.get(link.syncable_id);
    if (target.delete_at) return;
    const ids = userIds ?? (await this.db.selectFrom('group_members').innerJoin('users', 'users.id', 'group_members.user_id').select('group_members.user_id')
      .where('group_members.group_id', '=', link.group_id).where('group_members.delete_at', '=', 0).where('users.delete_at', '=', 0)
      .orderBy('group_members.create_at').orderBy('group_members.user_id').execute()).map((r) => r.user_id);
    for (const userId of ids) {
      try {
        if (link.type === 'Team') {
          const member = (await this.teams.member(link.syncable_id, userId)) ?? (await this.teams.addMember(ctx, link.syncable_id, userId));
          if (link.scheme_admin && !member.scheme_admin) await this.teams.setMemberRoles(link.syncable_id, userId, 'team_user team_admin');
        } else {
          const member = (await this.channels.member(link.syncable_id, userId)) ?? (await this.channels.addMember(ctx, link.syncable_id, userId));
          if (link.scheme_admin && !member.scheme_admin) await this.channels.setMemberRoles(link.syncable_id, userId, 'channel_user channel_admin');
        }
      } catch (err) {
        if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
        this.logger.warn('a group member was not added to a linked team or channel', {
          group_id: link.group_id, user_id: userId, [link.type === 'Team' ? 'team_id' : 'channel_id']: link.syncable_id, error: err.message,
        });
      }
    }
  }

  /** Removes from group-constrained teams or channels (one, or all) the members, bots aside, in none of its linked groups. */
  private async removeConstrainedMembers(ctx: RequestContext, type: SyncableType, syncableId?: string): Promise<void> {
    const rows = type === 'Team'
      ? await this.db.selectFrom('team_members').innerJoin('teams', 'teams.id', 'team_members.team_id').innerJoin('users', 'users.id', 'team_members.user_id')
        .select(['team_members.team_id as target_id', 'team_members.user_id'])
        .where('teams.group_constrained', '=', 1).where('teams.delete_at', '=', 0).where('team_members.delete_at', '=', 0).where('users.is_bot', '=', 0)
        .$if(Boolean(syncableId), (q) => q.where('teams.id', '=', syncableId!))
        .where((eb) => eb.not(eb.exists(this.linkedMembership(eb, eb.ref('team_members.team_id'), 'team_members.user_id'))))
        .orderBy('team_members.team_id').orderBy('team_members.user_id').execute()
      : await this.db.selectFrom('channel_members').innerJoin('channels', 'channels.id', 'channel_members.channel_id').innerJoin('users', 'users.id', 'channel_members.user_id')
        .select(['channel_members.channel_id as target_id', 'channel_members.user_id'])
        .where('channels.group_constrained', '=', 1).where('channels.delete_at', '=', 0).where('channels.type', 'in', ['O', 'P']).where('users.is_bot', '=', 0)
        .$if(Boolean(syncableId), (q) => q.where('channels.id', '=', syncableId!))
        .where((eb) => eb.not(eb.exists(this.linkedMembership(eb, eb.ref('channel_members.channel_id'), 'channel_members.user_id'))))
        .orderBy('channel_members.channel_id').orderBy('channel_members.user_id').execute();
    for (const { target_id: targetId, user_id: userId } of rows) {
      if (type === 'Team') await this.teams.removeMember(ctx, targetId, userId);
      else await this.channels.removeMember(ctx, targetId, userId);
    }
  }
}

/** auto_add and scheme_admin as given: true or false (absent: false). */
function checkSyncableFlags(input: Record<string, unknown>): { auto_add: boolean; scheme_admin: boolean } {
  const flag = (field: 'auto_add' | 'scheme_admin') => {
    const value = input[field] ?? false;
    if (typeof value !== 'boolean') throw invalidField('group_syncable', field, 'must be true or false');
    return value;
  };
  return { auto_add: flag('auto_add'), scheme_admin: flag('scheme_admin') };
}
