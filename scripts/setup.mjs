#!/usr/bin/env node
// Brings a checkout up to date, doing only what is missing or stale, so `npm start` and
// `npm test` work on a fresh clone and take seconds on a prepared one:
//   1. node packages (npm ci), including better-sqlite3's native build;
//   2. the plugin Python environment .venv, with the SDK from sdk/python installed;
//   3. the TypeScript build (server/dist).
// Uses node built-ins only: it runs before any package is installed.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const venv = path.join(root, '.venv');
const venvPython = path.join(venv, 'bin', 'python');
const quiet = process.argv.includes('--quiet');

const say = (msg) => { if (!quiet) console.log(`[setup] ${msg}`); };
const run = (file, args, opts = {}) => execFileSync(file, args, { cwd: root, stdio: 'inherit', ...opts });

function hashOf(files) {
  const hash = crypto.createHash('sha256');
  for (const f of files) {
    const full = path.join(root, f);
    hash.update(f);
    if (fs.existsSync(full)) hash.update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

function stampIsCurrent(stampFile, hash) {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash;
}

function nodePackages() {
  const stamp = path.join(root, 'node_modules', '.plughost-setup');
  // The lockfile changes whenever a dependency does; script edits need no reinstall.
  const hash = hashOf(['package-lock.json']);
  const nativeModule = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (stampIsCurrent(stamp, hash) && fs.existsSync(nativeModule)) return;
  say('installing node packages (npm ci; the SQLite driver compiles from source, which takes a few minutes the first time)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  if (!fs.existsSync(nativeModule)) run('npm', ['rebuild', 'better-sqlite3']);
  fs.writeFileSync(stamp, hash);
}

function pythonEnvironment() {
  const stamp = path.join(venv, '.plughost-setup');
  const hash = hashOf(['sdk/python/pyproject.toml', 'sdk/python/requirements-dev.txt']);
  if (fs.existsSync(venvPython) && stampIsCurrent(stamp, hash)) return;
  if (!fs.existsSync(venvPython)) {
    const python = process.env.PLUGHOST_BOOTSTRAP_PYTHON || 'python3';
    const version = execFileSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
    const [major, minor] = version.split('.').map(Number);
    if (major < 3 || (major === 3 && minor < 9)) throw new Error(`Python 3.9 or newer is needed for plugins; ${python} is ${version}`);
    say(`creating the plugin Python environment in .venv (Python ${version})`);
    run(python, ['-m', 'venv', venv]);
  }
  say('installing the Python SDK (sdk/python) and its development tools into .venv');
  run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'sdk/python/requirements-dev.txt', '-e', 'sdk/python']);
  fs.writeFileSync(stamp, hash);
}

function newestMtime(dir) {
  let newest = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

function build() {
  const server = path.join(root, 'server');
  const stamp = path.join(server, 'dist', '.plughost-build');
  const sources = Math.max(...['src', 'gen', 'test', 'tsconfig.json'].map((p) => {
    const full = path.join(server, p);
    return fs.existsSync(full) && fs.statSync(full).isFile() ? fs.statSync(full).mtimeMs : newestMtime(full);
  }));
  if (!process.argv.includes('--build') && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sources) return;
  say('building the server (tsc)');
  // Built beside the old build and swapped in, so a running server or test never sees a
  // half-written dist, and files of deleted sources do not linger.
  const next = path.join(server, 'dist.next');
  fs.rmSync(next, { recursive: true, force: true });
  run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', path.join(server, 'tsconfig.json'), '--outDir', next]);
  fs.writeFileSync(path.join(next, '.plughost-build'), new Date().toISOString());
  const old = path.join(server, 'dist.old');
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(path.join(server, 'dist'))) fs.renameSync(path.join(server, 'dist'), old);
  fs.renameSync(next, path.join(server, 'dist'));
  fs.rmSync(old, { recursive: true, force: true });
}

// Two setups at once (npm start beside npm test) would build into the same folders: the
// second waits for the first. A lock whose owner died is taken over.
const lockDir = path.join(root, '.setup.lock');
function lock() {
  const deadline = Date.now() + 20 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return true;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    let alive = false;
    try { process.kill(owner, 0); alive = owner > 0; } catch { alive = false; }
    if (!alive) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another setup (pid ${owner}) has held ${lockDir} for 20 minutes`);
    if (!told) say(`waiting for another setup (pid ${owner}) to finish`);
    told = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}

let locked = false;
try {
  locked = lock();
  nodePackages();
  pythonEnvironment();
  build();
} catch (err) {
  console.error(`[setup] failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  if (locked) fs.rmSync(lockDir, { recursive: true, force: true });
}
