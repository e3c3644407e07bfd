// One plugin process, from spawn to exit. Every step of the process protocol is here:
//   1. spawn the executable in the plugin's folder, in its own process group, with the env
//      that tells it where the Plugin API is and who it is;
//   2. read the handshake line `1|1|<unix|tcp>|<address>|grpc` from stdout, within a deadline;
//   3. connect, check grpc.health.v1 for "plugin", ask which hooks it implements, open the
//      hook stream (PluginHooks.Multiplex) where the plugin serves one;
//   4. relay everything else it prints into the plugin's log;
//   5. stop: SIGTERM to the group, then SIGKILL after a grace period.
// The plugin's stdin is a pipe the server holds open: when the server dies, the plugin sees
// EOF and exits (PLUGHOST_EXIT_ON_STDIN_EOF), so no process outlives the server.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { HealthCheckResponse_ServingStatus, HealthDefinition } from '../../gen/grpc/health/v1/health.js';
import { PluginHooksDefinition } from '../../gen/plughost/v1/hooks.js';
import { HTTPExchangeRequest, HTTPExchangeResponse } from '../../gen/plughost/v1/transport_http.js';
import type { LogLevel } from '../log.js';
import { asBuffer, grpcServiceDefinition } from './grpc-service.js';
import { executableFor, type Manifest } from './manifest.js';
import { maxMultiplexedBytes, MultiplexClient, multiplexMethod } from './multiplex.js';
import { isPythonPlugin, pythonEnv, pythonInterpreter } from './runtimes/python.js';

export interface SpawnOptions {
  pluginId: string;
  pluginDir: string;
  manifest: Manifest;
  apiTarget: string;
  secret: string;
  sharedPython: string;
  startTimeoutMs: number;
  onLog: (level: LogLevel, line: string, fields?: Record<string, unknown>) => void;
}

export class PluginStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginStartError';
  }
}

const hooksService = grpcServiceDefinition(PluginHooksDefinition);
const healthService = grpcServiceDefinition(HealthDefinition);
const maxLineBytes = 16 * 1024;
const channelOptions: grpc.ChannelOptions = {
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
  'grpc.max_send_message_length': 64 * 1024 * 1024,
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
};

/** Environment variables a plugin inherits from the server; nothing else leaks through. */
const inheritedEnv = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TMPDIR', 'SYSTEMROOT'];

export function parseHandshake(line: string): { network: 'unix' | 'tcp'; address: string } | undefined {
  const parts = line.trim().split('|');
  if (parts.length < 4) return undefined;
  const [core, app, network, address, protocol] = parts;
  if (core !== '1') throw new PluginStartError(`plugin speaks core protocol version ${core}; this server speaks 1`);
  if (app !== '1') throw new PluginStartError(`plugin speaks app protocol version ${app}; this server speaks 1`);
  if (network !== 'unix' && network !== 'tcp') throw new PluginStartError(`plugin handshake names network "${network}"; expected unix or tcp`);
  if (protocol !== 'grpc') throw new PluginStartError(`plugin handshake names protocol "${protocol ?? ''}"; this server speaks grpc`);
  if (!address) throw new PluginStartError('plugin handshake has no address');
  return { network, address };
}

function command(opts: SpawnOptions): { file: string; args: string[]; env: Record<string, string> } {
  const exe = path.join(opts.pluginDir, executableFor(opts.manifest));
  if (isPythonPlugin(opts.manifest, exe)) {
    return { file: pythonInterpreter(opts.pluginDir, opts.manifest, opts.sharedPython), args: [exe], env: pythonEnv(opts.pluginDir, opts.manifest) };
  }
  if (opts.manifest.server?.runtime === 'node' || /\.(m?js)$/.test(exe)) return { file: process.execPath, args: [exe], env: {} };
  return { file: exe, args: [], env: {} };
}

/** Splits a stream into lines (long lines are cut), calling `onLine` for each. */
function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0 || buffer.length > maxLineBytes) {
      const end = newline >= 0 ? newline : maxLineBytes;
      onLine(buffer.slice(0, end).replace(/\r$/, ''));
      buffer = buffer.slice(newline >= 0 ? end + 1 : end);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
  });
}

/** A log line from the plugin: JSON lines carry their level; plain lines get the stream's. */
function relay(opts: SpawnOptions, line: string, plainLevel: LogLevel): void {
  if (!line.trim()) return;
  if (line.startsWith('{')) {
    try {
      const { level, msg, message, ...fields } = JSON.parse(line) as Record<string, unknown>;
      const known: LogLevel[] = ['debug', 'info', 'warn', 'error'];
      const lvl = level === 'warning' ? 'warn' : (known.find((l) => l === level) ?? plainLevel);
      opts.onLog(lvl, String(msg ?? message ?? line), fields);
      return;
    } catch {
      // not JSON after all: log it as it is
    }
  }
  opts.onLog(plainLevel, line);
}

export class PluginProcess {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  implemented = new Set<string>();
  private client?: grpc.Client;
  /** The plugin's PluginHooks.Multiplex stream, where its hooks are called; absent if it serves none. */
  private hookStream?: MultiplexClient;
  /** HTTP hooks whose handler streams: their requests go on the ServeHTTP stream. */
  private readonly streamingHttp = new Set<string>();
  private socketPath?: string;
  private exitInfo?: { code: number | null; signal: NodeJS.Signals | null };
  private readonly recentStderr: string[] = [];

  private constructor(private readonly child: ChildProcess, private readonly opts: SpawnOptions) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        this.hookStream?.close();
        this.client?.close();
        this.removeSocket();
        resolve({ code, signal });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** How hooks reach the plugin: its Multiplex stream, or one unary RPC per call. */
  get hookTransport(): 'multiplex' | 'unary' {
    return this.hookStream?.usable ? 'multiplex' : 'unary';
  }

  get alive(): boolean {
    return this.exitInfo === undefined;
  }

  /** Spawns the plugin and completes the handshake; throws PluginStartError on any failure. */
  static async start(opts: SpawnOptions): Promise<PluginProcess> {
    const { file, args, env: runtimeEnv } = command(opts);
    const env: Record<string, string> = {};
    for (const key of inheritedEnv) if (process.env[key] !== undefined) env[key] = process.env[key]!;
    Object.assign(env, {
      MATTERMOST_PLUGIN: 'Securely message teams, anywhere.',
      MATTERMOST_API_TARGET: opts.apiTarget,
      MATTERMOST_PLUGIN_ID: opts.pluginId,
      MATTERMOST_PLUGIN_PATH: opts.pluginDir,
      MATTERMOST_PLUGIN_SECRET: opts.secret,
      PLUGIN_PROTOCOL_VERSIONS: '1',
      PLUGHOST_EXIT_ON_STDIN_EOF: '1',
      PYTHONUNBUFFERED: '1',
    }, runtimeEnv);
    const child = spawn(file, args, { cwd: opts.pluginDir, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const proc = new PluginProcess(child, opts);
    try {
      const address = await proc.handshake(file);
      await proc.connect(address);
      return proc;
    } catch (err) {
      proc.kill();
      await proc.exited;
      throw err instanceof PluginStartError ? err : new PluginStartError((err as Error).message);
    }
  }

  private handshake(file: string): Promise<{ network: 'unix' | 'tcp'; address: string }> {
    const { child, opts } = this;
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (err?: Error, result?: { network: 'unix' | 'tcp'; address: string }) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(result!);
      };
      const timer = setTimeout(() => {
        finish(new PluginStartError(`plugin did not print its handshake line within ${opts.startTimeoutMs} ms${this.stderrTail()}`));
      }, opts.startTimeoutMs);
      child.once('error', (err) => finish(new PluginStartError(`could not start ${file}: ${err.message}`)));
      child.once('exit', (code, signal) => {
        finish(new PluginStartError(`plugin exited before its handshake (${signal ? `signal ${signal}` : `exit code ${code}`})${this.stderrTail()}`));
      });
      lines(child.stdout!, (line) => {
        if (done) return relay(opts, line, 'info');
        try {
          const parsed = parseHandshake(line);
          if (parsed) return finish(undefined, parsed);
        } catch (err) {
          return finish(err as Error);
        }
        relay(opts, line, 'info');
      });
      lines(child.stderr!, (line) => {
        this.recentStderr.push(line);
        if (this.recentStderr.length > 20) this.recentStderr.shift();
        relay(opts, line, 'warn');
      });
      // Writing to a plugin that died must not crash the server.
      child.stdin!.on('error', () => undefined);
    });
  }

  private stderrTail(): string {
    const tail = this.recentStderr.slice(-10).join('\n').trim();
    return tail ? `; last stderr lines:\n${tail}` : '';
  }

  /**
   * A plugin killed outright cannot remove its Unix socket: the server does, and the folder
   * the plugin made for it if that is now empty.
   */
  private removeSocket(): void {
    if (!this.socketPath) return;
    fs.rmSync(this.socketPath, { force: true });
    try {
      fs.rmdirSync(path.dirname(this.socketPath));
    } catch {
      // not empty, or not the plugin's own folder: leave it
    }
  }

  private async connect(address: { network: 'unix' | 'tcp'; address: string }): Promise<void> {
    if (address.network === 'unix') this.socketPath = address.address;
    const target = address.network === 'unix' ? `unix:${address.address}` : address.address;
    this.client = new grpc.Client(target, grpc.credentials.createInsecure(), channelOptions);
    const deadline = Date.now() + this.opts.startTimeoutMs;
    const health = await this.unary<{ status: HealthCheckResponse_ServingStatus }>(healthService.Check, { service: 'plugin' }, deadline, true);
    if (health.status !== HealthCheckResponse_ServingStatus.SERVING) {
      throw new PluginStartError(`plugin health check answered ${HealthCheckResponse_ServingStatus[health.status]}`);
    }
    const { hooks } = await this.unary<{ hooks: string[] }>(hooksService.Implemented, {}, deadline);
    this.implemented = new Set(hooks);
    this.hookStream = await MultiplexClient.connect(this.client, hooksService[multiplexMethod].path, new grpc.Metadata(), deadline);
  }

  private unary<T>(method: grpc.MethodDefinition<any, any>, request: unknown, deadline: number, waitForReady = false): Promise<T> {
    return new Promise((resolve, reject) => {
      if (!this.client) return reject(new Error('plugin is not connected'));
      this.client.makeUnaryRequest(method.path, method.requestSerialize, method.responseDeserialize, request, new grpc.Metadata({ waitForReady }), { deadline }, (err, value) => (err ? reject(err) : resolve(value as T)));
    });
  }

  /**
   * Calls one hook by name (OnActivate, MessageWillBePosted …) with a deadline: on the hook
   * stream when the plugin serves one, else (or when the request is large) as its unary RPC.
   * Fails with an AppError (stream) or a grpc.ServiceError (unary); appErrorFromGrpc reads both.
   */
  async callHook<T>(name: string, request: unknown, timeoutMs: number): Promise<T> {
    const method = hooksService[name];
    if (!method) throw new Error(`unknown hook ${name}`);
    const bytes = method.requestSerialize(request);
    if (this.hookStream?.usable && bytes.length <= maxMultiplexedBytes) {
      return method.responseDeserialize(asBuffer(await this.hookStream.call(name, bytes, timeoutMs))) as T;
    }
    return this.unary<T>(method, bytes, Date.now() + timeoutMs);
  }

  /** Whether exchangeHttp may answer `hook`: the plugin has a hook stream and its handler did not ask for the stream. */
  canExchangeHttp(hook: 'ServeHTTP' | 'ServeMetrics'): boolean {
    return Boolean(this.hookStream?.usable) && !this.streamingHttp.has(hook);
  }

  /**
   * One HTTP request as one call on the hook stream (transport_http.proto); undefined when the
   * plugin's handler streams (so it is sent on openHttpStream, and from now on only there).
   * Fails with an AppError as callHook does.
   */
  async exchangeHttp(hook: 'ServeHTTP' | 'ServeMetrics', request: { head: object; body: Buffer }, timeoutMs: number): Promise<HTTPExchangeResponse | undefined> {
    if (!this.hookStream?.usable) return undefined;
    const answer = HTTPExchangeResponse.decode(await this.hookStream.call(hook, HTTPExchangeRequest.encode(HTTPExchangeRequest.fromPartial(request)).finish(), timeoutMs));
    if (!answer.use_stream) return answer;
    this.streamingHttp.add(hook);
    return undefined;
  }

  /** Opens a ServeHTTP (or ServeMetrics) bidirectional stream (frames in hooks.proto). */
  openHttpStream(hook: 'ServeHTTP' | 'ServeMetrics' = 'ServeHTTP'): grpc.ClientDuplexStream<unknown, any> {
    if (!this.client) throw new Error('plugin is not connected');
    const method = hooksService[hook];
    return this.client.makeBidiStreamRequest(method.path, method.requestSerialize, method.responseDeserialize, new grpc.Metadata(), {});
  }

  /** One health check: true when the plugin answers SERVING in time. */
  async healthy(timeoutMs: number): Promise<boolean> {
    try {
      const res = await this.unary<{ status: HealthCheckResponse_ServingStatus }>(healthService.Check, { service: 'plugin' }, Date.now() + timeoutMs);
      return res.status === HealthCheckResponse_ServingStatus.SERVING;
    } catch {
      return false;
    }
  }

  /** SIGTERM to the plugin's process group, SIGKILL after `graceMs`; resolves once it exited. */
  async stop(graceMs = 2000): Promise<void> {
    if (!this.alive) return;
    this.signal('SIGTERM');
    this.child.stdin?.end();
    const timer = setTimeout(() => this.kill(), graceMs);
    await this.exited;
    clearTimeout(timer);
    // Children the plugin left behind in its group go too.
    this.signal('SIGKILL');
  }

  kill(): void {
    this.signal('SIGKILL');
  }

  private signal(sig: NodeJS.Signals): void {
    if (!this.child.pid) return;
    try {
      process.kill(-this.child.pid, sig);
    } catch {
      // the group is already gone
    }
  }
}
