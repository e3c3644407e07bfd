// Command-line parsing shared by every command: the common flags, positional-count checks
// turned into usage errors, and which server and token a command talks to.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ApiClient, normalizeServerUrl } from './client.js';
import { configFilePath, readSavedLogin } from './config-file.js';
import { CliError, UsageError } from './errors.js';

export const commonOptions = {
  url: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const commonOptionsHelp = `Options of every command:
  --url URL      server to talk to (env PLUGHOST_URL; default: the saved login)
  --token TOKEN  session token (env PLUGHOST_TOKEN; default: the saved login)
  --json         print the API's JSON instead of text (for scripts)
  -h, --help     show help
`;

/** parseArgs with the common flags added; its complaints and a wrong number of arguments become usage errors. */
export function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  usage: string,
  positionals: { min: number; max?: number },
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message, usage);
  }
  const n = parsed.positionals.length;
  if (n < positionals.min) throw new UsageError('missing arguments', usage);
  if (positionals.max !== undefined && n > positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`, usage);
  return parsed;
}

/**
 * The client of the server a command talks to. Flags win over the environment, which wins over
 * the saved login. The saved token is only sent to the server it was issued by.
 */
export function connect(flags: { url?: string; token?: string }, env: NodeJS.ProcessEnv = process.env): ApiClient {
  const saved = readSavedLogin();
  const rawUrl = flags.url || env.PLUGHOST_URL || saved?.url;
  if (!rawUrl) {
    throw new CliError(`not logged in: run \`plughost auth login <url> --username U --password P\`, or give --url and --token (or PLUGHOST_URL and PLUGHOST_TOKEN); no login saved in ${configFilePath(env)}`);
  }
  const url = normalizeServerUrl(rawUrl);
  let token = flags.token || env.PLUGHOST_TOKEN;
  if (!token && saved && normalizeServerUrl(saved.url) === url) token = saved.token;
  if (!token) throw new CliError(`no session token for ${url}: run \`plughost auth login ${url} --username U\`, or give --token (or PLUGHOST_TOKEN)`);
  return new ApiClient(url, token);
}
