// The Python runtime: which plugins are Python, which interpreter runs them, the manifest's
// python_version requirement, and the dependency modes:
//   system  — the server's shared plugin environment (.venv: the SDK, grpcio);
//   venv    — the plugin's own venv, made at install time: it sees the shared environment
//             (a .pth file) and gets the plugin's requirements installed on top;
//   bundled — packages the plugin ships in vendor/ (or server/vendor/) go on PYTHONPATH.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Manifest } from '../manifest.js';

const run = promisify(execFile);

export function isPythonPlugin(manifest: Manifest, executable: string): boolean {
  return manifest.server?.runtime === 'python' || executable.endsWith('.py');
}

const venvPython = (venv: string) => path.join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

const dependencyMode = (manifest: Manifest) => manifest.server?.python?.dependency_mode ?? 'system';

/** Where the plugin's own venv lives (venv mode), relative to the plugin folder. */
const ownVenv = (manifest: Manifest) => manifest.server?.python?.venv_path ?? 'venv';

/**
 * The plugin's own virtual environment if it has one (manifest `server.python.venv_path`, or
 * venv/ or .venv/ in the plugin or its server folder), else the server's plugin environment.
 */
export function pythonInterpreter(pluginDir: string, manifest: Manifest, sharedPython: string): string {
  const declared = manifest.server?.python?.venv_path;
  const candidates = declared ? [declared] : ['venv', '.venv', 'server/venv', 'server/.venv'];
  for (const venv of candidates) {
    const python = venvPython(path.join(pluginDir, venv));
    if (fs.existsSync(python)) return python;
  }
  return sharedPython;
}

/** Environment variables the plugin's dependency mode needs. */
export function pythonEnv(pluginDir: string, manifest: Manifest): Record<string, string> {
  if (dependencyMode(manifest) !== 'bundled') return {};
  const vendored = ['vendor', 'server/vendor'].map((d) => path.join(pluginDir, d)).filter((d) => fs.existsSync(d));
  return vendored.length ? { PYTHONPATH: vendored.join(path.delimiter) } : {};
}

const versions = new Map<string, Promise<string>>();

/** "3.11.7" for an interpreter (asked once per path). */
export function interpreterVersion(python: string): Promise<string> {
  let version = versions.get(python);
  if (!version) {
    version = run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])']).then((r) => r.stdout.trim());
    versions.set(python, version);
    version.catch(() => versions.delete(python));
  }
  return version;
}

const parts = (v: string) => v.split('.').map(Number);
function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  }
  return 0;
}

/**
 * Whether a Python version meets the manifest's python_version: "3.9" and ">=3.9" are
 * minimums, ">3.9", "==3.11" (3.11.x) and "~=3.10" (3.10 or newer within 3.x) as in pip.
 */
export function satisfiesPythonVersion(actual: string, requirement: string): boolean {
  const match = /^(>=|==|>|~=)?\s*([0-9]+(?:\.[0-9]+){0,2})$/.exec(requirement.trim());
  if (!match) return false;
  const [, op = '>=', wanted] = match;
  const want = parts(wanted);
  const have = parts(actual);
  switch (op) {
    case '==': return compare(have.slice(0, want.length), want) === 0;
    case '>': return compare(have.slice(0, want.length), want) > 0;
    case '~=': return compare(have, want) >= 0 && have[0] === want[0];
    default: return compare(have, want) >= 0;
  }
}

/** Refuses a plugin whose python_version the interpreter that would run it does not meet. */
export async function checkPythonVersion(pluginDir: string, manifest: Manifest, sharedPython: string): Promise<void> {
  const requirement = manifest.server?.python_version;
  if (!requirement) return;
  const python = dependencyMode(manifest) === 'venv' ? sharedPython : pythonInterpreter(pluginDir, manifest, sharedPython);
  const actual = await interpreterVersion(python);
  if (!satisfiesPythonVersion(actual, requirement)) {
    throw new Error(`plugin requires Python ${requirement} (manifest server.python_version) but the interpreter ${python} is Python ${actual}`);
  }
}

const requirementsFile = (pluginDir: string, manifest: Manifest) =>
  path.join(pluginDir, manifest.server?.python?.requirements_path ?? 'server/requirements.txt');

/**
 * Prepares the plugin's own venv (venv mode) if it is missing or its requirements changed:
 * creates it, links the shared environment in, installs the requirements. Throws with the
 * installer's output when that fails. `onProgress` receives each line of pip's output.
 */
export async function preparePythonEnvironment(pluginDir: string, manifest: Manifest, sharedPython: string, onProgress: (line: string) => void): Promise<void> {
  if (dependencyMode(manifest) !== 'venv') return;
  const venv = path.join(pluginDir, ownVenv(manifest));
  const requirements = requirementsFile(pluginDir, manifest);
  const wanted = crypto.createHash('sha256').update(fs.existsSync(requirements) ? fs.readFileSync(requirements) : '').digest('hex');
  const marker = path.join(venv, '.plughost-ready');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return;
  onProgress(`creating the plugin's virtual environment in ${path.relative(pluginDir, venv)}`);
  await run(sharedPython, ['-m', 'venv', venv]);
  // The shared environment (SDK, grpcio) is visible inside the plugin's venv, beneath its own packages.
  const shared = (await run(sharedPython, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'])).stdout.trim();
  const own = (await run(venvPython(venv), ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'])).stdout.trim();
  // An "import" line, so the shared folder's own .pth files (an editable SDK install) apply too.
  fs.writeFileSync(path.join(own, 'plughost-shared-environment.pth'), `import site; site.addsitedir(${JSON.stringify(shared)})\n`);
  if (fs.existsSync(requirements)) {
    onProgress(`installing ${path.relative(pluginDir, requirements)}`);
    const output: string[] = [];
    const ok = await new Promise<boolean>((resolve) => {
      const child = execFile(venvPython(venv), ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-r', requirements], { cwd: pluginDir, maxBuffer: 16 * 1024 * 1024 }, (err) => resolve(!err));
      const collect = (chunk: Buffer | string) => {
        for (const line of String(chunk).split('\n')) {
          if (!line.trim()) continue;
          output.push(line);
          onProgress(line);
        }
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
    });
    if (!ok) throw new Error(`installing the plugin's requirements failed:\n${output.slice(-15).join('\n')}`);
  }
  fs.writeFileSync(marker, wanted);
}
