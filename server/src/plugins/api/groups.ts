// Plugin API: user groups, their members and their links to teams and channels. As in
// Mattermost, a plugin needs no permission for any of it.
import { type ApiDeps, type Handlers, need, page } from './types.js';
import { userMessage } from './users.js';

export const groupHandlers = ({ app }: ApiDeps) => ({
  GetGroup: async (req) => ({ group: await app.groups.get(req.group_id) }),
  GetGroupByName: async (req) => ({ group: await app.groups.getByName(req.name) }),
  GetGroupMemberUsers: async (req) => {
    const p = page(req.page, req.per_page);
    return { users: (await app.groups.memberUsers(req.group_id, p.page, p.perPage)).map(userMessage) };
  },
  GetGroupsBySource: async (req) => ({ groups: await app.groups.bySource(req.group_source) }),
  GetGroupsForUser: async (req) => ({ groups: await app.groups.forUser(req.user_id) }),
  GetGroups: async (req) => {
    const p = page(req.page, req.per_page);
    return { groups: await app.groups.search(p.page, p.perPage, req.opts ?? {}, req.view_restrictions) };
  },
  GetGroupByRemoteID: async (req) => ({ group: await app.groups.getByRemoteId(req.remote_id, req.group_source) }),
  CreateGroup: async (req) => ({ group: await app.groups.create({ ...need(req.group, 'group') }) }),
  // The whole group is given, as in Mattermost: what may change takes the values sent.
  UpdateGroup: async (req) => {
    const { id, name, display_name, description, allow_reference } = need(req.group, 'group');
    return { group: await app.groups.update(id, { name, display_name, description, allow_reference }) };
  },
  DeleteGroup: async (req) => ({ group: await app.groups.delete(req.group_id) }),
  RestoreGroup: async (req) => ({ group: await app.groups.restore(req.group_id) }),

  UpsertGroupMember: async (req, { ctx }) => ({ group_member: (await app.groups.upsertMembers(ctx, req.group_id, [req.user_id]))[0] }),
  UpsertGroupMembers: async (req, { ctx }) => ({ group_members: await app.groups.upsertMembers(ctx, req.group_id, req.user_ids) }),
  DeleteGroupMember: async (req) => ({ group_member: (await app.groups.deleteMembers(req.group_id, [req.user_id]))[0] }),

  GetGroupSyncable: async (req) => ({ group_syncable: await app.groups.getSyncable(req.group_id, req.syncable_id, req.syncable_type) }),
  GetGroupSyncables: async (req) => ({ group_syncables: await app.groups.syncables(req.group_id, req.syncable_type) }),
  UpsertGroupSyncable: async (req, { ctx }) => ({ group_syncable: await app.groups.upsertSyncable(ctx, { ...need(req.group_syncable, 'group_syncable') }) }),
  UpdateGroupSyncable: async (req, { ctx }) => ({ group_syncable: await app.groups.updateSyncable(ctx, { ...need(req.group_syncable, 'group_syncable') }) }),
  DeleteGroupSyncable: async (req, { ctx }) => ({ group_syncable: await app.groups.deleteSyncable(ctx, req.group_id, req.syncable_id, req.syncable_type) }),
  CreateDefaultSyncableMemberships: async (req, { ctx }) => {
    await app.groups.createDefaultMemberships(ctx, req.params ?? {});
    return {};
  },
  DeleteGroupConstrainedMemberships: async (_req, { ctx }) => {
    await app.groups.deleteGroupConstrainedMemberships(ctx);
    return {};
  },
}) satisfies Partial<Handlers>;
