// The plugin key-value store, namespaced by plugin id, with Mattermost's semantics:
// expiry in milliseconds (0 = never, expired rows are invisible), compare-and-set as an
// atomic single statement, insert-if-absent when the old value is unset. An empty value is no
// value, as it is for Mattermost's plugins (its RPC delivers an empty []byte as nil): setting
// one deletes the key, and an empty old value means "absent".
import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { badRequest, invalidField } from './errors.js';
import { now } from './ids.js';

export const maxKeyLength = 150;

export interface KVSetOptions {
  atomic?: boolean;
  oldValue?: Uint8Array;
  expireInSeconds?: number;
}

function checkKey(key: string): void {
  if (!key || [...key].length > maxKeyLength) throw invalidField('plugin_kv', 'key', `must be 1-${maxKeyLength} characters`);
}

const valueOrNone = (value: Uint8Array | undefined) => (value && value.length ? value : undefined);

const expiry = (seconds?: number) => (seconds && seconds > 0 ? now() + seconds * 1000 : 0);

export class KVStore {
  constructor(private readonly db: Db) {}

  private live(pluginId: string, key: string) {
    return this.db.selectFrom('plugin_kv').where('plugin_id', '=', pluginId).where('pkey', '=', key)
      .where((eb) => eb.or([eb('expire_at', '=', 0), eb('expire_at', '>', now())]));
  }

  async get(pluginId: string, key: string): Promise<Buffer | undefined> {
    checkKey(key);
    const row = await this.live(pluginId, key).select('pvalue').executeTakeFirst();
    return row ? Buffer.from(row.pvalue) : undefined;
  }

  /** Returns whether the value was written (false: an atomic comparison failed). */
  async set(pluginId: string, key: string, given: Uint8Array | undefined, options: KVSetOptions = {}): Promise<boolean> {
    checkKey(key);
    const value = valueOrNone(given);
    options = { ...options, oldValue: valueOrNone(options.oldValue) };
    if (options.oldValue !== undefined && !options.atomic) {
      throw badRequest('model.plugin_kvset_options.is_valid.old_value.app_error', 'Invalid options: old_value is only allowed with atomic set to true.');
    }
    const expireAt = expiry(options.expireInSeconds);
    if (!options.atomic) {
      if (value === undefined) {
        await this.delete(pluginId, key);
        return true;
      }
      await this.db.insertInto('plugin_kv').values({ plugin_id: pluginId, pkey: key, pvalue: value, expire_at: expireAt })
        .onConflict((oc) => oc.columns(['plugin_id', 'pkey']).doUpdateSet({ pvalue: value, expire_at: expireAt })).execute();
      return true;
    }
    if (value === undefined) return this.compareAndDelete(pluginId, key, options.oldValue);
    if (options.oldValue === undefined) {
      // Insert if absent: an expired row counts as absent.
      await this.db.deleteFrom('plugin_kv').where('plugin_id', '=', pluginId).where('pkey', '=', key)
        .where('expire_at', '!=', 0).where('expire_at', '<=', now()).execute();
      const result = await this.db.insertInto('plugin_kv').values({ plugin_id: pluginId, pkey: key, pvalue: value, expire_at: expireAt })
        .onConflict((oc) => oc.columns(['plugin_id', 'pkey']).doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const result = await this.db.updateTable('plugin_kv').set({ pvalue: value, expire_at: expireAt })
      .where('plugin_id', '=', pluginId).where('pkey', '=', key).where('pvalue', '=', options.oldValue)
      .where((eb) => eb.or([eb('expire_at', '=', 0), eb('expire_at', '>', now())])).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async compareAndSet(pluginId: string, key: string, oldValue: Uint8Array | undefined, newValue: Uint8Array | undefined): Promise<boolean> {
    return this.set(pluginId, key, newValue, { atomic: true, oldValue });
  }

  /** Deletes the key if it holds `oldValue`; no old value never matches (false, as in Mattermost). */
  async compareAndDelete(pluginId: string, key: string, given: Uint8Array | undefined): Promise<boolean> {
    checkKey(key);
    const oldValue = valueOrNone(given);
    if (oldValue === undefined) return false;
    const result = await this.db.deleteFrom('plugin_kv').where('plugin_id', '=', pluginId).where('pkey', '=', key).where('pvalue', '=', oldValue)
      .where((eb) => eb.or([eb('expire_at', '=', 0), eb('expire_at', '>', now())])).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async delete(pluginId: string, key: string): Promise<void> {
    checkKey(key);
    await this.db.deleteFrom('plugin_kv').where('plugin_id', '=', pluginId).where('pkey', '=', key).execute();
  }

  async deleteAll(pluginId: string): Promise<void> {
    await this.db.deleteFrom('plugin_kv').where('plugin_id', '=', pluginId).execute();
  }

  /** Keys in key order; perPage <= 0 means 10, as in Mattermost. */
  async list(pluginId: string, page: number, perPage: number): Promise<string[]> {
    const size = perPage > 0 ? perPage : 10;
    if (page < 0) throw invalidField('plugin_kv', 'page', 'must not be negative');
    const rows = await this.db.selectFrom('plugin_kv').select('pkey').where('plugin_id', '=', pluginId)
      .where((eb) => eb.or([eb('expire_at', '=', 0), eb('expire_at', '>', now())]))
      .orderBy('pkey').limit(size).offset(page * size).execute();
    return rows.map((r) => r.pkey);
  }

  /** Physically removes expired rows (the values are already invisible). */
  async deleteExpired(): Promise<void> {
    await this.db.deleteFrom('plugin_kv').where('expire_at', '!=', 0).where('expire_at', '<=', sql<number>`${now()}`).execute();
  }
}
