// Plugin API: the server itself, logging and audit, mail, HTTP to other plugins, and cluster
// events.
import { serverVersion } from '../../app/app.js';
import { invalidField } from '../../app/errors.js';
import type { LogLevel } from '../../log.js';
import { type ApiDeps, type Caller, type Handlers, need, parseJsonObject } from './types.js';

const logLevels: LogLevel[] = ['debug', 'info', 'warn', 'error'];

export const systemHandlers = ({ app, platform }: ApiDeps) => {
  const log = (level: LogLevel) => async (req: { message: string; key_value_pairs_json: string }, { pluginId }: Caller) => {
    const fields = req.key_value_pairs_json ? parseJsonObject('key_value_pairs_json', req.key_value_pairs_json) : {};
    platform.log(pluginId, level, req.message, fields);
    return {};
  };
  /** An audit record: a line "audit" in the server log at `level`, the record under `audit`, tagged with the plugin. */
  const audit = (pluginId: string, recordJson: string, level: string) => {
    if (!logLevels.includes(level as LogLevel)) throw invalidField('plugin_api', 'level', `must be one of ${logLevels.join(', ')}`);
    const record = parseJsonObject('record_json', recordJson);
    if (typeof record.event_name !== 'string' || !record.event_name) throw invalidField('plugin_api', 'record_json.event_name', 'is required');
    platform.log(pluginId, level as LogLevel, 'audit', { audit: record });
    return {};
  };
  return {
    GetServerVersion: async () => ({ version: serverVersion }),
    GetLicense: async () => ({}),
    IsEnterpriseReady: async () => ({ enterprise_ready: false }),
    GetSystemInstallDate: async () => ({ install_date: app.system.installDate }),
    GetDiagnosticId: async () => ({ id: app.system.telemetryId }),
    GetTelemetryId: async () => ({ id: app.system.telemetryId }),
    // A self-hosted server has no cloud product limits.
    GetCloudLimits: async () => ({ limits_json: '{}' }),
    // Mattermost no longer supports collections and topics; registering one does nothing.
    RegisterCollectionAndTopic: async () => ({}),
    PluginHTTP: async (req, { pluginId }) => platform.pluginHttp(pluginId, req),
    LogDebug: log('debug'),
    LogInfo: log('info'),
    LogWarn: log('warn'),
    LogError: log('error'),
    LogAuditRec: async (req, { pluginId }) => audit(pluginId, req.record_json, 'info'),
    LogAuditRecWithLevel: async (req, { pluginId }) => audit(pluginId, req.record_json, req.level),
    SendMail: async (req) => {
      await app.mailer.send(req.to, req.subject, req.html_body);
      return {};
    },
    PublishPluginClusterEvent: async (req, { pluginId }) => {
      await app.cluster.publishPluginEvent(pluginId, need(req.event, 'event'), req.options ?? { send_type: '', target_id: '' });
      return {};
    },
  } satisfies Partial<Handlers>;
};
