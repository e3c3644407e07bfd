// Plugin API: the server itself, logging, and HTTP to other plugins.
import { serverVersion } from '../../app/app.js';
import type { LogLevel } from '../../log.js';
import { type ApiDeps, type Caller, type Handlers, parseJsonObject } from './types.js';

export const systemHandlers = ({ platform }: ApiDeps) => {
  const log = (level: LogLevel) => async (req: { message: string; key_value_pairs_json: string }, { pluginId }: Caller) => {
    const fields = req.key_value_pairs_json ? parseJsonObject('key_value_pairs_json', req.key_value_pairs_json) : {};
    platform.log(pluginId, level, req.message, fields);
    return {};
  };
  return {
    GetServerVersion: async () => ({ version: serverVersion }),
    PluginHTTP: async (req, { pluginId }) => platform.pluginHttp(pluginId, req),
    LogDebug: log('debug'),
    LogInfo: log('info'),
    LogWarn: log('warn'),
    LogError: log('error'),
  } satisfies Partial<Handlers>;
};
