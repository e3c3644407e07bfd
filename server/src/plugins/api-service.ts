// The Plugin API over gRPC: identifies the calling plugin by its secret, maps messages to
// the domain models, and calls the same app services REST uses. No rule is implemented here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { type App, serverVersion, systemContext } from '../app/app.js';
import { asAppError, invalidField, unauthorized } from '../app/errors.js';
import type { Post, RequestContext, User } from '../app/models.js';
import { sanitizedConfig } from '../config/config.js';
import type { Logger, LogLevel } from '../log.js';
import { PluginAPIDefinition } from '../../gen/plughost/v1/api.js';
import { fromMessage, toMessage } from './convert.js';
import { grpcErrorFor, grpcServiceDefinition, type UnaryHandlers } from './grpc-service.js';
import type { InternalHttpRequest, InternalHttpResponse } from './http-bridge.js';

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

/** What the Plugin API needs from the plugin platform itself. */
export interface PlatformAccess {
  pluginConfig(pluginId: string): Record<string, unknown>;
  savePluginConfig(pluginId: string, config: Record<string, unknown>): void;
  pluginHttp(sourcePluginId: string, request: InternalHttpRequest): Promise<InternalHttpResponse>;
  log(pluginId: string, level: LogLevel, message: string, fields: Record<string, unknown>): void;
}

type Handlers = UnaryHandlers<typeof PluginAPIDefinition>;
type Caller = { pluginId: string; ctx: RequestContext };

const parseJsonObject = (field: string, text: string): Record<string, unknown> => {
  try {
    const value = text ? JSON.parse(text) : {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw invalidField('plugin_api', field, 'must be a JSON object');
};

const page = (p: number, perPage: number, fallback = 60) => ({ page: Math.max(0, p), perPage: perPage > 0 ? Math.min(perPage, 1000) : fallback });

export class PluginAPIServer {
  readonly target: string;
  private readonly server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  private readonly pluginsBySecret = new Map<string, string>();
  private readonly socketDir: string;

  constructor(private readonly app: App, private readonly platform: PlatformAccess, private readonly logger: Logger) {
    // Unix socket in a private folder: short path (sun_path is 108 bytes), only we can open it.
    // The folder names our pid, so a later server can remove what a killed one left behind.
    removeStaleSocketDirs();
    this.socketDir = fs.mkdtempSync(path.join(os.tmpdir(), `${socketDirPrefix}${process.pid}-`));
    fs.chmodSync(this.socketDir, 0o700);
    this.target = `unix://${path.join(this.socketDir, 'api.sock')}`;
    this.server.addService(grpcServiceDefinition(PluginAPIDefinition), this.wrap(this.handlers()));
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

  private caller(call: grpc.ServerUnaryCall<unknown, unknown>): Caller {
    const secret = call.metadata.get(secretMetadataKey)[0];
    const pluginId = typeof secret === 'string' ? this.pluginsBySecret.get(secret) : undefined;
    if (!pluginId) throw unauthorized('plugin_api.unknown_plugin', 'The Plugin API was called without a valid plugin secret.');
    return { pluginId, ctx: { ...systemContext(crypto.randomUUID()), pluginId } };
  }

  /** Turns each handler into a grpc-js unary handler with the AppError convention. */
  private wrap(handlers: Record<string, (req: any, call: any) => Promise<unknown>>): grpc.UntypedServiceImplementation {
    const out: grpc.UntypedServiceImplementation = {};
    for (const [name, handler] of Object.entries(handlers)) {
      out[name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        handler(call.request, call).then(
          (response) => callback(null, response),
          (err) => {
            const appErr = asAppError(err);
            if (appErr.statusCode >= 500) this.logger.error('plugin API call failed', { method: name, error: appErr.message, detail: appErr.detailedError });
            callback(grpcErrorFor(appErr));
          },
        );
      };
    }
    return out;
  }

  private handlers(): Handlers {
    const { app } = this;
    const user = (u: User) => toMessage<any>(u);
    const post = (p: Post) => toMessage<any>(p);
    const log = (level: LogLevel) => async (req: { message: string; key_value_pairs_json: string }, call: grpc.ServerUnaryCall<unknown, unknown>) => {
      const { pluginId } = this.caller(call);
      const fields = req.key_value_pairs_json ? parseJsonObject('key_value_pairs_json', req.key_value_pairs_json) : {};
      this.platform.log(pluginId, level, req.message, fields);
      return {};
    };
    const need = <T>(value: T | undefined, field: string): T => {
      if (value === undefined || value === null) throw invalidField('plugin_api', field, 'is required');
      return value;
    };
    return {
      GetServerVersion: async (_req, call) => {
        this.caller(call);
        return { version: serverVersion };
      },

      GetUser: async (req, call) => (this.caller(call), { user: user(await app.users.get(req.user_id)) }),
      GetUserByUsername: async (req, call) => (this.caller(call), { user: user(await app.users.getByUsername(req.name)) }),
      GetUserByEmail: async (req, call) => (this.caller(call), { user: user(await app.users.getByEmail(req.email)) }),
      GetUsers: async (req, call) => {
        this.caller(call);
        const p = page(req.page, req.per_page);
        const users = await app.users.list({ ...p, inTeamId: req.in_team_id || undefined, inChannelId: req.in_channel_id || undefined });
        return { users: users.map(user) };
      },
      CreateUser: async (req, call) => {
        const { ctx } = this.caller(call);
        return { user: user(await app.users.create(ctx, fromMessage(need(req.user, 'user')))) };
      },
      UpdateUser: async (req, call) => {
        const { ctx } = this.caller(call);
        return { user: user(await app.users.update(ctx, fromMessage(need(req.user, 'user')))) };
      },

      GetTeam: async (req, call) => (this.caller(call), { team: await app.teams.get(req.team_id) }),
      GetTeams: async (_req, call) => (this.caller(call), { teams: await app.teams.list() }),
      GetTeamByName: async (req, call) => (this.caller(call), { team: await app.teams.getByName(req.name) }),
      CreateTeam: async (req, call) => {
        const { ctx } = this.caller(call);
        return { team: await app.teams.create(ctx, fromMessage(need(req.team, 'team'))) };
      },

      GetChannel: async (req, call) => (this.caller(call), { channel: await app.channels.get(req.channel_id) }),
      CreateChannel: async (req, call) => {
        const { ctx } = this.caller(call);
        const channel = fromMessage<Record<string, unknown>>(need(req.channel, 'channel'));
        return { channel: await app.channels.create(ctx, channel, (channel.creator_id as string) || undefined) };
      },
      GetChannelMembers: async (req, call) => {
        this.caller(call);
        const p = page(req.page, req.per_page);
        return { channel_members: await app.channels.members(req.channel_id, p.page, p.perPage) };
      },
      AddChannelMember: async (req, call) => {
        const { ctx } = this.caller(call);
        return { channel_member: await app.channels.addMember(ctx, req.channel_id, req.user_id) };
      },

      GetPost: async (req, call) => (this.caller(call), { post: post(await app.posts.get(req.post_id)) }),
      CreatePost: async (req, call) => {
        const { ctx } = this.caller(call);
        return { post: post(await app.posts.create(ctx, fromMessage(need(req.post, 'post')))) };
      },
      UpdatePost: async (req, call) => {
        const { ctx } = this.caller(call);
        return { post: post(await app.posts.update(ctx, fromMessage(need(req.post, 'post')))) };
      },
      DeletePost: async (req, call) => {
        const { ctx } = this.caller(call);
        await app.posts.delete(ctx, req.post_id);
        return {};
      },

      UploadFile: async (req, call) => {
        this.caller(call);
        await app.channels.get(req.channel_id);
        return { file_info: await app.files.upload({ data: req.data, channelId: req.channel_id, filename: req.filename, creatorId: 'nouser' }) };
      },
      GetFile: async (req, call) => (this.caller(call), { data: await app.files.content(req.file_id) }),
      GetFileInfo: async (req, call) => (this.caller(call), { file_info: await app.files.info(req.file_id) }),

      KVGet: async (req, call) => ({ value: await app.kv.get(this.caller(call).pluginId, req.key) }),
      KVSet: async (req, call) => {
        await app.kv.set(this.caller(call).pluginId, req.key, req.value);
        return {};
      },
      KVSetWithExpiry: async (req, call) => {
        await app.kv.set(this.caller(call).pluginId, req.key, req.value, { expireInSeconds: req.expire_in_seconds });
        return {};
      },
      KVSetWithOptions: async (req, call) => {
        const options = req.options;
        const success = await app.kv.set(this.caller(call).pluginId, req.key, req.value, {
          atomic: options?.atomic,
          oldValue: options?.old_value,
          expireInSeconds: options?.expire_in_seconds,
        });
        return { success };
      },
      KVCompareAndSet: async (req, call) => ({ success: await app.kv.compareAndSet(this.caller(call).pluginId, req.key, req.old_value, req.new_value) }),
      KVDelete: async (req, call) => {
        await app.kv.delete(this.caller(call).pluginId, req.key);
        return {};
      },
      KVDeleteAll: async (_req, call) => {
        await app.kv.deleteAll(this.caller(call).pluginId);
        return {};
      },
      KVList: async (req, call) => ({ keys: await app.kv.list(this.caller(call).pluginId, req.page, req.per_page) }),

      GetConfig: async (_req, call) => (this.caller(call), { config_json: JSON.stringify(sanitizedConfig(app.config.get())) }),
      GetPluginConfig: async (_req, call) => ({ config_json: JSON.stringify(this.platform.pluginConfig(this.caller(call).pluginId)) }),
      LoadPluginConfiguration: async (_req, call) => ({ config_json: JSON.stringify(this.platform.pluginConfig(this.caller(call).pluginId)) }),
      SavePluginConfig: async (req, call) => {
        const { pluginId } = this.caller(call);
        this.platform.savePluginConfig(pluginId, parseJsonObject('config_json', req.config_json));
        return {};
      },

      RegisterCommand: async (req, call) => {
        const { pluginId } = this.caller(call);
        app.commands.register(pluginId, need(req.command, 'command'));
        return {};
      },
      UnregisterCommand: async (req, call) => {
        app.commands.unregister(this.caller(call).pluginId, req.team_id, req.trigger);
        return {};
      },
      PluginHTTP: async (req, call) => this.platform.pluginHttp(this.caller(call).pluginId, req),

      LogDebug: log('debug'),
      LogInfo: log('info'),
      LogWarn: log('warn'),
      LogError: log('error'),
    };
  }
}

