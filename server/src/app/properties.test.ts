// The rules of the property system: field and value shapes, value-against-type checks, owners,
// name uniqueness, templates, paging; the service over a real SQLite database.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Db, openDatabase } from '../store/db.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import type { RequestContext } from './models.js';
import { checkField, checkGroupName, checkOwners, checkValue, checkValueTarget, mayWriteField, mayWriteValues, Properties, type PropertyField } from './properties.js';

/** Runs `fn` and returns the AppError it throws (failing if it throws none, or another kind). */
async function appError(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof AppError, `expected an AppError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected an AppError');
}

const field = (over: Record<string, unknown> = {}) => ({ name: 'priority', type: 'text', ...over });

describe('field rules', () => {
  test('a name (trimmed, at most 255 characters) and a known type are required', async () => {
    assert.equal(checkField(field({ name: '  spaced  ' })).name, 'spaced');
    for (const [input, pattern] of [
      [field({ name: '' }), /Invalid name: name is required/],
      [field({ name: '   ' }), /Invalid name: name is required/],
      [field({ name: 'x'.repeat(256) }), /Invalid name: name must be at most 255 characters/],
      [field({ name: 7 }), /Invalid name: name must be text/],
      [field({ type: 'number' }), /Invalid type: type must be one of text, select, multiselect, date, user, multiuser/],
      [field({ type: undefined }), /Invalid type/],
      [field({ attrs: [] }), /Invalid attrs: attrs must be a JSON object/],
      [field({ target_id: 'x'.repeat(256) }), /Invalid target_id/],
    ] as const) {
      const err = await appError(() => checkField(input));
      assert.equal(err.statusCode, 400);
      assert.match(err.message, pattern);
    }
  });

  test('options: select and multiselect only, each named once; missing ids are made, given ones kept', async () => {
    const kept = newId();
    const { attrs } = checkField(field({ type: 'select', attrs: { options: [{ id: kept, name: 'High', color: '#f00' }, { name: 'Low' }], sort_order: 2 } }));
    const options = attrs.options as { id: string; name: string }[];
    assert.equal(options[0].id, kept);
    assert.match(options[1].id, /^[a-z0-9]{26}$/);
    assert.equal(attrs.sort_order, 2, 'other attrs stay as given');
    for (const [input, pattern] of [
      [field({ attrs: { options: [{ name: 'a' }] } }), /attrs\.options: attrs\.options are for select and multiselect fields only/],
      [field({ type: 'select', attrs: { options: { a: 1 } } }), /attrs\.options must be a list/],
      [field({ type: 'select', attrs: { options: ['High'] } }), /attrs\.options\[0\]/],
      [field({ type: 'select', attrs: { options: [{ name: '' }] } }), /attrs\.options\[0\]\.name is required/],
      [field({ type: 'select', attrs: { options: [{ id: 'short', name: 'a' }] } }), /attrs\.options\[0\]\.id is not a valid id/],
      [field({ type: 'multiselect', attrs: { options: [{ name: 'a' }, { name: 'a' }] } }), /attrs\.options\[1\]\.name repeats "a"/],
      [field({ type: 'select', attrs: { options: [{ name: 'x'.repeat(129) }] } }), /at most 128 characters/],
    ] as const) {
      assert.match((await appError(() => checkField(input))).message, pattern);
    }
  });

  test('typed fields: a known object type at the system, team or channel level', async () => {
    const teamId = newId();
    assert.equal(checkField(field({ object_type: 'user', target_type: 'system' })).object_type, 'user');
    assert.equal(checkField(field({ object_type: 'channel', target_type: 'team', target_id: teamId })).target_id, teamId);
    for (const [input, pattern] of [
      [field({ object_type: 'board', target_type: 'system' }), /Invalid object_type/],
      [field({ object_type: 'user', target_type: 'org' }), /Invalid target_type: target_type must be one of system, team, channel/],
      [field({ object_type: 'user', target_type: 'system', target_id: teamId }), /Invalid target_id: target_id must be empty for a system-level field/],
      [field({ object_type: 'user', target_type: 'team', target_id: 'nope' }), /Invalid target_id: target_id must be the id of the team/],
      [field({ object_type: 'template', target_type: 'system', linked_field_id: newId() }), /linked_field_id cannot be set on a template field/],
      [field({ linked_field_id: newId() }), /linked_field_id needs a field with an object type/],
      [field({ object_type: 'user', target_type: 'system', linked_field_id: 'bad' }), /linked_field_id is not a valid id/],
    ] as const) {
      assert.match((await appError(() => checkField(input))).message, pattern);
    }
    // A linked field takes its template's type, so it may leave its own out.
    assert.equal(checkField({ name: 'n', object_type: 'user', target_type: 'system', linked_field_id: newId() }).linked_field_id.length, 26);
  });

  test('owners: known types, identifier-shaped scopes, bounded lists', async () => {
    assert.deepEqual(checkOwners([{ id: 'com.example.scim', type: 'plugin', scopes: ['entra', 'okta:eu'] }]), [{ id: 'com.example.scim', type: 'plugin', scopes: ['entra', 'okta:eu'] }]);
    assert.deepEqual(checkOwners([{ id: 'p', type: 'plugin' }])[0].scopes, []);
    for (const [owners, pattern] of [
      [{}, /attrs\.owners must be a list/],
      [[{ id: '', type: 'plugin' }], /attrs\.owners\[0\]\.id/],
      [[{ id: 'p', type: 'robot' }], /attrs\.owners\[0\]\.type must be one of plugin, service, role, user/],
      [[{ id: 'p', type: 'plugin', scopes: ['two words'] }], /attrs\.owners\[0\]\.scopes must hold letters/],
      [[{ id: 'p', type: 'plugin', scopes: Array(33).fill('s') }], /at most 32 scopes/],
      [Array(21).fill({ id: 'p', type: 'plugin' }), /at most 20 owners/],
    ] as const) {
      assert.match((await appError(() => checkOwners(owners))).message, pattern);
    }
  });

  test('group names: lower-case identifiers of at most 64 characters', async () => {
    assert.equal(checkGroupName('custom_profile_attributes'), 'custom_profile_attributes');
    for (const name of ['', 'Upper', '_reserved', 'has space', 'x'.repeat(65), 5]) {
      assert.match((await appError(() => checkGroupName(name))).message, /Invalid name/, String(name));
    }
  });
});

describe('value rules', () => {
  const high = newId();
  const low = newId();
  const select = { name: 'priority', type: 'select', attrs: { options: [{ id: high, name: 'High' }, { id: low, name: 'Low' }] } } as const;

  test('each type takes the JSON it stands for', () => {
    const userId = newId();
    assert.equal(checkValue({ name: 'f', type: 'text', attrs: {} }, 'anything'), 'anything');
    assert.equal(checkValue({ name: 'f', type: 'date', attrs: {} }, 1735689600000), 1735689600000);
    assert.equal(checkValue(select, high), high);
    assert.equal(checkValue(select, ''), '', 'an empty select is no choice');
    assert.deepEqual(checkValue({ ...select, type: 'multiselect' }, [high, low]), [high, low]);
    assert.equal(checkValue({ name: 'f', type: 'user', attrs: {} }, userId), userId);
    assert.deepEqual(checkValue({ name: 'f', type: 'multiuser', attrs: {} }, [userId]), [userId]);
    assert.deepEqual(checkValue({ name: 'f', type: 'multiuser', attrs: {} }, []), []);
  });

  test('a value that does not fit is a 400 naming the value and the field', async () => {
    for (const [f, value, pattern] of [
      [{ name: 'note', type: 'text', attrs: {} }, 5, /Invalid value: value must be text \(field "note" is of type text\)/],
      [{ name: 'due', type: 'date', attrs: {} }, '2025-01-01', /must be a time in ms since the epoch/],
      [{ name: 'due', type: 'date', attrs: {} }, 1.5, /must be a time in ms since the epoch/],
      [select, 'High', /"High" is not one of the options/],
      [select, [high], /must be the id of one of the options/],
      [{ ...select, type: 'multiselect' }, [high, 'nope'], /"nope" is not one of the options/],
      [{ ...select, type: 'multiselect' }, high, /must be a list of option ids/],
      [{ name: 'owner', type: 'user', attrs: {} }, 'someone', /must be a user id/],
      [{ name: 'team', type: 'multiuser', attrs: {} }, [newId(), 'x'], /must be a list of user ids/],
    ] as const) {
      const err = await appError(() => checkValue(f as never, value));
      assert.equal(err.statusCode, 400);
      assert.match(err.message, pattern);
    }
  });

  test('a target is a valid id, or "system" for the system', async () => {
    const id = newId();
    assert.deepEqual(checkValueTarget({ target_type: 'user', target_id: id }), { target_type: 'user', target_id: id });
    assert.deepEqual(checkValueTarget({ target_type: 'system', target_id: 'system' }), { target_type: 'system', target_id: 'system' });
    assert.match((await appError(() => checkValueTarget({ target_type: '', target_id: id }))).message, /Invalid target_type: target_type is required/);
    assert.match((await appError(() => checkValueTarget({ target_type: 'user', target_id: 'u1' }))).message, /Invalid target_id: target_id is not a valid id/);
    assert.match((await appError(() => checkValueTarget({ target_type: 'system', target_id: id }))).message, /must be "system"/);
  });
});

describe('owners decide who writes', () => {
  const owned = { attrs: { owners: [{ id: 'com.example.scim', type: 'plugin', scopes: ['entra'] }, { id: 'com.example.free', type: 'plugin', scopes: [] }] } };
  test('a field without owners is everyone\'s', () => {
    assert.equal(mayWriteField('any', { attrs: {} }), true);
    assert.equal(mayWriteValues('any', { attrs: {} }), true);
  });
  test('only listed plugins change an owned field', () => {
    assert.equal(mayWriteField('com.example.scim', owned), true);
    assert.equal(mayWriteField('com.example.other', owned), false);
    assert.equal(mayWriteField(undefined, owned), false);
  });
  test('a scoped owner writes values only as one of its scopes, matched exactly; a scopeless one as any', () => {
    assert.equal(mayWriteValues('com.example.scim', owned, 'entra'), true);
    assert.equal(mayWriteValues('com.example.scim', owned, 'Entra'), false);
    assert.equal(mayWriteValues('com.example.scim', owned, ''), false);
    assert.equal(mayWriteValues('com.example.free', owned, ''), true);
    assert.equal(mayWriteValues('com.example.free', owned, 'okta'), true);
    assert.equal(mayWriteValues('com.example.other', owned, 'entra'), false);
  });
});

describe('the service', () => {
  let db: Db;
  let props: Properties;
  let groupId: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-properties-'));
  const ctx = (pluginId = 'com.example.one'): RequestContext => ({ requestId: '', ipAddress: '', userAgent: '', acceptLanguage: '', pluginId });

  before(async () => {
    db = await openDatabase(dir);
    props = new Properties(db);
    groupId = (await props.registerGroup('unit_tests')).id;
  });
  after(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('registering a name again gives the same group', async () => {
    assert.deepEqual(await props.registerGroup('unit_tests'), { id: groupId, name: 'unit_tests' });
    assert.equal((await appError(() => props.getGroup('never_registered'))).statusCode, 404);
  });

  test('legacy names are unique per target among live fields; a deleted one frees its name', async () => {
    const target = newId();
    const first = await props.createField(ctx(), { group_id: groupId, name: 'dup', type: 'text', target_id: target });
    assert.equal((await appError(() => props.createField(ctx(), { group_id: groupId, name: 'dup', type: 'date', target_id: target }))).statusCode, 409);
    await props.createField(ctx(), { group_id: groupId, name: 'dup', type: 'text', target_id: newId() });
    await props.deleteField(ctx(), groupId, first.id);
    await props.createField(ctx(), { group_id: groupId, name: 'dup', type: 'text', target_id: target });
  });

  test('typed names are unique along the hierarchy: a system-level name is every team\'s', async () => {
    const teamId = newId();
    await props.createField(ctx(), { group_id: groupId, name: 'level', type: 'text', object_type: 'channel', target_type: 'team', target_id: teamId });
    const err = await appError(() => props.createField(ctx(), { group_id: groupId, name: 'level', type: 'text', object_type: 'channel', target_type: 'system' }));
    assert.equal(err.statusCode, 409);
    assert.match(err.message, /at the team level/);
    // Another object type is another namespace.
    await props.createField(ctx(), { group_id: groupId, name: 'level', type: 'text', object_type: 'user', target_type: 'system' });
  });

  test('a linked field takes its template\'s type and options and follows its changes', async () => {
    const template = await props.createField(ctx(), { group_id: groupId, name: 'tpl', type: 'select', object_type: 'template', target_type: 'system', attrs: { options: [{ name: 'A' }] } });
    const linked = await props.createField(ctx(), { group_id: groupId, name: 'from_tpl', object_type: 'user', target_type: 'system', linked_field_id: template.id });
    assert.equal(linked.type, 'select');
    assert.deepEqual(linked.attrs.options, template.attrs.options);

    const options = [...(template.attrs.options as object[]), { name: 'B' }];
    const [updated] = await props.updateFields(ctx(), groupId, [{ ...template, attrs: { options } }]);
    const followed = await props.getField(groupId, linked.id);
    assert.deepEqual(followed.attrs.options, updated.attrs.options);
    assert.equal((followed.attrs.options as object[]).length, 2);

    for (const [change, pattern] of [
      [{ type: 'text' }, /type of a linked field is its template's/],
      [{ attrs: { options: [{ name: 'mine' }] } }, /options of a linked field are its template's/],
      [{ linked_field_id: newId() }, /cannot change to another template/],
    ] as const) {
      assert.match((await appError(() => props.updateFields(ctx(), groupId, [{ ...followed, ...change }]))).message, pattern);
    }
    assert.equal((await appError(() => props.deleteField(ctx(), groupId, template.id))).statusCode, 409, 'a template with linked fields stays');
    const [unlinked] = await props.updateFields(ctx(), groupId, [{ ...followed, linked_field_id: '' }]);
    assert.equal(unlinked.linked_field_id, '');
    await props.deleteField(ctx(), groupId, template.id);

    const plain = await props.createField(ctx(), { group_id: groupId, name: 'plain', type: 'text', object_type: 'user', target_type: 'system' });
    assert.match((await appError(() => props.updateFields(ctx(), groupId, [{ ...plain, linked_field_id: template.id }]))).message, /cannot be set on an existing field/);
    const notTemplate = await appError(() => props.createField(ctx(), { group_id: groupId, name: 'bad_link', object_type: 'user', target_type: 'system', linked_field_id: plain.id }));
    assert.match(notTemplate.message, /must name a template field/);
  });

  test('owners: a plugin gives a field owners only with itself among them, and then only owners write', async () => {
    const other = 'com.example.two';
    assert.equal((await appError(() => props.createField(ctx(), { group_id: groupId, name: 'theirs', type: 'text', attrs: { owners: [{ id: other, type: 'plugin' }] } }))).statusCode, 403);
    const owned = await props.createField(ctx(), { group_id: groupId, name: 'ours', type: 'text', attrs: { owners: [{ id: 'com.example.one', type: 'plugin', scopes: ['entra'] }] } });
    const value = { group_id: groupId, field_id: owned.id, target_type: 'user', target_id: newId(), value: 'v' };
    assert.equal((await appError(() => props.upsertValues(ctx(), [value]))).statusCode, 403, 'no scope');
    assert.equal((await appError(() => props.upsertValues(ctx(other), [value], { actingAsScope: 'entra' }))).statusCode, 403, 'not an owner');
    const [written] = await props.upsertValues(ctx(), [value], { actingAsScope: 'entra' });
    assert.equal((await appError(() => props.deleteValue(ctx(), groupId, written.id))).statusCode, 403);
    assert.equal((await appError(() => props.updateFields(ctx(other), groupId, [{ ...owned, name: 'renamed' }]))).statusCode, 403);
    await props.deleteValue(ctx(), groupId, written.id, { actingAsScope: 'entra' });
  });

  test('values: one live value per field and target; upsert replaces it; all or none of a batch', async () => {
    const f = await props.createField(ctx(), { group_id: groupId, name: 'count_me', type: 'date' });
    const target = newId();
    const v = { group_id: groupId, field_id: f.id, target_type: 'post', target_id: target };
    const created = await props.createValue(ctx(), { ...v, value: 1 });
    assert.equal((await appError(() => props.createValue(ctx(), { ...v, value: 2 }))).statusCode, 409);
    const [replaced] = await props.upsertValues(ctx(), [{ ...v, value: 3 }]);
    assert.equal(replaced.id, created.id);
    assert.equal(replaced.value, 3);
    const other = newId();
    assert.equal((await appError(() => props.upsertValues(ctx(), [{ ...v, target_id: other, value: 4 }, { ...v, value: 'not a date' }]))).statusCode, 400);
    assert.deepEqual(await props.searchValues(groupId, { targetIds: [other] }), [], 'the first of the failed batch was not written');
    assert.equal((await props.getValue(groupId, created.id)).value, 3);
  });

  test('search pages by (create_at, id) and checks its cursor and page size', async () => {
    const g = (await props.registerGroup('paging')).id;
    const made: PropertyField[] = [];
    for (let i = 0; i < 5; i++) made.push(await props.createField(ctx(), { group_id: g, name: `f${i}`, type: 'text' }));
    const seen: string[] = [];
    let cursor: { createAt: number; id: string } | undefined;
    for (;;) {
      const page = await props.searchFields(g, { perPage: 2, cursor });
      if (!page.length) break;
      assert.ok(page.length <= 2);
      seen.push(...page.map((f) => f.id));
      cursor = { createAt: page.at(-1)!.create_at, id: page.at(-1)!.id };
    }
    const expected = [...made].sort((a, b) => a.create_at - b.create_at || (a.id < b.id ? -1 : 1)).map((f) => f.id);
    assert.deepEqual(seen, expected);
    for (const [search, pattern] of [
      [{ perPage: 1001 }, /per_page must be 1 to 1000/],
      [{ perPage: -1 }, /per_page/],
      [{ cursor: { createAt: 0, id: newId() } }, /cursor_create_at/],
      [{ cursor: { createAt: 5, id: 'x' } }, /cursor_id/],
    ] as const) {
      assert.match((await appError(() => props.searchFields(g, search))).message, pattern);
    }
  });
});
