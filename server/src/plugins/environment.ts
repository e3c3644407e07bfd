// The registry of installed plugins and their states, and the lifecycle policy: activate,
// deactivate, restart after a crash with exponential backoff, give up after repeated
// failures (FailedToStayRunning), health checks. Lifecycle steps of one plugin never overlap
// (a per-plugin queue); nothing here is held while a plugin runs a hook or calls the API,
// so hook → API → hook re-entry cannot deadlock.
//
// A plugin may manage plugins itself through the Plugin API (enable, disable, remove, install,
// save the configuration). A step that stops or starts the calling plugin, or any step asked for
// while the caller is itself starting or stopping (in OnActivate, OnConfigurationChange during
// activation, OnDeactivate), runs only after the call has answered: waiting for it inside the
// call would wait on the caller's own lifecycle queue (a deadlock), or stop the process that
// waits for the answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverVersion } from '../app/app.js';
import { AppError, badRequest, conflict, forbidden, notFound, tooLarge } from '../app/errors.js';
import type { Config, ConfigStore } from '../config/config.js';
import type { Logger, LogLevel } from '../log.js';
import type { PluginAPIServer } from './api-service.js';
import { BundleError, placePlugin, unpackBundle } from './bundle.js';
import type { HookSource, HookTarget } from './hooks.js';
import { compareVersions, executableFor, type Manifest, ManifestError, readManifest, settingsWithDefaults } from './manifest.js';
import { checkPythonVersion, isPythonPlugin, preparePythonEnvironment } from './runtimes/python.js';
import { SignatureError, verifyBundleSignature } from './signature.js';
import { PluginProcess } from './supervisor.js';
import { appErrorFromGrpc } from './grpc-service.js';
import type * as grpc from '@grpc/grpc-js';

/** Mattermost's plugin states (model/plugin_status.go). */
export enum PluginState {
  NotRunning = 0,
  Starting = 1,
  Running = 2,
  FailedToStart = 3,
  FailedToStayRunning = 4,
  Stopping = 5,
}

export interface PluginStatus {
  plugin_id: string;
  cluster_id: string;
  plugin_path: string;
  name: string;
  description: string;
  version: string;
  state: PluginState;
  error: string;
}

export interface LogLine {
  timestamp: string;
  level: LogLevel;
  message: string;
}

/** Crash policy: this many failures within the window stop the plugin for good. */
export const crashLimit = 3;
export const crashWindowMs = 60 * 60 * 1000;
const firstRestartDelayMs = 500;
const maxRestartDelayMs = 30_000;
const healthFailLimit = 3;
const deactivateTimeoutMs = 10_000;
const keptLogLines = 500;

interface PluginRecord {
  id: string;
  dir: string;
  manifest?: Manifest;
  state: PluginState;
  error: string;
  process?: PluginProcess;
  secret?: string;
  crashes: number[];
  healthFailures: number;
  restartTimer?: NodeJS.Timeout;
  /** Set by an install: who installed it, for OnInstall once the plugin runs. */
  installedBy?: string;
  logs: LogLine[];
  queue: Promise<unknown>;
}

/** A plugin asking for a lifecycle step through the Plugin API, and how to run something once its call has answered. */
export interface PluginCaller {
  pluginId: string;
  afterReply(step: () => void): void;
}

export interface InstallOptions {
  /** Replace an installed plugin of the same id. */
  force?: boolean;
  /** The user who installed it (OnInstall's user_id). */
  installedBy?: string;
  /** A detached signature of the bundle. */
  signature?: Buffer;
  caller?: PluginCaller;
}

export const bundleTooLarge = (maxBytes: number) => tooLarge('api.plugin.upload.file_too_large.app_error', `Plugin bundle is larger than the limit of ${maxBytes} bytes.`);

export interface EnvironmentOptions {
  pluginsDir: string;
  dataDir: string;
  sharedPython: string;
  config: ConfigStore;
  api: PluginAPIServer;
  logger: Logger;
  /** Called whenever a plugin's process is gone (stopped or crashed): drop what it registered. */
  onStopped?: (pluginId: string) => void;
}

export class PluginEnvironment implements HookSource {
  private readonly records = new Map<string, PluginRecord>();
  private healthTimer?: NodeJS.Timeout;
  private shuttingDown = false;

  constructor(private readonly opts: EnvironmentOptions) {
    fs.mkdirSync(opts.pluginsDir, { recursive: true });
  }

  // ---- HookSource -------------------------------------------------------------------------

  implementing(hook: string): HookTarget[] {
    const out: HookTarget[] = [];
    for (const r of this.records.values()) {
      if (r.state === PluginState.Running && r.process?.alive && r.process.implemented.has(hook)) out.push({ id: r.id, process: r.process });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  target(pluginId: string, hook: string): HookTarget | undefined {
    const r = this.records.get(pluginId);
    if (r?.state === PluginState.Running && r.process?.alive && r.process.implemented.has(hook)) return { id: r.id, process: r.process };
    return undefined;
  }

  hookTimeoutMs(): number {
    return this.opts.config.get().PluginSettings.HookTimeoutMs;
  }

  /** Where an HTTP request for plugin `id` goes, or why it cannot go anywhere. */
  httpTarget(id: string, hook: 'ServeHTTP' | 'ServeMetrics' = 'ServeHTTP'): { process: PluginProcess } | { statusCode: 404 | 503; message: string } {
    const record = this.records.get(id.toLowerCase());
    if (!record || !this.isEnabled(record.id)) return { statusCode: 404, message: `Plugin "${id}" is not installed or not enabled.` };
    if (record.state !== PluginState.Running || !record.process?.alive) return { statusCode: 503, message: `Plugin "${id}" is not running.` };
    if (!record.process.implemented.has(hook)) return { statusCode: 404, message: `Plugin "${id}" does not implement ${hook}.` };
    return { process: record.process };
  }

  // ---- queries ----------------------------------------------------------------------------

  statuses(): PluginStatus[] {
    return [...this.records.values()].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({
      plugin_id: r.id,
      cluster_id: '',
      plugin_path: r.dir,
      name: r.manifest?.name ?? r.id,
      description: r.manifest?.description ?? '',
      version: r.manifest?.version ?? '',
      state: r.state,
      error: r.error,
    }));
  }

  manifests(): Array<{ manifest: Manifest; active: boolean }> {
    return [...this.records.values()].filter((r) => r.manifest).map((r) => ({ manifest: r.manifest!, active: this.isEnabled(r.id) }));
  }

  logs(id: string): LogLine[] {
    return [...this.record(id).logs];
  }

  status(id: string): PluginStatus {
    const record = this.record(id);
    return this.statuses().find((s) => s.plugin_id === record.id)!;
  }

  /** The folder plugin `id` is installed in (absolute). */
  bundlePath(id: string): string {
    return path.resolve(this.record(id).dir);
  }

  pluginConfig(id: string): Record<string, unknown> {
    const record = this.records.get(id);
    const saved = this.opts.config.get().PluginSettings.Plugins[id];
    return record?.manifest ? settingsWithDefaults(record.manifest, saved) : { ...saved };
  }

  savePluginConfig(id: string, settings: Record<string, unknown>): void {
    const before = this.opts.config.get();
    const after = this.opts.config.update((cfg) => { cfg.PluginSettings.Plugins[id] = settings; });
    void this.configChanged(before, after);
  }

  /** Saves a whole checked configuration (REST PUT /config and /config/patch, the Plugin API's SaveConfig) and applies it. */
  async saveConfig(next: Config, caller?: PluginCaller): Promise<Config> {
    const before = this.opts.config.get();
    const after = this.opts.config.set(next);
    await this.configChanged(before, after, caller);
    return after;
  }

  /**
   * Applies a configuration change: plugins whose settings changed get OnConfigurationChange;
   * plugins enabled or disabled in PluginStates are started or stopped.
   */
  async configChanged(before: Config, after: Config, caller?: PluginCaller): Promise<void> {
    const ids = new Set([...Object.keys(before.PluginSettings.Plugins), ...Object.keys(after.PluginSettings.Plugins)]);
    for (const id of ids) {
      const record = this.records.get(id);
      const changed = JSON.stringify(before.PluginSettings.Plugins[id]) !== JSON.stringify(after.PluginSettings.Plugins[id]);
      if (changed && record?.state === PluginState.Running) void this.callLifecycleHook(record, 'OnConfigurationChange');
    }
    for (const record of this.records.values()) {
      const was = Boolean(before.PluginSettings.PluginStates[record.id]?.Enable);
      const now = Boolean(after.PluginSettings.PluginStates[record.id]?.Enable);
      if (!was && now) await this.whenSafe(caller, record.id, () => this.activate(record.id));
      if (was && !now) await this.whenSafe(caller, record.id, () => this.deactivate(record.id));
    }
  }

  /**
   * Runs a lifecycle step of plugin `targetId` now, or — when a plugin asked for it and waiting
   * could deadlock or stop the caller before it hears the answer — once the call has answered.
   */
  private whenSafe(caller: PluginCaller | undefined, targetId: string, step: () => Promise<void>): Promise<void> {
    if (!caller || (caller.pluginId !== targetId && this.records.get(caller.pluginId)?.state === PluginState.Running)) return step();
    caller.afterReply(() => {
      step().catch((err) => this.opts.logger.error('plugin lifecycle step asked for by a plugin failed', { plugin_id: targetId, asked_by: caller.pluginId, error: (err as Error).message }));
    });
    return Promise.resolve();
  }

  isEnabled(id: string): boolean {
    return Boolean(this.opts.config.get().PluginSettings.PluginStates[id]?.Enable);
  }

  // ---- start-up and shutdown ---------------------------------------------------------------

  /** Registers every plugin folder and starts the enabled ones (one slow plugin delays none). */
  async start(): Promise<void> {
    for (const entry of fs.readdirSync(this.opts.pluginsDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name.includes('.installing-')) continue;
      this.register(path.join(this.opts.pluginsDir, entry.name));
    }
    await Promise.all([...this.records.keys()].filter((id) => this.isEnabled(id)).map((id) => this.activate(id)));
    this.scheduleHealthChecks();
  }

  /** Deactivates every plugin in parallel, each within a bound. */
  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    clearTimeout(this.healthTimer);
    await Promise.all([...this.records.keys()].map((id) => this.deactivate(id)));
  }

  private register(dir: string): PluginRecord | undefined {
    let manifest: Manifest | undefined;
    let error = '';
    try {
      manifest = readManifest(dir);
    } catch (err) {
      error = (err as Error).message;
    }
    const id = manifest?.id ?? path.basename(dir);
    if (manifest && manifest.id !== path.basename(dir)) {
      this.opts.logger.warn('plugin folder name differs from its manifest id', { dir, plugin_id: manifest.id });
    }
    const existing = this.records.get(id);
    const record: PluginRecord = existing ?? { id, dir, state: PluginState.NotRunning, error: '', crashes: [], healthFailures: 0, logs: [], queue: Promise.resolve() };
    record.dir = dir;
    record.manifest = manifest;
    record.error = error;
    record.state = error ? PluginState.FailedToStart : PluginState.NotRunning;
    this.records.set(id, record);
    return record;
  }

  private record(id: string): PluginRecord {
    const record = this.records.get(id.toLowerCase());
    if (!record) throw notFound('app.plugin.not_installed.app_error', `Plugin "${id}" is not installed.`);
    return record;
  }

  /** Runs one lifecycle step of a plugin after the ones already queued. */
  private serialize<T>(record: PluginRecord, step: () => Promise<T>): Promise<T> {
    const next = record.queue.then(step, step);
    record.queue = next.catch(() => undefined);
    return next;
  }

  // ---- management -------------------------------------------------------------------------

  /** 403 unless bundles may be installed (PluginSettings.Enable and EnableUploads); REST checks before it reads an upload. */
  checkUploadsAllowed(): void {
    const settings = this.opts.config.get().PluginSettings;
    if (!settings.Enable || !settings.EnableUploads) {
      throw forbidden('app.plugin.upload_disabled.app_error', 'Plugins and/or plugin uploads have been disabled (PluginSettings.Enable, PluginSettings.EnableUploads).');
    }
  }

  /**
   * Installs a bundle file (REST uploads and the Plugin API's InstallPlugin): uploads must be on
   * (PluginSettings.Enable and EnableUploads, else 403), the signature policy holds, the bundle
   * unpacks safely with a valid manifest (else 400); an installed plugin of the same id is
   * replaced only with `force` (else 409). The plugin starts if it is enabled.
   */
  async install(bundleFile: string, options: InstallOptions = {}): Promise<Manifest> {
    this.checkUploadsAllowed();
    const settings = this.opts.config.get().PluginSettings;
    const { signature } = options;
    if (signature || settings.RequirePluginSignature) {
      if (!signature) throw badRequest('api.plugin.signature.required.app_error', 'Plugin bundle refused: a signature is required (PluginSettings.RequirePluginSignature); upload it in the multipart field "signature".');
      try {
        await verifyBundleSignature(bundleFile, signature, settings.SignaturePublicKeyFiles, this.opts.dataDir);
      } catch (err) {
        if (err instanceof SignatureError) throw badRequest('api.plugin.verify_plugin.app_error', `Plugin bundle refused: ${err.message}.`);
        throw err;
      }
    }
    const unpacked = await unpackBundle(bundleFile, { maxEntries: settings.MaxBundleEntries, maxFileBytes: settings.MaxBundleFileBytes, maxTotalBytes: settings.MaxBundleUnpackedBytes })
      .catch((err) => {
        if (err instanceof BundleError || err instanceof ManifestError) throw badRequest('app.plugin.extract.app_error', `Plugin bundle refused: ${err.message}`);
        throw err;
      });
    let handedOver = false;
    try {
      const { manifest, root } = unpacked;
      const existing = this.records.get(manifest.id);
      if (existing && !options.force) {
        throw conflict('app.plugin.install_id.app_error', `Unable to install plugin. A plugin with the same ID "${manifest.id}" is already installed; upload with force=true to replace it.`);
      }
      try {
        await this.checkRuntime(root, manifest);
      } catch (err) {
        throw badRequest('app.plugin.runtime.app_error', `Plugin bundle refused: ${(err as Error).message}`);
      }
      handedOver = true;
      await this.whenSafe(options.caller, manifest.id, async () => {
        try {
          if (existing) await this.deactivate(manifest.id);
          placePlugin(root, path.join(this.opts.pluginsDir, manifest.id));
          const record = this.register(path.join(this.opts.pluginsDir, manifest.id))!;
          record.installedBy = options.installedBy;
          await this.serialize(record, () => this.prepare(record));
          if (this.isEnabled(manifest.id)) await this.activate(manifest.id);
          this.opts.logger.info('plugin installed', { plugin_id: manifest.id, version: manifest.version });
        } finally {
          unpacked.cleanup();
        }
      });
      return manifest;
    } finally {
      if (!handedOver) unpacked.cleanup();
    }
  }

  /** Installs a bundle given as bytes (the Plugin API's InstallPlugin), by the same rules as install; 413 over PluginSettings.MaxBundleBytes, as an upload. */
  async installBytes(bundle: Uint8Array, options: InstallOptions): Promise<Manifest> {
    const max = this.opts.config.get().PluginSettings.MaxBundleBytes;
    if (bundle.length > max) throw bundleTooLarge(max);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-upload-'));
    try {
      const bundleFile = path.join(tmp, 'bundle.tar.gz');
      fs.writeFileSync(bundleFile, bundle);
      return await this.install(bundleFile, options);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Enables plugin `id` in the configuration and starts it; 500 if it fails to start. */
  async enable(id: string, caller?: PluginCaller): Promise<void> {
    const record = this.record(id);
    this.opts.config.update((cfg) => { cfg.PluginSettings.PluginStates[record.id] = { Enable: true }; });
    record.crashes = [];
    await this.whenSafe(caller, record.id, async () => {
      await this.activate(record.id);
      if (record.state !== PluginState.Running) {
        throw new AppError('app.plugin.activate.app_error', `Plugin "${record.id}" was enabled but failed to start: ${record.error}`, 500);
      }
    });
  }

  /** Disables plugin `id` in the configuration and stops it. */
  async disable(id: string, caller?: PluginCaller): Promise<void> {
    const record = this.record(id);
    this.opts.config.update((cfg) => { cfg.PluginSettings.PluginStates[record.id] = { Enable: false }; });
    await this.whenSafe(caller, record.id, () => this.deactivate(record.id));
  }

  /** Disables plugin `id` (so a reinstall stays disabled), stops it and deletes its folder. */
  async remove(id: string, caller?: PluginCaller): Promise<void> {
    const record = this.record(id);
    this.opts.config.update((cfg) => { cfg.PluginSettings.PluginStates[record.id] = { Enable: false }; });
    await this.whenSafe(caller, record.id, async () => {
      await this.deactivate(record.id);
      fs.rmSync(record.dir, { recursive: true, force: true });
      this.records.delete(record.id);
    });
  }

  // ---- lifecycle --------------------------------------------------------------------------

  /** Starts the plugin if it is not running: spawn, handshake, OnConfigurationChange, OnActivate. */
  activate(id: string): Promise<void> {
    const record = this.record(id);
    return this.serialize(record, async () => {
      if (record.state === PluginState.Running || this.shuttingDown) return;
      clearTimeout(record.restartTimer);
      const manifest = record.manifest;
      if (!manifest) return; // FailedToStart with the manifest error already recorded
      if (manifest.min_server_version && compareVersions(serverVersion, manifest.min_server_version) < 0) {
        return this.failed(record, PluginState.FailedToStart, `plugin requires server version ${manifest.min_server_version} or newer; this server is ${serverVersion}`);
      }
      record.state = PluginState.Starting;
      record.error = '';
      if (!(await this.prepare(record))) return;
      const secret = this.opts.api.issueSecret(record.id);
      let proc: PluginProcess;
      try {
        proc = await PluginProcess.start({
          pluginId: record.id,
          pluginDir: record.dir,
          manifest,
          apiTarget: this.opts.api.target,
          secret,
          sharedPython: this.opts.sharedPython,
          startTimeoutMs: this.opts.config.get().PluginSettings.StartTimeoutMs,
          onLog: (level, line, fields) => this.pluginLog(record, level, line, fields),
        });
      } catch (err) {
        this.opts.api.revokeSecret(secret);
        return this.failed(record, PluginState.FailedToStart, (err as Error).message);
      }
      record.process = proc;
      record.secret = secret;
      record.healthFailures = 0;
      void proc.exited.then(({ code, signal }) => this.onExit(record, proc, code, signal));
      await this.callLifecycleHook(record, 'OnConfigurationChange');
      const activated = await this.callLifecycleHook(record, 'OnActivate');
      if (activated !== true) {
        await this.stopProcess(record);
        return this.failed(record, PluginState.FailedToStart, `OnActivate failed: ${activated}`);
      }
      // Hooks reach a plugin only once its OnActivate has returned.
      record.state = PluginState.Running;
      if (record.installedBy !== undefined && proc.implemented.has('OnInstall')) {
        const userId = record.installedBy;
        record.installedBy = undefined;
        void proc.callHook('OnInstall', { context: {}, user_id: userId }, this.hookTimeoutMs())
          .catch((err) => this.pluginLog(record, 'error', `OnInstall failed: ${appErrorFromGrpc(err, 'OnInstall').message}`));
      }
      this.opts.logger.info('plugin activated', { plugin_id: record.id, pid: proc.pid, hooks: [...proc.implemented], hook_transport: proc.hookTransport });
    });
  }

  /** Stops the plugin if it runs: OnDeactivate (bounded), then the process. */
  deactivate(id: string): Promise<void> {
    const record = this.record(id);
    return this.serialize(record, async () => {
      clearTimeout(record.restartTimer);
      if (!record.process) {
        if (record.state === PluginState.Starting) record.state = PluginState.NotRunning;
        return;
      }
      record.state = PluginState.Stopping;
      await this.callLifecycleHook(record, 'OnDeactivate', deactivateTimeoutMs);
      await this.stopProcess(record);
      record.state = PluginState.NotRunning;
      record.error = '';
      this.opts.logger.info('plugin deactivated', { plugin_id: record.id });
    });
  }

  /** The runtime's own checks of a plugin folder (Python: python_version). */
  private async checkRuntime(dir: string, manifest: Manifest): Promise<void> {
    if (isPythonPlugin(manifest, executableFor(manifest))) await checkPythonVersion(dir, manifest, this.opts.sharedPython);
  }

  /**
   * Gets the plugin's runtime ready (Python venv mode: its own venv and requirements). A
   * failure leaves the plugin FailedToStart with the reason (e.g. pip's output); false then.
   */
  private async prepare(record: PluginRecord): Promise<boolean> {
    const manifest = record.manifest;
    if (!manifest || !isPythonPlugin(manifest, executableFor(manifest))) return true;
    try {
      await checkPythonVersion(record.dir, manifest, this.opts.sharedPython);
      await preparePythonEnvironment(record.dir, manifest, this.opts.sharedPython, (line) => this.pluginLog(record, 'info', line));
      if (record.state === PluginState.FailedToStart) {
        record.state = PluginState.NotRunning;
        record.error = '';
      }
      return true;
    } catch (err) {
      this.failed(record, PluginState.FailedToStart, (err as Error).message);
      return false;
    }
  }

  /** Calls a lifecycle hook if implemented; true on success, else the error message. */
  private async callLifecycleHook(record: PluginRecord, hook: string, timeoutMs = this.hookTimeoutMs()): Promise<true | string> {
    const proc = record.process;
    if (!proc?.implemented.has(hook)) return true;
    try {
      await proc.callHook(hook, {}, timeoutMs);
      return true;
    } catch (err) {
      const { message } = appErrorFromGrpc(err as grpc.ServiceError, hook);
      this.pluginLog(record, 'error', `${hook} failed: ${message}`);
      return message;
    }
  }

  private async stopProcess(record: PluginRecord): Promise<void> {
    this.opts.onStopped?.(record.id);
    const proc = record.process;
    record.process = undefined;
    if (record.secret) this.opts.api.revokeSecret(record.secret);
    record.secret = undefined;
    await proc?.stop();
  }

  private failed(record: PluginRecord, state: PluginState, error: string): void {
    record.state = state;
    record.error = error;
    this.opts.logger.error('plugin failed', { plugin_id: record.id, state: PluginState[state], error });
  }

  /** A plugin process ended. If nobody asked for it, restart with backoff or give up. */
  private onExit(record: PluginRecord, proc: PluginProcess, code: number | null, signal: NodeJS.Signals | null): void {
    // Stopped on purpose, or died while activating (activate() reports that itself).
    if (record.process !== proc || record.state !== PluginState.Running) return;
    this.opts.onStopped?.(record.id);
    record.process = undefined;
    if (record.secret) this.opts.api.revokeSecret(record.secret);
    record.secret = undefined;
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    const t = Date.now();
    record.crashes = [...record.crashes.filter((c) => t - c < crashWindowMs), t];
    if (record.crashes.length >= crashLimit) {
      return this.failed(record, PluginState.FailedToStayRunning,
        `plugin stopped unexpectedly (${how}) ${record.crashes.length} times within ${crashWindowMs / 60000} minutes; enable it again to restart it`);
    }
    const delay = Math.min(firstRestartDelayMs * 2 ** (record.crashes.length - 1), maxRestartDelayMs);
    record.state = PluginState.Starting;
    record.error = `plugin stopped unexpectedly (${how}); restarting in ${delay} ms`;
    this.opts.logger.warn('plugin stopped unexpectedly', { plugin_id: record.id, how, restart_in_ms: delay });
    record.restartTimer = setTimeout(() => {
      record.state = PluginState.NotRunning;
      if (this.isEnabled(record.id)) void this.activate(record.id);
    }, delay);
  }

  private scheduleHealthChecks(): void {
    const interval = this.opts.config.get().PluginSettings.HealthCheckIntervalMs;
    if (!interval || this.shuttingDown) return;
    this.healthTimer = setTimeout(async () => {
      await Promise.all([...this.records.values()].map((r) => this.checkHealth(r)));
      this.scheduleHealthChecks();
    }, interval);
    this.healthTimer.unref();
  }

  /** A plugin that fails several health checks in a row is hung: kill it, and the crash policy restarts it. */
  private async checkHealth(record: PluginRecord): Promise<void> {
    const proc = record.process;
    if (record.state !== PluginState.Running || !proc) return;
    if (await proc.healthy(5000)) {
      record.healthFailures = 0;
      return;
    }
    record.healthFailures += 1;
    this.pluginLog(record, 'warn', `health check failed (${record.healthFailures}/${healthFailLimit})`);
    if (record.healthFailures >= healthFailLimit) proc.kill();
  }

  /** A line for a plugin's log (kept for GET /plugins/{id}/logs) and the server log. */
  log(pluginId: string, level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    const record = this.records.get(pluginId);
    if (record) this.pluginLog(record, level, message, fields);
    else this.opts.logger.log(level, message, { ...fields, plugin_id: pluginId });
  }

  private pluginLog(record: PluginRecord, level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    record.logs.push({ timestamp: new Date().toISOString(), level, message });
    if (record.logs.length > keptLogLines) record.logs.splice(0, record.logs.length - keptLogLines);
    this.opts.logger.log(level, message, { ...fields, plugin_id: record.id });
  }
}

