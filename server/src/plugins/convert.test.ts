import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Post as PostMessage } from '../../gen/plughost/v1/models.js';
import { fromMessage, toMessage } from './convert.js';

test('props travel as JSON text and come back exactly: ints stay ints, nesting is kept', () => {
  const props = { count: 3, ratio: 0.5, big: 2 ** 40, nested: { list: [1, 'two', { three: 3 }], flag: true, nothing: null } };
  const message = toMessage<any>({ id: 'p1', message: 'hi', props, file_ids: ['a'] });
  assert.equal(typeof message.props_json, 'string');
  assert.equal(message.props, undefined);
  // Through the real wire encoding and back.
  const decoded = PostMessage.decode(PostMessage.encode(PostMessage.fromPartial(message)).finish());
  const model = fromMessage<any>(decoded);
  assert.deepEqual(model.props, props);
  assert.deepEqual(model.file_ids, ['a']);
  assert.equal(model.message, 'hi');
});

test('empty props are an empty map on both sides', () => {
  assert.equal(toMessage<any>({ props: {} }).props_json, '');
  assert.deepEqual(fromMessage<any>({ props_json: '' }).props, {});
});

test('nested messages and lists of messages are mapped too', () => {
  const model = fromMessage<any>({ response: { props_json: '{"a":1}', extra_responses: [{ props_json: '{"b":2}' }] } });
  assert.deepEqual(model.response.props, { a: 1 });
  assert.deepEqual(model.response.extra_responses[0].props, { b: 2 });
});

test('bytes are left alone', () => {
  const bytes = Buffer.from([0, 1, 2]);
  assert.equal(toMessage<any>({ data: bytes }).data, bytes);
});

test('a hand-encoded body chunk decodes as the generated code encodes it', async () => {
  const { ServeHTTPRequest } = await import('../../gen/plughost/v1/hooks.js');
  const { encodedBodyChunk } = await import('./http-bridge.js');
  for (const size of [0, 1, 127, 128, 300, 65536]) {
    const chunk = Buffer.alloc(size, 7);
    const decoded = ServeHTTPRequest.decode(encodedBodyChunk(chunk));
    assert.equal(decoded.frame?.$case, 'body_chunk');
    assert.ok(Buffer.from(decoded.frame!.value as Uint8Array).equals(chunk));
    assert.ok(encodedBodyChunk(chunk).equals(Buffer.from(ServeHTTPRequest.encode({ frame: { $case: 'body_chunk', value: chunk } }).finish())));
  }
});
