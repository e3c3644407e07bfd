import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Db, openDatabase } from '../store/db.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import type { Channel } from './models.js';
import { checkMemberRoles, checkSystemRoles, Permissions, rolesGrantPermission } from './permissions.js';

let db: Db;
let permissions: Permissions;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-permissions-'));

const ids = { admin: newId(), teamAdmin: newId(), member: newId(), outsider: newId(), team: newId(), open: newId(), secret: newId(), dm: newId() };
const channels: Record<string, Channel> = {};

const status = (code: number, pattern?: RegExp) => (err: unknown) => {
  assert.ok(err instanceof AppError);
  assert.equal(err.statusCode, code);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

async function addUser(id: string, roles: string): Promise<void> {
  await db.insertInto('users').values({
    id, create_at: 1, update_at: 1, delete_at: 0, username: `u${id.slice(0, 8)}`, password_hash: '', auth_service: '', email: `${id}@example.com`, email_verified: 0,
    nickname: '', first_name: '', last_name: '', position: '', roles, locale: 'en', is_bot: 0, bot_description: '', last_password_update: 1, props: '{}',
  }).execute();
}

async function addChannel(id: string, teamId: string, type: string): Promise<void> {
  const row = { id, create_at: 1, update_at: 1, delete_at: 0, team_id: teamId, type, display_name: id, name: id, header: '', purpose: '', last_post_at: 1, total_msg_count: 0, creator_id: '' };
  await db.insertInto('channels').values(row).execute();
  channels[id] = { ...row, group_constrained: false };
}

const channelMember = (channelId: string, userId: string, admin = false) => db.insertInto('channel_members').values({
  channel_id: channelId, user_id: userId, roles: admin ? 'channel_user channel_admin' : 'channel_user', last_viewed_at: 0, msg_count: 0, mention_count: 0, last_update_at: 0, scheme_admin: admin ? 1 : 0, scheme_user: 1, notify_props: '{}',
}).execute();

before(async () => {
  db = await openDatabase(dir);
  permissions = new Permissions(db);
  await addUser(ids.admin, 'system_admin system_user');
  for (const id of [ids.teamAdmin, ids.member, ids.outsider]) await addUser(id, 'system_user');
  await db.insertInto('teams').values({ id: ids.team, create_at: 1, update_at: 1, delete_at: 0, display_name: 'T', name: 't', description: '', email: '', type: 'O', allow_open_invite: 0, invite_id: newId(), last_team_icon_update: 0 }).execute();
  // The team admin's row says so only through scheme_admin, as Mattermost's rows may.
  await db.insertInto('team_members').values({ team_id: ids.team, user_id: ids.teamAdmin, roles: '', delete_at: 0, scheme_admin: 1, scheme_user: 1 }).execute();
  await db.insertInto('team_members').values({ team_id: ids.team, user_id: ids.member, roles: 'team_user', delete_at: 0, scheme_admin: 0, scheme_user: 1 }).execute();
  // The outsider left the team: a deleted membership grants nothing.
  await db.insertInto('team_members').values({ team_id: ids.team, user_id: ids.outsider, roles: 'team_user team_admin', delete_at: 5, scheme_admin: 1, scheme_user: 1 }).execute();
  await addChannel(ids.open, ids.team, 'O');
  await addChannel(ids.secret, ids.team, 'P');
  await addChannel(ids.dm, '', 'D');
  await channelMember(ids.open, ids.member);
  await channelMember(ids.secret, ids.member, true);
  await channelMember(ids.dm, ids.member);
  await channelMember(ids.dm, ids.outsider);
});

after(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the role table', () => {
  test("Mattermost's default scheme: what members and admins of each scope hold", () => {
    assert.ok(rolesGrantPermission(['system_user'], 'create_team'));
    assert.ok(rolesGrantPermission(['system_user'], 'create_direct_channel'));
    assert.ok(!rolesGrantPermission(['system_user'], 'manage_system'));
    assert.ok(rolesGrantPermission(['team_user'], 'create_public_channel'));
    assert.ok(rolesGrantPermission(['team_user'], 'add_user_to_team'));
    assert.ok(!rolesGrantPermission(['team_user'], 'manage_team'));
    assert.ok(!rolesGrantPermission(['team_user'], 'remove_user_from_team'));
    assert.ok(rolesGrantPermission(['team_admin'], 'manage_team'));
    assert.ok(rolesGrantPermission(['team_admin'], 'delete_others_posts'));
    assert.ok(rolesGrantPermission(['channel_user'], 'create_post'));
    assert.ok(rolesGrantPermission(['channel_user'], 'manage_private_channel_members'));
    assert.ok(!rolesGrantPermission(['channel_user'], 'manage_channel_roles'));
    assert.ok(rolesGrantPermission(['channel_admin'], 'manage_channel_roles'));
    assert.ok(!rolesGrantPermission(['channel_user', 'team_user', 'system_user'], 'edit_others_posts'));
    assert.ok(rolesGrantPermission(['system_user_access_token'], 'create_user_access_token'));
  });

  test('a system admin holds every permission; unknown permissions and roles hold nothing', () => {
    const all = permissions.allPermissionIds();
    assert.ok(all.length > 40);
    assert.ok(all.every((p) => permissions.rolesGrantPermission(['system_admin'], p)));
    for (const p of ['manage_system', 'create_team', 'manage_team', 'view_team', 'read_channel', 'create_post', 'edit_others_posts', 'manage_others_bots', 'create_user_access_token']) {
      assert.ok(all.includes(p), p);
    }
    assert.equal(permissions.rolesGrantPermission(['system_admin'], 'launch_rockets'), false);
    assert.equal(permissions.rolesGrantPermission(['root'], 'create_post'), false);
    assert.equal(permissions.rolesGrantPermission([], 'create_post'), false);
  });

  test("roles in Mattermost's Role shape, by name and by a stable id", () => {
    const role = permissions.roleByName('channel_admin');
    assert.deepEqual(Object.keys(role).sort(), ['built_in', 'create_at', 'delete_at', 'description', 'display_name', 'id', 'name', 'permissions', 'scheme_managed', 'update_at']);
    assert.equal(role.name, 'channel_admin');
    assert.equal(role.display_name, 'authentication.roles.channel_admin.name');
    assert.equal(role.built_in, true);
    assert.equal(role.scheme_managed, true);
    assert.match(role.id, /^[a-z0-9]{26}$/);
    assert.deepEqual(permissions.roleById(role.id), role);
    assert.equal(new Permissions(db).roleByName('channel_admin').id, role.id, 'the id does not change');
    role.permissions.push('manage_system');
    assert.ok(!permissions.roleByName('channel_admin').permissions.includes('manage_system'), 'callers get copies');
    assert.equal(permissions.roleByName('system_user_access_token').scheme_managed, false);
    assert.throws(() => permissions.roleByName('Bad Name'), status(400, /name/));
    assert.throws(() => permissions.roleByName('no_such_role'), status(404));
    assert.throws(() => permissions.roleById('nope'), status(400, /role_id/));
    assert.throws(() => permissions.roleById('a'.repeat(26)), status(404));
  });

  test('role strings that may be set', () => {
    assert.equal(checkSystemRoles('system_user  system_admin'), 'system_admin system_user');
    assert.equal(checkSystemRoles('system_user_access_token system_user'), 'system_user system_user_access_token');
    assert.throws(() => checkSystemRoles('system_admin'), status(400, /roles/));
    assert.throws(() => checkSystemRoles('system_user root'), status(400, /roles/));
    assert.throws(() => checkSystemRoles(42), status(400, /roles/));
    assert.deepEqual(checkMemberRoles('team_admin team_user', 'team'), { roles: 'team_user team_admin', schemeAdmin: true });
    assert.deepEqual(checkMemberRoles('channel_user', 'channel'), { roles: 'channel_user', schemeAdmin: false });
    assert.throws(() => checkMemberRoles('channel_admin', 'channel'), status(400, /roles/));
    assert.throws(() => checkMemberRoles('team_user channel_admin', 'team'), status(400, /roles/));
  });
});

describe('checks against stored roles', () => {
  test('system permissions come from the user', async () => {
    assert.equal(await permissions.hasPermissionTo(ids.admin, 'manage_system'), true);
    assert.equal(await permissions.hasPermissionTo(ids.member, 'manage_system'), false);
    assert.equal(await permissions.hasPermissionTo(ids.member, 'create_team'), true);
    assert.equal(await permissions.hasPermissionTo(newId(), 'create_team'), false, 'an unknown user has nothing');
    assert.equal(await permissions.hasPermissionTo('not-an-id', 'create_team'), false);
  });

  test('team permissions: the member row (roles or scheme flags), else the system roles', async () => {
    assert.equal(await permissions.hasPermissionToTeam(ids.teamAdmin, ids.team, 'manage_team'), true, 'scheme_admin makes a team admin');
    assert.equal(await permissions.hasPermissionToTeam(ids.member, ids.team, 'manage_team'), false);
    assert.equal(await permissions.hasPermissionToTeam(ids.member, ids.team, 'view_team'), true);
    assert.equal(await permissions.hasPermissionToTeam(ids.outsider, ids.team, 'view_team'), false, 'a deleted membership counts for nothing');
    assert.equal(await permissions.hasPermissionToTeam(ids.outsider, ids.team, 'create_team'), true, 'system permissions hold in every team');
    assert.equal(await permissions.hasPermissionToTeam(ids.admin, ids.team, 'manage_team'), true, 'a system admin is not a member, and may');
    assert.equal(await permissions.hasPermissionToTeam(ids.member, newId(), 'view_team'), false);
  });

  test('channel permissions cascade from the channel to its team to the system', async () => {
    assert.equal(await permissions.hasPermissionToChannel(ids.member, ids.open, 'create_post'), true);
    assert.equal(await permissions.hasPermissionToChannel(ids.teamAdmin, ids.open, 'create_post'), false, 'not a member of the channel');
    assert.equal(await permissions.hasPermissionToChannel(ids.teamAdmin, ids.open, 'delete_others_posts'), true, "a team admin's team roles hold in its channels");
    assert.equal(await permissions.hasPermissionToChannel(ids.member, ids.open, 'manage_channel_roles'), false);
    assert.equal(await permissions.hasPermissionToChannel(ids.member, ids.secret, 'manage_channel_roles'), true, 'a channel admin');
    assert.equal(await permissions.hasPermissionToChannel(ids.admin, ids.secret, 'manage_channel_roles'), true);
    assert.equal(await permissions.hasPermissionToChannel(ids.outsider, ids.dm, 'create_post'), true, 'a direct channel member');
    assert.equal(await permissions.hasPermissionToChannel(ids.teamAdmin, ids.dm, 'read_channel'), false);
    assert.equal(await permissions.hasPermissionToChannel(ids.admin, ids.dm, 'read_channel'), true, 'a direct channel has no team: the system roles decide');
    assert.equal(await permissions.hasPermissionToChannel(ids.member, newId(), 'read_channel'), false, 'an unknown channel');
    assert.equal(await permissions.hasPermissionToChannel(ids.member, ids.open, 'no_such_permission'), false);
  });

  test('reading: members, and for open channels the members of the team', async () => {
    assert.equal(await permissions.canReadChannel(ids.teamAdmin, channels[ids.open]), true, 'read_public_channel in the team');
    assert.equal(await permissions.canReadChannel(ids.teamAdmin, channels[ids.secret]), false);
    assert.equal(await permissions.canReadChannel(ids.outsider, channels[ids.open]), false, 'no longer in the team');
    await assert.rejects(permissions.requireReadChannel(ids.teamAdmin, channels[ids.secret]), status(404), 'a private channel does not exist for outsiders');
    await assert.rejects(permissions.requireReadChannel(ids.outsider, channels[ids.open]), status(403, /read_channel/));
    await assert.rejects(permissions.requirePermissionToTeam(ids.member, ids.team, 'manage_team'), status(403, /manage_team/));
    await permissions.requirePermissionToChannel(ids.member, ids.secret, 'manage_channel_roles');
  });
});
