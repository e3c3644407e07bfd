// Slash commands end to end: registered by Python plugins, executed through REST, answered in
// the channel or ephemerally over the websocket. Also the example plugin `npm start` installs.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, connectWebSocket, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const Running = 2;

describe('slash commands and the example plugin', () => {
  let server: ServerHandle;
  let admin: Client;
  let channelId: string;
  let teamId: string;
  let userId: string;

  before(async () => {
    server = await startServer({ examples: true });
    admin = new Client(server.url);
    userId = (await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' })).id;
    await admin.login('admin', 'correct-horse');
    const team = await admin.ok('POST', '/teams', { name: 'core', display_name: 'Core' });
    teamId = team.id;
    channelId = (await admin.ok('POST', '/channels', { team_id: team.id, name: 'cmds', display_name: 'Commands' })).id;
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')))).status, 201);
    await admin.ok('POST', '/plugins/com.plughost.e2e-python/enable');
  });

  after(async () => {
    await server?.stop();
  });

  test('a new data folder gets hello_python installed, enabled and filtering posts', async () => {
    await waitFor('hello_python to run', async () => (await admin.status('com.mattermost.hello-python'))?.state === Running);
    const res = await admin.request('POST', '/posts', { channel_id: channelId, message: 'this has a BadWord in it' });
    assert.equal(res.status, 400);
    assert.match(res.body.message, /Message blocked/);
  });

  test('an ephemeral answer comes back from /commands/execute and over the websocket', async () => {
    const ws = await connectWebSocket(server.url, admin.token);
    try {
      const res = await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/hello' });
      assert.deepEqual({ response_type: res.response_type, text: res.text }, { response_type: 'ephemeral', text: 'Hello from Python!' });
      const event = await ws.next('ephemeral_message');
      const post = JSON.parse(event.data.post);
      assert.equal(post.message, 'Hello from Python!');
      assert.equal(post.channel_id, channelId);
      assert.equal(event.broadcast.user_id, userId);
      const page = await admin.ok('GET', `/channels/${channelId}/posts`);
      assert.ok(!Object.values(page.posts).some((p: any) => p.message === 'Hello from Python!'), 'an ephemeral answer was stored as a post');
    } finally {
      ws.close();
    }
  });

  test('an in_channel answer becomes a post, seen by members over the websocket as `posted`', async () => {
    const ws = await connectWebSocket(server.url, admin.token);
    try {
      const res = await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/e2e echo hi there' });
      assert.equal(res.response_type, 'in_channel');
      const event = await ws.next('posted', (e) => JSON.parse(e.data.post).message === 'echo: hi there');
      const post = JSON.parse(event.data.post);
      assert.deepEqual(post.props, { from_command: true, count: 2 });
      assert.equal(post.user_id, userId);
      assert.equal(event.broadcast.channel_id, channelId);
      const stored = await admin.ok('GET', `/posts/${post.id}`);
      assert.equal(stored.message, 'echo: hi there');
    } finally {
      ws.close();
    }
  });

  test('the command arguments reach the plugin', async () => {
    const res = await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/e2e whisper' });
    assert.equal(res.text, `psst ${userId} in ${channelId}`);
  });

  test('a command that raises answers 500 naming the plugin, and the server goes on', async () => {
    const res = await admin.request('POST', '/commands/execute', { channel_id: channelId, command: '/e2e fail' });
    assert.equal(res.status, 500);
    assert.match(res.body.message, /\/e2e command failed in plugin "com.plughost.e2e-python": the command broke on purpose/);
    assert.equal((await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/e2e whisper' })).response_type, 'ephemeral');
  });

  test('unknown commands are 404, malformed ones 400', async () => {
    const unknown = await admin.request('POST', '/commands/execute', { channel_id: channelId, command: '/nope' });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.message, /"\/nope" not found/);
    assert.equal((await admin.request('POST', '/commands/execute', { channel_id: channelId, command: 'no slash' })).status, 400);
    assert.equal((await admin.request('POST', '/commands/execute', { channel_id: channelId })).status, 400);
  });

  test('a second plugin claiming a trigger is refused with a clear error, and the first keeps it', async () => {
    const id = 'com.plughost.dup-command';
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'dup_command')))).status, 201);
    await admin.ok('POST', `/plugins/${id}/enable`);
    const logs = await admin.ok('GET', `/plugins/${id}/logs`);
    assert.ok(logs.some((l: any) => l.message === 'refused: The trigger "/e2e" is already registered by plugin "com.plughost.e2e-python".'), JSON.stringify(logs));
    assert.equal((await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/e2e whisper' })).text, `psst ${userId} in ${channelId}`);
    await admin.ok('POST', `/plugins/${id}/disable`);
  });

  test('autocomplete lists the registered commands; disabling a plugin removes its command', async () => {
    const listed = await admin.ok('GET', `/teams/${teamId}/commands/autocomplete`);
    assert.deepEqual(listed.map((c: any) => c.trigger), ['e2e', 'hello', 'me', 'shrug']);
    const e2e = listed.find((c: any) => c.trigger === 'e2e');
    assert.equal(e2e.auto_complete_hint, '[echo|whisper|fail]');
    assert.equal(e2e.plugin_id, 'com.plughost.e2e-python');
    await admin.ok('POST', '/plugins/com.plughost.e2e-python/disable');
    assert.deepEqual((await admin.ok('GET', `/teams/${teamId}/commands/autocomplete`)).map((c: any) => c.trigger), ['hello', 'me', 'shrug']);
    assert.equal((await admin.request('POST', '/commands/execute', { channel_id: channelId, command: '/e2e echo x' })).status, 404);
  });
});
