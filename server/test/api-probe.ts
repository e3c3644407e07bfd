// Drives the Plugin API end to end, table-driven: a real server with the api_probe fixture
// plugin (a real Python plugin process) that calls whatever SDK method a test names.
import path from 'node:path';
import { bundleOf, Client, fixturesDir, type ServerHandle, startServer, waitFor } from './harness.js';

export const probePluginId = 'com.plughost.api-probe';

/** What a probe call answered: the method's result as JSON, or the PluginAPIError it raised. */
export type ProbeAnswer =
  | { result: any; error?: undefined }
  | { result?: undefined; error: { type: string; status_code: number; id: string; message: string } };

export interface Probe {
  server: ServerHandle;
  /** The system admin (the first user), logged in. */
  admin: Client;
  adminUser: any;
  /** Calls `self.api.<method>(*args, **kwargs)` in the plugin; `client: 'async'` uses AsyncPluginAPIClient. */
  call(method: string, args?: unknown[], kwargs?: Record<string, unknown>, client?: 'sync' | 'async'): Promise<ProbeAnswer>;
  /** Like call, but fails unless the method returned; gives its result. */
  ok(method: string, args?: unknown[], kwargs?: Record<string, unknown>, client?: 'sync' | 'async'): Promise<any>;
  /** Stops the server and starts it again on the same data folder; `server` and `admin` then name the new one (same session). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** bytes for a probe argument (the plugin decodes {"bytes_b64": …} to bytes). */
export const bytesArg = (data: Buffer | string) => ({ bytes_b64: Buffer.from(data).toString('base64') });
/** The bytes a probe result carries. */
export const bytesOf = (value: { bytes_b64: string }) => Buffer.from(value.bytes_b64, 'base64');

export async function startProbe(opts: { config?: Record<string, unknown> } = {}): Promise<Probe> {
  const server = await startServer({ config: opts.config });
  const admin = new Client(server.url);
  await admin.ok('POST', '/users', { username: 'admin', email: 'admin@example.com', password: 'correct-horse' });
  const adminUser = await admin.login('admin', 'correct-horse');
  const upload = await admin.uploadPlugin(await bundleOf(path.join(fixturesDir, 'plugins', 'api_probe')));
  if (upload.status !== 201) throw new Error(`probe upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
  await admin.ok('POST', `/plugins/${probePluginId}/enable`);
  await waitFor('the probe plugin to run', async () => (await admin.status(probePluginId))?.state === 2);

  const call: Probe['call'] = async (method, args = [], kwargs = {}, client = 'sync') => {
    const res = await fetch(`${probe.server.url}/plugins/${probePluginId}/call`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${probe.admin.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method, args, kwargs, client }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`probe ${method} answered ${res.status}: ${text}`);
    return JSON.parse(text);
  };
  const probe: Probe = {
    server,
    admin,
    adminUser,
    call,
    ok: async (method, args, kwargs, client) => {
      const answer = await call(method, args, kwargs, client);
      if (answer.error) throw new Error(`${method} raised ${answer.error.type} (${answer.error.status_code} ${answer.error.id}): ${answer.error.message}`);
      return answer.result;
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
