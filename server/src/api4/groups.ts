// /api/v4/groups: user groups — create, list, get, patch, delete and restore, members, a user's
// groups, and links to teams and channels. Permissions as in Mattermost's default scheme:
// every user may create and manage custom groups (create_custom_group, edit_custom_group,
// delete_custom_group, restore_custom_group, manage_custom_group_members); plugins' groups
// belong to their plugin and to the System Console (sysconsole_read_user_management_groups,
// sysconsole_write_user_management_groups: system admins), and only they link to teams and
// channels over REST, as only LDAP groups do in Mattermost.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest } from '../app/errors.js';
import { customGroupSource, type Group, type GroupSyncable, isSyncableSource, type SyncableType } from '../app/groups.js';
import { channelPermission, permissionError } from '../app/permissions.js';
import { readableChannel } from './access.js';
import { bodyObject, boolParam, intParam, requestContext, requirePermission, requireSelfOr, requireSession, sessionHasPermission } from './context.js';
import { sanitize } from './users.js';

const readGroups = 'sysconsole_read_user_management_groups';
const writeGroups = 'sysconsole_write_user_management_groups';

type GroupParams = { groupId: string };
type SyncableParams = { groupId: string; syncableId: string };

/** Mattermost's JSON for a link: `team_id` or `channel_id` where the model says syncable_id. */
function syncableJson(link: GroupSyncable) {
  const { syncable_id: id, ...rest } = link;
  return link.type === 'Team' ? { team_id: id, ...rest } : { channel_id: id, ...rest };
}

/** What REST changes only of custom groups: a plugin's group is its plugin's to change. */
async function customGroup(app: App, groupId: string): Promise<Group> {
  const group = await app.groups.get(groupId);
  if (group.source !== customGroupSource) {
    throw badRequest('app.group.crud_permission', `Group ${groupId} is kept by its plugin (source "${group.source}"): only custom groups change here.`);
  }
  return group;
}

/**
 * Who may link or unlink a group (Mattermost's verifyLinkUnlinkPermission): a plugin's group
 * only; one that is not referenceable only with the System Console's groups; a team with
 * invite_user there (or the System Console's groups); a channel with the team's as for a new
 * team link, and managing the channel's members.
 */
async function requireLinkPermission(app: App, req: FastifyRequest, groupId: string, type: SyncableType, syncableId: string): Promise<void> {
  const session = requireSession(req);
  const group = await app.groups.get(groupId);
  if (!isSyncableSource(group.source)) throw badRequest('app.group.crud_permission', `Group ${groupId} is a custom group, which is not linked to teams or channels.`);
  if (!group.allow_reference) requirePermission(req, readGroups);
  const mayInviteTo = async (teamId: string) =>
    sessionHasPermission(session, writeGroups) || (await app.permissions.hasPermissionToTeam(session.user_id, teamId, 'invite_user'));
  if (type === 'Team') {
    if (!(await mayInviteTo(syncableId))) throw permissionError('invite_user');
    return;
  }
  const channel = await readableChannel(app, session, syncableId);
  const teamLinked = (await app.groups.syncables(groupId, 'Team')).some((l) => l.syncable_id === channel.team_id);
  if (!teamLinked && !(await mayInviteTo(channel.team_id))) throw permissionError('invite_user');
  await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'members'));
}

export function groupRoutes(api: FastifyInstance, app: App): void {
  api.post('/groups', async (req, reply) => {
    requireSession(req);
    const body = bodyObject(req, 'group');
    if (body.source !== customGroupSource) throw badRequest('app.group.crud_permission', 'Invalid source: only custom groups ("custom") are made here; plugins make their own.');
    requirePermission(req, 'create_custom_group');
    const group = await app.groups.createWithMembers(body, body.user_ids);
    reply.code(201);
    return group;
  });

  // Those without the System Console's groups see the referenceable groups only.
  api.get('/groups', async (req) => {
    const session = requireSession(req);
    const q = req.query as Record<string, string>;
    const notInChannel = q.not_associated_to_channel || undefined;
    if (notInChannel) {
      const channel = await readableChannel(app, session, notInChannel);
      await app.permissions.requirePermissionToChannel(session.user_id, channel.id, channelPermission(channel, 'members'));
    }
    return app.groups.search(intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200), {
      q: q.q,
      include_member_count: boolParam(q.include_member_count, 'include_member_count'),
      filter_allow_reference: boolParam(q.filter_allow_reference, 'filter_allow_reference') || !sessionHasPermission(session, readGroups),
      source: q.group_source || undefined,
      not_associated_to_team: q.not_associated_to_team || undefined,
      not_associated_to_channel: notInChannel,
      since: intParam(q.since, 'since', 0),
      filter_has_member: q.filter_has_member || undefined,
      include_archived: boolParam(q.include_archived, 'include_archived'),
      filter_archived: boolParam(q.filter_archived, 'filter_archived'),
      only_syncable_sources: boolParam(q.only_syncable_sources, 'only_syncable_sources'),
    });
  });

  api.get('/groups/:groupId', async (req) => {
    requireSession(req);
    const group = await app.groups.get((req.params as GroupParams).groupId);
    if (!group.allow_reference) requirePermission(req, readGroups);
    return group;
  });

  api.put('/groups/:groupId/patch', async (req) => {
    requireSession(req);
    const group = await app.groups.get((req.params as GroupParams).groupId);
    requirePermission(req, group.source === customGroupSource ? 'edit_custom_group' : writeGroups);
    const { name, display_name, description, allow_reference } = bodyObject(req, 'group patch');
    return app.groups.update(group.id, { name, display_name, description, allow_reference });
  });

  api.delete('/groups/:groupId', async (req) => {
    requireSession(req);
    const group = await customGroup(app, (req.params as GroupParams).groupId);
    requirePermission(req, 'delete_custom_group');
    return app.groups.delete(group.id);
  });

  api.post('/groups/:groupId/restore', async (req) => {
    requireSession(req);
    const group = await customGroup(app, (req.params as GroupParams).groupId);
    requirePermission(req, 'restore_custom_group');
    return app.groups.restore(group.id);
  });

  api.post('/groups/:groupId/members', async (req) => {
    requireSession(req);
    const group = await customGroup(app, (req.params as GroupParams).groupId);
    requirePermission(req, 'manage_custom_group_members');
    return app.groups.upsertMembers(requestContext(req), group.id, bodyObject(req, 'group members').user_ids);
  });

  api.delete('/groups/:groupId/members', async (req) => {
    requireSession(req);
    const group = await customGroup(app, (req.params as GroupParams).groupId);
    requirePermission(req, 'manage_custom_group_members');
    return app.groups.deleteMembers(group.id, bodyObject(req, 'group members').user_ids);
  });

  // The members of a plugin's group that is not referenceable are the System Console's to see.
  api.get('/groups/:groupId/members', async (req) => {
    const session = requireSession(req);
    const group = await app.groups.get((req.params as GroupParams).groupId);
    if (isSyncableSource(group.source) && !group.allow_reference) requirePermission(req, readGroups);
    const q = req.query as Record<string, string>;
    const users = await app.groups.memberUsers(group.id, intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200));
    return { members: users.map((u) => sanitize(u, session)), total_member_count: group.member_count };
  });

  api.get('/groups/:groupId/stats', async (req) => {
    requirePermission(req, readGroups);
    const group = await app.groups.get((req.params as GroupParams).groupId);
    return { group_id: group.id, total_member_count: group.member_count };
  });

  api.get('/users/:userId/groups', async (req) => {
    const session = requireSession(req);
    const { userId } = req.params as { userId: string };
    const id = userId === 'me' ? session.user_id : userId;
    requireSelfOr(session, id, 'manage_system');
    return app.groups.forUser(id, !sessionHasPermission(session, readGroups));
  });

  for (const [segment, type] of [['teams', 'Team'], ['channels', 'Channel']] as const) {
    api.post(`/groups/:groupId/${segment}/:syncableId/link`, async (req, reply) => {
      const { groupId, syncableId } = req.params as SyncableParams;
      await requireLinkPermission(app, req, groupId, type, syncableId);
      const body = req.body === undefined ? {} : bodyObject(req, 'group syncable patch');
      const link = await app.groups.upsertSyncable(requestContext(req), { group_id: groupId, syncable_id: syncableId, type, auto_add: body.auto_add, scheme_admin: body.scheme_admin });
      reply.code(201);
      return syncableJson(link);
    });

    api.delete(`/groups/:groupId/${segment}/:syncableId/link`, async (req) => {
      const { groupId, syncableId } = req.params as SyncableParams;
      await requireLinkPermission(app, req, groupId, type, syncableId);
      await app.groups.deleteSyncable(requestContext(req), groupId, syncableId, type);
      return { status: 'OK' };
    });

    api.put(`/groups/:groupId/${segment}/:syncableId/patch`, async (req) => {
      const { groupId, syncableId } = req.params as SyncableParams;
      await requireLinkPermission(app, req, groupId, type, syncableId);
      const body = bodyObject(req, 'group syncable patch');
      return syncableJson(await app.groups.updateSyncable(requestContext(req), { group_id: groupId, syncable_id: syncableId, type, auto_add: body.auto_add, scheme_admin: body.scheme_admin }));
    });

    api.get(`/groups/:groupId/${segment}/:syncableId`, async (req) => {
      requirePermission(req, 'manage_system');
      const { groupId, syncableId } = req.params as SyncableParams;
      return syncableJson(await app.groups.getSyncable(groupId, syncableId, type));
    });

    api.get(`/groups/:groupId/${segment}`, async (req) => {
      requirePermission(req, readGroups);
      return (await app.groups.syncables((req.params as GroupParams).groupId, type)).map(syncableJson);
    });
  }
}
