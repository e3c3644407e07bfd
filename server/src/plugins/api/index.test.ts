import assert from 'node:assert/strict';
import test from 'node:test';
import type { App } from '../../app/app.js';
import { PluginAPIDefinition } from '../../../gen/plughost/v1/api.js';
import { apiHandlers, implementedHandlers } from './index.js';
import { notImplementedMethods } from './not-implemented.js';
import type { ApiDeps, Caller } from './types.js';

// The handler modules only read their dependencies when a method runs.
const deps = { app: {} as App, platform: {} as ApiDeps['platform'] };
const contractMethods = Object.values(PluginAPIDefinition.methods).filter((m) => !m.requestStream).map((m) => m.name);

test('every contract method is either implemented or answers 501, never both', () => {
  const implemented = Object.keys(implementedHandlers(deps));
  const both = implemented.filter((name) => (notImplementedMethods as readonly string[]).includes(name));
  assert.deepEqual(both, [], 'methods listed as not implemented that have a handler');
  assert.deepEqual([...implemented, ...notImplementedMethods].sort(), [...contractMethods].sort());
  assert.deepEqual(Object.keys(apiHandlers(deps)).sort(), [...contractMethods].sort());
});

test('a method plughost does not implement answers 501 naming itself', async () => {
  const method = notImplementedMethods[0];
  const handler = apiHandlers(deps)[method] as (req: unknown, caller: Caller) => Promise<unknown>;
  await assert.rejects(handler({}, { pluginId: 'p', ctx: {} as Caller['ctx'], afterReply: () => undefined }), (err: { statusCode: number; id: string; message: string }) => {
    assert.equal(err.statusCode, 501);
    assert.equal(err.id, 'plugin_api.not_implemented');
    assert.match(err.message, new RegExp(method));
    return true;
  });
});
