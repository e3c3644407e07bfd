// Installing plugin bundles (.tar.gz) safely. The archive is checked entry by entry before
// anything is written: only regular files and folders, relative paths that stay inside,
// and caps on entry count, single-file size and total size. It is then extracted into a
// private temporary folder, its manifest validated, and only then moved into place.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { executableFor, type Manifest, readManifest } from './manifest.js';

export interface BundleLimits {
  maxEntries: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}

function checkEntryPath(p: string): void {
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.includes('\\')) throw new BundleError(`bundle entry "${p}" has an absolute path`);
  if (p.split('/').includes('..')) throw new BundleError(`bundle entry "${p}" points outside the plugin folder ("..")`);
}

/** Reads the archive's headers without writing anything; throws on the first bad entry. */
async function inspect(bundleFile: string, limits: BundleLimits): Promise<void> {
  let entries = 0;
  let total = 0;
  let problem: BundleError | undefined;
  const source = fs.createReadStream(bundleFile);
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      entry.resume();
      if (problem) return;
      try {
        entries += 1;
        if (entries > limits.maxEntries) throw new BundleError(`bundle has more than ${limits.maxEntries} entries`);
        checkEntryPath(entry.path);
        if (entry.type !== 'File' && entry.type !== 'Directory' && entry.type !== 'OldFile') {
          throw new BundleError(`bundle entry "${entry.path}" is a ${entry.type}; only regular files and folders are allowed`);
        }
        const size = entry.size ?? 0;
        if (size > limits.maxFileBytes) throw new BundleError(`bundle entry "${entry.path}" is larger than ${limits.maxFileBytes} bytes`);
        total += size;
        if (total > limits.maxTotalBytes) throw new BundleError(`bundle unpacks to more than ${limits.maxTotalBytes} bytes`);
      } catch (err) {
        problem = err as BundleError;
        source.destroy();
      }
    },
  });
  try {
    await pipeline(source, parser);
  } catch (err) {
    if (!problem) throw new BundleError(`bundle is not a valid .tar.gz archive: ${(err as Error).message}`);
  }
  if (problem) throw problem;
  if (entries === 0) throw new BundleError('bundle is empty or not a .tar.gz archive');
}

/** The plugin root inside an extracted bundle: a single top-level folder, or the top itself. */
function pluginRoot(dir: string): string {
  const top = fs.readdirSync(dir, { withFileTypes: true });
  if (top.length === 1 && top[0].isDirectory()) return path.join(dir, top[0].name);
  return dir;
}

/**
 * Unpacks a bundle into a new temporary folder and validates its manifest. The caller moves
 * `root` into place (or discards it) and always calls `cleanup`.
 */
export async function unpackBundle(bundleFile: string, limits: BundleLimits): Promise<{ manifest: Manifest; root: string; cleanup: () => void }> {
  await inspect(bundleFile, limits);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-bundle-'));
  fs.chmodSync(tmp, 0o700);
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    await tar.x({
      file: bundleFile,
      cwd: tmp,
      strict: true,
      preserveOwner: false,
      // Defence in depth: the inspection above already refused anything else.
      filter: (_p, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory' || entry.type === 'OldFile'),
    });
    const root = pluginRoot(tmp);
    const manifest = readManifest(root);
    const exe = path.join(root, executableFor(manifest));
    if (!fs.existsSync(exe)) throw new BundleError(`server executable "${executableFor(manifest)}" named by the manifest is not in the bundle`);
    return { manifest, root, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/** Moves an unpacked plugin folder to its place, replacing what was there. */
export function placePlugin(root: string, destination: string): void {
  const staging = `${destination}.installing-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.cpSync(root, staging, { recursive: true, verbatimSymlinks: true });
  fs.rmSync(destination, { recursive: true, force: true });
  fs.renameSync(staging, destination);
}
