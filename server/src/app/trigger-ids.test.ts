import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import test from 'node:test';
import { TriggerIds } from './trigger-ids.js';

const userId = 'u'.repeat(26);

function withClock(lifetimeMs = 3000) {
  let t = 1_700_000_000_000;
  const key = crypto.randomBytes(32);
  const ids = new TriggerIds(() => key, () => lifetimeMs, () => t);
  return { ids, advance: (ms: number) => { t += ms; } };
}

const refusal = (pattern: RegExp) => (err: { statusCode: number; message: string }) => err.statusCode === 400 && pattern.test(err.message);

test('a trigger id names its user and client id until its lifetime is over, then is refused as expired', () => {
  const { ids, advance } = withClock();
  const { clientTriggerId, triggerId } = ids.issue(userId);
  assert.deepEqual(ids.verify(triggerId), { clientTriggerId, userId });
  advance(3000);
  assert.deepEqual(ids.verify(triggerId).userId, userId, 'still good at exactly its lifetime');
  advance(1);
  assert.throws(() => ids.verify(triggerId), refusal(/expired \(trigger ids are good for 3 seconds\)/));
});

test('missing, malformed, altered and foreign trigger ids are refused', () => {
  const { ids } = withClock();
  const { triggerId } = ids.issue(userId);
  assert.throws(() => ids.verify(''), refusal(/trigger_id is required/));
  assert.throws(() => ids.verify('bm9wZQ=='), refusal(/not a trigger id this server issued/));
  const [client, , at, signature] = Buffer.from(triggerId, 'base64').toString().split(':');
  const altered = Buffer.from([client, 'v'.repeat(26), at, signature].join(':')).toString('base64');
  assert.throws(() => ids.verify(altered), refusal(/not a trigger id this server issued/));
  assert.throws(() => withClock().ids.verify(triggerId), refusal(/not a trigger id this server issued/), 'another key');
});
