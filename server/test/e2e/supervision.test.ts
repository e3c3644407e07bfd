// Supervision of misbehaving plugins: crash loops, hung hooks.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const FailedToStayRunning = 4;
const Running = 2;

describe('supervision', () => {
  let server: ServerHandle;
  let admin: Client;
  let channelId: string;

  before(async () => {
    server = await startServer({ config: { PluginSettings: { HookTimeoutMs: 1000 } } });
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    const team = await admin.ok('POST', '/teams', { name: 'ops', display_name: 'Ops' });
    channelId = (await admin.ok('POST', '/channels', { team_id: team.id, name: 'watch', display_name: 'Watch' })).id;
  });

  after(async () => {
    await server?.stop();
  });

  test('a crash-looping plugin ends FailedToStayRunning and stays stopped until enabled again', async () => {
    const id = 'com.plughost.crash-loop';
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'crash_loop')))).status, 201);
    await admin.ok('POST', `/plugins/${id}/enable`);
    const status = await waitFor('FailedToStayRunning', async () => {
      const s = await admin.status(id);
      return s.state === FailedToStayRunning && s;
    }, 20_000);
    assert.match(status.error, /stopped unexpectedly \(exit code 7\) 3 times within 60 minutes/);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal((await admin.status(id)).state, FailedToStayRunning, 'it was restarted after giving up');
    const logs = await admin.ok('GET', `/plugins/${id}/logs`);
    assert.equal(logs.filter((l: any) => l.message === 'about to crash').length, 3);
    // An admin enabling it again gets a fresh start (and it crashes again, as it does).
    await admin.ok('POST', `/plugins/${id}/enable`);
    assert.equal((await admin.status(id)).state, Running);
    await admin.ok('POST', `/plugins/${id}/disable`);
  });

  test('a hung MessageWillBePosted hits its deadline, the post still completes, and other requests are not blocked', async () => {
    const id = 'com.plughost.hanging-hook';
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'hanging_hook')))).status, 201);
    await admin.ok('POST', `/plugins/${id}/enable`);
    const started = Date.now();
    const hung = admin.request('POST', '/posts', { channel_id: channelId, message: 'please hang' });
    // While the hook hangs, the server answers other requests at once.
    const pingStarted = Date.now();
    assert.equal((await admin.request('GET', '/system/ping')).status, 200);
    assert.ok(Date.now() - pingStarted < 500, 'a hung hook delayed an unrelated request');
    const res = await hung;
    const elapsed = Date.now() - started;
    assert.equal(res.status, 201);
    assert.equal(res.body.message, 'please hang', 'fail-open: the post goes through unmodified');
    assert.ok(elapsed >= 1000 && elapsed < 5000, `took ${elapsed} ms`);
    // The plugin is still there for the next post.
    const next = await admin.ok('POST', '/posts', { channel_id: channelId, message: 'fine' });
    assert.equal(next.message, 'fine (checked)');
    assert.ok(server.logs.some((l) => l.includes('"hook MessageWillBePosted failed"') && l.includes(id) && l.includes('DEADLINE_EXCEEDED')), 'the missed deadline is in the server log');
  });
});
