// Plugin API: property groups, fields and values (app/properties.ts holds every rule). The
// *WithOptions methods are the plain ones acting as the scope PropertyRequestOptions declares.
import type {
  PropertyField as PropertyFieldMessage,
  PropertyFieldSearchOpts,
  PropertyRequestOptions,
  PropertyValue as PropertyValueMessage,
  PropertyValueSearchOpts,
} from '../../../gen/plughost/v1/models.js';
import { invalidField } from '../../app/errors.js';
import type { FieldSearch, PropertyField, PropertyValue, RequestOptions, ValueSearch } from '../../app/properties.js';
import { toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, parseJsonObject } from './types.js';

const fieldMessage = (f: PropertyField): PropertyFieldMessage => toMessage(f, ['attrs']);
const valueMessage = ({ value, ...rest }: PropertyValue): PropertyValueMessage => ({ ...rest, value_json: JSON.stringify(value) });

const fieldInput = ({ attrs_json, ...rest }: PropertyFieldMessage) => ({ ...rest, attrs: parseJsonObject('attrs_json', attrs_json) });
const valueInput = ({ value_json, ...rest }: PropertyValueMessage) => ({ ...rest, value: parseJsonValue('value_json', value_json) });

/** A `<x>_json` field holding any JSON value; "" is none. */
function parseJsonValue(field: string, text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalidField('plugin_api', field, 'is not valid JSON');
  }
}

/** The targets of a search: `target_id` and `target_ids` together. */
const targetIds = (o: { target_id: string; target_ids: string[] }) => [...o.target_ids, ...(o.target_id ? [o.target_id] : [])];

function paging(o: PropertyFieldSearchOpts | PropertyValueSearchOpts) {
  return {
    includeDeleted: o.include_deleted,
    sinceUpdateAt: o.since_update_at,
    cursor: o.cursor_id || o.cursor_create_at ? { createAt: o.cursor_create_at, id: o.cursor_id } : undefined,
    perPage: o.per_page,
  };
}

const fieldSearch = (o: PropertyFieldSearchOpts | undefined): FieldSearch =>
  o ? { ...paging(o), objectType: o.object_type, targetType: o.target_type, targetIds: targetIds(o), linkedFieldId: o.linked_field_id } : {};

const valueSearch = (o: PropertyValueSearchOpts | undefined): ValueSearch =>
  o ? { ...paging(o), targetType: o.target_type, targetIds: targetIds(o), fieldId: o.field_id, value: parseJsonValue('value_json', o.value_json) } : {};

const requestOptions = (o: PropertyRequestOptions | undefined): RequestOptions => ({ actingAsScope: o?.acting_as_scope ?? '' });

export const propertyHandlers = ({ app }: ApiDeps) => {
  const p = app.properties;
  return {
    RegisterPropertyGroup: async (req) => ({ group: await p.registerGroup(req.name) }),
    GetPropertyGroup: async (req) => ({ group: await p.getGroup(req.name) }),

    CreatePropertyField: async (req, { ctx }) => ({ field: fieldMessage(await p.createField(ctx, fieldInput(need(req.field, 'field')))) }),
    GetPropertyField: async (req) => ({ field: fieldMessage(await p.getField(req.group_id, req.field_id)) }),
    GetPropertyFields: async (req) => ({ fields: (await p.getFields(req.group_id, req.ids)).map(fieldMessage) }),
    GetPropertyFieldByName: async (req) => ({ field: fieldMessage(await p.getFieldByName(req.group_id, req.target_id, req.name)) }),
    UpdatePropertyField: async (req, { ctx }) => {
      const [field] = await p.updateFields(ctx, req.group_id, [fieldInput(need(req.field, 'field'))]);
      return { field: fieldMessage(field) };
    },
    UpdatePropertyFields: async (req, { ctx }) => ({ fields: (await p.updateFields(ctx, req.group_id, req.fields.map(fieldInput))).map(fieldMessage) }),
    DeletePropertyField: async (req, { ctx }) => {
      await p.deleteField(ctx, req.group_id, req.field_id);
      return {};
    },
    SearchPropertyFields: async (req) => ({ fields: (await p.searchFields(req.group_id, fieldSearch(req.opts))).map(fieldMessage) }),
    CountPropertyFields: async (req) => ({ count: await p.countFields(req.group_id, req.include_deleted ?? false) }),
    CountPropertyFieldsForTarget: async (req) => ({
      count: await p.countFields(req.group_id, req.include_deleted ?? false, { type: req.target_type, id: req.target_id }),
    }),

    CreatePropertyValue: async (req, { ctx }) => ({ value: valueMessage(await p.createValue(ctx, valueInput(need(req.property_value, 'property_value')))) }),
    GetPropertyValue: async (req) => ({ value: valueMessage(await p.getValue(req.group_id, req.value_id)) }),
    GetPropertyValues: async (req) => ({ values: (await p.getValues(req.group_id, req.ids)).map(valueMessage) }),
    UpdatePropertyValue: async (req, { ctx }) => {
      const [value] = await p.updateValues(ctx, req.group_id, [valueInput(need(req.property_value, 'property_value'))]);
      return { value: valueMessage(value) };
    },
    UpdatePropertyValues: async (req, { ctx }) => ({ values: (await p.updateValues(ctx, req.group_id, req.values.map(valueInput))).map(valueMessage) }),
    UpsertPropertyValue: async (req, { ctx }) => {
      const [value] = await p.upsertValues(ctx, [valueInput(need(req.property_value, 'property_value'))]);
      return { value: valueMessage(value) };
    },
    UpsertPropertyValues: async (req, { ctx }) => ({ values: (await p.upsertValues(ctx, req.values.map(valueInput))).map(valueMessage) }),
    DeletePropertyValue: async (req, { ctx }) => {
      await p.deleteValue(ctx, req.group_id, req.value_id);
      return {};
    },
    DeletePropertyValuesForTarget: async (req, { ctx }) => {
      await p.deleteValuesForTarget(ctx, req.group_id, req.target_type, req.target_id);
      return {};
    },
    DeletePropertyValuesForField: async (req, { ctx }) => {
      await p.deleteValuesForField(ctx, req.group_id, req.field_id);
      return {};
    },
    SearchPropertyValues: async (req) => ({ values: (await p.searchValues(req.group_id, valueSearch(req.opts))).map(valueMessage) }),

    UpsertPropertyValuesWithOptions: async (req, { ctx }) => ({
      values: (await p.upsertValues(ctx, req.values.map(valueInput), requestOptions(req.options))).map(valueMessage),
    }),
    UpsertPropertyValueWithOptions: async (req, { ctx }) => {
      const [value] = await p.upsertValues(ctx, [valueInput(need(req.property_value, 'property_value'))], requestOptions(req.options));
      return { value: valueMessage(value) };
    },
    DeletePropertyValueWithOptions: async (req, { ctx }) => {
      await p.deleteValue(ctx, req.group_id, req.value_id, requestOptions(req.options));
      return {};
    },
    DeletePropertyValuesForTargetWithOptions: async (req, { ctx }) => {
      await p.deleteValuesForTarget(ctx, req.group_id, req.target_type, req.target_id, requestOptions(req.options));
      return {};
    },
    DeletePropertyValuesForFieldWithOptions: async (req, { ctx }) => {
      await p.deleteValuesForField(ctx, req.group_id, req.field_id, requestOptions(req.options));
      return {};
    },
  } satisfies Partial<Handlers>;
};
