// The role and permission model as REST enforces it, through Mattermost's own client: the
// roles routes, team and channel admins against plain members, system admins, and role
// changes taking effect at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import { type ServerHandle, startServer } from '../harness.js';

const { Client4 } = mattermost;

const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

describe('roles and permissions through @mattermost/client', () => {
  let server: ServerHandle;
  const names = ['root', 'tess', 'moe', 'nia', 'otto'] as const;
  const c = {} as Record<(typeof names)[number], InstanceType<typeof Client4>>;
  const id = {} as Record<(typeof names)[number], string>;
  let teamId: string;

  before(async () => {
    server = await startServer();
    for (const name of names) {
      c[name] = new Client4();
      c[name].setUrl(server.url);
      id[name] = (await (name === 'root' ? c[name] : c.root).createUser({ username: name, email: `${name}@example.com`, password: `${name}-password` } as any, '', '')).id;
      await c[name].login(name, `${name}-password`);
    }
    // tess creates the team, so she is its admin; moe and nia are plain members; otto is not in it.
    teamId = (await c.tess.createTeam({ name: 'crew', display_name: 'Crew', type: 'I' } as any)).id;
    await c.tess.addToTeam(teamId, id.moe);
    await c.tess.addToTeam(teamId, id.nia);
  });

  after(async () => {
    await server?.stop();
  });

  test("the roles routes answer Mattermost's Role JSON", async () => {
    const channelUser = await c.moe.getRoleByName('channel_user');
    assert.equal(channelUser.name, 'channel_user');
    assert.equal(channelUser.display_name, 'authentication.roles.channel_user.name');
    assert.ok(channelUser.permissions.includes('create_post'));
    assert.ok(!channelUser.permissions.includes('manage_channel_roles'));
    assert.equal(channelUser.scheme_managed, true);
    assert.equal(channelUser.built_in, true);
    assert.deepEqual(await c.moe.getRole(channelUser.id), channelUser);
    const several = await c.moe.getRolesByNames(['team_admin', 'system_user', 'no_such_role']);
    assert.deepEqual(several.map((r: any) => r.name).sort(), ['system_user', 'team_admin']);
    const admin = await c.moe.getRoleByName('system_admin');
    for (const p of ['manage_system', 'manage_team', 'delete_others_posts', 'edit_others_posts', 'manage_channel_roles']) assert.ok(admin.permissions.includes(p), p);

    await assert.rejects(c.moe.getRoleByName('no_such_role'), status(404));
    await assert.rejects(c.moe.getRoleByName('Not-Valid'), status(400, /name/));
    await assert.rejects(c.moe.getRole('nope'), status(400, /role_id/));
    await assert.rejects(c.moe.getRole('a'.repeat(26)), status(404));
    await assert.rejects(c.moe.getRolesByNames(['ok', 'NOT OK']), status(400, /NOT OK/));
    await assert.rejects(c.moe.getRolesByNames([]), status(400));
    const anonymous = new Client4();
    anonymous.setUrl(server.url);
    await assert.rejects(anonymous.getRoleByName('system_user'), status(401));
  });

  test('a team admin manages the team, a plain member cannot; promoting and demoting take effect at once', async () => {
    await assert.rejects(c.moe.patchTeam({ id: teamId, display_name: 'Moe rules' } as any), status(403, /manage_team/));
    await assert.rejects(c.moe.removeFromTeam(teamId, id.nia), status(403, /remove_user_from_team/));
    await assert.rejects(c.moe.updateTeamMemberRoles(teamId, id.moe, 'team_user team_admin' as any), status(403, /manage_team_roles/));
    assert.equal((await c.tess.patchTeam({ id: teamId, description: 'by tess' } as any)).description, 'by tess');

    await c.tess.updateTeamMemberRoles(teamId, id.moe, 'team_user team_admin' as any);
    const promoted = await c.moe.getTeamMember(teamId, id.moe);
    assert.deepEqual([promoted.roles, promoted.scheme_admin, promoted.scheme_user], ['team_user team_admin', true, true]);
    assert.equal((await c.moe.patchTeam({ id: teamId, display_name: 'Crew of Moe' } as any)).display_name, 'Crew of Moe');
    await c.moe.removeFromTeam(teamId, id.nia);
    await assert.rejects(c.nia.getTeamMembers(teamId), status(404), 'nia is out, and the team is invite-only');

    await c.tess.updateTeamMemberSchemeRoles(teamId, id.moe, true, false);
    assert.equal((await c.moe.getTeamMember(teamId, id.moe)).roles, 'team_user');
    await assert.rejects(c.moe.patchTeam({ id: teamId, display_name: 'Moe again' } as any), status(403, /manage_team/));

    // Plain members may add people (Mattermost's default scheme), and nobody joins an invite-only team alone.
    await c.moe.addToTeam(teamId, id.nia);
    await assert.rejects(c.otto.addToTeam(teamId, id.otto), status(403, /join_private_teams/));

    await assert.rejects(c.tess.updateTeamMemberRoles(teamId, id.moe, 'team_admin' as any), status(400, /roles/));
    await assert.rejects(c.tess.updateTeamMemberRoles(teamId, id.moe, 'team_user captain' as any), status(400, /roles/));
    await assert.rejects(c.tess.updateTeamMemberSchemeRoles(teamId, id.moe, false, true), status(400, /scheme_user/));
    await assert.rejects(c.tess.updateTeamMemberRoles(teamId, id.otto, 'team_user' as any), status(404), 'otto is no member');
    await assert.rejects(c.tess.updateTeamMemberRoles('x'.repeat(26), id.moe, 'team_user' as any), status(404));
    await assert.rejects(c.otto.updateTeamMemberRoles(teamId, id.moe, 'team_user' as any), status(404), 'an invite-only team does not exist for outsiders');
  });

  test('channel admins change roles in the channel; members manage its members (the default scheme); outsiders nothing', async () => {
    const room = await c.moe.createChannel({ team_id: teamId, name: 'back-room', display_name: 'Back room', type: 'P' } as any);
    assert.equal((await c.moe.getMyChannelMember(room.id)).roles, 'channel_user channel_admin', 'the creator is its admin');
    await c.moe.addToChannel(id.nia, room.id);
    await c.moe.addToChannel(id.tess, room.id);
    await assert.rejects(c.nia.updateChannelMemberRoles(room.id, id.tess, 'channel_user channel_admin'), status(403, /manage_channel_roles/));
    await c.moe.updateChannelMemberRoles(room.id, id.nia, 'channel_user channel_admin');
    assert.equal((await c.nia.getChannelMember(room.id, id.nia)).scheme_admin, true);
    await c.nia.updateChannelMemberRoles(room.id, id.tess, 'channel_user channel_admin');
    await c.nia.updateChannelMemberSchemeRoles(room.id, id.tess, true, false);
    assert.equal((await c.tess.getMyChannelMember(room.id)).roles, 'channel_user');

    await c.nia.removeFromChannel(id.tess, room.id);
    await assert.rejects(c.tess.getChannel(room.id), status(404));
    await assert.rejects(c.tess.removeFromChannel(id.nia, room.id), status(404), 'a private channel does not exist for those outside it');
    await assert.rejects(c.moe.updateChannelMemberRoles(room.id, id.nia, 'channel_admin'), status(400, /roles/));
    await assert.rejects(c.moe.updateChannelMemberRoles(room.id, id.tess, 'channel_user'), status(404));

    const hall = await c.moe.createChannel({ team_id: teamId, name: 'hall', display_name: 'Hall', type: 'O' } as any);
    await c.moe.addToChannel(id.nia, hall.id);
    await assert.rejects(c.tess.removeFromChannel(id.nia, hall.id), status(403, /manage_public_channel_members/), 'a team member outside the channel');
    await assert.rejects(c.tess.addToChannel(id.otto, hall.id), status(403, /manage_public_channel_members/));
    await c.tess.addToChannel(id.tess, hall.id);
    await c.tess.removeFromChannel(id.tess, hall.id);
    await c.nia.removeFromChannel(id.nia, hall.id);

    const dm = await c.moe.createDirectChannel([id.moe, id.nia]);
    await assert.rejects(c.moe.updateChannelMemberRoles(dm.id, id.nia, 'channel_user channel_admin'), status(403, /manage_channel_roles/));
    await assert.rejects(c.root.updateChannelMemberRoles(dm.id, id.nia, 'channel_user channel_admin'), status(400, /direct or group/));
    await assert.rejects(c.moe.removeFromChannel(id.nia, dm.id), status(400, /direct channel/));
  });

  test('posts: others may not edit or delete yours; a team admin deletes but does not edit; a system admin does both', async () => {
    const town = await c.moe.getChannelByName(teamId, 'town-square');
    const post = await c.nia.createPost({ channel_id: town.id, message: 'mine' } as any);
    await assert.rejects(c.moe.patchPost({ id: post.id, message: 'yours now' } as any), status(403, /edit_others_posts/));
    await assert.rejects(c.moe.deletePost(post.id), status(403, /delete_others_posts/));
    await assert.rejects(c.tess.patchPost({ id: post.id, message: 'edited by the team admin' } as any), status(403, /edit_others_posts/));
    await assert.rejects(c.otto.createPost({ channel_id: town.id, message: 'hi' } as any), status(404), 'a channel of an invite-only team otto is not in does not exist for him');
    assert.equal((await c.root.patchPost({ id: post.id, message: 'edited by root' } as any)).message, 'edited by root');
    await c.tess.deletePost(post.id);
    await assert.rejects(c.nia.getPost(post.id), status(404));
  });

  test('a system admin may do anything, in teams and channels they are not in', async () => {
    const room = await c.moe.createChannel({ team_id: teamId, name: 'vault', display_name: 'Vault', type: 'P' } as any);
    await c.moe.addToChannel(id.nia, room.id);
    assert.equal((await c.root.getChannel(room.id)).id, room.id);
    assert.ok((await c.root.getTeamMembers(teamId)).length >= 3);
    await c.root.patchChannel(room.id, { purpose: 'audited' } as any);
    await c.root.updateChannelMemberRoles(room.id, id.nia, 'channel_user channel_admin');
    const post = await c.root.createPost({ channel_id: room.id, message: 'root was here' } as any);
    assert.equal(post.user_id, id.root);
    await c.root.removeFromChannel(id.nia, room.id);
    await c.root.updateTeamMemberRoles(teamId, id.nia, 'team_user team_admin' as any);
    await c.root.deleteChannel(room.id);
    assert.ok((await c.moe.getChannel(room.id)).delete_at > 0);
    await c.root.updateTeamMemberRoles(teamId, id.nia, 'team_user' as any);
  });

  test('system roles: an admin hands out system_admin and takes it back, effective on the next request', async () => {
    await assert.rejects(c.otto.getConfig(), status(403, /manage_system/));
    await assert.rejects(c.otto.updateUserRoles(id.nia, 'system_user system_admin'), status(403, /manage_roles/));
    await assert.rejects(c.otto.getTeamsForUser(id.nia), status(403, /read_other_users_teams/));
    await c.root.updateUserRoles(id.otto, 'system_user system_admin');
    assert.ok((await c.otto.getConfig()).ServiceSettings);
    assert.deepEqual((await c.otto.getTeamsForUser(id.nia)).map((t: any) => t.name), ['crew']);
    assert.equal((await c.otto.getTeam(teamId)).id, teamId, 'an admin sees invite-only teams');
    await c.root.updateUserRoles(id.otto, 'system_user');
    await assert.rejects(c.otto.getConfig(), status(403, /manage_system/));
    await assert.rejects(c.otto.getTeam(teamId), status(404), 'and now it does not exist for otto');
    await assert.rejects(c.root.updateUserRoles(id.otto, 'system_admin'), status(400, /roles/));
  });

  test('team lists: open teams for everyone, invite-only ones for those who may list them', async () => {
    const open = await c.nia.createTeam({ name: 'open-house', display_name: 'Open house', type: 'O' } as any);
    assert.deepEqual(((await c.otto.getTeams()) as any[]).map((t: any) => t.name), ['open-house']);
    assert.equal((await c.otto.getTeam(open.id)).name, 'open-house');
    assert.equal((await c.otto.getTeamByName('open-house')).id, open.id);
    await assert.rejects(c.otto.getTeamByName('crew'), status(404));
    assert.deepEqual(((await c.root.getTeams()) as any[]).map((t: any) => t.name).sort(), ['crew', 'open-house']);
    await assert.rejects(c.otto.getTeamMembers(open.id), status(403, /view_team/), 'an open team exists, but its insides are for members');
    await c.otto.addToTeam(open.id, id.otto);
    assert.ok((await c.otto.getTeamMembers(open.id)).some((m: any) => m.user_id === id.otto));
  });
});
