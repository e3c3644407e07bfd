// The one mapping between domain models and contract messages. Field names are the same on
// both sides; the only rule is that a free-form map `x` travels as JSON text in `x_json`
// (see proto/plughost/v1/models.proto), recursively through nested messages and lists.

type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** A domain model as a message: maps go into their `_json` fields. */
export function toMessage<T>(model: object, jsonFields: readonly string[] = ['props']): T {
  const out: Json = {};
  for (const [key, value] of Object.entries(model)) {
    if (jsonFields.includes(key) && (isPlainObject(value) || value === undefined || value === null)) {
      out[`${key}_json`] = value && Object.keys(value).length ? JSON.stringify(value) : '';
    } else if (Array.isArray(value)) {
      out[key] = value.map((v) => (isPlainObject(v) ? toMessage(v, jsonFields) : v));
    } else if (isPlainObject(value)) {
      out[key] = toMessage(value, jsonFields);
    } else {
      out[key] = value;
    }
  }
  return out as T;
}

/** A message as a domain model: `_json` fields decoded (empty text is an empty map). */
export function fromMessage<T>(message: object): T {
  const out: Json = {};
  for (const [key, value] of Object.entries(message)) {
    if (key.endsWith('_json') && typeof value === 'string') {
      out[key.slice(0, -5)] = parseJsonField(key, value);
    } else if (Array.isArray(value)) {
      out[key] = value.map((v) => (isPlainObject(v) ? fromMessage(v) : v));
    } else if (isPlainObject(value)) {
      out[key] = fromMessage(value);
    } else {
      out[key] = value;
    }
  }
  return out as T;
}

function parseJsonField(key: string, text: string): unknown {
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new TypeError(`field ${key} is not valid JSON`);
  }
}
