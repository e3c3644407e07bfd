// Drives the Plugin API end to end, table-driven: a real server with the api_probe fixture
// plugin (a real Python plugin process) that calls whatever SDK method a test names.
import fs from 'node:fs';
import path from 'node:path';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, tempDir, waitFor } from './harness.js';

export const probePluginId = 'com.plughost.api-probe';

/** What a probe call answered: the method's result as JSON, or the PluginAPIError it raised. */
export type ProbeAnswer =
  | { result: any; error?: undefined }
  | { result?: undefined; error: { type: string; status_code: number; id: string; message: string } };

/** Calls into one running probe plugin. */
export interface ProbeCaller {
  /** Calls `self.api.<method>(*args, **kwargs)` in the plugin; `client: 'async'` uses AsyncPluginAPIClient. */
  call(method: string, args?: unknown[], kwargs?: Record<string, unknown>, client?: 'sync' | 'async'): Promise<ProbeAnswer>;
  /** Like call, but fails unless the method returned; gives its result. */
  ok(method: string, args?: unknown[], kwargs?: Record<string, unknown>, client?: 'sync' | 'async'): Promise<any>;
  /** Like call, but fails unless the method raised; gives the error. */
  fail(method: string, args?: unknown[], kwargs?: Record<string, unknown>, client?: 'sync' | 'async'): Promise<NonNullable<ProbeAnswer['error']>>;
}

export interface Probe extends ProbeCaller {
  server: ServerHandle;
  /** The system admin (the first user), logged in. */
  admin: Client;
  adminUser: any;
  /**
   * Installs and starts another instance of the probe plugin under `pluginId` (a plugin of its
   * own: its own secret, its own KV store) and returns a caller for it.
   */
  installAnother(pluginId: string): Promise<ProbeCaller>;
  /** Stops the server and starts it again on the same data folder; `server` and `admin` then name the new one (same session). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** bytes for a probe argument (the plugin decodes {"bytes_b64": …} to bytes). */
export const bytesArg = (data: Buffer | string) => ({ bytes_b64: Buffer.from(data).toString('base64') });
/** The bytes a probe result carries. */
export const bytesOf = (value: { bytes_b64: string }) => Buffer.from(value.bytes_b64, 'base64');

/** Installs the plugin bundled from `dir`, enables it and waits until it runs. */
export async function installPlugin(admin: Client, dir: string, pluginId: string): Promise<void> {
  const upload = await admin.uploadPlugin(await bundleOf(dir));
  if (upload.status !== 201) throw new Error(`upload of ${pluginId} answered ${upload.status}: ${JSON.stringify(upload.body)}`);
  await admin.ok('POST', `/plugins/${pluginId}/enable`);
  await waitFor(`plugin ${pluginId} to run`, async () => (await admin.status(pluginId))?.state === 2);
}

/** A caller of plugin `pluginId` on whatever server `at()` names now (it changes on a restart). */
function callerFor(at: () => { server: ServerHandle; admin: Client }, pluginId: string): ProbeCaller {
  const call: ProbeCaller['call'] = async (method, args = [], kwargs = {}, client = 'sync') => {
    const { server, admin } = at();
    const res = await fetch(`${server.url}/plugins/${pluginId}/call`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method, args, kwargs, client }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`probe ${method} answered ${res.status}: ${text}`);
    return JSON.parse(text);
  };
  return {
    call,
    ok: async (method, args, kwargs, client) => {
      const answer = await call(method, args, kwargs, client);
      if (answer.error) throw new Error(`${method} raised ${answer.error.type} (${answer.error.status_code} ${answer.error.id}): ${answer.error.message}`);
      return answer.result;
    },
    fail: async (method, args, kwargs, client) => {
      const answer = await call(method, args, kwargs, client);
      if (!answer.error) throw new Error(`${method} should have failed, returned ${JSON.stringify(answer.result)}`);
      return answer.error;
    },
  };
}

export async function startProbe(opts: { config?: Record<string, unknown> } = {}): Promise<Probe> {
  const server = await startServer({ config: opts.config });
  const admin = new Client(server.url);
  await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
  const adminUser = await admin.login('admin', 'correct-horse');
  const source = path.join(fixturesDir, 'plugins', 'api_probe');
  await installPlugin(admin, source, probePluginId);
  const probe: Probe = {
    server,
    admin,
    adminUser,
    ...callerFor(() => probe, probePluginId),
    installAnother: async (pluginId) => {
      // The same plugin under another id: a copy of the fixture with its manifest's id changed.
      const copy = path.join(tempDir('plughost-probe-'), 'api_probe');
      fs.cpSync(source, copy, { recursive: true, filter: (p) => !p.includes('__pycache__') });
      const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'plugin.json'), 'utf8'));
      fs.writeFileSync(path.join(copy, 'plugin.json'), JSON.stringify({ ...manifest, id: pluginId }));
      await installPlugin(probe.admin, copy, pluginId);
      return callerFor(() => probe, pluginId);
    },
    restart: async () => {
      await probe.server.stop();
      probe.server = await startServer({ dataDir: probe.server.dataDir });
      const again = new Client(probe.server.url);
      again.token = probe.admin.token;
      probe.admin = again;
      await waitFor('the probe plugin to run again', async () => (await again.status(probePluginId))?.state === 2);
    },
    stop: async () => {
      await probe.server.stop();
    },
  };
  return probe;
}
