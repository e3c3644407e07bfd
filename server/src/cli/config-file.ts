// The saved login of `plughost auth login`: {url, token} in $PLUGHOST_CONFIG or
// ~/.config/plughost/cli.json. The token is a live session, so the file is private (0600)
// and written atomically: a crash never leaves a half-written or world-readable file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './errors.js';

export interface SavedLogin {
  url: string;
  token: string;
}

export function configFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLUGHOST_CONFIG || path.join(os.homedir(), '.config', 'plughost', 'cli.json');
}

/** The saved login, or undefined when there is none (no file, or one without url and token). */
export function readSavedLogin(file = configFilePath()): SavedLogin | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not valid JSON; fix it or run \`plughost auth logout\` to remove it`);
  }
  const { url, token } = (parsed ?? {}) as Record<string, unknown>;
  return typeof url === 'string' && typeof token === 'string' && url && token ? { url, token } : undefined;
}

export function saveLogin(login: SavedLogin, file = configFilePath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(login, null, 2) + '\n', { mode: 0o600 });
  fs.chmodSync(tmp, 0o600); // the umask may have narrowed the mode, never widened it; make it exact
  fs.renameSync(tmp, file);
}

/** Removes the saved login; true if there was one. */
export function forgetLogin(file = configFilePath()): boolean {
  try {
    fs.unlinkSync(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new CliError(`cannot remove ${file}: ${(err as Error).message}`);
  }
}
