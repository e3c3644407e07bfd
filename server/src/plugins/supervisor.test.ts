import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHandshake, PluginStartError } from './supervisor.js';

test('handshake lines are parsed', () => {
  assert.deepEqual(parseHandshake('1|1|unix|/tmp/mmplug-x/plugin.sock|grpc\n'), { network: 'unix', address: '/tmp/mmplug-x/plugin.sock' });
  assert.deepEqual(parseHandshake('1|1|tcp|127.0.0.1:40123|grpc|'), { network: 'tcp', address: '127.0.0.1:40123' });
});

test('lines that are not handshakes are not mistaken for one', () => {
  assert.equal(parseHandshake('starting up...'), undefined);
  assert.equal(parseHandshake(''), undefined);
});

test('a handshake in another protocol is refused with a clear reason', () => {
  assert.throws(() => parseHandshake('1|1|unix|/tmp/p|netrpc|'), (e: Error) => e instanceof PluginStartError && /protocol "netrpc"/.test(e.message));
  assert.throws(() => parseHandshake('2|1|unix|/tmp/p|grpc'), /core protocol version 2/);
  assert.throws(() => parseHandshake('1|7|unix|/tmp/p|grpc'), /app protocol version 7/);
  assert.throws(() => parseHandshake('1|1|pipe|/tmp/p|grpc'), /network "pipe"/);
});
