import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { type Db, openDatabase } from '../store/db.js';
import { KVStore } from './kv.js';

let db: Db;
let kv: KVStore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-kv-'));
const b = (s: string) => Buffer.from(s);

before(async () => {
  db = await openDatabase(dir);
  kv = new KVStore(db);
});
after(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('set, get, delete; missing keys are undefined', async () => {
  await kv.set('p', 'k', b('v'));
  assert.deepEqual(await kv.get('p', 'k'), b('v'));
  await kv.delete('p', 'k');
  assert.equal(await kv.get('p', 'k'), undefined);
  await kv.delete('p', 'never-there');
});

test('keys are private to each plugin', async () => {
  await kv.set('a', 'shared', b('from a'));
  assert.equal(await kv.get('b', 'shared'), undefined);
  await kv.deleteAll('b');
  assert.deepEqual(await kv.get('a', 'shared'), b('from a'));
});

test('compare-and-set: insert if absent, swap on match, fail on mismatch, delete with unset new value', async () => {
  assert.equal(await kv.compareAndSet('p', 'cas', undefined, b('1')), true);
  assert.equal(await kv.compareAndSet('p', 'cas', undefined, b('again')), false);
  assert.equal(await kv.compareAndSet('p', 'cas', b('wrong'), b('2')), false);
  assert.equal(await kv.compareAndSet('p', 'cas', b('1'), b('2')), true);
  assert.deepEqual(await kv.get('p', 'cas'), b('2'));
  assert.equal(await kv.compareAndSet('p', 'cas', b('2'), undefined), true);
  assert.equal(await kv.get('p', 'cas'), undefined);
  assert.equal(await kv.compareAndDelete('p', 'cas', undefined), false);
});

test('an empty value is no value: setting one deletes, an empty old value is "absent"', async () => {
  await kv.set('p', 'e', b('v'));
  assert.equal(await kv.set('p', 'e', b('')), true);
  assert.equal(await kv.get('p', 'e'), undefined);
  assert.equal(await kv.compareAndSet('p', 'e', b(''), b('new')), true, 'empty old value: insert if absent');
  assert.equal(await kv.compareAndDelete('p', 'e', b('')), false);
  assert.deepEqual(await kv.get('p', 'e'), b('new'));
});

test('old_value without atomic is refused', async () => {
  await assert.rejects(kv.set('p', 'k', b('v'), { oldValue: b('x') }), /old_value is only allowed with atomic/);
});

test('expired values are invisible to get, list and compare-and-set', async () => {
  await kv.set('exp', 'soon', b('x'), { expireInSeconds: 1 });
  assert.deepEqual(await kv.list('exp', 0, 10), ['soon']);
  await db.updateTable('plugin_kv').set({ expire_at: Date.now() - 1 }).where('pkey', '=', 'soon').execute();
  assert.equal(await kv.get('exp', 'soon'), undefined);
  assert.deepEqual(await kv.list('exp', 0, 10), []);
  assert.equal(await kv.compareAndSet('exp', 'soon', b('x'), b('y')), false);
  assert.equal(await kv.compareAndSet('exp', 'soon', undefined, b('fresh')), true, 'an expired key counts as absent');
});

test('list pages in key order; per_page <= 0 means 10', async () => {
  for (let i = 0; i < 12; i++) await kv.set('list', `k${String(i).padStart(2, '0')}`, b('v'));
  assert.deepEqual(await kv.list('list', 0, 5), ['k00', 'k01', 'k02', 'k03', 'k04']);
  assert.deepEqual(await kv.list('list', 2, 5), ['k10', 'k11']);
  assert.equal((await kv.list('list', 0, 0)).length, 10);
});

test('keys longer than 150 characters are refused', async () => {
  await assert.rejects(kv.set('p', 'x'.repeat(151), b('v')), /key/);
  await assert.rejects(kv.get('p', ''), /key/);
});
