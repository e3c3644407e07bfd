// `async def` hook handlers and AsyncPluginAPIClient in a real Python plugin process
// (fixtures/plugins/async_python), as the guide's "Async handlers and the async client" shows:
// async verdicts, an async hook calling the API through the async client while the server runs
// another async hook of the same plugin, an async slash command.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const pluginId = 'com.plughost.async-python';
const Running = 2;

describe('async hook handlers', () => {
  let server: ServerHandle;
  let admin: Client;
  let channelId: string;

  before(async () => {
    server = await startServer();
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'ada', email: 'ada@example.com', password: 'ada-password' });
    await admin.login('ada', 'ada-password');
    const team = await admin.ok('POST', '/teams', { name: 'async', display_name: 'Async' });
    channelId = (await admin.ok('POST', '/channels', { team_id: team.id, name: 'loop', display_name: 'Loop' })).id;
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'async_python')))).status, 201);
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
    await waitFor('the plugin to run', async () => (await admin.status(pluginId))?.state === Running);
  });

  after(async () => {
    await server?.stop();
  });

  test('an async MessageWillBePosted modifies the post; returning None leaves it as it is', async () => {
    assert.equal((await admin.ok('POST', '/posts', { channel_id: channelId, message: 'async: quiet please' })).message, 'QUIET PLEASE');
    assert.equal((await admin.ok('POST', '/posts', { channel_id: channelId, message: 'as typed' })).message, 'as typed');
  });

  test('an async hook calls the API with the async client, which runs another async hook of the plugin', async () => {
    const sent = await admin.ok('POST', '/posts', { channel_id: channelId, message: '!whoami' });
    // The answer went through the plugin's own async MessageWillBePosted (upper-cased) while
    // its MessageHasBeenPosted was still awaiting create_post.
    await waitFor('the answer', async () => {
      const page = await admin.ok('GET', `/channels/${channelId}/posts?per_page=10`);
      return page.order.map((id: string) => page.posts[id]).find((p: any) => p.create_at >= sent.create_at && p.message === 'YOU ARE ADA');
    });
    const res = await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: '/async' });
    assert.equal(res.text, 'last whoami: ada');
  });
});
