// Plugin manifests: find plugin.json / plugin.yaml in a folder, parse, validate against the
// one JSON Schema (manifest.schema.json), and answer with errors that name the field.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import YAML from 'yaml';
import schema from './manifest.schema.json' with { type: 'json' };

export interface PluginSetting {
  key: string;
  type: string;
  display_name?: string;
  default?: unknown;
}

export interface Manifest {
  id: string;
  name: string;
  description?: string;
  version?: string;
  min_server_version?: string;
  server?: {
    executable?: string;
    executables?: Record<string, string>;
    runtime?: 'python' | 'node' | 'go' | 'binary';
    python_version?: string;
    python?: { dependency_mode?: 'system' | 'venv' | 'bundled'; venv_path?: string; requirements_path?: string };
  };
  webapp?: { bundle_path?: string };
  settings_schema?: { header?: string; footer?: string; settings?: PluginSetting[] };
  props?: Record<string, unknown>;
}

export class ManifestError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export const manifestFileNames = ['plugin.json', 'plugin.yaml', 'plugin.yml'];
const maxManifestBytes = 256 * 1024;

const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

function describe(error: ErrorObject): ManifestError {
  const where = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') {
    const field = where ? `${where}.${error.params.missingProperty}` : String(error.params.missingProperty);
    return new ManifestError(`manifest is missing the required field "${field}"`, field);
  }
  if (error.keyword === 'anyOf' && where === 'server') {
    return new ManifestError('manifest field "server.executable" is required (or "server.executables")', 'server.executable');
  }
  const field = where || '(root)';
  const hints: Record<string, string> = {
    id: 'must be 3-190 characters of a-z, A-Z, 0-9, "-", "_" and "."',
    version: 'must be a semantic version like 1.2.3',
    min_server_version: 'must be a semantic version like 9.5.0',
  };
  return new ManifestError(`manifest field "${field}" ${hints[field] ?? error.message ?? 'is invalid'}`, field);
}

/** Parses and validates manifest text; `format` is "json" or "yaml". */
export function parseManifest(text: string, format: 'json' | 'yaml'): Manifest {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: 50 });
  } catch (err) {
    throw new ManifestError(`manifest is not valid ${format.toUpperCase()}: ${(err as Error).message}`, '(root)');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ManifestError('manifest must be an object', '(root)');
  }
  if (!validate(data)) throw describe(validate.errors![0]);
  const manifest = data as unknown as Manifest;
  if (!manifest.server) throw new ManifestError('manifest is missing the required field "server.executable"', 'server.executable');
  return { ...manifest, id: manifest.id.toLowerCase() };
}

/** Finds and parses the manifest in a plugin folder. */
export function readManifest(dir: string): Manifest {
  for (const name of manifestFileNames) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) throw new ManifestError(`${name} is not a regular file`, '(root)');
    if (stat.size > maxManifestBytes) throw new ManifestError(`${name} is larger than ${maxManifestBytes} bytes`, '(root)');
    return parseManifest(fs.readFileSync(file, 'utf8'), name.endsWith('.json') ? 'json' : 'yaml');
  }
  throw new ManifestError(`no manifest found (expected one of ${manifestFileNames.join(', ')})`, '(root)');
}

/** The server executable for this machine, relative to the plugin folder. */
export function executableFor(manifest: Manifest, platform = process.platform, arch = process.arch): string {
  const goOs = platform === 'win32' ? 'windows' : platform;
  const goArch = arch === 'x64' ? 'amd64' : arch;
  const exe = manifest.server?.executables?.[`${goOs}-${goArch}`] ?? manifest.server?.executable;
  if (!exe) throw new ManifestError(`no server executable for ${goOs}-${goArch}`, 'server.executables');
  return exe;
}

/** -1, 0 or 1 as semantic version a is older than, equal to, or newer than b (pre-release ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[-+]/)[0].split('.').map(Number);
  const pb = b.split(/[-+]/)[0].split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  }
  return 0;
}

/** The plugin's settings with the schema's defaults filled in. */
export function settingsWithDefaults(manifest: Manifest, saved: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const setting of manifest.settings_schema?.settings ?? []) {
    if (setting.default !== undefined) out[setting.key.toLowerCase()] = setting.default;
  }
  for (const [key, value] of Object.entries(saved)) out[key.toLowerCase()] = value;
  return out;
}
