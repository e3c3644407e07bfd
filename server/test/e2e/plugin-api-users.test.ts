// The Plugin API's users, profile images, typing, statuses, custom statuses, sessions, access
// tokens, preferences and permissions, called from a real Python plugin (the api_probe
// fixture) through the real server; effects checked over REST and the websocket as well.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { bytesArg, bytesOf, type Probe, type ProbeAnswer, startProbe } from '../api-probe.js';
import { Client, connectWebSocket, waitFor } from '../harness.js';

const unknownId = 'x'.repeat(26);
const gif1x1 = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** Fails unless the probe call raised the SDK error of `status` with a message matching `pattern`. */
function assertError(answer: ProbeAnswer, status: number, pattern?: RegExp): void {
  const types: Record<number, string> = { 400: 'ValidationError', 403: 'PermissionDeniedError', 404: 'NotFoundError', 409: 'AlreadyExistsError' };
  assert.ok(answer.error, `expected a ${status}, got ${JSON.stringify(answer.result)}`);
  assert.equal(answer.error.status_code, status, answer.error.message);
  assert.equal(answer.error.type, types[status]);
  if (pattern) assert.match(answer.error.message, pattern);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Decodes an 8-bit RGB, non-interlaced PNG whose rows use no filter: its size and the set of its colours. */
function decodeSolidPng(png: Buffer): { width: number; height: number; colours: Set<string> } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(png.subarray(at + 4, at + 8 + length)), `CRC of ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  assert.deepEqual([chunks[0].type, chunks.at(-1)!.type], ['IHDR', 'IEND']);
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  assert.deepEqual([...ihdr.subarray(8)], [8, 2, 0, 0, 0], 'bit depth 8, RGB, deflate, no filter method, no interlace');
  const raw = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  assert.equal(raw.length, height * (1 + width * 3));
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * (1 + width * 3), (y + 1) * (1 + width * 3));
    assert.equal(row[0], 0, 'row filter');
    for (let x = 0; x < width; x++) colours.add(row.subarray(1 + x * 3, 4 + x * 3).join(','));
  }
  return { width, height, colours };
}

describe('Plugin API: users, statuses, sessions, preferences and permissions', () => {
  let probe: Probe;
  let admin: Client;
  const clients: Record<string, Client> = {};
  const ids: Record<string, string> = {};
  let teamId: string;
  let otherTeamId: string;
  let channelId: string;
  let privateChannelId: string;
  const sockets: { close(): void }[] = [];

  const newUser = async (username: string, extra: Record<string, unknown> = {}) => {
    const user = await admin.ok('POST', '/users', { username, email: `${username}@example.com`, password: `${username}-password`, ...extra });
    ids[username] = user.id;
    clients[username] = new Client(probe.server.url);
    await clients[username].login(username, `${username}-password`);
    return user;
  };
  const socket = async (client: Client) => {
    const ws = await connectWebSocket(probe.server.url, client.token);
    sockets.push(ws);
    return ws;
  };

  before(async () => {
    probe = await startProbe();
    admin = probe.admin;
    ids.admin = probe.adminUser.id;
    await newUser('alice', { first_name: 'Alice', last_name: 'Archer', nickname: 'ally' });
    await newUser('bob', { first_name: 'Robert', last_name: 'Baker', nickname: 'bobby' });
    await newUser('carol', { first_name: 'Carol', last_name: 'Cooper' });
    await newUser('dave', { nickname: 'dee' });
    // alice creates the team (and so administers it); bob and carol join it; dave is in no team.
    teamId = (await clients.alice.ok('POST', '/teams', { name: 'crew', display_name: 'Crew', type: 'O' })).id;
    for (const name of ['bob', 'carol']) await clients.alice.ok('POST', `/teams/${teamId}/members`, { team_id: teamId, user_id: ids[name] });
    otherTeamId = (await admin.ok('POST', '/teams', { name: 'others', display_name: 'Others', type: 'O' })).id;
    channelId = (await clients.alice.ok('POST', '/channels', { team_id: teamId, name: 'deck', display_name: 'Deck', type: 'O' })).id;
    await clients.alice.ok('POST', `/channels/${channelId}/members`, { user_id: ids.bob });
    privateChannelId = (await clients.alice.ok('POST', '/channels', { team_id: teamId, name: 'bridge', display_name: 'Bridge', type: 'P' })).id;
    await clients.alice.ok('POST', `/channels/${privateChannelId}/members`, { user_id: ids.carol });
  });

  after(async () => {
    for (const ws of sockets) ws.close();
    await probe?.stop();
  });

  const usernames = (users: { username: string }[]) => users.map((u) => u.username);

  describe('users', () => {
    test('get_users_by_ids and get_users_by_usernames leave unknown ones out', async () => {
      const byIds = await probe.ok('get_users_by_ids', [[ids.alice, unknownId, ids.bob]]);
      assert.deepEqual(usernames(byIds).sort(), ['alice', 'bob']);
      assert.equal(byIds.find((u: any) => u.username === 'alice').email, 'alice@example.com', 'plugins see emails');
      assert.deepEqual(await probe.ok('get_users_by_ids', [[]]), []);
      const byNames = await probe.ok('get_users_by_usernames', [['Carol', 'nobody', 'alice']]);
      assert.deepEqual(usernames(byNames), ['alice', 'carol']);
      // REST has the same look-up.
      assert.deepEqual(usernames(await clients.bob.ok('POST', '/users/usernames', ['carol', 'nobody'])), ['carol']);
      assert.equal((await clients.bob.request('POST', '/users/usernames', { names: 'carol' })).status, 400);
    });

    test('get_users_in_team and get_users_in_channel page through members; unknown ids are 404', async () => {
      assert.deepEqual(usernames(await probe.ok('get_users_in_team', [teamId])), ['alice', 'bob', 'carol']);
      assert.deepEqual(usernames(await probe.ok('get_users_in_team', [teamId, 1, 2])), ['carol']);
      assertError(await probe.call('get_users_in_team', [unknownId]), 404);
      assert.deepEqual(usernames(await probe.ok('get_users_in_channel', [channelId])), ['alice', 'bob']);
      assert.deepEqual(usernames(await probe.ok('get_users_in_channel', [privateChannelId, 'username', 0, 1])), ['alice']);
      assertError(await probe.call('get_users_in_channel', [unknownId]), 404);
      assertError(await probe.call('get_users_in_channel', [channelId, 'create_at']), 400, /sort_by/);
    });

    test('get_users_in_channel sorted by status: online, away, dnd, offline, then username', async () => {
      const town = (await admin.ok('GET', `/teams/${teamId}/channels/name/town-square`)).id;
      await probe.ok('update_user_status', [ids.alice, 'dnd']);
      await probe.ok('update_user_status', [ids.carol, 'away']);
      const ws = await socket(clients.bob); // bob is online while connected
      await waitFor('bob online', async () => (await probe.ok('get_user_status', [ids.bob])).status === 'online');
      assert.deepEqual(usernames(await probe.ok('get_users_in_channel', [town, 'status'])), ['bob', 'carol', 'alice']);
      assert.deepEqual(usernames(await probe.ok('get_users_in_channel', [town, 'status', 1, 2])), ['alice']);
      assert.deepEqual(usernames(await probe.ok('get_users_in_channel', [town])), ['alice', 'bob', 'carol']);
      ws.close();
      await probe.ok('update_user_status', [ids.alice, 'online']);
      await probe.ok('update_user_status', [ids.carol, 'online']);
    });

    test('get_users filters: team, channel, without team, active, role; sort by create_at', async () => {
      const get = async (kwargs: Record<string, unknown>) => usernames(await probe.ok('get_users', [], kwargs));
      assert.deepEqual(await get({}), ['admin', 'alice', 'bob', 'carol', 'dave']);
      assert.deepEqual(await get({ in_team_id: teamId }), ['alice', 'bob', 'carol']);
      assert.deepEqual(await get({ not_in_team_id: teamId }), ['admin', 'dave']);
      assert.deepEqual(await get({ in_channel_id: channelId }), ['alice', 'bob']);
      assert.deepEqual(await get({ in_team_id: teamId, not_in_channel_id: channelId }), ['carol']);
      assert.deepEqual(await get({ without_team: true }), ['dave']);
      assert.deepEqual(await get({ role: 'system_admin' }), ['admin']);
      assert.deepEqual(await get({ role: 'system_user', per_page: 2, page: 1 }), ['bob', 'carol']);
      assert.deepEqual(await get({ sort: 'create_at' }), ['dave', 'carol', 'bob', 'alice', 'admin'], 'newest first');
      assert.deepEqual(await get({ active: true, in_team_id: teamId }), ['alice', 'bob', 'carol']);
      assert.deepEqual(await get({ inactive: true }), []);
      assertError(await probe.call('get_users', [], { active: true, inactive: true }), 400, /inactive/);
      assertError(await probe.call('get_users', [], { sort: 'shoe_size' }), 400, /sort/);
      assertError(await probe.call('get_users', [], { role: 'System Admin' }), 400, /role/);
      assertError(await probe.call('get_users', [], { in_team_id: 'nope' }), 400, /in_team_id/);
      // REST GET /users takes the same options.
      assert.deepEqual(usernames(await clients.bob.ok('GET', `/users?not_in_team=${teamId}&sort=create_at`)), ['dave', 'admin']);
      assert.deepEqual(usernames(await clients.bob.ok('GET', '/users?without_team=true')), ['dave']);
      assert.equal((await clients.bob.request('GET', '/users?active=yes')).status, 400);
    });

    test('search_users: prefix of username, names, nickname, email; filters; limit', async () => {
      const search = async (kwargs: Record<string, unknown>, client: 'sync' | 'async' = 'sync') => usernames(await probe.ok('search_users', [], kwargs, client));
      assert.deepEqual(await search({ term: 'al' }), ['alice']);
      assert.deepEqual(await search({ term: 'ROB' }), ['bob'], 'first name, any case');
      assert.deepEqual(await search({ term: 'coop' }), ['carol'], 'last name');
      assert.deepEqual(await search({ term: 'dee' }), ['dave'], 'nickname');
      assert.deepEqual(await search({ term: '@bob' }), ['bob'], 'a leading @ is ignored');
      assert.deepEqual(await search({ term: 'carol@exa' }), ['carol'], 'email');
      assert.deepEqual(await search({ term: 'lice' }), [], 'a prefix, not a substring');
      assert.deepEqual(await search({ term: '' }), ['admin', 'alice', 'bob', 'carol', 'dave']);
      assert.deepEqual(await search({ term: '', team_id: teamId }), ['alice', 'bob', 'carol']);
      assert.deepEqual(await search({ term: '', not_in_team_id: teamId }), ['admin', 'dave']);
      assert.deepEqual(await search({ term: '', in_channel_id: privateChannelId }), ['alice', 'carol']);
      assert.deepEqual(await search({ term: '', team_id: teamId, not_in_channel_id: channelId }), ['carol']);
      assert.deepEqual(await search({ term: '', without_team: true }), ['dave']);
      assert.deepEqual(await search({ term: '', role: 'system_admin' }), ['admin']);
      assert.deepEqual(await search({ term: '', limit: 2 }), ['admin', 'alice']);
      assert.deepEqual(await search({ term: 'a', limit: 1000 }, 'async'), ['admin', 'alice']);
      assertError(await probe.call('search_users', [], { term: 'a', limit: 1001 }), 400, /limit/);
      assertError(await probe.call('search_users', [], { term: 'a', team_id: 'not-an-id' }), 400, /Invalid team_id/);
      // REST POST /users/search takes the same fields.
      assert.deepEqual(usernames(await clients.bob.ok('POST', '/users/search', { term: '', without_team: true })), ['dave']);
      assert.equal((await clients.bob.request('POST', '/users/search', { term: 'a', limit: 5000 })).status, 400);
    });

    test('delete_user and update_user_active deactivate (ending sessions) and reactivate; allow_inactive finds them', async () => {
      const erin = await newUser('erin');
      assert.equal((await clients.erin.request('GET', '/users/me')).status, 200);
      assert.equal(await probe.ok('delete_user', [erin.id]), null);
      assert.ok((await probe.ok('get_user', [erin.id])).delete_at > 0, 'the account is kept, deactivated');
      assert.equal((await clients.erin.request('GET', '/users/me')).status, 401, 'her sessions ended');
      assert.deepEqual(usernames(await probe.ok('get_users', [], { inactive: true })), ['erin']);
      assert.deepEqual(usernames(await probe.ok('search_users', [], { term: 'erin' })), []);
      assert.deepEqual(usernames(await probe.ok('search_users', [], { term: 'erin', allow_inactive: true })), ['erin']);
      await probe.ok('update_user_active', [erin.id, true]);
      assert.equal((await probe.ok('get_user', [erin.id])).delete_at, 0);
      await clients.erin.login('erin', 'erin-password');
      await probe.ok('update_user_active', [erin.id, false]);
      assert.ok((await admin.ok('GET', `/users/${erin.id}`)).delete_at > 0);
      assert.equal((await clients.erin.request('GET', '/users/me')).status, 401);
      assertError(await probe.call('delete_user', [unknownId]), 404);
      assertError(await probe.call('update_user_active', [unknownId, true]), 404);
    });

    test('update_user_roles sets system roles; unknown roles are a 400', async () => {
      const promoted = await probe.ok('update_user_roles', [ids.dave, 'system_user system_admin']);
      assert.equal(promoted.roles, 'system_admin system_user');
      // The new role holds at once over REST: dave now sees other people's emails.
      assert.equal((await clients.dave.ok('GET', `/users/${ids.bob}`)).email, 'bob@example.com');
      assert.equal((await probe.ok('update_user_roles', [ids.dave, 'system_user'])).roles, 'system_user');
      assert.equal((await clients.dave.ok('GET', `/users/${ids.bob}`)).email, '');
      assertError(await probe.call('update_user_roles', [ids.dave, 'system_user team_admin']), 400, /roles/);
      assertError(await probe.call('update_user_roles', [ids.dave, 'overlord']), 400, /roles/);
      assertError(await probe.call('update_user_roles', [unknownId, 'system_user']), 404);
    });
  });

  describe('profile images', () => {
    test('without an image set, a generated PNG of one colour, the same over REST', async () => {
      const image = bytesOf(await probe.ok('get_profile_image', [ids.carol]));
      const { width, height, colours } = decodeSolidPng(image);
      assert.deepEqual([width, height, colours.size], [128, 128, 1]);
      const [r, g, b] = [...colours][0].split(',').map(Number);
      assert.ok(Math.max(r, g, b) - Math.min(r, g, b) > 40, `a colour, not a grey: ${r},${g},${b}`);
      assert.ok(image.length < 1024, `small: ${image.length} bytes`);
      assert.deepEqual(bytesOf(await probe.ok('get_profile_image', [ids.carol], {}, 'async')), image, 'the same every time');
      for (const route of [`/users/${ids.carol}/image`, `/users/${ids.carol}/image/default`]) {
        const res = await fetch(`${probe.server.url}/api/v4${route}`, { headers: { Authorization: `Bearer ${clients.bob.token}` } });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'image/png');
        assert.deepEqual(Buffer.from(await res.arrayBuffer()), image);
      }
      assert.equal((await admin.ok('GET', `/users/${ids.carol}`)).last_picture_update, 0);
      assertError(await probe.call('get_profile_image', [unknownId]), 404);
    });

    test('set_profile_image stores PNG, JPEG, GIF or BMP data; anything else is a 400', async () => {
      assert.equal(await probe.ok('set_profile_image', [ids.carol, bytesArg(gif1x1)]), null);
      assert.deepEqual(bytesOf(await probe.ok('get_profile_image', [ids.carol])), gif1x1);
      const res = await fetch(`${probe.server.url}/api/v4/users/${ids.carol}/image`, { headers: { Authorization: `Bearer ${clients.bob.token}` } });
      assert.equal(res.headers.get('content-type'), 'image/gif');
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), gif1x1);
      assert.ok((await admin.ok('GET', `/users/${ids.carol}`)).last_picture_update > 0);
      // The default stays available beside it.
      decodeSolidPng(Buffer.from(await (await fetch(`${probe.server.url}/api/v4/users/${ids.carol}/image/default`, { headers: { Authorization: `Bearer ${clients.bob.token}` } })).arrayBuffer()));

      for (const bad of [Buffer.from('not an image at all'), gif1x1.subarray(0, 4), Buffer.alloc(0)]) {
        assertError(await probe.call('set_profile_image', [ids.carol, bytesArg(bad)]), 400, /image/);
      }
      assert.deepEqual(bytesOf(await probe.ok('get_profile_image', [ids.carol])), gif1x1, 'a refused image changes nothing');
      assertError(await probe.call('set_profile_image', [unknownId, bytesArg(gif1x1)]), 404);
    });

    test('REST: POST /users/{id}/image (multipart "image") for yourself, DELETE back to the default', async () => {
      const png = bytesOf(await probe.ok('get_profile_image', [ids.bob])); // a real PNG: bob's default
      const aliceDefault = bytesOf(await probe.ok('get_profile_image', [ids.alice]));
      const upload = (client: Client, userId: string, data: Buffer, field = 'image') => {
        const form = new FormData();
        form.append(field, new Blob([new Uint8Array(data)]), 'me.png');
        return client.request('POST', `/users/${userId}/image`, form);
      };
      assert.equal((await upload(clients.alice, ids.alice, png)).status, 200);
      assert.deepEqual(bytesOf(await probe.ok('get_profile_image', [ids.alice])), png);
      assert.equal((await upload(clients.alice, ids.bob, png)).status, 403, "another user's image takes edit_other_users");
      assert.equal((await upload(admin, ids.bob, gif1x1)).status, 200, 'an admin may');
      const bad = await upload(clients.alice, ids.alice, Buffer.from('plain text'));
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /image/);
      assert.equal((await upload(clients.alice, ids.alice, png, 'picture')).status, 400);
      assert.equal((await clients.alice.request('DELETE', `/users/${ids.alice}/image`)).status, 200);
      assert.deepEqual(bytesOf(await probe.ok('get_profile_image', [ids.alice])), aliceDefault);
      assert.equal((await admin.ok('GET', `/users/${ids.alice}`)).last_picture_update, 0);
    });
  });

  test('publish_user_typing sends the typing event to the channel\'s other members', async () => {
    const bobWs = await socket(clients.bob);
    const aliceWs = await socket(clients.alice);
    const carolWs = await socket(clients.carol); // not in the channel
    const parent = (await clients.alice.ok('POST', '/posts', { channel_id: channelId, message: 'thread root' })).id;
    assert.equal(await probe.ok('publish_user_typing', [ids.alice, channelId, parent]), null);
    const typing = await bobWs.next('typing', (e) => e.data.user_id === ids.alice);
    assert.deepEqual(typing.data, { user_id: ids.alice, parent_id: parent });
    assert.equal(typing.broadcast.channel_id, channelId);
    await probe.ok('publish_user_typing', [ids.alice, channelId]);
    await bobWs.next('typing', (e) => e.data.user_id === ids.alice && e.data.parent_id === '');
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(!aliceWs.events.some((e) => e.event === 'typing' && e.data.user_id === ids.alice), 'not to the typist');
    assert.ok(!carolWs.events.some((e) => e.event === 'typing'), 'not to outsiders');
    // The websocket's user_typing action sends the same event through the same service.
    bobWs.send({ seq: 7, action: 'user_typing', data: { channel_id: channelId, parent_id: parent } });
    assert.deepEqual((await aliceWs.next('typing', (e) => e.data.user_id === ids.bob)).data, { user_id: ids.bob, parent_id: parent });
    await waitFor('the reply', async () => bobWs.events.find((e) => e.seq_reply === 7 && e.status === 'OK'));
    bobWs.send({ seq: 8, action: 'user_typing', data: { channel_id: channelId, parent_id: 'nope' } });
    assert.match((await waitFor('the reply', async () => bobWs.events.find((e) => e.seq_reply === 8))).error.message, /parent_id/);
    carolWs.send({ seq: 9, action: 'user_typing', data: { channel_id: channelId } });
    assert.equal((await waitFor('the reply', async () => carolWs.events.find((e) => e.seq_reply === 9))).status, 'FAIL', 'outsiders may not');
    assertError(await probe.call('publish_user_typing', [ids.alice, unknownId]), 404);
    assertError(await probe.call('publish_user_typing', [unknownId, channelId]), 404);
    assertError(await probe.call('publish_user_typing', [ids.alice, channelId, 'not-a-post']), 400, /parent_id/);
    for (const ws of [bobWs, aliceWs, carolWs]) ws.close();
  });

  describe('statuses', () => {
    test('get_user_status, update_user_status (with status_change), get_user_statuses_by_ids', async () => {
      const watcher = await socket(admin);
      await probe.ok('update_user_status', [ids.alice, 'dnd']);
      const initial = await probe.ok('get_user_status', [ids.dave]);
      assert.deepEqual(initial, { user_id: ids.dave, status: 'offline', manual: false, last_activity_at: 0, active_channel: '', dnd_end_time: 0 });
      const away = await probe.ok('update_user_status', [ids.dave, 'away']);
      assert.equal(away.status, 'away');
      assert.equal(away.manual, true);
      await watcher.next('status_change', (e) => e.data.user_id === ids.dave && e.data.status === 'away');
      assert.equal((await clients.bob.ok('GET', `/users/${ids.dave}/status`)).status, 'away');
      const statuses = await probe.ok('get_user_statuses_by_ids', [[ids.dave, unknownId, ids.alice]]);
      assert.deepEqual(Object.fromEntries(statuses.map((s: any) => [s.user_id, s.status])), { [ids.dave]: 'away', [ids.alice]: 'dnd' });
      assertError(await probe.call('update_user_status', [ids.dave, 'busy']), 400, /status/);
      assertError(await probe.call('update_user_status', [unknownId, 'away']), 404);
      assertError(await probe.call('get_user_status', [unknownId]), 404);
      assert.equal((await probe.ok('get_user_status', [ids.dave], {}, 'async')).status, 'away');
    });

    test('set_user_status_timed_dnd: dnd until the end time, then back to the manual status before', async () => {
      const watcher = await socket(admin);
      await probe.ok('update_user_status', [ids.dave, 'away']);
      const end = Math.ceil(Date.now() / 1000) + 2;
      const dnd = await probe.ok('set_user_status_timed_dnd', [ids.dave, end]);
      assert.deepEqual([dnd.status, dnd.manual, dnd.dnd_end_time], ['dnd', true, end]);
      const rest = await clients.bob.ok('GET', `/users/${ids.dave}/status`);
      assert.deepEqual([rest.status, rest.manual, rest.dnd_end_time], ['dnd', true, end]);
      const toDnd = await watcher.next('status_change', (e) => e.data.user_id === ids.dave && e.data.status === 'dnd');
      await watcher.next('status_change', (e) => e.data.user_id === ids.dave && e.data.status === 'away' && e.seq > toDnd.seq, 6000);
      assert.ok(Date.now() >= end * 1000, 'not before the end time');
      const after = await probe.ok('get_user_status', [ids.dave]);
      assert.deepEqual([after.status, after.manual, after.dnd_end_time], ['away', true, 0]);
      assertError(await probe.call('set_user_status_timed_dnd', [ids.dave, Math.floor(Date.now() / 1000) - 10]), 400, /dnd_end_time/);
      assertError(await probe.call('set_user_status_timed_dnd', [unknownId, end + 60]), 404);
    });

    test('a timed dnd over an automatic status returns to automatic; another status ends it early', async () => {
      const daveWs = await socket(clients.dave);
      await probe.ok('update_user_status', [ids.dave, 'online']); // back to automatic: online while connected
      const end = Math.ceil(Date.now() / 1000) + 2;
      assert.equal((await probe.ok('set_user_status_timed_dnd', [ids.dave, end])).status, 'dnd');
      await waitFor('the dnd to end', async () => (await probe.ok('get_user_status', [ids.dave])).status === 'online', 6000);
      assert.equal((await probe.ok('get_user_status', [ids.dave])).manual, false);
      // Set by hand before the end, a status stays after it.
      await probe.ok('set_user_status_timed_dnd', [ids.dave, Math.ceil(Date.now() / 1000) + 1]);
      await probe.ok('update_user_status', [ids.dave, 'away']);
      await new Promise((r) => setTimeout(r, 2200));
      assert.equal((await probe.ok('get_user_status', [ids.dave])).status, 'away');
      daveWs.close();
    });

    test('update_user_custom_status / remove_user_custom_status keep it in props.customStatus', async () => {
      const expires = new Date(Date.now() + 3600_000).toISOString();
      assert.equal(await probe.ok('update_user_custom_status', [ids.bob], { emoji: 'calendar', text: 'In a meeting', duration: 'one_hour', expires_at: expires }), null);
      const stored = JSON.parse((await clients.alice.ok('GET', `/users/${ids.bob}`)).props.customStatus);
      assert.deepEqual(stored, { emoji: 'calendar', text: 'In a meeting', duration: 'one_hour', expires_at: expires });
      await probe.ok('update_user_custom_status', [ids.bob, { text: 'Lunch' }]);
      assert.deepEqual(JSON.parse((await probe.ok('get_user', [ids.bob])).props.customStatus),
        { emoji: 'speech_balloon', text: 'Lunch', duration: '', expires_at: '0001-01-01T00:00:00Z' }, "Mattermost's defaults");
      await probe.ok('update_user_custom_status', [ids.bob], { emoji: 'palm_tree', expires_at: expires });
      assert.equal(JSON.parse((await probe.ok('get_user', [ids.bob])).props.customStatus).duration, 'date_and_time');
      const bad: [Record<string, unknown>, RegExp][] = [
        [{ text: 'é'.repeat(101) }, /text/],
        [{ emoji: 'not an emoji!' }, /emoji/],
        [{ emoji: 'x'.repeat(65) }, /emoji/],
        [{ text: 'x', duration: 'forever' }, /duration/],
        [{ text: 'x', duration: 'one_hour' }, /expires_at/],
        [{ text: 'x', expires_at: 'tomorrow' }, /expires_at/],
        [{ text: 'x', expires_at: new Date(Date.now() - 60_000).toISOString() }, /expires_at/],
      ];
      for (const [fields, pattern] of bad) assertError(await probe.call('update_user_custom_status', [ids.bob], fields), 400, pattern);
      assert.equal(JSON.parse((await probe.ok('get_user', [ids.bob])).props.customStatus).emoji, 'palm_tree', 'refused changes change nothing');
      assert.equal((await probe.call('update_user_custom_status', [ids.bob], { text: 'é'.repeat(100) })).error, undefined, '100 characters are fine');
      assert.equal(await probe.ok('remove_user_custom_status', [ids.bob]), null);
      assert.equal((await clients.alice.ok('GET', `/users/${ids.bob}`)).props.customStatus, undefined);
      assertError(await probe.call('update_user_custom_status', [unknownId], { text: 'x' }), 404);
      assertError(await probe.call('remove_user_custom_status', [unknownId]), 404);
    });

    test('REST: PUT|DELETE /users/{id}/status/custom for yourself', async () => {
      assert.equal((await clients.carol.request('PUT', '/users/me/status/custom', { emoji: 'coffee', text: 'Break' })).status, 200);
      assert.equal(JSON.parse((await probe.ok('get_user', [ids.carol])).props.customStatus).text, 'Break');
      assert.equal((await clients.carol.request('PUT', `/users/${ids.bob}/status/custom`, { text: 'hijack' })).status, 403);
      const bad = await clients.carol.request('PUT', `/users/${ids.carol}/status/custom`, { text: 'x'.repeat(101) });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /text/);
      assert.equal((await clients.carol.request('DELETE', `/users/${ids.carol}/status/custom`)).status, 200);
      assert.equal((await probe.ok('get_user', [ids.carol])).props.customStatus, undefined);
    });
  });

  describe('sessions and access tokens', () => {
    const asToken = (token: string) => {
      const c = new Client(probe.server.url);
      c.token = token;
      return c;
    };

    test('create_session gives a token that works over REST; get_session; revoke_session ends it at once', async () => {
      const before = Date.now();
      const session = await probe.ok('create_session', [], { user_id: ids.carol, device_id: 'phone-1', props: { platform: 'test', n: 3 } });
      assert.equal(session.user_id, ids.carol);
      assert.match(session.token, /^[a-z0-9]{26}$/);
      assert.ok(session.create_at >= before);
      assert.ok(session.expires_at - session.create_at >= 24 * 3600_000, 'the configured session length by default');
      assert.equal((await asToken(session.token).ok('GET', '/users/me')).username, 'carol');
      const got = await probe.ok('get_session', [session.id]);
      assert.deepEqual([got.id, got.user_id, got.device_id, got.props, got.roles, got.expires_at], [session.id, ids.carol, 'phone-1', { platform: 'test', n: 3 }, 'system_user', session.expires_at]);
      assert.equal(await probe.ok('revoke_session', [session.id]), null);
      assert.equal((await asToken(session.token).request('GET', '/users/me')).status, 401);
      assertError(await probe.call('get_session', [session.id]), 404);
      assertError(await probe.call('revoke_session', [session.id]), 404);
    });

    test('extend_session_expiry keeps a session working past its old expiry', async () => {
      const soon = Date.now() + 1500;
      const extended = await probe.ok('create_session', [], { user_id: ids.carol, expires_at: soon });
      const control = await probe.ok('create_session', [{ user_id: ids.carol, expires_at: soon }]);
      assert.equal(extended.expires_at, soon);
      const later = Date.now() + 3600_000;
      assert.equal(await probe.ok('extend_session_expiry', [extended.id, later]), null);
      assert.equal((await probe.ok('get_session', [extended.id])).expires_at, later);
      await waitFor('the unextended session to expire', async () => (await asToken(control.token).request('GET', '/users/me')).status === 401, 5000);
      assert.ok(Date.now() > soon);
      assert.equal((await asToken(extended.token).request('GET', '/users/me')).status, 200);
      assertError(await probe.call('extend_session_expiry', [unknownId, later]), 404);
      assertError(await probe.call('extend_session_expiry', [extended.id, 0]), 400, /new_expiry/);
    });

    test('create_session errors: unknown user 404, deactivated user 400, past expiry 400', async () => {
      assertError(await probe.call('create_session', [], { user_id: unknownId }), 404);
      assertError(await probe.call('create_session', [], { user_id: ids.erin }), 400, /deactivated/);
      assertError(await probe.call('create_session', [], { user_id: ids.carol, expires_at: Date.now() - 1000 }), 400, /expires_at/);
      assertError(await probe.call('create_session', [], {}), 400, /user_id/);
      assertError(await probe.call('get_session', [unknownId]), 404);
    });

    test('async client: create_session, get_session, revoke_session; the user\'s other sessions go on', async () => {
      const frank = await newUser('frank');
      const session = await probe.ok('create_session', [], { user_id: frank.id }, 'async');
      assert.equal((await probe.ok('get_session', [session.id], {}, 'async')).user_id, frank.id);
      await probe.ok('revoke_session', [session.id], {}, 'async');
      assert.equal((await asToken(session.token).request('GET', '/users/me')).status, 401);
      assert.equal((await clients.frank.request('GET', '/users/me')).status, 200, 'other sessions go on');
    });

    test('create_user_access_token works over REST until revoke_user_access_token', async () => {
      const token = await probe.ok('create_user_access_token', [], { user_id: ids.bob, description: 'for a script' });
      assert.equal(token.user_id, ids.bob);
      assert.equal(token.description, 'for a script');
      assert.equal(token.is_active, true);
      assert.match(token.token, /^[a-z0-9]{26}$/);
      assert.equal((await asToken(token.token).ok('GET', '/users/me')).username, 'bob');
      assert.deepEqual((await admin.ok('GET', `/users/${ids.bob}/tokens`)).map((t: any) => t.id), [token.id], 'REST lists it');
      // The session a token acts as, by the token's id, without its secret.
      const asSession = await probe.ok('get_session', [token.id]);
      assert.deepEqual([asSession.id, asSession.user_id, asSession.token, asSession.expires_at], [token.id, ids.bob, '', 0]);
      assert.equal(await probe.ok('revoke_user_access_token', [token.id]), null);
      assert.equal((await asToken(token.token).request('GET', '/users/me')).status, 401);
      assertError(await probe.call('revoke_user_access_token', [token.id]), 404);
      assertError(await probe.call('create_user_access_token', [], { user_id: ids.bob, description: '' }), 400, /description/);
      assertError(await probe.call('create_user_access_token', [], { user_id: unknownId, description: 'ghost' }), 404);
      const viaAsync = await probe.ok('create_user_access_token', [{ user_id: ids.bob, description: 'async' }], {}, 'async');
      assert.equal((await asToken(viaAsync.token).ok('GET', '/users/me')).id, ids.bob);
      await probe.ok('revoke_user_access_token', [viaAsync.id], {}, 'async');
      assert.equal((await asToken(viaAsync.token).request('GET', '/users/me')).status, 401);
    });
  });

  describe('preferences', () => {
    test('update, get one, get all, delete — with the websocket events REST sends', async () => {
      const ws = await socket(clients.bob);
      const prefs = [
        { user_id: ids.bob, category: 'display_settings', name: 'use_military_time', value: 'true' },
        { user_id: ids.bob, category: 'favorite_channel', name: channelId, value: 'true' },
      ];
      assert.equal(await probe.ok('update_preferences_for_user', [ids.bob, prefs]), null);
      const changed = await ws.next('preferences_changed');
      assert.deepEqual(JSON.parse(changed.data.preferences), prefs);
      assert.equal(changed.broadcast.user_id, ids.bob);
      assert.deepEqual(await probe.ok('get_preference_for_user', [ids.bob, 'display_settings', 'use_military_time']), prefs[0]);
      assert.deepEqual(await probe.ok('get_preferences_for_user', [ids.bob]), prefs);
      assert.deepEqual(await clients.bob.ok('GET', '/users/me/preferences'), prefs, 'the same through REST');
      await probe.ok('update_preferences_for_user', [ids.bob, [{ ...prefs[0], value: 'false' }]], {}, 'async');
      assert.equal((await probe.ok('get_preference_for_user', [ids.bob, 'display_settings', 'use_military_time'])).value, 'false');

      assert.equal(await probe.ok('delete_preferences_for_user', [ids.bob, [prefs[1]]]), null);
      const deleted = await ws.next('preferences_deleted');
      assert.deepEqual(JSON.parse(deleted.data.preferences), [prefs[1]]);
      assertError(await probe.call('get_preference_for_user', [ids.bob, 'favorite_channel', channelId]), 404);
      assert.equal((await probe.ok('get_preferences_for_user', [ids.bob])).length, 1);
      ws.close();
    });

    test('errors: another user\'s preference 400 naming user_id, bad fields 400, unknown user 404', async () => {
      const ok = { user_id: ids.bob, category: 'display_settings', name: 'colorize_usernames', value: 'true' };
      assertError(await probe.call('update_preferences_for_user', [ids.bob, [ok, { ...ok, user_id: ids.alice }]]), 400, /user_id/);
      assertError(await probe.call('delete_preferences_for_user', [ids.bob, [{ ...ok, user_id: ids.alice }]]), 400, /user_id/);
      assertError(await probe.call('update_preferences_for_user', [ids.bob, [{ ...ok, category: '' }]]), 400, /category/);
      assertError(await probe.call('update_preferences_for_user', [ids.bob, [{ ...ok, name: 'n'.repeat(33) }]]), 400, /name/);
      assertError(await probe.call('get_preference_for_user', [ids.bob, 'display_settings', 'colorize_usernames']), 404, /not found/);
      assertError(await probe.call('get_preferences_for_user', [unknownId]), 404);
      assertError(await probe.call('get_preference_for_user', [unknownId, 'a', 'b']), 404);
      assertError(await probe.call('update_preferences_for_user', [unknownId, []]), 404);
    });
  });

  describe('permissions', () => {
    test('has_permission_to: system roles', async () => {
      assert.equal(await probe.ok('has_permission_to', [ids.admin, 'manage_system']), true);
      assert.equal(await probe.ok('has_permission_to', [ids.admin, 'manage_team']), true, 'a system admin has everything');
      assert.equal(await probe.ok('has_permission_to', [ids.alice, 'manage_system']), false);
      assert.equal(await probe.ok('has_permission_to', [ids.alice, 'create_team']), true);
      assert.equal(await probe.ok('has_permission_to', [ids.admin, 'no_such_permission']), false);
      assert.equal(await probe.ok('has_permission_to', [unknownId, 'create_team']), false);
      assert.equal(await probe.ok('has_permission_to', [ids.alice, 'manage_system'], {}, 'async'), false);
    });

    test('has_permission_to_team: team admin versus member', async () => {
      assert.equal(await probe.ok('has_permission_to_team', [ids.alice, teamId, 'manage_team']), true, 'the creator administers the team');
      assert.equal(await probe.ok('has_permission_to_team', [ids.bob, teamId, 'manage_team']), false);
      assert.equal(await probe.ok('has_permission_to_team', [ids.bob, teamId, 'view_team']), true);
      assert.equal(await probe.ok('has_permission_to_team', [ids.bob, otherTeamId, 'view_team']), false, 'not a member');
      assert.equal(await probe.ok('has_permission_to_team', [ids.admin, teamId, 'manage_team']), true);
      assert.equal(await probe.ok('has_permission_to_team', [ids.alice, teamId, 'no_such_permission']), false);
    });

    test('has_permission_to_channel: member versus outsider of a private channel', async () => {
      assert.equal(await probe.ok('has_permission_to_channel', [ids.carol, privateChannelId, 'read_channel']), true);
      assert.equal(await probe.ok('has_permission_to_channel', [ids.bob, privateChannelId, 'read_channel']), false);
      assert.equal(await probe.ok('has_permission_to_channel', [ids.dave, privateChannelId, 'read_channel']), false);
      assert.equal(await probe.ok('has_permission_to_channel', [ids.admin, privateChannelId, 'read_channel']), true);
      assert.equal(await probe.ok('has_permission_to_channel', [ids.carol, privateChannelId, 'no_such_permission']), false);
      assert.equal(await probe.ok('has_permission_to_channel', [ids.carol, unknownId, 'read_channel']), false);
    });

    test('roles_grant_permission by role names', async () => {
      assert.equal(await probe.ok('roles_grant_permission', [['system_user'], 'manage_system']), false);
      assert.equal(await probe.ok('roles_grant_permission', [['system_user', 'system_admin'], 'manage_system']), true);
      assert.equal(await probe.ok('roles_grant_permission', [['team_admin'], 'manage_team']), true);
      assert.equal(await probe.ok('roles_grant_permission', [['team_user'], 'manage_team']), false);
      assert.equal(await probe.ok('roles_grant_permission', [['channel_user'], 'read_channel']), true);
      assert.equal(await probe.ok('roles_grant_permission', [['no_such_role'], 'read_channel']), false);
      assert.equal(await probe.ok('roles_grant_permission', [[], 'read_channel']), false);
      assert.equal(await probe.ok('roles_grant_permission', [['system_admin'], 'no_such_permission'], {}, 'async'), false);
    });
  });
});
