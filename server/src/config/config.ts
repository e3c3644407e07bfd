// Server configuration: start-up options (flags and env) and the saved configuration
// (config.json in the data folder, Mattermost's shape: ServiceSettings, PluginSettings …).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface StartOptions {
  port: number;
  host: string;
  /** Port of the metrics listener (/plugins/{id}/metrics); -1 turns it off. */
  metricsPort: number;
  dataDir: string;
  /** Interpreter of the shared plugin Python environment (plugins without a venv of their own). */
  pythonPath: string;
  /** Example plugins installed and enabled into a new data folder. */
  seedPluginsDir?: string;
}

export interface PluginSettings {
  Enable: boolean;
  /** How long the server waits for a plugin's handshake line. */
  StartTimeoutMs: number;
  /** Deadline for one hook call. */
  HookTimeoutMs: number;
  /** Interval of the health checks of running plugins (0 turns them off). */
  HealthCheckIntervalMs: number;
  /** Largest plugin bundle accepted by upload, compressed. */
  MaxBundleBytes: number;
  /** Limits on what a bundle unpacks to: all files together, one file, number of entries. */
  MaxBundleUnpackedBytes: number;
  MaxBundleFileBytes: number;
  MaxBundleEntries: number;
  /** Refuse bundles without a valid signature. */
  RequirePluginSignature: boolean;
  /** OpenPGP public keys that may sign bundles (paths; relative ones are in the data folder). */
  SignaturePublicKeyFiles: string[];
  PluginStates: Record<string, { Enable: boolean }>;
  Plugins: Record<string, Record<string, unknown>>;
}

export interface FileSettings {
  /** Whether files attached to posts may be shared by public links (GetFileLink). */
  EnablePublicLink: boolean;
  /** The secret public links are signed with; generated when the config has none. */
  PublicLinkSalt: string;
}

export interface Config {
  ServiceSettings: { SiteURL: string; MaxFileSizeBytes: number; SessionLengthHours: number };
  FileSettings: FileSettings;
  PluginSettings: PluginSettings;
}

export function defaultConfig(): Config {
  return {
    ServiceSettings: { SiteURL: '', MaxFileSizeBytes: 100 * 1024 * 1024, SessionLengthHours: 30 * 24 },
    FileSettings: { EnablePublicLink: false, PublicLinkSalt: '' },
    PluginSettings: {
      Enable: true,
      StartTimeoutMs: 10_000,
      HookTimeoutMs: 30_000,
      HealthCheckIntervalMs: 30_000,
      MaxBundleBytes: 50 * 1024 * 1024,
      MaxBundleUnpackedBytes: 512 * 1024 * 1024,
      MaxBundleFileBytes: 256 * 1024 * 1024,
      MaxBundleEntries: 10_000,
      RequirePluginSignature: false,
      SignaturePublicKeyFiles: [],
      PluginStates: {},
      Plugins: {},
    },
  };
}

function mergeDefaults<T>(defaults: T, saved: unknown): T {
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) {
    return (saved === undefined ? defaults : saved) as T;
  }
  if (typeof saved !== 'object' || saved === null) return defaults;
  const out: Record<string, unknown> = { ...(saved as Record<string, unknown>) };
  for (const [key, value] of Object.entries(defaults as Record<string, unknown>)) {
    out[key] = mergeDefaults(value, (saved as Record<string, unknown>)[key]);
  }
  return out as T;
}

/** The saved configuration; every change is written through to config.json atomically. */
export class ConfigStore {
  private current: Config;
  private readonly file: string;
  private readonly listeners: Array<(cfg: Config) => void> = [];

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'config.json');
    let saved: unknown;
    if (fs.existsSync(this.file)) {
      try {
        saved = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      } catch (err) {
        throw new Error(`config file ${this.file} is not valid JSON: ${(err as Error).message}`);
      }
    }
    this.current = mergeDefaults(defaultConfig(), saved);
    // Like Mattermost, a server makes its own link salt once and keeps it in the config.
    if (!this.current.FileSettings.PublicLinkSalt) this.current.FileSettings.PublicLinkSalt = crypto.randomBytes(24).toString('base64url');
    this.write();
  }

  get(): Config {
    return this.current;
  }

  update(change: (cfg: Config) => void): Config {
    const next = structuredClone(this.current);
    change(next);
    this.current = next;
    this.write();
    for (const listener of this.listeners) listener(next);
    return next;
  }

  onChange(listener: (cfg: Config) => void): void {
    this.listeners.push(listener);
  }

  private write(): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.current, null, 2) + '\n');
    fs.renameSync(tmp, this.file);
  }
}

/** The configuration a plugin may read: secrets removed. */
export function sanitizedConfig(cfg: Config): Record<string, unknown> {
  const copy = structuredClone(cfg) as unknown as Record<string, any>;
  delete copy.PluginSettings.Plugins;
  delete copy.FileSettings.PublicLinkSalt;
  return copy;
}
