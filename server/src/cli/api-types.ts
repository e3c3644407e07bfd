// The parts of the REST API's JSON the CLI reads (docs/admin-guide.md); the rest passes through untouched.

export interface Manifest {
  id: string;
  name?: string;
  version?: string;
  [key: string]: unknown;
}

export interface PluginList {
  active: Manifest[];
  inactive: Manifest[];
}

export interface PluginStatus {
  plugin_id: string;
  name: string;
  version: string;
  state: number;
  error: string;
  [key: string]: unknown;
}

export interface LogLine {
  timestamp: string;
  level: string;
  message: string;
}

/** GET /api/v4/config; only PluginSettings.Plugins matters here. */
export interface ServerConfig {
  PluginSettings?: { Plugins?: Record<string, Record<string, unknown>> };
  [key: string]: unknown;
}

export const pluginRoute = (id: string, rest = '') => `/plugins/${encodeURIComponent(id)}${rest}`;
