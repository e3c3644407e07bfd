// Both ends of the multiplexed transport against each other over a real grpc-js server and
// client on a Unix socket: replies out of order, errors, big responses in parts, deadlines,
// unknown methods, a closed stream, and a peer that serves no stream.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as grpc from '@grpc/grpc-js';
import { PluginHooksDefinition } from '../../gen/plughost/v1/hooks.js';
import { AppError } from '../app/errors.js';
import { grpcServiceDefinition } from './grpc-service.js';
import { maxMultiplexedBytes, MultiplexClient, serveMultiplex, unknownMethod } from './multiplex.js';

// Any service with a Multiplex method will do; PluginHooks has one.
const service = grpcServiceDefinition(PluginHooksDefinition);
const multiplexPath = service.Multiplex.path;
const text = (s: string) => new TextEncoder().encode(s);
const read = (b: Uint8Array) => new TextDecoder().decode(b);

describe('multiplexed transport', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-mx-'));
  const server = new grpc.Server();
  let release: () => void = () => undefined;
  let streams: grpc.ServerDuplexStream<any, any>[] = [];
  let client: grpc.Client;
  let calls: MultiplexClient;

  before(async () => {
    server.addService({ Multiplex: service.Multiplex }, {
      Multiplex: (stream: grpc.ServerDuplexStream<any, any>) => {
        streams.push(stream);
        serveMultiplex(stream, async (method, request) => {
          const arg = read(request);
          if (method === 'Echo') return text(arg);
          if (method === 'Held') return new Promise((resolve) => { release = () => resolve(text(`held ${arg}`)); });
          if (method === 'Big') return new Uint8Array(Number(arg)).map((_, i) => i % 251);
          if (method === 'Fail') throw new AppError('test.fail', `failed: ${arg}`, 404, 'detail');
          if (method === 'Never') return new Promise(() => undefined);
          throw unknownMethod(method);
        });
      },
    });
    await new Promise<void>((resolve, reject) => server.bindAsync(`unix:${dir}/s.sock`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())));
    client = new grpc.Client(`unix:${dir}/s.sock`, grpc.credentials.createInsecure());
    const opened = await MultiplexClient.connect(client, multiplexPath, new grpc.Metadata(), Date.now() + 5000);
    assert.ok(opened, 'the stream was accepted');
    calls = opened;
  });

  after(() => {
    client.close();
    server.forceShutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('replies are matched to their calls by id, in whatever order they come', async () => {
    const held = calls.call('Held', text('first'), 5000);
    assert.equal(read(await calls.call('Echo', text('second'), 5000)), 'second');
    release();
    assert.equal(read(await held), 'held first');
    const many = await Promise.all(Array.from({ length: 50 }, (_, i) => calls.call('Echo', text(`n${i}`), 5000)));
    assert.deepEqual(many.map(read), Array.from({ length: 50 }, (_, i) => `n${i}`));
  });

  test('a failed call is its AppError; an unknown method is 501; the stream stays open', async () => {
    await assert.rejects(calls.call('Fail', text('x'), 5000), (err: AppError) => err instanceof AppError && err.id === 'test.fail' && err.statusCode === 404 && err.message === 'failed: x' && err.detailedError === 'detail');
    await assert.rejects(calls.call('Nope', text(''), 5000), (err: AppError) => err.statusCode === 501 && /no RPC named "Nope"/.test(err.message));
    assert.equal(read(await calls.call('Echo', text('still open'), 5000)), 'still open');
  });

  test('a response bigger than one part comes in parts and arrives whole', async () => {
    const size = 2 * maxMultiplexedBytes + 12345;
    const big = await calls.call('Big', text(String(size)), 5000);
    assert.equal(big.length, size);
    assert.ok(big.every((b, i) => b === i % 251), 'the parts were joined in order');
  });

  test('a call past its deadline fails with 504 DEADLINE_EXCEEDED, the others go on', async () => {
    const started = Date.now();
    await assert.rejects(calls.call('Never', text(''), 150), (err: AppError) => err.statusCode === 504 && err.detailedError === 'DEADLINE_EXCEEDED');
    assert.ok(Date.now() - started < 1000);
    assert.equal(read(await calls.call('Echo', text('after'), 5000)), 'after');
  });

  test('calls in flight when the stream closes fail with 503, and the client is no longer usable', async () => {
    const waiting = calls.call('Never', text(''), 5000);
    await new Promise((r) => setTimeout(r, 50));
    for (const stream of streams) stream.emit('error', { code: grpc.status.UNAVAILABLE, details: 'going away' });
    streams = [];
    await assert.rejects(waiting, (err: AppError) => err.statusCode === 503);
    assert.equal(calls.usable, false);
  });

  test('a peer that serves no Multiplex stream is refused at the open', async () => {
    const other = new grpc.Server();
    await new Promise<void>((resolve, reject) => other.bindAsync(`unix:${dir}/none.sock`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())));
    const plain = new grpc.Client(`unix:${dir}/none.sock`, grpc.credentials.createInsecure());
    try {
      assert.equal(await MultiplexClient.connect(plain, multiplexPath, new grpc.Metadata(), Date.now() + 5000), undefined);
    } finally {
      plain.close();
      other.forceShutdown();
    }
  });
});
