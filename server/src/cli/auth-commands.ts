// `plughost auth login|logout`: get a session token with a username and password, and keep it
// (with the server's URL) for the other commands; or revoke and forget it.
import { ApiClient, normalizeServerUrl, ServerError } from './client.js';
import type { Command } from './command.js';
import { configFilePath, forgetLogin, readSavedLogin, saveLogin } from './config-file.js';
import { CliError, UsageError } from './errors.js';
import { json, warn, write } from './format.js';
import { parseCommand } from './options.js';

const login: Command = {
  name: 'auth login',
  synopsis: '<url> --username U --password P',
  summary: 'Log in and save the server URL and session token for the other commands.',
  details: `The login (the URL and the session token, never the password) is saved in $PLUGHOST_CONFIG,
default ~/.config/plughost/cli.json, readable by you only. --username also takes an email.
With --json, prints the user.`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, { username: { type: 'string', short: 'u' }, password: { type: 'string', short: 'p' } }, usage, { min: 0, max: 1 });
    const rawUrl = positionals[0] ?? values.url;
    if (!rawUrl) throw new UsageError('missing the server URL', usage);
    if (!values.username) throw new UsageError('missing --username', usage);
    if (values.password === undefined) throw new UsageError('missing --password', usage);
    let url: string;
    try {
      url = normalizeServerUrl(rawUrl);
    } catch (err) {
      throw new UsageError((err as Error).message, usage);
    }
    const res = await new ApiClient(url).request<{ username?: string; roles?: string }>('POST', '/users/login', { login_id: values.username, password: values.password });
    const token = res.headers.get('token');
    if (!token) throw new CliError(`${url} accepted the login but sent no session token (Token header); is it a plughost or Mattermost server?`);
    saveLogin({ url, token });
    if (values.json) write(json(res.body));
    else write(`Logged in to ${url} as ${res.body?.username ?? values.username}; saved in ${configFilePath()}\n`);
    // Every plugin command needs a system admin; say so now rather than on the next command.
    if (!String(res.body?.roles ?? '').split(' ').includes('system_admin')) warn(`note: ${res.body?.username ?? values.username} is not a system admin; the plugin commands will be refused`);
    return 0;
  },
};

const logout: Command = {
  name: 'auth logout',
  synopsis: '',
  summary: 'Revoke the saved session on its server and remove the saved login.',
  async run(argv, usage) {
    const { values } = parseCommand(argv, {}, usage, { min: 0, max: 0 });
    const saved = readSavedLogin();
    if (saved) {
      // Revoking is best effort: an unreachable server or an expired session must not keep the token on disk.
      try {
        await new ApiClient(normalizeServerUrl(saved.url), saved.token).post('/users/logout');
      } catch (err) {
        if (!(err instanceof ServerError && err.status === 401)) warn(`warning: could not revoke the session: ${(err as Error).message}`);
      }
    }
    forgetLogin();
    if (values.json) write(json({ status: 'OK' }));
    else write(saved ? `Logged out of ${saved.url}\n` : 'Not logged in.\n');
    return 0;
  },
};

export const authCommands: Command[] = [login, logout];
