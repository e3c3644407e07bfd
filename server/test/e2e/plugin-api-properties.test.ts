// Property groups, fields and values through the Plugin API, from a real Python plugin (the
// api_probe fixture, and a second copy of it as another plugin): every one of the 28 methods,
// their results and their errors (400 naming what is wrong, 404, 409, 403 for owned fields);
// groups shared by name; templates and linked fields; soft deletes; counts; cursor paging.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Probe, type ProbeCaller, probePluginId, startProbe } from '../api-probe.js';

/** A fresh id in Mattermost's shape (26 lower-case letters and digits). */
const anId = () => Array.from({ length: 26 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[crypto.randomInt(36)]).join('');

describe('Plugin API: properties', () => {
  let probe: Probe;
  let other: ProbeCaller;
  const otherPluginId = 'com.plughost.api-probe-other';

  /** Fails unless `method` raised `type` with a message matching `pattern`. */
  async function refused(caller: ProbeCaller, method: string, args: unknown[], kwargs: Record<string, unknown>, type: string, pattern: RegExp) {
    const answer = await caller.call(method, args, kwargs);
    assert.equal(answer.error?.type, type, `${method}: ${JSON.stringify(answer)}`);
    assert.match(answer.error!.message, pattern, method);
    return answer.error!;
  }

  before(async () => {
    probe = await startProbe();
    other = await probe.installAnother(otherPluginId);
  });
  after(async () => {
    await probe?.stop();
  });

  test('RegisterPropertyGroup gives every plugin the same group for the same name; GetPropertyGroup finds it', async () => {
    const group = await probe.ok('register_property_group', ['tasks']);
    assert.equal(group.name, 'tasks');
    assert.match(group.id, /^[a-z0-9]{26}$/);
    assert.deepEqual(await probe.ok('register_property_group', ['tasks']), group);
    assert.deepEqual(await other.ok('register_property_group', ['tasks']), group, 'another plugin shares it');
    assert.deepEqual(await other.ok('get_property_group', ['tasks'], {}, 'async'), group);
    await refused(probe, 'get_property_group', ['never_registered'], {}, 'NotFoundError', /"never_registered" not found/);
    await refused(probe, 'register_property_group', ['Bad Name'], {}, 'ValidationError', /Invalid name: name must be lower-case letters/);
    await refused(probe, 'register_property_group', [''], {}, 'ValidationError', /Invalid name: name is required/);
  });

  test('CreatePropertyField and the three ways to get fields', async () => {
    const group = await probe.ok('register_property_group', ['fields_basics']);
    const priority = await probe.ok('create_property_field', [], {
      group_id: group.id, name: 'priority', type: 'select', attrs: { options: [{ name: 'High', color: '#f00' }, { name: 'Low' }], sort_order: 1 },
    });
    assert.equal(priority.group_id, group.id);
    assert.equal(priority.type, 'select');
    assert.deepEqual(priority.attrs.options.map((o: any) => o.name), ['High', 'Low']);
    assert.ok(priority.attrs.options.every((o: any) => /^[a-z0-9]{26}$/.test(o.id)), 'options get ids');
    assert.equal(priority.attrs.sort_order, 1);
    assert.ok(priority.create_at > 0 && priority.update_at === priority.create_at && priority.delete_at === 0);
    const channelId = anId();
    const note = await probe.ok('create_property_field', [], { group_id: group.id, name: 'note', type: 'text', target_type: 'channel', target_id: channelId });

    assert.deepEqual(await probe.ok('get_property_field', [group.id, priority.id]), priority);
    assert.deepEqual(await other.ok('get_property_fields', [group.id, [note.id, priority.id]]), [note, priority]);
    assert.deepEqual(await probe.ok('get_property_field_by_name', [group.id, '', 'priority']), priority);
    assert.deepEqual(await probe.ok('get_property_field_by_name', [group.id, channelId, 'note']), note);

    const missing = anId();
    await refused(probe, 'get_property_field', [group.id, missing], {}, 'NotFoundError', new RegExp(missing));
    await refused(probe, 'get_property_fields', [group.id, [priority.id, missing]], {}, 'NotFoundError', new RegExp(`not found: ${missing}`));
    await refused(probe, 'get_property_field_by_name', [group.id, anId(), 'note'], {}, 'NotFoundError', /"note" not found/);
    const elsewhere = await probe.ok('register_property_group', ['fields_elsewhere']);
    await refused(probe, 'get_property_field', [elsewhere.id, priority.id], {}, 'NotFoundError', /not found/);
    await refused(probe, 'get_property_field', [anId(), priority.id], {}, 'NotFoundError', /Property group .* not found/);

    for (const [fields, type, pattern] of [
      [{ name: 'priority', type: 'text' }, 'AlreadyExistsError', /"priority" already exists/],
      [{ name: 'size', type: 'number' }, 'ValidationError', /Invalid type: type must be one of text, select, multiselect, date, user, multiuser/],
      [{ name: '', type: 'text' }, 'ValidationError', /Invalid name: name is required/],
      [{ name: 'tags', type: 'multiselect', attrs: { options: [{ name: 'a' }, { name: 'a' }] } }, 'ValidationError', /attrs\.options\[1\]\.name repeats "a"/],
      [{ name: 'tags', type: 'multiselect', attrs: { options: 'a, b' } }, 'ValidationError', /attrs\.options must be a list/],
      [{ name: 'due', type: 'date', attrs: { options: [{ name: 'x' }] } }, 'ValidationError', /are for select and multiselect fields only/],
      [{ name: 'typed', type: 'text', object_type: 'user', target_type: 'galaxy' }, 'ValidationError', /Invalid target_type/],
    ] as const) {
      await refused(probe, 'create_property_field', [], { group_id: group.id, ...fields }, type, pattern);
    }
    await refused(probe, 'create_property_field', [], { group_id: anId(), name: 'x', type: 'text' }, 'NotFoundError', /Property group .* not found/);
  });

  test('UpdatePropertyField and UpdatePropertyFields replace fields, all or none', async () => {
    const group = await probe.ok('register_property_group', ['fields_updates']);
    const a = await probe.ok('create_property_field', [], { group_id: group.id, name: 'a', type: 'text' });
    const b = await probe.ok('create_property_field', [], { group_id: group.id, name: 'b', type: 'text' });

    const renamed = await probe.ok('update_property_field', [group.id, a], { name: 'alpha', type: 'select', attrs: { options: [{ name: 'one' }] } });
    assert.deepEqual([renamed.id, renamed.name, renamed.type, renamed.create_at], [a.id, 'alpha', 'select', a.create_at]);
    assert.ok(renamed.update_at > a.update_at);
    assert.deepEqual(await probe.ok('get_property_field', [group.id, a.id]), renamed);

    const both = await probe.ok('update_property_fields', [group.id, [{ ...renamed, name: 'first' }, { ...b, name: 'second' }]]);
    assert.deepEqual(both.map((f: any) => f.name), ['first', 'second']);
    // The second one is bad: neither changes.
    await refused(probe, 'update_property_fields', [group.id, [{ ...both[0], name: 'changed' }, { ...both[1], type: 'colour' }]], {}, 'ValidationError', /Invalid type/);
    assert.equal((await probe.ok('get_property_field', [group.id, a.id])).name, 'first');

    await refused(probe, 'update_property_field', [group.id, both[1]], { name: 'first' }, 'AlreadyExistsError', /"first" already exists/);
    await refused(probe, 'update_property_field', [group.id, { ...b, id: anId() }], {}, 'NotFoundError', /not found/);
    await refused(probe, 'update_property_field', [group.id, both[1]], { object_type: 'user', target_type: 'system' }, 'ValidationError', /object_type cannot change/);
  });

  test('templates: a linked field takes the template\'s type and options, follows its changes, and keeps it from being deleted', async () => {
    const group = await probe.ok('register_property_group', ['templates']);
    const template = await probe.ok('create_property_field', [], {
      group_id: group.id, name: 'status', type: 'select', object_type: 'template', target_type: 'system', attrs: { options: [{ name: 'Open' }] },
    });
    const linked = await probe.ok('create_property_field', [], { group_id: group.id, name: 'status', object_type: 'user', target_type: 'system', linked_field_id: template.id });
    assert.equal(linked.type, 'select');
    assert.deepEqual(linked.attrs.options, template.attrs.options);

    await probe.ok('update_property_field', [group.id, template], { attrs: { options: [...template.attrs.options, { name: 'Closed' }] } });
    const followed = await probe.ok('get_property_field', [group.id, linked.id]);
    assert.deepEqual(followed.attrs.options.map((o: any) => o.name), ['Open', 'Closed']);
    assert.equal((await probe.ok('search_property_fields', [group.id], { linked_field_id: template.id })).length, 1);

    await refused(probe, 'update_property_field', [group.id, followed], { type: 'text' }, 'ValidationError', /type of a linked field is its template's/);
    await refused(probe, 'delete_property_field', [group.id, template.id], {}, 'AlreadyExistsError', /has linked fields/);
    await refused(probe, 'create_property_field', [], { group_id: group.id, name: 'x', object_type: 'user', target_type: 'system', linked_field_id: anId() }, 'NotFoundError', /Linked field .* not found/);
    await refused(probe, 'create_property_field', [], { group_id: group.id, name: 'y', object_type: 'user', target_type: 'system', linked_field_id: linked.id }, 'ValidationError', /must name a template field/);

    const unlinked = await probe.ok('update_property_field', [group.id, followed], { linked_field_id: '' });
    assert.equal(unlinked.linked_field_id, '');
    await probe.ok('delete_property_field', [group.id, template.id]);
  });

  test('values: created, read and updated; each checked against its field\'s type', async () => {
    const group = await probe.ok('register_property_group', ['values_basics']);
    const priority = await probe.ok('create_property_field', [], { group_id: group.id, name: 'priority', type: 'select', attrs: { options: [{ name: 'High' }, { name: 'Low' }] } });
    const [high, low] = priority.attrs.options.map((o: any) => o.id);
    const due = await probe.ok('create_property_field', [], { group_id: group.id, name: 'due', type: 'date' });
    const assignees = await probe.ok('create_property_field', [], { group_id: group.id, name: 'assignees', type: 'multiuser' });
    const postId = anId();
    const on = (field: any, value: unknown) => ({ group_id: group.id, field_id: field.id, target_type: 'post', target_id: postId, value });

    const chosen = await probe.ok('create_property_value', [], on(priority, high));
    assert.deepEqual([chosen.field_id, chosen.target_id, chosen.target_type, chosen.value, chosen.delete_at], [priority.id, postId, 'post', high, 0]);
    const date = await probe.ok('create_property_value', [], on(due, 1767225600000));
    assert.equal(date.value, 1767225600000, 'a date stays an integer');
    const people = await probe.ok('create_property_value', [], on(assignees, [probe.adminUser.id]));
    assert.deepEqual(people.value, [probe.adminUser.id]);

    assert.deepEqual(await probe.ok('get_property_value', [group.id, chosen.id]), chosen);
    assert.deepEqual(await other.ok('get_property_values', [group.id, [date.id, chosen.id]]), [date, chosen]);
    const missing = anId();
    await refused(probe, 'get_property_value', [group.id, missing], {}, 'NotFoundError', new RegExp(missing));
    await refused(probe, 'get_property_values', [group.id, [chosen.id, missing]], {}, 'NotFoundError', new RegExp(`not found: ${missing}`));

    const changed = await probe.ok('update_property_value', [group.id, chosen], { value: low });
    assert.deepEqual([changed.id, changed.value, changed.create_at], [chosen.id, low, chosen.create_at]);
    assert.ok(changed.update_at > chosen.update_at);
    const [later, nobody] = await probe.ok('update_property_values', [group.id, [{ ...date, value: 1767312000000 }, { ...people, value: [] }]]);
    assert.deepEqual([later.value, nobody.value], [1767312000000, []]);
    await refused(probe, 'update_property_values', [group.id, [{ ...later, value: 1 }, { ...nobody, value: ['not-an-id'] }]], {}, 'ValidationError', /must be a list of user ids/);
    assert.equal((await probe.ok('get_property_value', [group.id, date.id])).value, 1767312000000, 'all or none');

    for (const [field, value, pattern] of [
      [priority, 'High', /"High" is not one of the options \(field "priority" is of type select\)/],
      [due, '2026-01-01', /Invalid value: value must be a time in ms since the epoch/],
      [assignees, 'someone', /must be a list of user ids/],
    ] as const) {
      await refused(probe, 'create_property_value', [], { ...on(field, value), target_id: anId() }, 'ValidationError', pattern);
    }
    await refused(probe, 'create_property_value', [], on(priority, high), 'AlreadyExistsError', /has a value of property field "priority" already/);
    await refused(probe, 'create_property_value', [], { ...on(priority, high), target_id: 'short' }, 'ValidationError', /Invalid target_id/);
    await refused(probe, 'create_property_value', [], { ...on(priority, high), field_id: anId() }, 'NotFoundError', /Property field .* not found/);
    await refused(probe, 'create_property_value', [], { ...on(priority, undefined), target_id: anId() }, 'ValidationError', /Invalid value: value is required/);
    await refused(probe, 'update_property_value', [group.id, { ...chosen, id: anId() }], {}, 'NotFoundError', /Property value .* not found/);
  });

  test('UpsertPropertyValue(s) create or replace the live value of a field for a target', async () => {
    const group = await probe.ok('register_property_group', ['values_upserts']);
    const label = await probe.ok('create_property_field', [], { group_id: group.id, name: 'label', type: 'text' });
    const owner = await probe.ok('create_property_field', [], { group_id: group.id, name: 'owner', type: 'user' });
    const target = anId();
    const first = await probe.ok('upsert_property_value', [], { group_id: group.id, field_id: label.id, target_type: 'user', target_id: target, value: 'one' });
    const again = await probe.ok('upsert_property_value', [], { group_id: group.id, field_id: label.id, target_type: 'user', target_id: target, value: 'two' });
    assert.equal(again.id, first.id, 'the same value, replaced');
    assert.equal(again.value, 'two');

    const [relabelled, owned] = await probe.ok('upsert_property_values', [[
      { group_id: group.id, field_id: label.id, target_type: 'user', target_id: target, value: 'three' },
      { group_id: group.id, field_id: owner.id, target_type: 'user', target_id: target, value: probe.adminUser.id },
    ]], {}, 'async');
    assert.deepEqual([relabelled.id, relabelled.value, owned.value], [first.id, 'three', probe.adminUser.id]);
    await refused(probe, 'upsert_property_values', [[
      { group_id: group.id, field_id: label.id, target_type: 'user', target_id: target, value: 'four' },
      { group_id: group.id, field_id: owner.id, target_type: 'user', target_id: target, value: 'not a user' },
    ]], {}, 'ValidationError', /must be a user id/);
    assert.equal((await probe.ok('get_property_value', [group.id, first.id])).value, 'three', 'all or none');
  });

  test('deletes are soft and hidden from searches and counts unless include_deleted; deleting a target\'s values is for good', async () => {
    const group = await probe.ok('register_property_group', ['deletes']);
    const keep = await probe.ok('create_property_field', [], { group_id: group.id, name: 'keep', type: 'text' });
    const drop = await probe.ok('create_property_field', [], { group_id: group.id, name: 'drop', type: 'text' });
    const channelId = anId();
    await probe.ok('create_property_field', [], { group_id: group.id, name: 'local', type: 'text', target_type: 'channel', target_id: channelId });
    const [t1, t2] = [anId(), anId()];
    const write = (field: any, target: string, value: string) => probe.ok('upsert_property_value', [], { group_id: group.id, field_id: field.id, target_type: 'user', target_id: target, value });
    const k1 = await write(keep, t1, 'k1');
    const k2 = await write(keep, t2, 'k2');
    const d1 = await write(drop, t1, 'd1');

    assert.equal(await probe.ok('count_property_fields', [group.id]), 3);
    assert.equal(await probe.ok('count_property_fields_for_target', [group.id, 'channel', channelId]), 1);
    assert.equal(await probe.ok('count_property_fields_for_target', [group.id, '', '']), 2);

    await probe.ok('delete_property_value', [group.id, k2.id]);
    const softly = await probe.ok('get_property_value', [group.id, k2.id]);
    assert.ok(softly.delete_at > 0, 'still readable by id, with delete_at');
    assert.deepEqual((await probe.ok('search_property_values', [group.id], { field_id: keep.id })).map((v: any) => v.id), [k1.id]);
    assert.deepEqual((await probe.ok('search_property_values', [group.id], { field_id: keep.id, include_deleted: true })).map((v: any) => v.id).sort(), [k1.id, k2.id].sort());
    await refused(probe, 'delete_property_value', [group.id, k2.id], {}, 'NotFoundError', /not found/);
    const k2again = await write(keep, t2, 'k2 again');
    assert.notEqual(k2again.id, k2.id, 'a deleted value frees its field and target');

    await probe.ok('delete_property_field', [group.id, drop.id]);
    assert.ok((await probe.ok('get_property_field', [group.id, drop.id])).delete_at > 0);
    assert.ok((await probe.ok('get_property_value', [group.id, d1.id])).delete_at > 0, 'a field\'s values go with it');
    assert.equal(await probe.ok('count_property_fields', [group.id]), 2);
    assert.equal(await probe.ok('count_property_fields', [group.id], { include_deleted: true }), 3);
    assert.equal(await probe.ok('count_property_fields_for_target', [group.id, '', ''], { include_deleted: true }), 2);
    assert.deepEqual((await probe.ok('search_property_fields', [group.id])).map((f: any) => f.name).sort(), ['keep', 'local']);
    assert.equal((await probe.ok('search_property_fields', [group.id], { include_deleted: true })).length, 3);
    await refused(probe, 'delete_property_field', [group.id, drop.id], {}, 'NotFoundError', /not found/);
    await refused(probe, 'upsert_property_value', [], { group_id: group.id, field_id: drop.id, target_type: 'user', target_id: t1, value: 'x' }, 'NotFoundError', /not found/);
    const recreated = await probe.ok('create_property_field', [], { group_id: group.id, name: 'drop', type: 'date' });
    assert.notEqual(recreated.id, drop.id, 'a deleted field frees its name');

    await probe.ok('delete_property_values_for_target', [group.id, 'user', t1]);
    await refused(probe, 'get_property_value', [group.id, k1.id], {}, 'NotFoundError', /not found/);
    await refused(probe, 'get_property_value', [group.id, d1.id], {}, 'NotFoundError', /not found/);
    assert.equal((await probe.ok('get_property_value', [group.id, k2again.id])).delete_at, 0, 'other targets keep theirs');
    await refused(probe, 'delete_property_values_for_target', [group.id, '', t2], {}, 'ValidationError', /Invalid target_type: target_type is required/);

    await probe.ok('delete_property_values_for_field', [group.id, keep.id]);
    assert.ok((await probe.ok('get_property_value', [group.id, k2again.id])).delete_at > 0);
    assert.deepEqual(await probe.ok('search_property_values', [group.id]), []);
    assert.equal((await probe.ok('get_property_field', [group.id, keep.id])).delete_at, 0, 'the field stays');
    await refused(probe, 'delete_property_values_for_field', [group.id, anId()], {}, 'NotFoundError', /not found/);
    await refused(probe, 'count_property_fields', [anId()], {}, 'NotFoundError', /Property group/);
  });

  test('SearchPropertyFields and SearchPropertyValues page by cursor, oldest first, with filters', async () => {
    const group = await probe.ok('register_property_group', ['paging']);
    const targetA = anId();
    const targetB = anId();
    const fields = [];
    for (let i = 0; i < 7; i++) {
      fields.push(await probe.ok('create_property_field', [], { group_id: group.id, name: `f${i}`, type: 'text', target_type: 'channel', target_id: i < 4 ? targetA : targetB }));
    }
    const order = (items: any[]) => [...items].sort((x, y) => x.create_at - y.create_at || (x.id < y.id ? -1 : 1)).map((x) => x.id);

    const pages = async (method: string, opts: Record<string, unknown>) => {
      const out: any[][] = [];
      let cursor: Record<string, unknown> = {};
      for (;;) {
        const page = await probe.ok(method, [group.id], { ...opts, ...cursor }, 'async');
        if (!page.length) return out;
        out.push(page);
        cursor = { cursor_create_at: page.at(-1).create_at, cursor_id: page.at(-1).id };
      }
    };
    const fieldPages = await pages('search_property_fields', { per_page: 3 });
    assert.deepEqual(fieldPages.map((p) => p.length), [3, 3, 1]);
    assert.deepEqual(fieldPages.flat().map((f) => f.id), order(fields));
    assert.equal((await probe.ok('search_property_fields', [group.id])).length, 7, '60 per page by default');
    assert.deepEqual((await probe.ok('search_property_fields', [group.id], { target_id: targetB })).map((f: any) => f.id), order(fields.slice(4)));
    assert.equal((await probe.ok('search_property_fields', [group.id], { target_ids: [targetA, targetB], target_type: 'channel' })).length, 7);
    assert.deepEqual(await probe.ok('search_property_fields', [group.id], { target_type: 'team' }), []);
    const since = fields[3].update_at;
    assert.deepEqual((await probe.ok('search_property_fields', [group.id], { since_update_at: since })).map((f: any) => f.id), order(fields.filter((f) => f.update_at > since)));

    const values = [];
    for (const [i, field] of fields.entries()) {
      values.push(await probe.ok('upsert_property_value', [], { group_id: group.id, field_id: field.id, target_type: 'user', target_id: i % 2 ? targetA : targetB, value: i % 3 ? 'odd' : 'even' }));
    }
    const valuePages = await pages('search_property_values', { per_page: 2 });
    assert.deepEqual(valuePages.map((p) => p.length), [2, 2, 2, 1]);
    assert.deepEqual(valuePages.flat().map((v) => v.id), order(values));
    assert.deepEqual((await probe.ok('search_property_values', [group.id], { target_ids: [targetA] })).map((v: any) => v.id), order(values.filter((_, i) => i % 2)));
    assert.deepEqual((await probe.ok('search_property_values', [group.id], { value: 'even' })).map((v: any) => v.id), order(values.filter((_, i) => !(i % 3))));
    assert.deepEqual((await probe.ok('search_property_values', [group.id], { field_id: fields[2].id, target_id: targetB })).map((v: any) => v.id), [values[2].id]);
    assert.deepEqual(await probe.ok('search_property_values', [group.id], { target_type: 'post' }), []);

    for (const method of ['search_property_fields', 'search_property_values']) {
      await refused(probe, method, [group.id], { per_page: 1001 }, 'ValidationError', /Invalid per_page: per_page must be 1 to 1000/);
      await refused(probe, method, [group.id], { cursor_id: fields[0].id }, 'ValidationError', /Invalid cursor_create_at/);
      await refused(probe, method, [group.id], { cursor_create_at: 5, cursor_id: 'nope' }, 'ValidationError', /Invalid cursor_id/);
      await refused(probe, method, [anId()], {}, 'NotFoundError', /Property group/);
    }
  });

  test('owners: only the owning plugin writes an owned field, and its values only as one of the owner\'s scopes (the *WithOptions methods)', async () => {
    const group = await other.ok('register_property_group', ['owned']);
    const owners = [{ id: probePluginId, type: 'plugin', scopes: ['entra', 'okta'] }];
    await refused(other, 'create_property_field', [], { group_id: group.id, name: 'not_mine', type: 'text', attrs: { owners } }, 'PermissionDeniedError', /only when it is one of them/);
    const field = await probe.ok('create_property_field', [], { group_id: group.id, name: 'department', type: 'text', attrs: { owners } });
    assert.deepEqual(field.attrs.owners, owners);
    const value = (target: string, v: string) => ({ group_id: group.id, field_id: field.id, target_type: 'user', target_id: target, value: v });
    const [u1, u2, u3] = [anId(), anId(), anId()];

    await refused(probe, 'upsert_property_value', [], value(u1, 'Sales'), 'PermissionDeniedError', /written by its owners only; this plugin writes them acting as one of the scopes entra, okta \(it acts as none\)/);
    await refused(probe, 'upsert_property_value_with_options', [value(u1, 'Sales'), { acting_as_scope: 'Entra' }], {}, 'PermissionDeniedError', /acting as one of the scopes entra, okta \(it acts as "Entra"\)/);
    await refused(other, 'upsert_property_value_with_options', [value(u1, 'Sales'), { acting_as_scope: 'entra' }], {}, 'PermissionDeniedError', /this plugin is not one of them/);
    const sales = await probe.ok('upsert_property_value_with_options', [value(u1, 'Sales'), { acting_as_scope: 'entra' }]);
    assert.equal(sales.value, 'Sales');
    const [eng, ops] = await probe.ok('upsert_property_values_with_options', [[value(u2, 'Engineering'), value(u3, 'Ops')]], { acting_as_scope: 'okta' });
    assert.deepEqual([eng.value, ops.value], ['Engineering', 'Ops']);
    await refused(other, 'upsert_property_values_with_options', [[value(u2, 'x')]], { acting_as_scope: 'okta' }, 'PermissionDeniedError', /not one of them/);
    await refused(probe, 'create_property_value', [], value(anId(), 'x'), 'PermissionDeniedError', /written by its owners only/);
    await refused(probe, 'update_property_value', [group.id, sales], { value: 'x' }, 'PermissionDeniedError', /written by its owners only/);

    await refused(probe, 'delete_property_value', [group.id, sales.id], {}, 'PermissionDeniedError', /owners only/);
    await probe.ok('delete_property_value_with_options', [group.id, sales.id], { acting_as_scope: 'entra' });
    assert.ok((await probe.ok('get_property_value', [group.id, sales.id])).delete_at > 0);
    await refused(other, 'delete_property_values_for_target_with_options', [group.id, 'user', u2], { acting_as_scope: 'entra' }, 'PermissionDeniedError', /not one of them/);
    await probe.ok('delete_property_values_for_target_with_options', [group.id, 'user', u2], { acting_as_scope: 'entra' });
    await refused(probe, 'get_property_value', [group.id, eng.id], {}, 'NotFoundError', /not found/);
    await refused(probe, 'delete_property_values_for_field', [group.id, field.id], {}, 'PermissionDeniedError', /owners only/);
    await probe.ok('delete_property_values_for_field_with_options', [group.id, field.id], { acting_as_scope: 'okta' });
    assert.ok((await probe.ok('get_property_value', [group.id, ops.id])).delete_at > 0);

    // The field itself: its owners change it; other plugins may read it but not change or delete it.
    assert.deepEqual(await other.ok('get_property_field', [group.id, field.id]), field);
    await refused(other, 'update_property_field', [group.id, field], { name: 'hijacked' }, 'PermissionDeniedError', /managed by its owners/);
    await refused(other, 'delete_property_field', [group.id, field.id], {}, 'PermissionDeniedError', /managed by its owners/);
    const shared = await probe.ok('update_property_field', [group.id, field], { attrs: { owners: [...owners, { id: otherPluginId, type: 'plugin' }] } });
    const byOther = await other.ok('upsert_property_value', [], value(u1, 'written by the co-owner, without a scope'));
    assert.equal(byOther.field_id, shared.id);
    await other.ok('delete_property_field', [group.id, field.id]);
  });
});
