// Runs the real plughost server (server/dist) as a child process on free ports with a fresh
// data folder, like the e2e harness does, and talks to its REST API.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export async function startPlughost({ repoRoot, dataDir, config, env = {}, nodeArgs = [], startTimeoutMs = 30_000 }) {
  const mainJs = path.join(repoRoot, 'server', 'dist', 'src', 'main.js');
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} is missing: build first (node scripts/setup.mjs)`);
  if (config) fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify(config));
  const child = spawn(process.execPath, [...nodeArgs, mainJs, 'serve', '--port', '0', '--metrics-port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--no-examples'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, PLUGHOST_LOG_LEVEL: 'info' },
  });
  const logs = [];
  const listeners = new Set();
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      logs.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => logs.push(chunk));
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`plughost did not start in ${startTimeoutMs} ms; log:\n${logs.join('\n')}`));
    }, startTimeoutMs);
    const listener = (line) => {
      if (!line.includes('"plughost is ready"')) return;
      clearTimeout(timer);
      listeners.delete(listener);
      resolve(JSON.parse(line));
    };
    listeners.add(listener);
    void exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`plughost exited with ${code}; log:\n${logs.join('\n')}`)); });
  });
  return {
    url: ready.url,
    pid: child.pid,
    child,
    logs,
    exited,
    /** The pid the server logged when it activated `pluginId` (the newest such line). */
    pluginPid(pluginId) {
      for (let i = logs.length - 1; i >= 0; i--) {
        if (!logs[i].includes('"plugin activated"')) continue;
        try {
          const entry = JSON.parse(logs[i]);
          if (entry.plugin_id === pluginId) return entry.pid;
        } catch {
          // not a JSON line
        }
      }
      return undefined;
    },
    /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A REST client of /api/v4 with a session token. */
export class RestClient {
  token = '';

  constructor(url) {
    this.url = url;
  }

  async request(method, route, body) {
    const headers = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.url}/api/v4${route}`, { method, headers, body: payload, signal: AbortSignal.timeout(60_000) });
    const text = await res.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async ok(method, route, body) {
    const res = await this.request(method, route, body);
    if (res.status < 200 || res.status > 299) throw new Error(`${method} ${route} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async login(loginId, password) {
    const res = await this.request('POST', '/users/login', { login_id: loginId, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.headers.get('token');
    return res.body;
  }

  async uploadPlugin(bundle) {
    const form = new FormData();
    form.append('plugin', new Blob([new Uint8Array(bundle)]), 'plugin.tar.gz');
    return this.ok('POST', '/plugins', form);
  }
}
