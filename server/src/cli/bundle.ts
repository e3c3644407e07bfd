// `plugin add <dir>`: packs a plugin folder the way the server expects a bundle, a .tar.gz with
// the folder as its single top-level entry, leaving out what is local to a developer's machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import { CliError } from './errors.js';

/** Folder names never packed: caches, version control, and virtualenvs (the server builds its own). */
const excludedNames = new Set(['__pycache__', '.git', 'venv', '.venv']);
const manifestNames = ['plugin.json', 'plugin.yaml', 'plugin.yml'];

export interface PackedBundle {
  file: string;
  /** Removes the temporary folder holding the bundle. */
  cleanup(): void;
}

export async function packFolder(dir: string): Promise<PackedBundle> {
  const full = path.resolve(dir);
  // Refusing a folder without a manifest early saves uploading, say, a home folder by mistake.
  if (!manifestNames.some((name) => fs.existsSync(path.join(full, name)))) {
    throw new CliError(`${dir} is not a plugin folder: it has no ${manifestNames.join(', ')}`);
  }
  const top = path.basename(full);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-cli-'));
  const file = path.join(tmp, `${top}.tar.gz`);
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    await tar.c(
      {
        gzip: true,
        file,
        cwd: path.dirname(full),
        portable: true, // no uid/gid/user names of the packing machine
        // Entry paths start with the top-level folder; only the parts below it are judged.
        filter: (entry) => !entry.split(/[\\/]/).slice(1).some((part) => excludedNames.has(part)),
      },
      [top],
    );
  } catch (err) {
    cleanup();
    throw new CliError(`cannot pack ${dir}: ${(err as Error).message}`);
  }
  return { file, cleanup };
}
