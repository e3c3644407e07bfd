// The foundation end to end: a real server, a real Python plugin written against the spec's
// SDK, real gRPC both ways, SQLite on disk.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, processAlive, type ServerHandle, startServer, waitFor } from '../harness.js';

const pluginId = 'com.plughost.e2e-python';
const Running = 2;

describe('a Python plugin on a running server', () => {
  let server: ServerHandle;
  let admin: Client;
  let channelId: string;
  let teamId: string;

  before(async () => {
    server = await startServer({ config: { PluginSettings: { Plugins: { [pluginId]: { Greeting: 'hi there' } } } } });
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    const team = await admin.ok('POST', '/teams', { name: 'core', display_name: 'Core', type: 'O' });
    teamId = team.id;
    const channel = await admin.ok('POST', '/channels', { team_id: team.id, name: 'plugins', display_name: 'Plugins', type: 'O' });
    channelId = channel.id;
  });

  after(async () => {
    await server?.stop();
  });

  const post = (message: string) => admin.request('POST', '/posts', { channel_id: channelId, message });

  async function report(): Promise<any> {
    const before = Date.now();
    assert.equal((await post('!report')).status, 201);
    const found = await waitFor('the plugin report', async () => {
      const page = await admin.ok('GET', `/channels/${channelId}/posts?per_page=20`);
      return page.order.map((id: string) => page.posts[id]).find((p: any) => p.message.startsWith('report ') && p.create_at >= before);
    });
    return JSON.parse(found.message.slice('report '.length));
  }

  test('uploading the bundle installs it, and enabling runs it', async () => {
    const upload = await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'e2e_python')));
    assert.equal(upload.status, 201, JSON.stringify(upload.body));
    assert.equal(upload.body.id, pluginId);
    assert.equal((await admin.status(pluginId)).state, 0);
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
    const status = await admin.status(pluginId);
    assert.equal(status.state, Running, status.error);
    assert.equal(status.name, 'End-to-end test plugin');
    assert.equal(status.version, '1.0.0');
    const listed = await admin.ok('GET', '/plugins');
    assert.deepEqual(listed.active.map((m: any) => m.id), [pluginId]);
  });

  test('MessageWillBePosted rejects a post with a 4xx carrying the reason', async () => {
    const res = await post('this is Forbidden talk');
    assert.equal(res.status, 400);
    assert.match(res.body.message, /forbidden words are not allowed/);
    const page = await admin.ok('GET', `/channels/${channelId}/posts`);
    assert.ok(!Object.values(page.posts).some((p: any) => /forbidden/i.test(p.message)), 'the rejected post was stored');
  });

  test('MessageWillBePosted modifies a post: the stored and returned post is the modified one', async () => {
    const res = await post('shout: quiet please');
    assert.equal(res.status, 201);
    assert.equal(res.body.message, 'QUIET PLEASE');
    assert.deepEqual(res.body.props, { shouted: { by: 'e2e', times: 1 } });
    const stored = await admin.ok('GET', `/posts/${res.body.id}`);
    assert.equal(stored.message, 'QUIET PLEASE');
    assert.deepEqual(stored.props, { shouted: { by: 'e2e', times: 1 } });
    const page = await admin.ok('GET', `/channels/${channelId}/posts`);
    assert.ok(page.order.includes(res.body.id));
    assert.equal(page.posts[res.body.id].message, 'QUIET PLEASE');
  });

  test('the plugin calls the Plugin API: users, channels, teams, posts, KV, config, errors', async () => {
    const r = await report();
    assert.equal(r.server_version, (await admin.ok('GET', '/system/ping')).version);
    assert.equal(r.username, 'admin');
    assert.equal(r.by_username_id, (await admin.ok('GET', '/users/me')).id);
    assert.equal(r.channel_name, 'plugins');
    assert.equal(r.team_name, 'core');
    assert.match(r.missing_user, /^NotFoundError /);
    assert.equal(r.invalid_channel, 'ValidationError');
    assert.equal(r.scratch_roundtrip, true);
    assert.equal(r.scratch_after_delete, null);
    assert.ok(r.kv_keys.includes('activated_version'));
    assert.ok(!r.kv_keys.includes('scratch'));
    assert.equal(r.greeting, 'hi there');
    assert.deepEqual(r.members, [(await admin.ok('GET', '/users/me')).id]);
    // A post the plugin creates goes through MessageWillBePosted too.
    assert.equal(r.plugin_post_message, 'FROM THE PLUGIN');
    assert.deepEqual(r.plugin_post_props, { from_plugin: 'true', shouted: { by: 'e2e', times: 1 } }, 'a post made through the Plugin API says so');
  });

  test('changing the plugin settings through /config/patch calls OnConfigurationChange; bad types are refused', async () => {
    const cfg = await admin.ok('PUT', '/config/patch', { PluginSettings: { Plugins: { [pluginId]: { Greeting: 'changed' } } } });
    assert.equal(cfg.PluginSettings.Plugins[pluginId].Greeting, 'changed');
    await waitFor('the plugin to see its new settings', async () => (await report()).greeting === 'changed');
    assert.equal((await admin.ok('GET', '/config')).PluginSettings.Plugins[pluginId].Greeting, 'changed');
    const bad = await admin.request('PUT', '/config/patch', { PluginSettings: { HookTimeoutMs: 'soon' } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /PluginSettings\.HookTimeoutMs/);
  });

  test('a KV value set with an expiry disappears after it', async () => {
    assert.equal((await post('!expiring')).status, 201);
    await waitFor('the expiring value', async () => (await report()).kv_keys.includes('temporary'));
    await new Promise((res) => setTimeout(res, 1100));
    assert.ok(!(await report()).kv_keys.includes('temporary'));
  });

  test('user, team and channel hooks fire where the server does the thing', async () => {
    const carol = await admin.ok('POST', '/users', { username: 'carol', email: 'carol@example.com', password: 'carol-password' });
    await admin.ok('POST', `/channels/${channelId}/members`, { user_id: carol.id });
    const keys = await waitFor('hook side effects', async () => {
      const r = await report();
      const wanted = [`user_created:carol`, `joined:${channelId}:${carol.id}`, `joined_team:${teamId}:${carol.id}`];
      return wanted.every((k) => r.kv_keys.includes(k)) && r.kv_keys;
    });
    assert.ok(keys.includes(`user_created:carol`));
    await admin.ok('DELETE', `/channels/${channelId}/members/${carol.id}`);
    await admin.ok('DELETE', `/teams/${teamId}/members/${carol.id}`);
    await waitFor('the leave hooks', async () => {
      const r = await report();
      return r.kv_keys.includes(`left:${channelId}:${carol.id}`) && r.kv_keys.includes(`left_team:${teamId}:${carol.id}`);
    });
  });

  test('OnInstall ran once the uploaded plugin was running, naming who installed it', async () => {
    assert.equal((await report()).installed_by, (await admin.ok('GET', '/users/me')).id);
  });

  test('a plugin killed with SIGKILL is running again within seconds', async () => {
    const { pid } = await report();
    assert.ok(processAlive(pid));
    process.kill(pid, 'SIGKILL');
    await waitFor('the plugin to leave Running', async () => (await admin.status(pluginId)).state !== Running || !processAlive(pid), 5000, 20);
    await waitFor('the plugin to run again', async () => (await admin.status(pluginId)).state === Running, 10_000);
    const again = await report();
    assert.notEqual(again.pid, pid);
    assert.equal((await post('forbidden again')).status, 400);
  });

  test('disabling runs OnDeactivate and stops the process; enabling starts it again', async () => {
    const { pid, activation_count: count } = await report();
    await admin.ok('POST', `/plugins/${pluginId}/disable`);
    assert.equal((await admin.status(pluginId)).state, 0);
    await waitFor('the plugin process to exit', async () => !processAlive(pid), 5000);
    assert.equal((await post('forbidden while disabled')).status, 201, 'a disabled plugin still filtered posts');
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
    const r = await report();
    assert.equal(r.deactivated, 'yes');
    assert.equal(r.activation_count, count + 1);
  });

  test('a restarted server runs the enabled plugin again; SIGKILL of the server leaves no plugin behind', async () => {
    const { pid } = await report();
    assert.equal(await server.stop(), 0);
    assert.ok(!processAlive(pid), 'the plugin outlived a server stop');
    server = await startServer({ dataDir: server.dataDir });
    admin = new Client(server.url);
    await admin.login('admin@example.com', 'correct-horse');
    await waitFor('the plugin to run after the restart', async () => (await admin.status(pluginId)).state === Running);
    assert.equal((await post('forbidden after restart')).status, 400);
    const { pid: newPid } = await report();
    await server.kill();
    await waitFor('the orphaned plugin to exit by itself', async () => !processAlive(newPid), 5000);
    server = await startServer({ dataDir: server.dataDir });
  });
});
