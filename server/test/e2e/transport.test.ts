// The multiplexed transport end to end: hooks and Plugin API calls of a real Python plugin on
// their Multiplex streams, re-entrant (a hook calls the API, which runs another hook of the
// same plugin while the first waits), concurrent, next to a hung hook; the unary RPCs still
// answer; the API stream refuses a caller without a valid secret.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { AppError as AppErrorMessage } from '../../gen/plughost/v1/models.js';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer } from '../harness.js';

const pluginId = 'com.plughost.reentrant';

describe('multiplexed transport', () => {
  let server: ServerHandle;
  let admin: Client;
  let channelId: string;
  let userId: string;

  before(async () => {
    server = await startServer({ config: { PluginSettings: { HookTimeoutMs: 2000 } } });
    admin = new Client(server.url);
    userId = (await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' })).id;
    await admin.login('admin', 'correct-horse');
    const team = await admin.ok('POST', '/teams', { name: 'wire', display_name: 'Wire' });
    channelId = (await admin.ok('POST', '/channels', { team_id: team.id, name: 'nested', display_name: 'Nested' })).id;
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'reentrant_python')))).status, 201);
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
  });

  after(async () => {
    await server?.stop();
  });

  const reenter = (tag: string) => admin.ok('POST', '/commands/execute', { channel_id: channelId, command: `/reenter ${tag}` });

  test('a command whose post runs the plugin\'s own MessageWillBePosted, twice nested, each calling the API', async () => {
    const res = await reenter('a');
    assert.equal(res.text, 'level 1 a [level 2 a checked by admin]');
    // …on the streams, not on unary calls.
    assert.ok(server.logs.some((l) => l.includes('"plugin activated"') && l.includes(pluginId) && l.includes('"hook_transport":"multiplex"')), 'hooks went on the stream');
    assert.ok(server.logs.some((l) => l.includes('"plugin API stream opened"') && l.includes(pluginId)), 'API calls went on the stream');
    const stored = await admin.ok('GET', `/posts/${res.props.post_id}`);
    assert.equal(stored.message, 'level 1 a [level 2 a checked by admin]');
    const page = await admin.ok('GET', `/channels/${channelId}/posts`);
    assert.ok(Object.values(page.posts).some((p: any) => p.message === 'level 2 a checked by admin'), 'the nested post was stored');
  });

  test('twenty re-entrant commands at once each get their own answers', async () => {
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const answers = await Promise.all(tags.map(reenter));
    assert.deepEqual(answers.map((a) => a.text), tags.map((t) => `level 1 ${t} [level 2 ${t} checked by admin]`));
  });

  test('a hung hook holds up neither the plugin\'s API calls nor its other hooks', async () => {
    const hung = admin.request('POST', '/posts', { channel_id: channelId, message: 'please hang' });
    await new Promise((r) => setTimeout(r, 200)); // the hung hook is running
    const started = Date.now();
    assert.equal((await reenter('beside')).text, 'level 1 beside [level 2 beside checked by admin]');
    assert.ok(Date.now() - started < 1500, `the re-entrant command took ${Date.now() - started} ms beside the hung hook`);
    const res = await hung;
    assert.equal(res.status, 201);
    assert.equal(res.body.message, 'please hang', 'fail-open: the post goes through unmodified');
    assert.ok(server.logs.some((l) => l.includes('"hook MessageWillBePosted failed"') && l.includes(pluginId) && l.includes('DEADLINE_EXCEEDED')), 'the missed deadline is in the server log');
  });

  const pluginHttp = (route: string, init: RequestInit = {}) =>
    fetch(`${server.url}/plugins/${pluginId}${route}`, { ...init, headers: { Authorization: `Bearer ${admin.token}`, ...(init.headers ?? {}) } });

  test('ServeHTTP: small requests as one call, bigger ones on the stream, a big answer in parts, an HTTP hook calling the API', async () => {
    const whoami = await pluginHttp('/whoami');
    assert.equal(whoami.status, 200);
    assert.equal(await whoami.text(), 'admin');
    for (const size of [0, 1000, 64 * 1024, 64 * 1024 + 1, 300 * 1024]) {
      const body = Buffer.alloc(size, 'x');
      const res = await pluginHttp('/echo', { method: 'POST', body });
      assert.equal(res.status, 201, `status for a ${size} B body`);
      assert.equal(res.headers.get('x-length'), String(size));
      assert.ok(res.headers.get('x-request-id'), 'the request id header');
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(body), `the ${size} B body came back whole`);
    }
    const big = await pluginHttp('/big?mib=3');
    const bytes = Buffer.from(await big.arrayBuffer());
    assert.equal(bytes.length, 3 * 1024 * 1024);
    assert.ok(bytes.equals(Buffer.from('0123456789abcdef'.repeat(3 * 65536))), 'the 3 MiB answer arrived in order');
  });

  test('ServeHTTP: a failing handler is a 502, and PluginHTTP back into the same plugin works', async () => {
    const failed = await pluginHttp('/fail');
    assert.equal(failed.status, 502);
    assert.match((await failed.json()).message, /http broke on purpose/);
    const via = await pluginHttp('/via-plugin-http', { method: 'POST', body: 'round trip' });
    assert.equal(via.status, 201);
    assert.equal(via.headers.get('x-length'), '10');
    assert.equal(await via.text(), 'round trip');
  });

  test('a Plugin API request too big for the stream goes unary; an answer too big for one message comes in parts', async () => {
    const res = await pluginHttp(`/file?channel_id=${channelId}&mib=3`);
    assert.equal(await res.text(), 'same');
  });

  test('the unary RPCs answer any gRPC client with the plugin\'s secret', async () => {
    assert.equal((await admin.ok('POST', '/commands/execute', { channel_id: channelId, command: `/raw-unary ${userId}` })).text, 'admin');
  });

  test('the Plugin API stream refuses a caller without a valid secret, with the AppError', async () => {
    const dir = fs.readdirSync(os.tmpdir()).find((name) => name.startsWith(`plughost-api-${server.process.pid}-`));
    assert.ok(dir, 'the Plugin API socket folder');
    const client = new grpc.Client(`unix:${path.join(os.tmpdir(), dir, 'api.sock')}`, grpc.credentials.createInsecure());
    try {
      const metadata = new grpc.Metadata();
      metadata.set('mm-plugin-secret', 'not-a-secret');
      const stream = client.makeBidiStreamRequest('/plughost.v1.PluginAPI/Multiplex', (b: Buffer) => b, (b: Buffer) => b, metadata);
      const err = await new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
      assert.equal(err.code, grpc.status.UNAUTHENTICATED);
      const appError = AppErrorMessage.decode(err.metadata.get('mm-app-error-bin')[0] as Buffer);
      assert.equal(appError.id, 'plugin_api.unknown_plugin');
      assert.equal(appError.status_code, 401);
    } finally {
      client.close();
    }
  });
});
