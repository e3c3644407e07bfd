// The whole server: database, domain services, Plugin API, plugin environment, HTTP.
// start() brings them up in that order; stop() takes them down in reverse.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { App } from './app/app.js';
import { buildHttpServer } from './api4/server.js';
import { ConfigStore, type StartOptions } from './config/config.js';
import { createLogger, type Logger } from './log.js';
import { PluginAPIServer } from './plugins/api-service.js';
import { PluginEnvironment } from './plugins/environment.js';
import { PluginHooks } from './plugins/hooks.js';
import { internalPluginRequest, pluginRequestAsUser, registerHttpBridge } from './plugins/http-bridge.js';
import { readManifest } from './plugins/manifest.js';
import { openDatabase } from './store/db.js';

export interface RunningServer {
  url: string;
  metricsUrl?: string;
  app: App;
  env: PluginEnvironment;
  stop(): Promise<void>;
}

/** Installs and enables the example plugins into a data folder that has no plugins yet. */
function seedPlugins(config: ConfigStore, pluginsDir: string, seedDir: string, logger: Logger): void {
  for (const entry of fs.readdirSync(seedDir, { withFileTypes: true })) {
    const source = path.join(seedDir, entry.name);
    if (!entry.isDirectory() || !['plugin.json', 'plugin.yaml', 'plugin.yml'].some((f) => fs.existsSync(path.join(source, f)))) continue;
    const manifest = readManifest(source);
    fs.cpSync(source, path.join(pluginsDir, manifest.id), { recursive: true, filter: (p) => !p.includes('__pycache__') });
    config.update((cfg) => { cfg.PluginSettings.PluginStates[manifest.id] = { Enable: true }; });
    logger.info('installed example plugin', { plugin_id: manifest.id });
  }
}

export async function startServer(options: StartOptions, logger: Logger = createLogger()): Promise<RunningServer> {
  const dataDir = path.resolve(options.dataDir);
  const newDataDir = !fs.existsSync(path.join(dataDir, 'config.json'));
  fs.mkdirSync(dataDir, { recursive: true });
  const config = new ConfigStore(dataDir);
  const db = await openDatabase(dataDir);
  const app = new App(db, config, dataDir, logger);
  await app.init();
  const pluginsDir = path.join(dataDir, 'plugins');
  let env!: PluginEnvironment;
  const api = new PluginAPIServer(app, {
    pluginConfig: (id) => env.pluginConfig(id),
    savePluginConfig: (id, c) => env.savePluginConfig(id, c),
    pluginHttp: (source, request) => internalPluginRequest(env, source, request, config.get().PluginSettings.HookTimeoutMs),
    log: (id, level, message, fields) => env.log(id, level, message, fields),
    bundlePath: (id) => env.bundlePath(id),
    manifests: () => env.manifests().map((p) => p.manifest),
    status: (id) => env.status(id),
    enable: (id, caller) => env.enable(id, caller),
    disable: (id, caller) => env.disable(id, caller),
    remove: (id, caller) => env.remove(id, caller),
    install: (bundle, replace, caller) => env.installBytes(bundle, { force: replace, caller }),
    saveConfig: async (next, caller) => { await env.saveConfig(next, caller); },
  }, logger);
  await api.listen();
  env = new PluginEnvironment({ pluginsDir, dataDir, sharedPython: options.pythonPath, config, api, logger, onStopped: (id) => app.commands.unregisterAll(id) });
  const hooks = new PluginHooks(env, logger);
  app.setHookRunner(hooks);
  app.commands.executor = (pluginId, ctx, args) => hooks.executeCommand(pluginId, ctx, args);
  app.dialogs.pluginRequest = (pluginId, pathAndQuery, userId, body, timeoutMs) => pluginRequestAsUser(env, pluginId, pathAndQuery, userId, body, timeoutMs);
  if (newDataDir && options.seedPluginsDir && fs.existsSync(options.seedPluginsDir)) {
    fs.mkdirSync(pluginsDir, { recursive: true });
    seedPlugins(config, pluginsDir, options.seedPluginsDir, logger);
  }
  const http = await buildHttpServer(app, env, logger);
  await http.listen({ port: options.port, host: options.host });
  const port = (http.server.address() as { port: number }).port;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  let metricsHttp: FastifyInstance | undefined;
  let metricsUrl: string | undefined;
  if (options.metricsPort >= 0) {
    metricsHttp = Fastify({ logger: false });
    registerHttpBridge(metricsHttp, { env, logger, timeoutMs: () => config.get().PluginSettings.HookTimeoutMs }, { hook: 'ServeMetrics', suffix: '/metrics' });
    await metricsHttp.listen({ port: options.metricsPort, host: options.host });
    metricsUrl = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${(metricsHttp.server.address() as { port: number }).port}`;
  }
  await env.start();
  logger.info('plughost is ready', { url, metrics_url: metricsUrl, data_dir: dataDir });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await closeHttp(http);
    if (metricsHttp) await closeHttp(metricsHttp);
    await env.shutdown();
    await api.close();
    await db.destroy();
    logger.info('plughost stopped');
  })());
  return { url, metricsUrl, app, env, stop };
}

async function closeHttp(http: FastifyInstance): Promise<void> {
  const timer = setTimeout(() => http.server.closeAllConnections?.(), 2000);
  await http.close();
  clearTimeout(timer);
}
