// The Plugin API over gRPC: where it listens, which plugin a call comes from (its secret), and
// the error convention. The methods themselves are in ./api/, one module per domain, over the
// same app services REST uses.
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
import { grpcErrorFor, grpcServiceDefinition } from './grpc-service.js';

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
    this.server.addService(grpcServiceDefinition(PluginAPIDefinition), this.unaryImplementation(apiHandlers({ app, platform })));
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

  private caller(call: grpc.ServerUnaryCall<unknown, unknown>, afterReply: Array<() => void>): Caller {
    const secret = call.metadata.get(secretMetadataKey)[0];
    const pluginId = typeof secret === 'string' ? this.pluginsBySecret.get(secret) : undefined;
    if (!pluginId) throw unauthorized('plugin_api.unknown_plugin', 'The Plugin API was called without a valid plugin secret.');
    return { pluginId, ctx: { ...systemContext(crypto.randomUUID()), pluginId }, afterReply: (step) => afterReply.push(step) };
  }

  /**
   * Turns each handler into a grpc-js unary handler: the caller identified, the AppError
   * convention, and the steps a handler left for after the answer run once it is sent.
   */
  private unaryImplementation(handlers: Handlers): grpc.UntypedServiceImplementation {
    const out: grpc.UntypedServiceImplementation = {};
    for (const [name, handler] of Object.entries(handlers) as [string, (req: unknown, caller: Caller) => Promise<unknown>][]) {
      out[name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        const afterReply: Array<() => void> = [];
        Promise.resolve()
          .then(() => handler(call.request, this.caller(call, afterReply)))
          .then(
            (response) => callback(null, response),
            (err) => {
              const appErr = asAppError(err);
              if (appErr.statusCode >= 500 && appErr.statusCode !== 501) this.logger.error('plugin API call failed', { method: name, error: appErr.message, detail: appErr.detailedError });
              callback(grpcErrorFor(appErr));
            },
          )
          .then(() => setImmediate(() => { for (const step of afterReply) step(); }));
      };
    }
    return out;
  }
}

