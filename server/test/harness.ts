// End-to-end harness: runs the real server as a child process on a free port with a fresh
// data folder, and talks to it over HTTP like a client would.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';

const here = path.dirname(fileURLToPath(import.meta.url));
export const serverRoot = path.resolve(here, '../..');
export const repoRoot = path.resolve(serverRoot, '..');
export const fixturesDir = path.join(serverRoot, 'test', 'fixtures');
const mainJs = path.join(serverRoot, 'dist', 'src', 'main.js');

export interface ServerHandle {
  url: string;
  metricsUrl: string;
  dataDir: string;
  process: ChildProcess;
  logs: string[];
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: the server gets no chance to clean up. */
  kill(): Promise<void>;
}

const tempDirs: string[] = [];
// Each test file runs in a process of its own: its temporary folders go when it ends.
process.on('exit', () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'plughost-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Starts `plughost serve`; `config` is written to config.json first (merged with defaults). */
export async function startServer(opts: { dataDir?: string; config?: Record<string, unknown>; examples?: boolean } = {}): Promise<ServerHandle> {
  const dataDir = opts.dataDir ?? tempDir();
  if (opts.config) fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify(opts.config));
  const child = spawn(process.execPath, [mainJs, 'serve', '--port', '0', '--metrics-port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, ...(opts.examples ? [] : ['--no-examples'])], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PLUGHOST_LOG_LEVEL: 'debug' },
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<{ url: string; metrics_url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time; log:\n${logs.join('\n')}`)), 30_000);
    let buffer = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        logs.push(line);
        if (line.includes('"plughost is ready"')) {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        }
      }
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => logs.push(chunk));
    void exited.then((code) => reject(new Error(`server exited with ${code}; log:\n${logs.join('\n')}`)));
  });
  return {
    url: ready.url,
    metricsUrl: ready.metrics_url,
    dataDir,
    process: child,
    logs,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A websocket client of /api/v4/websocket that records every event it receives. */
export async function connectWebSocket(url: string, token: string): Promise<{ events: any[]; close(): void; send(message: unknown): void; next(event: string, match?: (e: any) => boolean, timeoutMs?: number): Promise<any> }> {
  const { WebSocket } = await import('ws');
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v4/websocket`);
  const events: any[] = [];
  ws.on('message', (raw) => events.push(JSON.parse(raw.toString())));
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  ws.send(JSON.stringify({ seq: 1, action: 'authentication_challenge', data: { token } }));
  await waitFor('the websocket hello', async () => events.some((e) => e.event === 'hello'));
  return {
    events,
    close: () => ws.close(),
    send: (message) => ws.send(JSON.stringify(message)),
    next: (event, match = () => true, timeoutMs = 10_000) => waitFor(`websocket event ${event}`, async () => events.find((e) => e.event === event && match(e)), timeoutMs, 20),
  };
}

export class Client {
  token = '';

  constructor(readonly url: string) {}

  async request(method: string, route: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.url}/api/v4${route}`, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** Like request, but fails unless the status is 2xx. */
  async ok(method: string, route: string, body?: unknown): Promise<any> {
    const res = await this.request(method, route, body);
    if (res.status < 200 || res.status > 299) throw new Error(`${method} ${route} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async login(loginId: string, password: string): Promise<any> {
    const res = await this.request('POST', '/users/login', { login_id: loginId, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.headers.get('token')!;
    return res.body;
  }

  /** Creates the account `name` (password `<name>-password`) and a client logged in as it. */
  async newUser(name: string): Promise<{ id: string; client: Client }> {
    const user = await this.ok('POST', '/users', { username: name, email: `${name}@example.com`, password: `${name}-password` });
    const client = new Client(this.url);
    await client.login(name, `${name}-password`);
    return { id: user.id, client };
  }

  async uploadPlugin(bundle: Buffer, force = false): Promise<{ status: number; body: any }> {
    const form = new FormData();
    if (force) form.append('force', 'true');
    form.append('plugin', new Blob([new Uint8Array(bundle)]), 'plugin.tar.gz');
    return this.request('POST', '/plugins', form);
  }

  async status(pluginId: string): Promise<any> {
    const statuses = await this.ok('GET', '/plugins/statuses');
    return statuses.find((s: { plugin_id: string }) => s.plugin_id === pluginId);
  }
}

/** A .tar.gz of `dir` with the folder itself as the single top-level entry. */
export async function bundleOf(dir: string): Promise<Buffer> {
  const out = path.join(tempDir('plughost-bundle-'), 'bundle.tar.gz');
  await tar.c({ gzip: true, file: out, cwd: path.dirname(dir), filter: (p) => !p.includes('__pycache__') }, [path.basename(dir)]);
  return fs.readFileSync(out);
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of processes whose command line mentions `needle`. */
export function processesMatching(needle: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (cmdline.includes(needle) && !/\) Z /.test(stat)) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}
