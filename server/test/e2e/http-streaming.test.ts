// Streaming through ServeHTTP: bodies flow both ways as they come, with bounded server
// memory; Server-Sent Events reach the client as they are written; a plugin dying mid-answer
// closes the client's connection and the server goes on.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, waitFor } from '../harness.js';

const pluginId = 'com.plughost.streaming-python';
const MiB = 1024 * 1024;

function rssKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
}

/** POSTs `total` bytes made on the fly, honouring backpressure; resolves with the response text. */
function streamUpload(url: string, total: number, onProgress: () => void): Promise<{ status: number; body: string; sha256: string }> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': total } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, sha256: hash.digest('hex') }));
    });
    req.on('error', reject);
    const block = crypto.randomBytes(MiB);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const chunk = block.subarray(0, Math.min(MiB, total - sent));
        hash.update(chunk);
        sent += chunk.length;
        onProgress();
        if (!req.write(chunk)) return req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('streaming through ServeHTTP', () => {
  let server: ServerHandle;
  let admin: Client;
  const url = (route: string) => `${server.url}/plugins/${pluginId}${route}`;

  before(async () => {
    server = await startServer();
    admin = new Client(server.url);
    await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
    await admin.login('admin', 'correct-horse');
    assert.equal((await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'streaming_python')))).status, 201);
    await admin.ok('POST', `/plugins/${pluginId}/enable`);
  });

  after(async () => {
    await server?.stop();
  });

  test('a 200 MiB upload streams through with bounded server memory', async () => {
    const pid = server.process.pid!;
    const before = rssKiB(pid, 'VmRSS');
    let peak = before;
    const started = Date.now();
    const result = await streamUpload(url('/count'), 200 * MiB, () => { peak = Math.max(peak, rssKiB(pid, 'VmRSS')); });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(result.status, 200);
    const answer = JSON.parse(result.body);
    assert.equal(answer.bytes, 200 * MiB);
    assert.equal(answer.sha256, result.sha256, 'the plugin did not receive the exact bytes');
    const growthMiB = (peak - before) / 1024;
    console.log(`# 200 MiB upload: ${seconds.toFixed(1)} s, server RSS growth ${growthMiB.toFixed(1)} MiB`);
    assert.ok(growthMiB < 64, `server memory grew by ${growthMiB.toFixed(1)} MiB`);
  });

  test('a large download streams to the client with bounded server memory', async () => {
    const pid = server.process.pid!;
    const before = rssKiB(pid, 'VmRSS');
    let peak = before;
    const res = await fetch(url('/download?mib=100'));
    assert.equal(res.status, 200);
    const hash = crypto.createHash('sha256');
    let received = 0;
    for await (const chunk of res.body!) {
      received += chunk.length;
      hash.update(chunk);
      peak = Math.max(peak, rssKiB(pid, 'VmRSS'));
    }
    assert.equal(received, 100 * MiB);
    const expected = crypto.createHash('sha256');
    const block = Buffer.from(Array.from({ length: 65536 }, (_, i) => i % 256));
    for (let i = 0; i < 1600; i++) expected.update(block);
    assert.equal(hash.digest('hex'), expected.digest('hex'));
    assert.ok((peak - before) / 1024 < 64, `server memory grew by ${((peak - before) / 1024).toFixed(1)} MiB`);
  });

  test('Server-Sent Events arrive as they are written, not when the handler returns', async () => {
    const started = Date.now();
    const res = await fetch(url('/sse'));
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    const reader = res.body!.getReader();
    const first = await reader.read();
    const firstAt = Date.now() - started;
    assert.match(Buffer.from(first.value!).toString(), /^data: event 0\n\n/);
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += Buffer.from(value).toString();
    }
    const total = Date.now() - started;
    assert.match(rest, /data: event 2/);
    assert.ok(firstAt < 1000 && total >= 1400, `first event after ${firstAt} ms, end after ${total} ms`);
  });

  test('a plugin that dies mid-answer closes the client connection; the server keeps serving', async () => {
    const res = await fetch(url('/crash'));
    assert.equal(res.status, 200);
    await assert.rejects(res.text(), 'the client should see the connection end abnormally');
    assert.equal((await admin.request('GET', '/system/ping')).status, 200);
    await waitFor('the plugin to run again', async () => (await admin.status(pluginId)).state === 2, 15_000);
    const again = await fetch(url('/count'), { method: 'POST', body: 'abc' });
    assert.deepEqual(await again.json(), { bytes: 3, sha256: crypto.createHash('sha256').update('abc').digest('hex') });
  });
});
