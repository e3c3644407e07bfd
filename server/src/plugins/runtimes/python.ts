// The Python runtime: which plugins are Python, and which interpreter runs them.
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../manifest.js';

export function isPythonPlugin(manifest: Manifest, executable: string): boolean {
  return manifest.server?.runtime === 'python' || executable.endsWith('.py');
}

const venvPython = (venv: string) => path.join(venv, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');

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
