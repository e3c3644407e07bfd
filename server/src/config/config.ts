// Server configuration: start-up options (flags and env) and the saved configuration
// (config.json in the data folder, Mattermost's shape: ServiceSettings, PluginSettings …).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invalidField } from '../app/errors.js';

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
  /** Accept plugin bundles uploaded through REST or the Plugin API's InstallPlugin. */
  EnableUploads: boolean;
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

/** Outgoing mail (Mattermost's EmailSettings): without an SMTP server, mail goes to the server log. */
export interface EmailSettings {
  SMTPServer: string;
  /** A port number, as text (Mattermost's type). */
  SMTPPort: string;
  /** Set: the server logs in with these. */
  SMTPUsername: string;
  SMTPPassword: string;
  /** "" (plain), "STARTTLS" or "TLS". */
  ConnectionSecurity: string;
  SkipServerCertificateVerification: boolean;
  /** The sender of every mail; required with an SMTP server. */
  FeedbackEmail: string;
  FeedbackName: string;
}

export interface Config {
  ServiceSettings: {
    SiteURL: string;
    MaxFileSizeBytes: number;
    SessionLengthHours: number;
    /** Seconds: the deadline of requests to command and dialog URLs, and how long a trigger id is good for. */
    OutgoingIntegrationRequestsTimeout: number;
  };
  EmailSettings: EmailSettings;
  FileSettings: FileSettings;
  PluginSettings: PluginSettings;
}

export function defaultConfig(): Config {
  return {
    ServiceSettings: { SiteURL: '', MaxFileSizeBytes: 100 * 1024 * 1024, SessionLengthHours: 30 * 24, OutgoingIntegrationRequestsTimeout: 30 },
    FileSettings: { EnablePublicLink: false, PublicLinkSalt: '' },
    EmailSettings: {
      SMTPServer: '',
      SMTPPort: '25',
      SMTPUsername: '',
      SMTPPassword: '',
      ConnectionSecurity: '',
      SkipServerCertificateVerification: false,
      FeedbackEmail: '',
      FeedbackName: '',
    },
    PluginSettings: {
      Enable: true,
      EnableUploads: true,
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
    return this.set(next);
  }

  /** Replaces the whole configuration (checked by the caller: patchedConfig / replacedConfig). */
  set(next: Config): Config {
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

/** What a secret setting reads as where secrets are hidden (Mattermost's FakeSetting). */
export const hiddenSecret = '********************';

/** The configuration with secrets hidden (the SMTP password), for GET /api/v4/config. */
export function maskedConfig(cfg: Config): Config {
  const copy = structuredClone(cfg);
  if (copy.EmailSettings.SMTPPassword) copy.EmailSettings.SMTPPassword = hiddenSecret;
  return copy;
}

/** The configuration a plugin may read (GetConfig): secrets hidden, other plugins' settings left out. */
export function sanitizedConfig(cfg: Config): Record<string, unknown> {
  const copy = maskedConfig(cfg) as unknown as Record<string, any>;
  delete copy.PluginSettings.Plugins;
  delete copy.FileSettings.PublicLinkSalt;
  return copy;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges `patch` into `target`: objects key by key, everything else replaced; types are checked against the defaults. */
function merge(target: Json, patch: Json, defaults: unknown, where: string): void {
  for (const [key, value] of Object.entries(patch)) {
    const at = where ? `${where}.${key}` : key;
    const known = isObject(defaults) ? defaults[key] : undefined;
    if (known !== undefined && !isObject(known) && value !== null && typeof value !== typeof known) {
      throw invalidField('config', at, `must be a ${typeof known}`);
    }
    if (isObject(known) && !isObject(value)) throw invalidField('config', at, 'must be an object');
    if (isObject(value) && isObject(target[key])) merge(target[key] as Json, value, known, at);
    else target[key] = value;
  }
}

const emailPattern = /^[^\s@]+@[^\s@]+$/;

/** The value rules of the settings (types are checked by merge). */
function checkConfig(cfg: Config): Config {
  const email = cfg.EmailSettings;
  if (!['', 'TLS', 'STARTTLS'].includes(email.ConnectionSecurity)) {
    throw invalidField('config', 'EmailSettings.ConnectionSecurity', 'must be "", "TLS" or "STARTTLS"');
  }
  if (!/^\d{1,5}$/.test(email.SMTPPort) || Number(email.SMTPPort) < 1 || Number(email.SMTPPort) > 65535) {
    throw invalidField('config', 'EmailSettings.SMTPPort', 'must be a port number from 1 to 65535');
  }
  if (email.SMTPServer && !email.FeedbackEmail) throw invalidField('config', 'EmailSettings.FeedbackEmail', 'is required with an SMTP server (it is the sender)');
  if (email.FeedbackEmail && !emailPattern.test(email.FeedbackEmail)) throw invalidField('config', 'EmailSettings.FeedbackEmail', 'must be an email address');
  const timeout = cfg.ServiceSettings.OutgoingIntegrationRequestsTimeout;
  if (!Number.isInteger(timeout) || timeout < 1) throw invalidField('config', 'ServiceSettings.OutgoingIntegrationRequestsTimeout', 'must be a whole number of seconds, at least 1');
  for (const [id, state] of Object.entries(cfg.PluginSettings.PluginStates)) {
    if (!isObject(state) || typeof state.Enable !== 'boolean') throw invalidField('config', `PluginSettings.PluginStates.${id}.Enable`, 'must be a boolean');
  }
  for (const [id, settings] of Object.entries(cfg.PluginSettings.Plugins)) {
    if (!isObject(settings)) throw invalidField('config', `PluginSettings.Plugins.${id}`, 'must be an object');
  }
  return cfg;
}

/** Keeps what a configuration read with secrets hidden does not carry: the hidden SMTP password. */
function keepHiddenSecret(next: Config, current: Config): void {
  if (next.EmailSettings.SMTPPassword === hiddenSecret) next.EmailSettings.SMTPPassword = current.EmailSettings.SMTPPassword;
}

/**
 * The configuration after a partial one is merged in (PUT /api/v4/config/patch): objects key by
 * key, anything else replaced. 400 naming a setting of the wrong type or value.
 */
export function patchedConfig(current: Config, patch: Json): Config {
  const next = structuredClone(current) as unknown as Json;
  merge(next, patch, defaultConfig(), '');
  keepHiddenSecret(next as unknown as Config, current);
  return checkConfig(next as unknown as Config);
}

/**
 * The configuration `input` describes whole (PUT /api/v4/config, SaveConfig): settings left out
 * take their defaults, except what a sanitized configuration hides — the SMTP password given as
 * the mask, and PluginSettings.Plugins when absent — which keep their saved values, so a
 * configuration read with GetConfig saves back unchanged. 400 naming a bad setting.
 */
export function replacedConfig(current: Config, input: Json): Config {
  const next = defaultConfig();
  merge(next as unknown as Json, input, defaultConfig(), '');
  keepHiddenSecret(next, current);
  if (!isObject(input.PluginSettings) || input.PluginSettings.Plugins === undefined) next.PluginSettings.Plugins = structuredClone(current.PluginSettings.Plugins);
  return checkConfig(next);
}
