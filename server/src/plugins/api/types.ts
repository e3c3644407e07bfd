// What every Plugin API handler module shares: the handler types, the calling plugin, and the
// few argument rules of the wire (required messages, paging, JSON object fields).
import type { App } from '../../app/app.js';
import { invalidField } from '../../app/errors.js';
import type { RequestContext } from '../../app/models.js';
import type { Config } from '../../config/config.js';
import type { LogLevel } from '../../log.js';
import type { PluginAPIDefinition } from '../../../gen/plughost/v1/api.js';
import type { PluginCaller, PluginStatus } from '../environment.js';
import type { UnaryHandlers } from '../grpc-service.js';
import type { InternalHttpRequest, InternalHttpResponse } from '../http-bridge.js';
import type { Manifest } from '../manifest.js';

/** The plugin that made a call, and the request context the app services see for it. */
export interface Caller extends PluginCaller {
  ctx: RequestContext;
}

/** Every Plugin API method, keyed by its RPC name. */
export type Handlers = UnaryHandlers<typeof PluginAPIDefinition, Caller>;
export type MethodName = keyof Handlers;

/** What the Plugin API needs from the plugin platform itself. */
export interface PlatformAccess {
  pluginConfig(pluginId: string): Record<string, unknown>;
  savePluginConfig(pluginId: string, config: Record<string, unknown>): void;
  pluginHttp(sourcePluginId: string, request: InternalHttpRequest): Promise<InternalHttpResponse>;
  log(pluginId: string, level: LogLevel, message: string, fields: Record<string, unknown>): void;
  /** The plugin management of REST (PluginEnvironment), for a plugin asking. */
  bundlePath(pluginId: string): string;
  manifests(): Manifest[];
  status(pluginId: string): PluginStatus;
  enable(pluginId: string, caller: PluginCaller): Promise<void>;
  disable(pluginId: string, caller: PluginCaller): Promise<void>;
  remove(pluginId: string, caller: PluginCaller): Promise<void>;
  install(bundle: Uint8Array, replace: boolean, caller: PluginCaller): Promise<Manifest>;
  saveConfig(config: Config, caller: PluginCaller): Promise<void>;
}

/** What a handler module is built from. */
export interface ApiDeps {
  app: App;
  platform: PlatformAccess;
}

/** A required message field: proto3 leaves it undefined when the caller did not send it. */
export function need<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) throw invalidField('plugin_api', field, 'is required');
  return value;
}

/** Paging as Mattermost's API takes it: negative pages are 0, per_page is capped at 1000. */
export const page = (p: number | undefined, perPage: number | undefined, fallback = 60) => ({
  page: Math.max(0, p ?? 0),
  perPage: perPage && perPage > 0 ? Math.min(perPage, 1000) : fallback,
});

/** A `<x>_json` field that must hold a JSON object ("" is an empty one). */
export function parseJsonObject(field: string, text: string): Record<string, unknown> {
  try {
    const value = text ? JSON.parse(text) : {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw invalidField('plugin_api', field, 'must be a JSON object');
}
