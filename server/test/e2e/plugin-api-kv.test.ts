// The KV store through the real Plugin API, from a real Python plugin: every method, every edge
// of Mattermost's semantics (expiry, atomic writes, compare-and-set/delete, paging, key limits)
// and the isolation of one plugin's keys from another's (a second instance of the probe under
// another plugin id).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bytesArg, bytesOf, type Probe, type ProbeCaller, startProbe } from '../api-probe.js';

const text = (value: { bytes_b64: string } | null) => (value === null ? null : bytesOf(value).toString());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Plugin API: the KV store', () => {
  let probe: Probe;
  let other: ProbeCaller;
  const get = async (key: string, caller: ProbeCaller = probe) => text(await caller.ok('kv_get', [key]));

  before(async () => {
    probe = await startProbe();
    other = await probe.installAnother('com.plughost.api-probe-other');
  });
  after(async () => {
    await probe?.stop();
  });

  test('set, get, overwrite and delete; bytes, text and JSON values', async () => {
    assert.equal(await probe.ok('kv_set', ['basic', 'one']), null);
    assert.equal(await get('basic'), 'one');
    await probe.ok('kv_set', ['basic', 'two']);
    assert.equal(await get('basic'), 'two');
    const binary = Buffer.from([0, 1, 2, 255, 0, 10]);
    await probe.ok('kv_set', ['binary', bytesArg(binary)]);
    assert.deepEqual(bytesOf(await probe.ok('kv_get', ['binary'])), binary);
    await probe.ok('kv_set', ['json', { n: 1, list: [true, null] }]);
    assert.deepEqual(JSON.parse((await get('json'))!), { n: 1, list: [true, null] });
    const big = Buffer.alloc(2 * 1024 * 1024, 7);
    await probe.ok('kv_set', ['big', bytesArg(big)]);
    assert.equal(bytesOf(await probe.ok('kv_get', ['big'])).length, big.length);

    assert.equal(await probe.ok('kv_delete', ['basic']), null);
    assert.equal(await probe.ok('kv_get', ['basic']), null);
    assert.equal(await probe.ok('kv_delete', ['never-set']), null, 'deleting a missing key is no error');
    assert.equal(await probe.ok('kv_get', ['never-set']), null, 'a missing key is None');
  });

  test('an empty value is no value: setting one deletes the key (as over Mattermost\'s RPC)', async () => {
    await probe.ok('kv_set', ['empty', 'x']);
    await probe.ok('kv_set', ['empty', bytesArg('')]);
    assert.equal(await probe.ok('kv_get', ['empty']), null);
  });

  test('list: key order, 100 per page by default, per_page 0 means 10, a negative page is refused', async () => {
    await probe.ok('kv_delete_all');
    const keys = Array.from({ length: 105 }, (_, i) => `list-${String(i).padStart(3, '0')}`);
    for (const key of keys) await probe.ok('kv_set', [key, 'v']);
    assert.deepEqual(await probe.ok('kv_list'), keys.slice(0, 100));
    assert.deepEqual(await probe.ok('kv_list', [1]), keys.slice(100));
    assert.deepEqual(await probe.ok('kv_list', [2, 10]), keys.slice(20, 30));
    assert.deepEqual(await probe.ok('kv_list', [0, 0]), keys.slice(0, 10));
    assert.deepEqual(await probe.ok('kv_list', [50, 10]), []);
    assert.deepEqual(await probe.ok('kv_list', [0, 3], {}, 'async'), keys.slice(0, 3));
    const negative = await probe.call('kv_list', [-1, 10]);
    assert.equal(negative.error?.type, 'ValidationError');
    assert.match(negative.error!.message, /page/);

    assert.equal(await probe.ok('kv_delete_all'), null);
    assert.deepEqual(await probe.ok('kv_list'), []);
    assert.equal(await probe.ok('kv_get', ['list-000']), null);
  });

  test('expiry: a key lives for its seconds, then get, list and compare-and-set no longer see it', async () => {
    await probe.ok('kv_delete_all');
    await probe.ok('kv_set_with_expiry', ['exp-a', 'a', 1]);
    await probe.ok('kv_set', ['exp-b', 'b'], { expires_in: 1 });
    await probe.ok('kv_set_with_options', ['exp-c', 'c'], { atomic: true, expire_in_seconds: 1 });
    await probe.ok('kv_set_with_expiry', ['forever', 'f', 0]);
    await probe.ok('kv_set_with_expiry', ['negative', 'n', -5]);
    assert.equal(await get('exp-a'), 'a');
    assert.deepEqual(await probe.ok('kv_list'), ['exp-a', 'exp-b', 'exp-c', 'forever', 'negative']);
    await sleep(1200);
    for (const key of ['exp-a', 'exp-b', 'exp-c']) assert.equal(await probe.ok('kv_get', [key]), null, `${key} expired`);
    assert.deepEqual(await probe.ok('kv_list'), ['forever', 'negative'], 'no expiry (0 or less) never expires');
    assert.equal(await probe.ok('kv_compare_and_set', ['exp-a', 'a', 'new']), false, 'an expired value matches nothing');
    assert.equal(await probe.ok('kv_compare_and_delete', ['exp-b', 'b']), false);
    assert.equal(await probe.ok('kv_set_with_options', ['exp-c', 'again'], { atomic: true, old_value: null }), true, 'an expired key counts as absent');
    assert.equal(await get('exp-c'), 'again');
  });

  test('set with options: plain writes, atomic insert-if-absent, compare, delete with no value', async () => {
    const opts = (key: string, value: unknown, options: Record<string, unknown>) => probe.ok('kv_set_with_options', [key, value], options);
    assert.equal(await opts('o', 'v1', {}), true);
    assert.equal(await get('o'), 'v1');
    assert.equal(await opts('o', null, {}), true, 'no value deletes');
    assert.equal(await probe.ok('kv_get', ['o']), null);

    assert.equal(await opts('o', 'first', { atomic: true }), true, 'absent: inserted');
    assert.equal(await opts('o', 'second', { atomic: true }), false, 'present: not inserted');
    assert.equal(await get('o'), 'first');
    assert.equal(await opts('o', 'second', { atomic: true, old_value: 'wrong' }), false, 'mismatch');
    assert.equal(await get('o'), 'first');
    assert.equal(await opts('o', 'second', { atomic: true, old_value: 'first' }), true, 'match');
    assert.equal(await get('o'), 'second');
    assert.equal(await opts('absent', 'x', { atomic: true, old_value: 'anything' }), false, 'an absent key matches no old value');
    assert.equal(await probe.ok('kv_get', ['absent']), null);

    assert.equal(await opts('o', null, { atomic: true, old_value: 'wrong' }), false, 'atomic delete, mismatch');
    assert.equal(await get('o'), 'second');
    assert.equal(await opts('o', null, { atomic: true }), false, 'atomic delete with no old value never matches');
    assert.equal(await opts('o', null, { atomic: true, old_value: 'second' }), true, 'atomic delete, match');
    assert.equal(await probe.ok('kv_get', ['o']), null);

    const refused = await probe.call('kv_set_with_options', ['o', 'v'], { old_value: 'x' });
    assert.equal(refused.error?.type, 'ValidationError');
    assert.equal(refused.error?.status_code, 400);
    assert.equal(refused.error?.id, 'model.plugin_kvset_options.is_valid.old_value.app_error');
  });

  test('compare-and-set: absent → set, mismatch → false, match → true, no new value deletes', async () => {
    const cas = (key: string, oldValue: unknown, newValue: unknown) => probe.ok('kv_compare_and_set', [key, oldValue, newValue]);
    assert.equal(await cas('cas', null, '1'), true);
    assert.equal(await cas('cas', null, 'again'), false, 'only if absent');
    assert.equal(await cas('cas', '2', '3'), false);
    assert.equal(await get('cas'), '1');
    assert.equal(await cas('cas', '1', '2'), true);
    assert.equal(await get('cas'), '2');
    assert.equal(await cas('cas', 'wrong', null), false);
    assert.equal(await cas('cas', null, null), false, 'no old and no new value: nothing to do');
    assert.equal(await cas('cas', '2', null), true, 'a match with no new value deletes');
    assert.equal(await probe.ok('kv_get', ['cas']), null);
    assert.equal(await probe.ok('kv_compare_and_set', ['cas-async', null, 'a'], {}, 'async'), true);
  });

  test('compare-and-delete: match, mismatch, absent, no old value', async () => {
    await probe.ok('kv_set', ['cad', 'held']);
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad', 'other']), false);
    assert.equal(await get('cad'), 'held');
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad', null]), false, 'None never matches');
    await probe.ok('kv_set', ['cad-null', 'null']);
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad-null', null]), false, 'None is no value, not the JSON text null');
    assert.equal(await get('cad-null'), 'null');
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad', 'held']), true);
    assert.equal(await probe.ok('kv_get', ['cad']), null);
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad', 'held']), false, 'absent');
    await probe.ok('kv_set', ['cad-async', bytesArg(Buffer.from([1, 2]))]);
    assert.equal(await probe.ok('kv_compare_and_delete', ['cad-async', bytesArg(Buffer.from([1, 2]))], {}, 'async'), true);
  });

  test("keys are private: another plugin's get, list, delete, delete_all and compare never touch them", async () => {
    await probe.ok('kv_delete_all');
    await other.ok('kv_delete_all');
    await probe.ok('kv_set', ['shared-name', 'mine']);
    assert.equal(await other.ok('kv_get', ['shared-name']), null);
    assert.deepEqual(await other.ok('kv_list'), []);
    await other.ok('kv_set', ['shared-name', 'theirs']);
    assert.equal(await get('shared-name'), 'mine');
    assert.equal(await get('shared-name', other), 'theirs');
    assert.equal(await other.ok('kv_compare_and_set', ['shared-name', 'mine', 'stolen']), false);
    assert.equal(await other.ok('kv_compare_and_delete', ['shared-name', 'mine']), false);
    assert.equal(await other.ok('kv_set_with_options', ['shared-name', 'stolen'], { atomic: true, old_value: 'mine' }), false);
    await other.ok('kv_delete', ['shared-name']);
    assert.equal(await get('shared-name'), 'mine');
    await other.ok('kv_set', ['only-theirs', 'x']);
    await other.ok('kv_delete_all');
    assert.equal(await get('shared-name'), 'mine', "another plugin's delete_all leaves my keys");
    assert.deepEqual(await probe.ok('kv_list'), ['shared-name']);
    assert.deepEqual(await other.ok('kv_list'), []);
  });

  test("keys are 1 to 150 characters (Mattermost's limit, in characters); others are refused with 400", async () => {
    const longest = 'é'.repeat(150);
    await probe.ok('kv_set', [longest, 'fits']);
    assert.equal(await get(longest), 'fits');
    const tooLong = 'k'.repeat(151);
    const calls: Array<[string, unknown[], Record<string, unknown>?]> = [
      ['kv_set', [tooLong, 'v']],
      ['kv_get', [tooLong]],
      ['kv_delete', [tooLong]],
      ['kv_set_with_expiry', [tooLong, 'v', 10]],
      ['kv_set_with_options', [tooLong, 'v'], { atomic: true }],
      ['kv_compare_and_set', [tooLong, null, 'v']],
      ['kv_compare_and_delete', [tooLong, 'v']],
      ['kv_set', ['', 'v']],
      ['kv_get', ['']],
    ];
    for (const [method, args, kwargs] of calls) {
      const answer = await probe.call(method, args, kwargs);
      assert.equal(answer.error?.type, 'ValidationError', `${method} with key of ${String(args[0]).length} characters`);
      assert.equal(answer.error?.status_code, 400);
      assert.match(answer.error!.message, /key/);
    }
  });
});
