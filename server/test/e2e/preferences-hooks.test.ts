// Preferences through Mattermost's own JavaScript client (@mattermost/client), their
// websocket events, and the hooks PreferencesHaveChanged, OnWebSocketConnect/Disconnect,
// WebSocketMessageHasBeenPosted, MessagesWillBeConsumed (REST and websocket) and
// FileWillBeUploaded observed from a real Python plugin (fixtures/plugins/e2e_python).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mattermost from '@mattermost/client';
import SQLite from 'better-sqlite3';
import { bundleOf, connectWebSocket, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const { Client4 } = mattermost;
const pluginId = 'com.plughost.e2e-python';

const status = (code: number, pattern?: RegExp) => (err: any) => {
  assert.equal(err.status_code, code, `${err.status_code} ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  return true;
};

describe('preferences and the websocket, consume and upload hooks', () => {
  let server: ServerHandle;
  const alice = new Client4(); // system admin
  const bob = new Client4();
  let aliceId: string;
  let bobId: string;
  let channelId: string;

  /** Posts "!report" and returns the plugin's report once `ready` accepts it. */
  const report = (ready: (r: any) => boolean, what: string) => waitFor(what, async () => {
    const sent = Date.now();
    await alice.createPost({ channel_id: channelId, message: '!report' } as any);
    const found = await waitFor('the report', async () => {
      const page = await alice.getPosts(channelId, 0, 20);
      return page.order.map((id: string) => page.posts[id]).find((x: any) => x.message.startsWith('report ') && x.create_at >= sent);
    });
    const r = JSON.parse(found.message.slice('report '.length));
    return ready(r) && r;
  });

  before(async () => {
    server = await startServer();
    for (const c of [alice, bob]) c.setUrl(server.url);
    aliceId = (await alice.createUser({ username: 'alice', email: 'alice@example.com', password: 'alice-password' } as any, '', '')).id;
    await alice.login('alice', 'alice-password');
    bobId = (await alice.createUser({ username: 'bob', email: 'bob@example.com', password: 'bob-password' } as any, '', '')).id;
    await bob.login('bob', 'bob-password');
    const teamId = (await alice.createTeam({ name: 'prefs', display_name: 'Prefs', type: 'O' } as any)).id;
    channelId = (await alice.createChannel({ team_id: teamId, name: 'general', display_name: 'General', type: 'O' } as any)).id;
    await alice.addToChannel(bobId, channelId);

    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')))]), 'plugin.tar.gz');
    const auth = { Authorization: `Bearer ${alice.getToken()}` };
    assert.equal((await fetch(`${server.url}/api/v4/plugins`, { method: 'POST', body: form, headers: auth })).status, 201);
    assert.equal((await fetch(`${server.url}/api/v4/plugins/${pluginId}/enable`, { method: 'POST', headers: auth })).status, 200);
    await waitFor('the plugin to run', async () => {
      const statuses = (await (await fetch(`${server.url}/api/v4/plugins/statuses`, { headers: auth })).json()) as any[];
      return statuses.some((s) => s.plugin_id === pluginId && s.state === 2);
    });
  });

  after(async () => {
    await server?.stop();
  });

  test('preferences: save, read all, by category, by name, delete; only one\'s own; bad fields are a 400 naming them', async () => {
    const prefs = [
      { user_id: bobId, category: 'display_settings', name: 'use_military_time', value: 'true' },
      { user_id: bobId, category: 'display_settings', name: 'colorize_usernames', value: 'false' },
      { user_id: bobId, category: 'favorite_channel', name: channelId, value: 'true' },
    ];
    assert.deepEqual(await bob.savePreferences(bobId, prefs as any), { status: 'OK' });
    const mine = (await bob.getMyPreferences()) as any as any[];
    assert.deepEqual(new Set(mine.map((p: any) => `${p.category}/${p.name}=${p.value}`)), new Set(prefs.map((p) => `${p.category}/${p.name}=${p.value}`)));
    // Saving again replaces the value.
    await bob.savePreferences(bobId, [{ ...prefs[0], value: 'false' }] as any);
    const base = `${server.url}/api/v4/users/${bobId}/preferences`;
    const auth = { Authorization: `Bearer ${bob.getToken()}` };
    const category = (await (await fetch(`${base}/display_settings`, { headers: auth })).json()) as any[];
    assert.deepEqual(category.map((p) => [p.name, p.value]), [['colorize_usernames', 'false'], ['use_military_time', 'false']]);
    const one = await fetch(`${base}/display_settings/name/use_military_time`, { headers: auth });
    assert.deepEqual(await one.json(), { user_id: bobId, category: 'display_settings', name: 'use_military_time', value: 'false' });
    assert.equal((await fetch(`${base}/display_settings/name/nothing_here`, { headers: auth })).status, 404);

    assert.deepEqual(await bob.deletePreferences(bobId, [prefs[2]] as any), { status: 'OK' });
    assert.deepEqual(((await bob.getMyPreferences()) as any as any[]).map((p: any) => p.category).sort(), ['display_settings', 'display_settings']);

    // Another user's preferences: refused to bob, allowed to alice (system admin).
    await assert.rejects(bob.savePreferences(aliceId, [{ user_id: aliceId, category: 'x', name: 'y', value: 'z' }] as any), status(403));
    await assert.rejects(bob.getUserPreferences(aliceId), status(403));
    await assert.rejects(bob.deletePreferences(aliceId, [{ user_id: aliceId, category: 'x', name: 'y', value: '' }] as any), status(403));
    await assert.rejects(bob.savePreferences(bobId, [{ user_id: aliceId, category: 'x', name: 'y', value: 'z' }] as any), status(403));
    assert.equal(((await alice.getUserPreferences(bobId)) as any as any[]).length, 2);

    await assert.rejects(bob.savePreferences(bobId, [{ user_id: bobId, category: '', name: 'y', value: 'z' }] as any), status(400, /category/));
    await assert.rejects(bob.savePreferences(bobId, [{ user_id: bobId, category: 'c', name: 'n'.repeat(33), value: 'z' }] as any), status(400, /name/));
    await assert.rejects(bob.savePreferences(bobId, [{ user_id: bobId, category: 'c', name: 'n', value: 5 }] as any), status(400, /value/));
    await assert.rejects(bob.savePreferences(bobId, [{ user_id: 'nope', category: 'c', name: 'n', value: '' }] as any), status(400, /user_id/));
    await assert.rejects(bob.savePreferences(bobId, { category: 'c' } as any), status(400));
  });

  test('preferences_changed and preferences_deleted reach only that user; PreferencesHaveChanged reaches the plugin', async () => {
    const bobWs = await connectWebSocket(server.url, bob.getToken());
    const aliceWs = await connectWebSocket(server.url, alice.getToken());
    try {
      const pref = { user_id: bobId, category: 'theme', name: 'plugin_seen', value: '{"sidebarBg":"#123456"}' };
      await bob.savePreferences(bobId, [pref] as any);
      const changed = await bobWs.next('preferences_changed');
      assert.equal(changed.broadcast.user_id, bobId);
      assert.deepEqual(JSON.parse(changed.data.preferences), [pref]);
      await bob.deletePreferences(bobId, [pref] as any);
      const deleted = await bobWs.next('preferences_deleted');
      assert.deepEqual(JSON.parse(deleted.data.preferences), [pref]);
      assert.ok(!aliceWs.events.some((e) => String(e.event ?? '').startsWith('preferences_')), 'other users hear nothing');
    } finally {
      bobWs.close();
      aliceWs.close();
    }
    const r = await report((x) => x.kv_keys.includes(`preferences_changed:${bobId}:theme:plugin_seen`), 'the plugin to see the preference');
    assert.equal(r.hook_values[`preferences_changed:${bobId}:theme:plugin_seen`], '{"sidebarBg":"#123456"}');
  });

  test('OnWebSocketConnect, WebSocketMessageHasBeenPosted and OnWebSocketDisconnect reach the plugin', async () => {
    const ws = await connectWebSocket(server.url, bob.getToken());
    const connId = ws.events.find((e) => e.event === 'hello').data.connection_id;
    ws.send({ seq: 7, action: 'custom_plugin_action', data: { answer: 42, nested: { ok: true } } });
    await waitFor('the reply', async () => ws.events.some((e) => e.seq_reply === 7));
    ws.close();
    const r = await report((x) => x.hook_values[`ws_disconnect:${bobId}`] === connId && x.hook_values[`ws_message_custom_plugin_action:${bobId}`] === connId, 'the plugin to see the websocket');
    assert.equal(r.hook_values[`ws_connect:${bobId}`], connId);
    const message = JSON.parse(r.hook_values[`ws_message:${bobId}`]);
    assert.deepEqual(message, { web_conn_id: connId, seq: 7, action: 'custom_plugin_action', data: { answer: 42, nested: { ok: true } } });
  });

  test('MessagesWillBeConsumed changes what the post-reading routes return, not what is stored', async () => {
    const post = await bob.createPost({ channel_id: channelId, message: 'please consume-me' } as any);
    assert.equal(post.message, 'please consume-me', 'creating is not reading');
    const plain = await bob.createPost({ channel_id: channelId, message: 'leave me alone' } as any);
    const reply = await bob.createPost({ channel_id: channelId, message: 'consume-me too', root_id: post.id } as any);
    const page = await bob.getPosts(channelId, 0, 20);
    assert.equal(page.posts[post.id].message, 'please consume-me [seen]');
    assert.equal(page.posts[plain.id].message, 'leave me alone');
    assert.equal(page.posts[post.id].reply_count, 1, 'fields the plugin did not change survive');
    assert.equal((await bob.getPost(post.id)).message, 'please consume-me [seen]');
    const thread = await bob.getPostThread(post.id);
    assert.deepEqual(thread.order, [reply.id, post.id]);
    assert.equal(thread.posts[reply.id].message, 'consume-me too [seen]');

    const db = new SQLite(path.join(server.dataDir, 'plughost.db'), { readonly: true });
    try {
      const stored = db.prepare('select message from posts where id = ?').get(post.id) as { message: string };
      assert.equal(stored.message, 'please consume-me');
    } finally {
      db.close();
    }
    // The plugin's report (whose JSON is read back through the same route) stays intact.
    const r = await report(() => true, 'a report');
    assert.equal(r.username, 'alice');
  });

  test('MessagesWillBeConsumed also changes the posts that websocket events carry: posted, post_edited, ephemeral_message', async () => {
    const ws = await connectWebSocket(server.url, bob.getToken());
    try {
      const post = await alice.createPost({ channel_id: channelId, message: 'live consume-me' } as any);
      const posted = await ws.next('posted', (e) => JSON.parse(e.data.post).id === post.id);
      assert.equal(JSON.parse(posted.data.post).message, 'live consume-me [seen]');
      await alice.patchPost({ id: post.id, message: 'edited consume-me' } as any);
      const edited = await ws.next('post_edited', (e) => JSON.parse(e.data.post).id === post.id);
      assert.equal(JSON.parse(edited.data.post).message, 'edited consume-me [seen]');
      const plain = await alice.createPost({ channel_id: channelId, message: 'nothing to see' } as any);
      assert.equal(JSON.parse((await ws.next('posted', (e) => JSON.parse(e.data.post).id === plain.id)).data.post).message, 'nothing to see');
      const whisper = await alice.createPostEphemeral(bobId, { channel_id: channelId, message: 'whisper consume-me' } as any);
      assert.equal(whisper.message, 'whisper consume-me', 'the sender gets what was sent');
      const got = await ws.next('ephemeral_message', (e) => JSON.parse(e.data.post).id === whisper.id);
      assert.equal(JSON.parse(got.data.post).message, 'whisper consume-me [seen]');
    } finally {
      ws.close();
    }
  });

  test('FileWillBeUploaded rejects reject.txt (400 with the reason) and replaces the content of upper.txt', async () => {
    const upload = (name: string, text: string) => {
      const form = new FormData();
      form.append('channel_id', channelId);
      form.append('files', new Blob([text]), name);
      return fetch(`${server.url}/api/v4/files`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${bob.getToken()}` } });
    };
    const rejected = await upload('reject.txt', 'nope');
    assert.equal(rejected.status, 400);
    assert.match(((await rejected.json()) as any).message, /reject\.txt is not welcome here/);

    const upper = await upload('upper.txt', 'make me loud');
    assert.equal(upper.status, 201);
    const [info] = ((await upper.json()) as any).file_infos;
    assert.equal(info.name, 'upper.txt');
    assert.equal(info.size, 'MAKE ME LOUD'.length);
    const got = await fetch(`${server.url}/api/v4/files/${info.id}`, { headers: { Authorization: `Bearer ${bob.getToken()}` } });
    assert.equal(await got.text(), 'MAKE ME LOUD');

    const other = await upload('other.txt', 'quiet please');
    assert.equal(other.status, 201);
    const [otherInfo] = ((await other.json()) as any).file_infos;
    const body = await fetch(`${server.url}/api/v4/files/${otherInfo.id}`, { headers: { Authorization: `Bearer ${bob.getToken()}` } });
    assert.equal(await body.text(), 'quiet please');
  });
});
