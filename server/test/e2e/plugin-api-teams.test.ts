// The teams part of the Plugin API, from a real Python plugin (the api_probe fixture) through
// the real server: teams, their members, icons, counts and unread messages, with the effects
// checked over REST and the websocket, and the membership hooks (recorded by the
// membership_python fixture) running for changes a plugin makes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bytesArg, bytesOf, type Probe, startProbe } from '../api-probe.js';
import { Client, connectWebSocket, waitFor } from '../harness.js';
import { type HookRecord, installMembershipPlugin } from '../membership-plugin.js';

const unknownId = 'nosuchid000000000000000000';
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF and more')]);
const bmp = Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]);

describe('Plugin API: teams', () => {
  let probe: Probe;
  let seen: (hook: string) => Promise<HookRecord[]>;
  const users: Record<string, { id: string; client: Client }> = {};
  let team: any;


  before(async () => {
    probe = await startProbe();
    seen = await installMembershipPlugin(probe.admin);
    for (const name of ['alice', 'bob', 'carol', 'dave', 'erin']) users[name] = await probe.admin.newUser(name);
    team = await probe.ok('create_team', [], { name: 'alpha', display_name: 'Alpha Team', type: 'O' });
  });

  after(async () => {
    await probe?.stop();
  });

  test('search_teams: a prefix of the name or display name, any case; archived teams and LIKE wildcards match nothing', async () => {
    await probe.ok('create_team', [], { name: 'zulu', display_name: 'Alpine Club', type: 'I' });
    await probe.ok('create_team', [], { name: 'bravo', display_name: 'Bravo', type: 'O' });
    const names = async (term: string) => (await probe.ok('search_teams', [term])).map((t: any) => t.name).sort();
    assert.deepEqual(await names('AL'), ['alpha', 'zulu'], 'alpha by name, zulu by display name, invite-only too');
    assert.deepEqual(await names('alpine c'), ['zulu']);
    assert.deepEqual(await names('team'), [], 'a prefix, not a substring');
    assert.deepEqual(await names('%'), [], 'wildcards are literal');
    assert.deepEqual(await names('br'), ['bravo']);
    const asAlice = await users.alice.client.ok('POST', '/teams/search', { term: 'al' });
    assert.deepEqual(asAlice.map((t: any) => t.name), ['alpha'], 'over REST, those who may not list invite-only teams see the open ones');
  });

  test('update_team changes the team (seen over REST); delete_team archives it; bad input and unknown ids fail', async () => {
    const doomed = await probe.ok('create_team', [], { name: 'doomed', display_name: 'Doomed', type: 'O' });
    const updated = await probe.ok('update_team', [], { ...doomed, display_name: 'Doomed Indeed', description: 'not for long', allow_open_invite: true });
    assert.equal(updated.display_name, 'Doomed Indeed');
    assert.equal(updated.description, 'not for long');
    assert.equal(updated.allow_open_invite, true);
    assert.equal(updated.name, 'doomed', 'the name stays');
    const rest = await probe.admin.ok('GET', `/teams/${doomed.id}`);
    assert.deepEqual([rest.display_name, rest.description], ['Doomed Indeed', 'not for long']);

    const empty = await probe.fail('update_team', [], { ...doomed, display_name: '' });
    assert.equal(empty.type, 'ValidationError');
    assert.equal(empty.status_code, 400);
    assert.match(empty.message, /display_name/);
    assert.equal((await probe.fail('update_team', [], { ...doomed, id: unknownId })).status_code, 404);

    assert.equal(await probe.ok('delete_team', [doomed.id]), null);
    assert.ok((await probe.admin.ok('GET', `/teams/${doomed.id}`)).delete_at > 0, 'archived, as REST shows');
    assert.ok((await probe.ok('get_team', [doomed.id])).delete_at > 0);
    assert.ok(!(await probe.ok('get_teams')).some((t: any) => t.id === doomed.id), 'archived teams are not listed');
    assert.deepEqual((await probe.ok('search_teams', ['doomed'])), []);
    assert.equal((await probe.fail('delete_team', [unknownId])).type, 'NotFoundError');
  });

  test('members: one, several (the first failure stops), gracefully (each result); the hooks see the requestor; the websocket tells the user', async () => {
    const aliceSocket = await connectWebSocket(probe.server.url, users.alice.client.token);
    try {
      const alice = await probe.ok('create_team_member', [team.id, users.alice.id]);
      assert.deepEqual([alice.team_id, alice.user_id, alice.roles, alice.scheme_admin], [team.id, users.alice.id, 'team_user', false]);
      await aliceSocket.next('added_to_team', (e) => e.data.team_id === team.id);
    } finally {
      aliceSocket.close();
    }
    const joined = await waitFor('UserHasJoinedTeam for alice', async () => (await seen('UserHasJoinedTeam')).find((e) => e.user_id === users.alice.id));
    assert.equal(joined.actor_id, '', 'the plugin itself added alice');
    assert.equal((await probe.admin.ok('GET', `/teams/${team.id}/members/${users.alice.id}`)).user_id, users.alice.id);

    const stopped = await probe.fail('create_team_members', [team.id, [users.bob.id, unknownId, users.carol.id], probe.adminUser.id]);
    assert.equal(stopped.type, 'NotFoundError');
    assert.equal((await probe.admin.ok('GET', `/teams/${team.id}/members/${users.bob.id}`)).user_id, users.bob.id, 'bob, before the failure, was added');
    assert.equal((await probe.admin.request('GET', `/teams/${team.id}/members/${users.carol.id}`)).status, 404, 'carol, after it, was not');
    const bobJoined = await waitFor('UserHasJoinedTeam for bob', async () => (await seen('UserHasJoinedTeam')).find((e) => e.user_id === users.bob.id));
    assert.equal(bobJoined.actor_id, probe.adminUser.id, 'the requestor is the actor');

    const results = await probe.ok('create_team_members_gracefully', [team.id, [users.carol.id, unknownId, users.bob.id]]);
    assert.equal(results.length, 3);
    assert.deepEqual([results[0].user_id, results[0].member.user_id, results[0].error], [users.carol.id, users.carol.id, null]);
    assert.equal(results[1].user_id, unknownId);
    assert.equal(results[1].member, null);
    assert.equal(results[1].error.status_code, 404);
    assert.match(results[1].error.message, /not found/i);
    assert.equal(results[2].member.user_id, users.bob.id, 'an existing member is simply answered');

    const many = await probe.ok('create_team_members', [team.id, [users.dave.id]]);
    assert.deepEqual(many.map((m: any) => m.user_id), [users.dave.id]);

    // REST's batch route is the same rule.
    const other = await probe.ok('create_team', [], { name: 'batch', display_name: 'Batch', type: 'O' });
    const batch = [{ team_id: other.id, user_id: users.dave.id }, { team_id: other.id, user_id: unknownId }];
    assert.equal((await probe.admin.request('POST', `/teams/${other.id}/members/batch`, batch)).status, 404);
    const graceful = await probe.admin.ok('POST', `/teams/${other.id}/members/batch?graceful=true`, batch);
    assert.deepEqual(graceful.map((r: any) => [r.user_id, r.member?.user_id, r.error?.status_code]), [[users.dave.id, users.dave.id, undefined], [unknownId, undefined, 404]]);
    assert.equal((await users.bob.client.request('POST', `/teams/${other.id}/members/batch`, batch.slice(1))).status, 403, 'bob is no member of that team');
  });

  test('get_team_members pages; get_team_member 404s for a non-member; get_team_members_for_user and get_teams_for_user list a user\'s teams', async () => {
    const all = await probe.ok('get_team_members', [team.id]);
    const ids = [users.alice.id, users.bob.id, users.carol.id, users.dave.id].sort();
    assert.deepEqual(all.map((m: any) => m.user_id), ids);
    const second = await probe.ok('get_team_members', [team.id], { page: 1, per_page: 1 }, 'async');
    assert.deepEqual(second.map((m: any) => m.user_id), [ids[1]]);

    assert.equal((await probe.ok('get_team_member', [team.id, users.carol.id])).user_id, users.carol.id);
    const outsider = await probe.fail('get_team_member', [team.id, users.erin.id]);
    assert.equal(outsider.type, 'NotFoundError');
    assert.equal((await probe.fail('get_team_member', [unknownId, users.carol.id])).status_code, 404);

    const other = await probe.ok('create_team', [], { name: 'second', display_name: 'Second', type: 'O' });
    await probe.ok('create_team_member', [other.id, users.carol.id]);
    const memberships = await probe.ok('get_team_members_for_user', [users.carol.id]);
    assert.deepEqual(memberships.map((m: any) => m.team_id).sort(), [team.id, other.id].sort());
    assert.equal((await probe.ok('get_team_members_for_user', [users.carol.id], { page: 0, per_page: 1 })).length, 1);
    assert.deepEqual((await probe.ok('get_teams_for_user', [users.carol.id])).map((t: any) => t.name).sort(), ['alpha', 'second']);
    assert.deepEqual(await probe.ok('get_teams_for_user', [users.erin.id]), []);
    assert.equal((await probe.fail('get_teams_for_user', [unknownId])).type, 'NotFoundError');
    assert.equal((await probe.fail('get_team_members_for_user', [unknownId])).type, 'NotFoundError');
  });

  test('update_team_member_roles takes team_user, optionally team_admin; anything else is a 400', async () => {
    const admin = await probe.ok('update_team_member_roles', [team.id, users.alice.id, 'team_user team_admin']);
    assert.deepEqual([admin.roles, admin.scheme_admin], ['team_user team_admin', true]);
    const rest = await probe.admin.ok('GET', `/teams/${team.id}/members/${users.alice.id}`);
    assert.equal(rest.scheme_admin, true);
    // The role is real: alice may now manage the team over REST.
    await users.alice.client.ok('PUT', `/teams/${team.id}/patch`, { description: 'run by alice' });

    for (const roles of ['team_boss', 'team_admin', 'team_user system_admin', '']) {
      const bad = await probe.fail('update_team_member_roles', [team.id, users.bob.id, roles]);
      assert.equal(bad.type, 'ValidationError', roles);
      assert.equal(bad.status_code, 400);
      assert.match(bad.message, /roles/);
    }
    assert.equal((await probe.fail('update_team_member_roles', [team.id, users.erin.id, 'team_user'])).status_code, 404, 'erin is no member');
    assert.equal((await probe.ok('update_team_member_roles', [team.id, users.alice.id, 'team_user'])).scheme_admin, false);
  });

  test('delete_team_member removes the user as the requestor; UserHasLeftTeam and leave_team follow', async () => {
    const bobSocket = await connectWebSocket(probe.server.url, users.bob.client.token);
    try {
      assert.equal(await probe.ok('delete_team_member', [team.id, users.bob.id, probe.adminUser.id]), null);
      await bobSocket.next('leave_team', (e) => e.data.team_id === team.id && e.data.user_id === users.bob.id);
    } finally {
      bobSocket.close();
    }
    assert.equal((await probe.admin.request('GET', `/teams/${team.id}/members/${users.bob.id}`)).status, 404);
    const left = await waitFor('UserHasLeftTeam for bob', async () => (await seen('UserHasLeftTeam')).find((e) => e.user_id === users.bob.id));
    assert.deepEqual([left.team_id, left.actor_id], [team.id, probe.adminUser.id]);
    assert.equal((await probe.fail('delete_team_member', [team.id, users.bob.id])).type, 'NotFoundError', 'no longer a member');
    assert.equal((await probe.fail('delete_team_member', [unknownId, users.alice.id])).type, 'NotFoundError');
  });

  test('team icons: set (PNG, GIF, JPEG, BMP), get, remove, through the Plugin API and REST; other data is a 400', async () => {
    const none = await probe.fail('get_team_icon', [team.id]);
    assert.equal(none.type, 'NotFoundError');
    assert.equal((await probe.admin.request('GET', `/teams/${team.id}/image`)).status, 404);

    assert.equal(await probe.ok('set_team_icon', [team.id, bytesArg(png)]), null);
    assert.deepEqual(bytesOf(await probe.ok('get_team_icon', [team.id])), png);
    const res = await fetch(`${probe.server.url}/api/v4/teams/${team.id}/image`, { headers: { Authorization: `Bearer ${users.alice.client.token}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), png);
    const stamped = (await probe.admin.ok('GET', `/teams/${team.id}`)).last_team_icon_update;
    assert.ok(stamped > 0, 'the team says when its icon changed');
    assert.equal((await probe.ok('get_team', [team.id])).last_team_icon_update, stamped);

    for (const [image, type] of [[gif, 'image/gif'], [bmp, 'image/bmp']] as const) {
      await probe.ok('set_team_icon', [team.id, bytesArg(image)]);
      const got = await fetch(`${probe.server.url}/api/v4/teams/${team.id}/image`, { headers: { Authorization: `Bearer ${probe.admin.token}` } });
      assert.equal(got.headers.get('content-type'), type);
      assert.deepEqual(Buffer.from(await got.arrayBuffer()), image);
    }

    for (const data of ['not an image', '', 'GIF']) {
      const bad = await probe.fail('set_team_icon', [team.id, bytesArg(data)]);
      assert.equal(bad.type, 'ValidationError', JSON.stringify(data));
      assert.match(bad.message, /image/);
    }
    assert.deepEqual(bytesOf(await probe.ok('get_team_icon', [team.id])), bmp, 'a refused image changes nothing');
    assert.equal((await probe.fail('set_team_icon', [unknownId, bytesArg(png)])).type, 'NotFoundError');

    // REST: team admins upload a multipart "image"; others may not.
    const form = () => {
      const f = new FormData();
      f.append('image', new Blob([new Uint8Array(jpeg)]), 'icon.jpg');
      return f;
    };
    assert.equal((await users.carol.client.request('POST', `/teams/${team.id}/image`, form())).status, 403);
    assert.deepEqual(await probe.admin.ok('POST', `/teams/${team.id}/image`, form()), { status: 'OK' });
    assert.deepEqual(bytesOf(await probe.ok('get_team_icon', [team.id])), jpeg);
    const notImage = new FormData();
    notImage.append('image', new Blob(['hello']), 'icon.txt');
    assert.equal((await probe.admin.request('POST', `/teams/${team.id}/image`, notImage)).status, 400);

    assert.equal(await probe.ok('remove_team_icon', [team.id]), null);
    assert.equal((await probe.fail('get_team_icon', [team.id])).type, 'NotFoundError');
    assert.equal((await probe.admin.ok('GET', `/teams/${team.id}`)).last_team_icon_update, 0);
    await probe.ok('set_team_icon', [team.id, bytesArg(png)]);
    assert.deepEqual(await probe.admin.ok('DELETE', `/teams/${team.id}/image`), { status: 'OK' });
    assert.equal((await probe.admin.request('GET', `/teams/${team.id}/image`)).status, 404);
    assert.equal((await probe.fail('remove_team_icon', [unknownId])).type, 'NotFoundError');
  });

  test('get_team_stats counts every member and the active ones (deactivated users are not active)', async () => {
    const stats = await probe.ok('get_team_stats', [team.id]);
    assert.deepEqual(stats, { team_id: team.id, total_member_count: 3, active_member_count: 3 }, 'alice, carol, dave');
    await probe.admin.ok('DELETE', `/users/${users.dave.id}`);
    assert.deepEqual(await probe.ok('get_team_stats', [team.id]), { team_id: team.id, total_member_count: 3, active_member_count: 2 });
    assert.deepEqual(await probe.admin.ok('GET', `/teams/${team.id}/stats`), { team_id: team.id, total_member_count: 3, active_member_count: 2 });
    assert.equal((await probe.fail('get_team_stats', [unknownId])).type, 'NotFoundError');
  });

  test('get_teams_unread_for_user: unread messages and @-mentions per team, cleared by viewing; mark_unread "mention" counts mentions only', async () => {
    const room = await probe.ok('create_channel', [], { team_id: team.id, name: 'room', display_name: 'Room', type: 'O' });
    await probe.ok('add_channel_member', [room.id, users.alice.id]);
    await probe.ok('add_channel_member', [room.id, users.carol.id]);
    const unread = async (who: string) => (await probe.ok('get_teams_unread_for_user', [users[who].id])).find((u: any) => u.team_id === team.id);
    assert.deepEqual(await unread('alice'), { team_id: team.id, msg_count: 0, mention_count: 0 });

    for (const message of ['hello @alice.', 'no mention of alice@example.com', '@carol only', 'and @ALICE again']) {
      await users.carol.client.ok('POST', '/posts', { channel_id: room.id, message });
    }
    assert.deepEqual(await unread('alice'), { team_id: team.id, msg_count: 4, mention_count: 2 });
    assert.deepEqual(await unread('carol'), { team_id: team.id, msg_count: 0, mention_count: 0 }, 'one\'s own posts are read');
    assert.deepEqual(await users.alice.client.ok('GET', '/users/me/teams/unread'), await probe.ok('get_teams_unread_for_user', [users.alice.id]), 'REST answers the same');
    assert.equal((await probe.ok('get_channel_member', [room.id, users.alice.id])).mention_count, 2);

    const viewed = await users.alice.client.ok('POST', '/channels/members/me/view', { channel_id: room.id });
    assert.ok(viewed.last_viewed_at_times[room.id] > 0);
    assert.deepEqual(await unread('alice'), { team_id: team.id, msg_count: 0, mention_count: 0 });

    await users.carol.client.ok('POST', '/posts', { channel_id: room.id, message: '@channel listen up' });
    assert.deepEqual(await unread('alice'), { team_id: team.id, msg_count: 1, mention_count: 1 }, '@channel mentions everyone');
    await probe.ok('update_channel_member_notifications', [room.id, users.alice.id, { mark_unread: 'mention', ignore_channel_mentions: 'on' }]);
    await users.carol.client.ok('POST', '/posts', { channel_id: room.id, message: '@all once more' });
    await users.carol.client.ok('POST', '/posts', { channel_id: room.id, message: 'psst @alice' });
    assert.deepEqual(await unread('alice'), { team_id: team.id, msg_count: 0, mention_count: 2 }, 'a muted channel adds mentions only, and @all is ignored');

    const dm = await probe.ok('get_direct_channel', [users.alice.id, users.carol.id]);
    await users.carol.client.ok('POST', '/posts', { channel_id: dm.id, message: 'no at-sign at all' });
    assert.equal((await probe.ok('get_channel_member', [dm.id, users.alice.id])).mention_count, 1, 'every direct message is a mention');
    assert.equal((await probe.fail('get_teams_unread_for_user', [unknownId])).type, 'NotFoundError');
  });
});
