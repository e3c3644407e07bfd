// Plugin API: the key-value store, private to the calling plugin.
import { type ApiDeps, type Handlers } from './types.js';

const maxKVListPerPage = 1000;

export const kvHandlers = ({ app }: ApiDeps) => ({
  KVGet: async (req, { pluginId }) => ({ value: await app.kv.get(pluginId, req.key) }),
  KVSet: async (req, { pluginId }) => {
    await app.kv.set(pluginId, req.key, req.value);
    return {};
  },
  KVSetWithExpiry: async (req, { pluginId }) => {
    await app.kv.set(pluginId, req.key, req.value, { expireInSeconds: req.expire_in_seconds });
    return {};
  },
  KVSetWithOptions: async (req, { pluginId }) => {
    const options = req.options;
    const success = await app.kv.set(pluginId, req.key, req.value, {
      atomic: options?.atomic,
      oldValue: options?.old_value,
      expireInSeconds: options?.expire_in_seconds,
    });
    return { success };
  },
  KVCompareAndSet: async (req, { pluginId }) => ({ success: await app.kv.compareAndSet(pluginId, req.key, req.old_value, req.new_value) }),
  KVCompareAndDelete: async (req, { pluginId }) => ({ success: await app.kv.compareAndDelete(pluginId, req.key, req.old_value) }),
  KVDelete: async (req, { pluginId }) => {
    await app.kv.delete(pluginId, req.key);
    return {};
  },
  KVDeleteAll: async (_req, { pluginId }) => {
    await app.kv.deleteAll(pluginId);
    return {};
  },
  // Unset per_page is the RPC's default (100); 0 or less is Mattermost's 10 (see app/kv.ts).
  KVList: async (req, { pluginId }) => ({ keys: await app.kv.list(pluginId, req.page ?? 0, Math.min(req.per_page ?? 100, maxKVListPerPage)) }),
}) satisfies Partial<Handlers>;
