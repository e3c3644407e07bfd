// Mattermost's property system: named groups (shared by every plugin that registers the name),
// the fields a group defines (typed: text, select, date, user …) and the values of a field for
// its targets (a user, a post, anything with an id). Deletes are soft except deleting all of a
// target's values, which is what removing the target calls for.
//
// Two things sit on top of Mattermost's generic store, as its newer servers have them:
// - templates: a field with object_type "template" defines a type and options that fields
//   linked to it (linked_field_id) take over, and keep in step with;
// - owners: a field whose attrs list `owners` is written (the field and its values) only by
//   them; an owner that lists scopes writes values only while the plugin acts as one of those
//   scopes (PropertyRequestOptions.acting_as_scope).
// plughost checks every value against its field's type, which Mattermost leaves to the feature
// built on a group.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { PropertyFieldTable, PropertyValueTable } from '../store/schema.js';
import { AppError, conflict, forbidden, invalidField, notFound } from './errors.js';
import { isValidId, newId, now } from './ids.js';
import type { RequestContext } from './models.js';

export const fieldTypes = ['text', 'select', 'multiselect', 'date', 'user', 'multiuser'] as const;
export type FieldType = (typeof fieldTypes)[number];
/** Object types of typed fields; '' is a legacy (untyped) field. */
export const objectTypes = ['post', 'channel', 'user', 'template'] as const;
/** The target levels of a typed field. */
export const targetLevels = ['system', 'team', 'channel'] as const;
export const ownerTypes = ['plugin', 'service', 'role', 'user'] as const;

export const limits = {
  groupName: 64,
  fieldName: 255,
  target: 255,
  optionName: 128,
  optionColor: 128,
  owners: 20,
  ownerId: 255,
  scopes: 32,
  scope: 64,
  perPage: 1000,
} as const;
const defaultPerPage = 60;
const groupNamePattern = /^[a-z0-9][a-z0-9_]*$/;
const scopePattern = /^[a-zA-Z0-9._:-]+$/;
/** The target id of a value whose target type is "system" (there is no entity id). */
export const systemTargetId = 'system';

export interface PropertyGroup {
  id: string;
  name: string;
}

export interface PropertyField {
  id: string;
  group_id: string;
  name: string;
  type: FieldType;
  attrs: Record<string, unknown>;
  target_id: string;
  target_type: string;
  object_type: string;
  linked_field_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface PropertyValue {
  id: string;
  target_id: string;
  target_type: string;
  group_id: string;
  field_id: string;
  value: unknown;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface PropertyOption {
  id: string;
  name: string;
  color?: string;
  [key: string]: unknown;
}

export interface PropertyOwner {
  id: string;
  type: string;
  scopes: string[];
}

/** A page of a search: after `cursor` (the last item of the previous page), oldest first. */
interface Paging {
  includeDeleted?: boolean;
  sinceUpdateAt?: number;
  cursor?: { createAt: number; id: string };
  perPage?: number;
}

export interface FieldSearch extends Paging {
  objectType?: string;
  targetType?: string;
  targetIds?: string[];
  linkedFieldId?: string;
}

export interface ValueSearch extends Paging {
  targetType?: string;
  targetIds?: string[];
  fieldId?: string;
  /** Only values equal to this one. */
  value?: unknown;
}

/** What a plugin declares for one call (Mattermost's PropertyRequestOptions). */
export interface RequestOptions {
  actingAsScope?: string;
}

// ---------------------------------------------------------------------------------------------
// The rules of a field and a value, without the database.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(input: Record<string, unknown>, key: string, max: number, where = 'property_field'): string {
  const v = input[key] ?? '';
  if (typeof v !== 'string') throw invalidField(where, key, 'must be text');
  if ([...v].length > max) throw invalidField(where, key, `must be at most ${max} characters`);
  return v;
}

export function checkGroupName(name: unknown): string {
  if (typeof name !== 'string' || !name) throw invalidField('property_group', 'name', 'is required');
  if (name.length > limits.groupName || !groupNamePattern.test(name)) {
    throw invalidField('property_group', 'name', `must be lower-case letters, digits and "_", starting with a letter or digit, at most ${limits.groupName} characters`);
  }
  return name;
}

/** Select options in their stored shape: each with an id (made when missing), a unique name. */
export function checkOptions(options: unknown): PropertyOption[] {
  if (!Array.isArray(options)) throw invalidField('property_field', 'attrs.options', 'must be a list of {"id", "name"} objects');
  const names = new Set<string>();
  return options.map((option, i) => {
    if (!isObject(option)) throw invalidField('property_field', `attrs.options[${i}]`, 'must be an object with a name');
    const id = option.id ?? '';
    if (id !== '' && !isValidId(id)) throw invalidField('property_field', `attrs.options[${i}].id`, 'is not a valid id');
    if (typeof option.name !== 'string' || !option.name.trim()) throw invalidField('property_field', `attrs.options[${i}].name`, 'is required');
    if ([...option.name].length > limits.optionName) throw invalidField('property_field', `attrs.options[${i}].name`, `must be at most ${limits.optionName} characters`);
    if (option.color !== undefined && (typeof option.color !== 'string' || option.color.length > limits.optionColor)) {
      throw invalidField('property_field', `attrs.options[${i}].color`, `must be text of at most ${limits.optionColor} characters`);
    }
    if (names.has(option.name)) throw invalidField('property_field', `attrs.options[${i}].name`, `repeats "${option.name}"`);
    names.add(option.name);
    return { ...option, id: id || newId(), name: option.name };
  });
}

export function checkOwners(owners: unknown): PropertyOwner[] {
  if (!Array.isArray(owners)) throw invalidField('property_field', 'attrs.owners', 'must be a list of {"id", "type", "scopes"} objects');
  if (owners.length > limits.owners) throw invalidField('property_field', 'attrs.owners', `must list at most ${limits.owners} owners`);
  return owners.map((owner, i) => {
    const where = `attrs.owners[${i}]`;
    if (!isObject(owner)) throw invalidField('property_field', where, 'must be an object');
    if (typeof owner.id !== 'string' || !owner.id || owner.id.length > limits.ownerId) throw invalidField('property_field', `${where}.id`, `must be text of 1 to ${limits.ownerId} characters`);
    if (!ownerTypes.includes(owner.type as never)) throw invalidField('property_field', `${where}.type`, `must be one of ${ownerTypes.join(', ')}`);
    const scopes = owner.scopes ?? [];
    if (!Array.isArray(scopes) || scopes.length > limits.scopes) throw invalidField('property_field', `${where}.scopes`, `must be a list of at most ${limits.scopes} scopes`);
    for (const scope of scopes) {
      if (typeof scope !== 'string' || scope.length > limits.scope || !scopePattern.test(scope)) {
        throw invalidField('property_field', `${where}.scopes`, `must hold letters, digits, ".", "_", ":" and "-" only, at most ${limits.scope} characters each`);
      }
    }
    return { ...owner, id: owner.id, type: owner.type as string, scopes: scopes as string[] };
  });
}

export const ownersOf = (field: Pick<PropertyField, 'attrs'>): PropertyOwner[] => (Array.isArray(field.attrs.owners) ? (field.attrs.owners as PropertyOwner[]) : []);
export const optionsOf = (field: Pick<PropertyField, 'attrs'>): PropertyOption[] => (Array.isArray(field.attrs.options) ? (field.attrs.options as PropertyOption[]) : []);

/** What a field is made of, checked (a field without id, group or times yet). */
export type FieldShape = Pick<PropertyField, 'name' | 'type' | 'attrs' | 'target_id' | 'target_type' | 'object_type' | 'linked_field_id'>;

/** A field as given, checked and in its stored shape: 400 naming what is wrong. */
export function checkField(input: Record<string, unknown>): FieldShape {
  const name = text(input, 'name', limits.fieldName).trim();
  if (!name) throw invalidField('property_field', 'name', 'is required');
  const linked = Boolean(input.linked_field_id);
  // A linked field takes its template's type: it may leave its own out.
  const type = linked && !input.type ? 'text' : input.type;
  if (!fieldTypes.includes(type as FieldType)) throw invalidField('property_field', 'type', `must be one of ${fieldTypes.join(', ')}`);
  const attrs = input.attrs ?? {};
  if (!isObject(attrs)) throw invalidField('property_field', 'attrs', 'must be a JSON object');
  const checked: Record<string, unknown> = { ...attrs };
  if (attrs.options !== undefined && attrs.options !== null) {
    if (type !== 'select' && type !== 'multiselect' && !linked) throw invalidField('property_field', 'attrs.options', 'are for select and multiselect fields only');
    checked.options = checkOptions(attrs.options);
  }
  if (attrs.owners !== undefined && attrs.owners !== null) checked.owners = checkOwners(attrs.owners);
  const target_id = text(input, 'target_id', limits.target);
  const target_type = text(input, 'target_type', limits.target);
  const object_type = text(input, 'object_type', limits.target);
  if (object_type) {
    if (!objectTypes.includes(object_type as never)) throw invalidField('property_field', 'object_type', `must be "" or one of ${objectTypes.join(', ')}`);
    if (!targetLevels.includes(target_type as never)) throw invalidField('property_field', 'target_type', `must be one of ${targetLevels.join(', ')} for a field with an object type`);
    if (target_type === 'system' && target_id) throw invalidField('property_field', 'target_id', 'must be empty for a system-level field');
    if (target_type !== 'system' && !isValidId(target_id)) throw invalidField('property_field', 'target_id', `must be the id of the ${target_type}`);
  }
  const linked_field_id = text(input, 'linked_field_id', 26);
  if (linked_field_id) {
    if (!isValidId(linked_field_id)) throw invalidField('property_field', 'linked_field_id', 'is not a valid id');
    if (object_type === 'template') throw invalidField('property_field', 'linked_field_id', 'cannot be set on a template field');
    if (!object_type) throw invalidField('property_field', 'linked_field_id', 'needs a field with an object type');
  }
  return { name, type: type as FieldType, attrs: checked, target_id, target_type, object_type, linked_field_id };
}

/** A value as given for a field, checked against the field's type: 400 naming what is wrong. */
export function checkValue(field: Pick<PropertyField, 'type' | 'attrs' | 'name'>, value: unknown): unknown {
  const bad = (why: string) => invalidField('property_value', 'value', `${why} (field "${field.name}" is of type ${field.type})`);
  const optionIds = () => new Set(optionsOf(field).map((o) => o.id));
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') throw bad('must be text');
      return value;
    case 'date':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw bad('must be a time in ms since the epoch (an integer)');
      return value;
    case 'select':
      if (typeof value !== 'string') throw bad('must be the id of one of the options');
      if (value && !optionIds().has(value)) throw bad(`"${value}" is not one of the options`);
      return value;
    case 'user':
      if (typeof value !== 'string' || (value && !isValidId(value))) throw bad('must be a user id');
      return value;
    case 'multiselect': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw bad('must be a list of option ids');
      const ids = optionIds();
      const unknown = value.find((v) => !ids.has(v));
      if (unknown !== undefined) throw bad(`"${unknown}" is not one of the options`);
      return value;
    }
    case 'multiuser':
      if (!Array.isArray(value) || !value.every(isValidId)) throw bad('must be a list of user ids');
      return value;
  }
}

/** The target of a value, checked: a valid id, or "system" for target type "system". */
export function checkValueTarget(input: Record<string, unknown>): { target_id: string; target_type: string } {
  const target_type = text(input, 'target_type', limits.target, 'property_value');
  if (!target_type) throw invalidField('property_value', 'target_type', 'is required');
  const target_id = text(input, 'target_id', limits.target, 'property_value');
  if (target_type === 'system' ? target_id !== systemTargetId : !isValidId(target_id)) {
    throw invalidField('property_value', 'target_id', target_type === 'system' ? `must be "${systemTargetId}" for target type system` : 'is not a valid id');
  }
  return { target_id, target_type };
}

/**
 * Whether the calling plugin may change field `field` (and its list of owners): any plugin when
 * the field has no owners, else a plugin among them.
 */
export function mayWriteField(pluginId: string | undefined, field: Pick<PropertyField, 'attrs'>): boolean {
  const owners = ownersOf(field);
  return !owners.length || owners.some((o) => o.type === 'plugin' && o.id === pluginId);
}

/**
 * Whether the calling plugin may write values of field `field` acting as `scope`: any plugin when
 * the field has no owners, else a plugin among them whose scopes (if it lists any) hold `scope`.
 */
export function mayWriteValues(pluginId: string | undefined, field: Pick<PropertyField, 'attrs'>, scope = ''): boolean {
  const owners = ownersOf(field);
  return !owners.length || owners.some((o) => o.type === 'plugin' && o.id === pluginId && (!o.scopes.length || o.scopes.includes(scope)));
}

function checkPaging(p: Paging): { perPage: number } {
  if (p.perPage !== undefined && p.perPage !== 0 && (p.perPage < 1 || p.perPage > limits.perPage)) {
    throw invalidField('property_search', 'per_page', `must be 1 to ${limits.perPage}`);
  }
  if (p.cursor) {
    if (!(p.cursor.createAt > 0)) throw invalidField('property_search', 'cursor_create_at', 'must be set (above 0) with cursor_id');
    if (!isValidId(p.cursor.id)) throw invalidField('property_search', 'cursor_id', 'must be a valid id with cursor_create_at');
  }
  return { perPage: p.perPage || defaultPerPage };
}

// ---------------------------------------------------------------------------------------------
// The service.

const fieldFromRow = (r: Selectable<PropertyFieldTable>): PropertyField => ({
  id: r.id,
  group_id: r.group_id,
  name: r.name,
  type: r.type as FieldType,
  attrs: JSON.parse(r.attrs),
  target_id: r.target_id,
  target_type: r.target_type,
  object_type: r.object_type,
  linked_field_id: r.linked_field_id,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
});

const valueFromRow = (r: Selectable<PropertyValueTable>): PropertyValue => ({
  id: r.id,
  target_id: r.target_id,
  target_type: r.target_type,
  group_id: r.group_id,
  field_id: r.field_id,
  value: JSON.parse(r.value),
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: Number(r.delete_at),
});

const fieldRow = (f: PropertyField): PropertyFieldTable => ({ ...f, attrs: JSON.stringify(f.attrs) });
const valueRow = (v: PropertyValue): PropertyValueTable => ({ ...v, value: JSON.stringify(v.value) });

/** update_at always moves forward, so since_update_at sees a change made in the same ms. */
const nextUpdateAt = (previous: { update_at: number }) => Math.max(now(), previous.update_at + 1);

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const fieldNotFound = (id: string) => notFound('app.property_field.get.not_found.app_error', `Property field ${id} not found.`);
const valueNotFound = (id: string) => notFound('app.property_value.get.not_found.app_error', `Property value ${id} not found.`);
const fieldForbidden = (field: PropertyField) =>
  forbidden('app.property_field.owned.app_error', `Property field "${field.name}" is managed by its owners; this plugin is not one of them.`);

function valueForbidden(pluginId: string | undefined, field: PropertyField, scope = ''): AppError {
  const own = ownersOf(field).find((o) => o.type === 'plugin' && o.id === pluginId);
  const why = own
    ? `this plugin writes them acting as one of the scopes ${own.scopes.join(', ')} (it acts as ${scope ? `"${scope}"` : 'none'})`
    : 'this plugin is not one of them';
  return forbidden('app.property_value.owned.app_error', `Values of property field "${field.name}" are written by its owners only; ${why}.`);
}

export class Properties {
  constructor(private readonly db: Db) {}

  // Groups

  /** The group named `name`, created on first use: plugins that register a name share it. */
  async registerGroup(name: unknown): Promise<PropertyGroup> {
    const checked = checkGroupName(name);
    await this.db.insertInto('property_groups').values({ id: newId(), name: checked }).onConflict((oc) => oc.column('name').doNothing()).execute();
    return this.getGroup(checked);
  }

  async getGroup(name: string): Promise<PropertyGroup> {
    const row = await this.db.selectFrom('property_groups').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('app.property_group.get.not_found.app_error', `Property group "${name}" not found.`);
    return row;
  }

  private async requireGroup(db: Db, groupId: string): Promise<void> {
    if (!isValidId(groupId)) throw invalidField('property_group', 'group_id', 'is not a valid id');
    const row = await db.selectFrom('property_groups').select('id').where('id', '=', groupId).executeTakeFirst();
    if (!row) throw notFound('app.property_group.get.not_found.app_error', `Property group ${groupId} not found.`);
  }

  // Fields

  async createField(ctx: RequestContext, input: Record<string, unknown>): Promise<PropertyField> {
    const shape = checkField(input);
    const group_id = String(input.group_id ?? '');
    return this.db.transaction().execute(async (tx) => {
      await this.requireGroup(tx, group_id);
      if (shape.linked_field_id) {
        const template = await this.templateFor(tx, group_id, shape.linked_field_id);
        Object.assign(shape, this.inherited(shape, template));
      }
      const owners = ownersOf(shape);
      if (owners.length && !mayWriteField(ctx.pluginId, shape)) {
        throw forbidden('app.property_field.owners.app_error', 'A plugin may create a field with owners only when it is one of them.');
      }
      const t = now();
      const field: PropertyField = { id: newId(), group_id, ...shape, create_at: t, update_at: t, delete_at: 0 };
      await this.checkNameFree(tx, field);
      await tx.insertInto('property_fields').values(fieldRow(field)).execute();
      return field;
    });
  }

  /** Field `id` of group `groupId`, deleted or not. */
  async getField(groupId: string, id: string): Promise<PropertyField> {
    return this.fieldIn(this.db, groupId, id, { live: false });
  }

  /** The fields with these ids, deleted or not; 404 naming the ids that are not in the group. */
  async getFields(groupId: string, ids: string[]): Promise<PropertyField[]> {
    await this.requireGroup(this.db, groupId);
    if (!ids.length) return [];
    const rows = await this.db.selectFrom('property_fields').selectAll().where('group_id', '=', groupId).where('id', 'in', ids).execute();
    const found = new Map(rows.map((r) => [r.id, fieldFromRow(r)]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw notFound('app.property_field.get_many.not_found.app_error', `Property fields not found: ${missing.join(', ')}.`);
    return ids.map((id) => found.get(id)!);
  }

  /** The live field named `name` for target `targetId` ("" for fields without one). */
  async getFieldByName(groupId: string, targetId: string, name: string): Promise<PropertyField> {
    await this.requireGroup(this.db, groupId);
    const row = await this.db.selectFrom('property_fields').selectAll()
      .where('group_id', '=', groupId).where('target_id', '=', targetId).where('name', '=', name).where('delete_at', '=', 0)
      .orderBy('create_at').orderBy('id').executeTakeFirst();
    if (!row) throw notFound('app.property_field.get_by_name.not_found.app_error', `Property field "${name}" not found.`);
    return fieldFromRow(row);
  }

  /**
   * Replaces fields of group `groupId` (each given with its id), all or none. The group, object
   * type and times stay. A template's new type and options reach the fields linked to it.
   */
  async updateFields(ctx: RequestContext, groupId: string, inputs: Record<string, unknown>[]): Promise<PropertyField[]> {
    return this.db.transaction().execute(async (tx) => {
      await this.requireGroup(tx, groupId);
      const updated: PropertyField[] = [];
      for (const input of inputs) {
        const id = String(input.id ?? '');
        if (!isValidId(id)) throw invalidField('property_field', 'id', 'is not a valid id');
        if (input.group_id && input.group_id !== groupId) throw invalidField('property_field', 'group_id', `must be "" or ${groupId}, the group of the call`);
        const existing = await this.fieldIn(tx, groupId, id, { live: true });
        if (!mayWriteField(ctx.pluginId, existing)) throw fieldForbidden(existing);
        const shape = checkField(input);
        if (shape.object_type !== existing.object_type) throw invalidField('property_field', 'object_type', `cannot change (it is "${existing.object_type}")`);
        this.checkLinkChange(existing, shape);
        if (!ownersOf(existing).length && ownersOf(shape).length && !mayWriteField(ctx.pluginId, shape)) {
          throw forbidden('app.property_field.owners.app_error', 'A plugin may give a field owners only when it is one of them.');
        }
        const field: PropertyField = { ...existing, ...shape, update_at: nextUpdateAt(existing) };
        await this.checkNameFree(tx, field);
        await tx.updateTable('property_fields').set(fieldRow(field)).where('id', '=', id).execute();
        if (field.object_type === 'template' && (field.type !== existing.type || !sameJson(optionsOf(field), optionsOf(existing)))) {
          await this.propagate(tx, field);
        }
        updated.push(field);
      }
      return updated;
    });
  }

  /** Soft-deletes a field and its values; 409 while live fields are linked to it. */
  async deleteField(ctx: RequestContext, groupId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await this.requireGroup(tx, groupId);
      const field = await this.fieldIn(tx, groupId, id, { live: true });
      if (!mayWriteField(ctx.pluginId, field)) throw fieldForbidden(field);
      const linked = await tx.selectFrom('property_fields').select('id').where('linked_field_id', '=', id).where('delete_at', '=', 0).executeTakeFirst();
      if (linked) throw conflict('app.property_field.delete.has_linked_dependents.app_error', `Property field "${field.name}" has linked fields; unlink or delete them first.`);
      const t = now();
      await tx.updateTable('property_values').set({ delete_at: t, update_at: t }).where('field_id', '=', id).where('delete_at', '=', 0).execute();
      await tx.updateTable('property_fields').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    });
  }

  async searchFields(groupId: string, search: FieldSearch): Promise<PropertyField[]> {
    const { perPage } = checkPaging(search);
    await this.requireGroup(this.db, groupId);
    let q = this.db.selectFrom('property_fields').selectAll().where('group_id', '=', groupId);
    if (!search.includeDeleted) q = q.where('delete_at', '=', 0);
    if (search.objectType) q = q.where('object_type', '=', search.objectType);
    if (search.targetType) q = q.where('target_type', '=', search.targetType);
    if (search.targetIds?.length) q = q.where('target_id', 'in', search.targetIds);
    if (search.linkedFieldId) q = q.where('linked_field_id', '=', search.linkedFieldId);
    if (search.sinceUpdateAt) q = q.where('update_at', '>', search.sinceUpdateAt);
    const cursor = search.cursor;
    if (cursor) q = q.where((eb) => eb.or([eb('create_at', '>', cursor.createAt), eb.and([eb('create_at', '=', cursor.createAt), eb('id', '>', cursor.id)])]));
    const rows = await q.orderBy('create_at').orderBy('id').limit(perPage).execute();
    return rows.map(fieldFromRow);
  }

  async countFields(groupId: string, includeDeleted: boolean, target?: { type: string; id: string }): Promise<number> {
    await this.requireGroup(this.db, groupId);
    let q = this.db.selectFrom('property_fields').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', groupId);
    if (target) q = q.where('target_type', '=', target.type).where('target_id', '=', target.id);
    if (!includeDeleted) q = q.where('delete_at', '=', 0);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  private async fieldIn(db: Db, groupId: string, id: string, { live }: { live: boolean }): Promise<PropertyField> {
    if (!isValidId(id)) throw invalidField('property_field', 'field_id', 'is not a valid id');
    const row = await db.selectFrom('property_fields').selectAll().where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
    if (!row || (live && Number(row.delete_at))) {
      if (!row) await this.requireGroup(db, groupId);
      throw fieldNotFound(id);
    }
    return fieldFromRow(row);
  }

  /** The live template field `id` of the group a new field links to. */
  private async templateFor(db: Db, groupId: string, id: string): Promise<PropertyField> {
    const template = await this.fieldIn(db, groupId, id, { live: true }).catch((err) => {
      throw err instanceof AppError && err.statusCode === 404 ? notFound('app.property_field.linked.not_found.app_error', `Linked field ${id} not found in the group.`) : err;
    });
    if (template.object_type !== 'template') throw invalidField('property_field', 'linked_field_id', `must name a template field ("${template.name}" is not one)`);
    return template;
  }

  /** A linked field's type and options: its template's. */
  private inherited(shape: FieldShape, template: PropertyField): Pick<FieldShape, 'type' | 'attrs'> {
    const attrs = { ...shape.attrs };
    if (template.attrs.options !== undefined) attrs.options = template.attrs.options;
    else delete attrs.options;
    return { type: template.type, attrs };
  }

  /** Mattermost's link rules on update: a link can be dropped, not made or moved; a linked field keeps its template's type and options. */
  private checkLinkChange(existing: PropertyField, next: FieldShape): void {
    if (!next.linked_field_id || !existing.linked_field_id) {
      if (next.linked_field_id) throw invalidField('property_field', 'linked_field_id', 'cannot be set on an existing field (create a linked field instead)');
      return;
    }
    if (next.linked_field_id !== existing.linked_field_id) throw invalidField('property_field', 'linked_field_id', 'cannot change to another template (set it to "" to unlink)');
    if (next.type !== existing.type) throw invalidField('property_field', 'type', 'of a linked field is its template\'s and cannot change');
    if (!sameJson(optionsOf(next), optionsOf(existing))) throw invalidField('property_field', 'attrs.options', 'of a linked field are its template\'s and cannot change');
  }

  /** Gives the live fields linked to template `template` its type and options. */
  private async propagate(db: Db, template: PropertyField): Promise<void> {
    const rows = await db.selectFrom('property_fields').selectAll().where('linked_field_id', '=', template.id).where('delete_at', '=', 0).execute();
    for (const row of rows) {
      const linked = fieldFromRow(row);
      const next = { ...linked, ...this.inherited(linked, template), update_at: template.update_at };
      await db.updateTable('property_fields').set({ type: next.type, attrs: JSON.stringify(next.attrs), update_at: next.update_at }).where('id', '=', linked.id).execute();
    }
  }

  /**
   * 409 unless the field's name is free. A legacy field's name is unique per target; a typed
   * field's per object type along the target hierarchy: a system-level name is taken for every
   * team and channel, and a team's name for its channels (and the other way round).
   */
  private async checkNameFree(db: Db, field: PropertyField): Promise<void> {
    const taken = (level: string) =>
      conflict('app.property_field.name_conflict.app_error', `A property field named "${field.name}" already exists${level ? ` at the ${level} level` : ''} for this target.`);
    let q = db.selectFrom('property_fields').selectAll()
      .where('group_id', '=', field.group_id).where('name', '=', field.name).where('object_type', '=', field.object_type)
      .where('delete_at', '=', 0).where('id', '!=', field.id);
    if (!field.object_type) {
      if (await q.where('target_id', '=', field.target_id).executeTakeFirst()) throw taken('');
      return;
    }
    const others = (await q.execute()).map(fieldFromRow);
    const teamOf = async (channelId: string) =>
      (await db.selectFrom('channels').select('team_id').where('id', '=', channelId).executeTakeFirst())?.team_id ?? '';
    for (const other of others) {
      if (field.target_type === 'system' || other.target_type === 'system') throw taken(other.target_type);
      if (other.target_type === field.target_type && other.target_id === field.target_id) throw taken(other.target_type);
      if (field.target_type === 'team' && other.target_type === 'channel' && (await teamOf(other.target_id)) === field.target_id) throw taken('channel');
      if (field.target_type === 'channel' && other.target_type === 'team' && (await teamOf(field.target_id)) === other.target_id) throw taken('team');
    }
  }

  // Values

  async createValue(ctx: RequestContext, input: Record<string, unknown>): Promise<PropertyValue> {
    return this.db.transaction().execute(async (tx) => {
      const { value, field, target } = await this.checkedValue(tx, ctx, input, '');
      if (await this.liveValue(tx, field.group_id, target.target_id, field.id)) {
        throw conflict('app.property_value.create.exists.app_error', `Target ${target.target_id} has a value of property field "${field.name}" already.`);
      }
      const t = now();
      const created: PropertyValue = { id: newId(), ...target, group_id: field.group_id, field_id: field.id, value, create_at: t, update_at: t, delete_at: 0 };
      await tx.insertInto('property_values').values(valueRow(created)).execute();
      return created;
    });
  }

  /** Value `id` of group `groupId`, deleted or not. */
  async getValue(groupId: string, id: string): Promise<PropertyValue> {
    return this.valueIn(this.db, groupId, id, { live: false });
  }

  /** The values with these ids, deleted or not; 404 naming the ids that are not in the group. */
  async getValues(groupId: string, ids: string[]): Promise<PropertyValue[]> {
    await this.requireGroup(this.db, groupId);
    if (!ids.length) return [];
    const rows = await this.db.selectFrom('property_values').selectAll().where('group_id', '=', groupId).where('id', 'in', ids).execute();
    const found = new Map(rows.map((r) => [r.id, valueFromRow(r)]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw notFound('app.property_value.get_many.not_found.app_error', `Property values not found: ${missing.join(', ')}.`);
    return ids.map((id) => found.get(id)!);
  }

  /** Sets the `value` of live values of group `groupId` (each given with its id), all or none. */
  async updateValues(ctx: RequestContext, groupId: string, inputs: Record<string, unknown>[]): Promise<PropertyValue[]> {
    return this.db.transaction().execute(async (tx) => {
      await this.requireGroup(tx, groupId);
      const updated: PropertyValue[] = [];
      for (const input of inputs) {
        const existing = await this.valueIn(tx, groupId, String(input.id ?? ''), { live: true });
        const field = await this.fieldIn(tx, groupId, existing.field_id, { live: true });
        if (!mayWriteValues(ctx.pluginId, field)) throw valueForbidden(ctx.pluginId, field, '');
        const value: PropertyValue = { ...existing, value: checkValue(field, need(input, 'value')), update_at: nextUpdateAt(existing) };
        await tx.updateTable('property_values').set({ value: JSON.stringify(value.value), update_at: value.update_at }).where('id', '=', value.id).execute();
        updated.push(value);
      }
      return updated;
    });
  }

  /** Sets each value of a field for its target, creating it or replacing the live one; all or none. */
  async upsertValues(ctx: RequestContext, inputs: Record<string, unknown>[], options: RequestOptions = {}): Promise<PropertyValue[]> {
    return this.db.transaction().execute(async (tx) => {
      const written: PropertyValue[] = [];
      for (const input of inputs) {
        const { value, field, target } = await this.checkedValue(tx, ctx, input, options.actingAsScope ?? '');
        const existing = await this.liveValue(tx, field.group_id, target.target_id, field.id);
        if (existing) {
          const next = { ...existing, value, update_at: nextUpdateAt(existing) };
          await tx.updateTable('property_values').set({ value: JSON.stringify(value), update_at: next.update_at }).where('id', '=', existing.id).execute();
          written.push(next);
        } else {
          const t = now();
          const created: PropertyValue = { id: newId(), ...target, group_id: field.group_id, field_id: field.id, value, create_at: t, update_at: t, delete_at: 0 };
          await tx.insertInto('property_values').values(valueRow(created)).execute();
          written.push(created);
        }
      }
      return written;
    });
  }

  async deleteValue(ctx: RequestContext, groupId: string, id: string, options: RequestOptions = {}): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const existing = await this.valueIn(tx, groupId, id, { live: true });
      const field = await this.fieldIn(tx, groupId, existing.field_id, { live: false });
      if (!mayWriteValues(ctx.pluginId, field, options.actingAsScope)) throw valueForbidden(ctx.pluginId, field, options.actingAsScope ?? '');
      const t = now();
      await tx.updateTable('property_values').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    });
  }

  /** Deletes every value of the group for one target, for good (the target is going away). */
  async deleteValuesForTarget(ctx: RequestContext, groupId: string, targetType: string, targetId: string, options: RequestOptions = {}): Promise<void> {
    if (!targetType) throw invalidField('property_value', 'target_type', 'is required');
    if (!targetId) throw invalidField('property_value', 'target_id', 'is required');
    await this.db.transaction().execute(async (tx) => {
      await this.requireGroup(tx, groupId);
      const fieldIds = (await tx.selectFrom('property_values').select('field_id').distinct()
        .where('group_id', '=', groupId).where('target_type', '=', targetType).where('target_id', '=', targetId).execute()).map((r) => r.field_id);
      if (fieldIds.length) {
        const fields = (await tx.selectFrom('property_fields').selectAll().where('id', 'in', fieldIds).execute()).map(fieldFromRow);
        const owned = fields.find((f) => !mayWriteValues(ctx.pluginId, f, options.actingAsScope));
        if (owned) throw valueForbidden(ctx.pluginId, owned, options.actingAsScope ?? '');
      }
      await tx.deleteFrom('property_values').where('group_id', '=', groupId).where('target_type', '=', targetType).where('target_id', '=', targetId).execute();
    });
  }

  /** Soft-deletes every live value of field `fieldId`. */
  async deleteValuesForField(ctx: RequestContext, groupId: string, fieldId: string, options: RequestOptions = {}): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const field = await this.fieldIn(tx, groupId, fieldId, { live: false });
      if (!mayWriteValues(ctx.pluginId, field, options.actingAsScope)) throw valueForbidden(ctx.pluginId, field, options.actingAsScope ?? '');
      const t = now();
      await tx.updateTable('property_values').set({ delete_at: t, update_at: t }).where('field_id', '=', fieldId).where('delete_at', '=', 0).execute();
    });
  }

  async searchValues(groupId: string, search: ValueSearch): Promise<PropertyValue[]> {
    const { perPage } = checkPaging(search);
    await this.requireGroup(this.db, groupId);
    let q = this.db.selectFrom('property_values').selectAll().where('group_id', '=', groupId);
    if (!search.includeDeleted) q = q.where('delete_at', '=', 0);
    if (search.targetType) q = q.where('target_type', '=', search.targetType);
    if (search.targetIds?.length) q = q.where('target_id', 'in', search.targetIds);
    if (search.fieldId) q = q.where('field_id', '=', search.fieldId);
    if (search.value !== undefined) q = q.where('value', '=', JSON.stringify(search.value));
    if (search.sinceUpdateAt) q = q.where('update_at', '>', search.sinceUpdateAt);
    const cursor = search.cursor;
    if (cursor) q = q.where((eb) => eb.or([eb('create_at', '>', cursor.createAt), eb.and([eb('create_at', '=', cursor.createAt), eb('id', '>', cursor.id)])]));
    const rows = await q.orderBy('create_at').orderBy('id').limit(perPage).execute();
    return rows.map(valueFromRow);
  }

  private async valueIn(db: Db, groupId: string, id: string, { live }: { live: boolean }): Promise<PropertyValue> {
    if (!isValidId(id)) throw invalidField('property_value', 'value_id', 'is not a valid id');
    const row = await db.selectFrom('property_values').selectAll().where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
    if (!row || (live && Number(row.delete_at))) {
      if (!row) await this.requireGroup(db, groupId);
      throw valueNotFound(id);
    }
    return valueFromRow(row);
  }

  private async liveValue(db: Db, groupId: string, targetId: string, fieldId: string): Promise<PropertyValue | undefined> {
    const row = await db.selectFrom('property_values').selectAll()
      .where('group_id', '=', groupId).where('target_id', '=', targetId).where('field_id', '=', fieldId).where('delete_at', '=', 0)
      .executeTakeFirst();
    return row && valueFromRow(row);
  }

  /** A value to write, checked: its group, its live field, the caller's right to write it, the value against the field's type. */
  private async checkedValue(db: Db, ctx: RequestContext, input: Record<string, unknown>, scope: string) {
    const target = checkValueTarget(input);
    const groupId = String(input.group_id ?? '');
    if (!groupId) throw invalidField('property_value', 'group_id', 'is required');
    await this.requireGroup(db, groupId);
    const fieldId = String(input.field_id ?? '');
    if (!isValidId(fieldId)) throw invalidField('property_value', 'field_id', 'is not a valid id');
    const field = await this.fieldIn(db, groupId, fieldId, { live: true });
    if (!mayWriteValues(ctx.pluginId, field, scope)) throw valueForbidden(ctx.pluginId, field, scope);
    return { value: checkValue(field, need(input, 'value')), field, target };
  }
}

function need(input: Record<string, unknown>, key: string): unknown {
  if (input[key] === undefined || input[key] === null) throw invalidField('property_value', key, 'is required');
  return input[key];
}
