// The Plugin API over gRPC: where it listens, which plugin a call comes from (its secret), the
// error convention, and the Multiplex stream that carries every method (what the SDKs use).
// The methods themselves are in ./api/, one module per domain, over the same app services
// REST uses.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { type App, systemContext } from '../app/app.js';
import { asAppError, unauthorized } from '../app/errors.js';
import type { Logger } from '../log.js';
import { PluginAPIDefinition } from '../../gen/plughost/v1/api.js';
import { apiHandlers } from './api/index.js';
import type { Caller, Handlers, PlatformAccess } from './api/types.js';
import { grpcErrorFor, grpcServiceDefinition, type MessageType, type MethodDefinition } from './grpc-service.js';
import { multiplexMethod, serveMultiplex, unknownMethod } from './multiplex.js';
import type { MultiplexCall, MultiplexReply } from '../../gen/plughost/v1/transport.js';

export type { PlatformAccess } from './api/types.js';

export const secretMetadataKey = 'mm-plugin-secret';

const socketDirPrefix = 'plughost-api-';

function removeStaleSocketDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = name.startsWith(socketDirPrefix) ? Number(name.slice(socketDirPrefix.length).split('-')[0]) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
}

export class PluginAPIServer {
  readonly target: string;
  private readonly server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  private readonly pluginsBySecret = new Map<string, string>();
  private readonly socketDir: string;

  constructor(app: App, platform: PlatformAccess, private readonly logger: Logger) {
    // Unix socket in a private folder: short path (sun_path is 108 bytes), only we can open it.
    // The folder names our pid, so a later server can remove what a killed one left behind.
    removeStaleSocketDirs();
    this.socketDir = fs.mkdtempSync(path.join(os.tmpdir(), `${socketDirPrefix}${process.pid}-`));
    fs.chmodSync(this.socketDir, 0o700);
    this.target = `unix://${path.join(this.socketDir, 'api.sock')}`;
    this.server.addService(grpcServiceDefinition(PluginAPIDefinition), this.implementation(apiHandlers({ app, platform })));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server.bindAsync(this.target, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())),
    );
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => { this.server.forceShutdown(); resolve(); }, 2000);
      this.server.tryShutdown(() => { clearTimeout(timer); resolve(); });
    });
    fs.rmSync(this.socketDir, { recursive: true, force: true });
  }

  /** A new secret that identifies `pluginId` to the API until it is revoked. */
  issueSecret(pluginId: string): string {
    const secret = crypto.randomBytes(32).toString('base64url');
    this.pluginsBySecret.set(secret, pluginId);
    return secret;
  }

  revokeSecret(secret: string): void {
    this.pluginsBySecret.delete(secret);
  }

  /** The plugin a secret belongs to, asked on every call: a stream outlives a revoked secret. */
  private caller(secret: grpc.MetadataValue | undefined, afterReply: Array<() => void>): Caller {
    const pluginId = typeof secret === 'string' ? this.pluginsBySecret.get(secret) : undefined;
    if (!pluginId) throw unauthorized('plugin_api.unknown_plugin', 'The Plugin API was called without a valid plugin secret.');
    return { pluginId, ctx: { ...systemContext(crypto.randomUUID()), pluginId }, afterReply: (step) => afterReply.push(step) };
  }

  /**
   * One call of one handler, however it arrived: the caller identified, failures as AppErrors
   * (5xx logged), and the steps the handler left for after the answer run once it is sent (a
   * plugin that disables itself gets its answer first).
   */
  private async invoke(name: string, handler: AnyHandler, request: unknown, secret: grpc.MetadataValue | undefined): Promise<unknown> {
    const afterReply: Array<() => void> = [];
    try {
      return await handler(request, this.caller(secret, afterReply));
    } catch (err) {
      const appErr = asAppError(err);
      if (appErr.statusCode >= 500 && appErr.statusCode !== 501) this.logger.error('plugin API call failed', { method: name, error: appErr.message, detail: appErr.detailedError });
      throw appErr;
    } finally {
      // A macrotask: the answer is written in the microtasks that follow this call.
      if (afterReply.length) setImmediate(() => { for (const step of afterReply) step(); });
    }
  }

  /** Each handler as a grpc-js unary handler (errors by the AppError convention), and the Multiplex stream over all of them. */
  private implementation(handlers: Handlers): grpc.UntypedServiceImplementation {
    const out: grpc.UntypedServiceImplementation = {};
    const byName = new Map<string, { handler: AnyHandler; requestType: MessageType<unknown>; responseType: MessageType<unknown> }>();
    for (const method of Object.values(PluginAPIDefinition.methods) as MethodDefinition[]) {
      const handler = (handlers as Record<string, AnyHandler>)[method.name];
      if (!handler) continue; // a stream RPC: Multiplex
      byName.set(method.name, { handler, requestType: method.requestType, responseType: method.responseType });
      out[method.name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        this.invoke(method.name, handler, call.request, call.metadata.get(secretMetadataKey)[0]).then(
          (response) => callback(null, response),
          (err) => callback(grpcErrorFor(err)),
        );
      };
    }
    out[multiplexMethod] = (stream: grpc.ServerDuplexStream<MultiplexCall, Partial<MultiplexReply>>) => {
      const secret = stream.metadata.get(secretMetadataKey)[0];
      try {
        this.logger.debug('plugin API stream opened', { plugin_id: this.caller(secret, []).pluginId });
      } catch (err) {
        stream.emit('error', grpcErrorFor(asAppError(err)));
        return;
      }
      serveMultiplex(stream, async (name, bytes) => {
        const method = byName.get(name);
        if (!method) throw unknownMethod(name);
        const response = await this.invoke(name, method.handler, method.requestType.decode(bytes), secret);
        return method.responseType.encode(method.responseType.fromPartial(response)).finish();
      });
    };
    return out;
  }
}

type AnyHandler = (request: unknown, caller: Caller) => Promise<unknown>;
