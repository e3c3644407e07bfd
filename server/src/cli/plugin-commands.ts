// `plughost plugin add|list|status|enable|disable|remove`: mmctl's plugin commands over
// /api/v4/plugins (docs/admin-guide.md, "Managing plugins").
import fs from 'node:fs';
import path from 'node:path';
import { type Manifest, type PluginList, type PluginStatus, pluginRoute } from './api-types.js';
import { packFolder } from './bundle.js';
import type { ApiClient } from './client.js';
import type { Command } from './command.js';
import { forEachTarget } from './each.js';
import { CliError } from './errors.js';
import { json, jsonOneOrMany, keyValues, oneLine, stateName, table, write } from './format.js';
import { connect, parseCommand } from './options.js';

/** The status of one plugin; ids are matched as the server matches them, case aside. */
async function statusOf(client: ApiClient, id: string): Promise<PluginStatus> {
  const statuses = await client.get<PluginStatus[]>('/plugins/statuses');
  const found = statuses.find((s) => s.plugin_id === id) ?? statuses.find((s) => s.plugin_id.toLowerCase() === id.toLowerCase());
  if (!found) throw new CliError(`plugin "${id}" is not installed`);
  return found;
}

function stateLine(verb: string, s: PluginStatus): string {
  return `${verb} ${s.plugin_id}: ${stateName(s.state)}${s.error ? ` (${oneLine(s.error)})` : ''}\n`;
}

/** Uploads one folder or bundle file; a folder is packed into a temporary .tar.gz first. */
async function upload(client: ApiClient, target: string, force: boolean): Promise<Manifest> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new CliError('no such file or folder');
  }
  const packed = stat.isDirectory() ? await packFolder(target) : undefined;
  try {
    const file = packed?.file ?? target;
    const form = new FormData();
    if (force) form.append('force', 'true');
    form.append('plugin', await fs.openAsBlob(file), path.basename(file)); // streamed from disk
    // A detached signature travels beside its bundle, as Mattermost's prepackaged <id>.tar.gz.sig.
    const signature = `${target}.sig`;
    if (!packed && fs.existsSync(signature)) form.append('signature', await fs.openAsBlob(signature), path.basename(signature));
    return await client.post<Manifest>('/plugins', form);
  } finally {
    packed?.cleanup();
  }
}

const add: Command = {
  name: 'plugin add',
  synopsis: '<dir|bundle.tar.gz>… [--force] [--enable]',
  summary: 'Upload plugins: bundles, or plugin folders packed on the fly.',
  details: `A folder is packed into a .tar.gz whose single top-level folder is named after it, leaving out
__pycache__, .git, venv and .venv. A bundle's signature <bundle>.sig, if beside it, is sent too.
  -f, --force   replace an installed plugin with the same id
  --enable      enable each plugin after uploading it, and print its state
With --json, prints the manifest the server answered ({manifest, status} with --enable).`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, { force: { type: 'boolean', short: 'f' }, enable: { type: 'boolean' } }, usage, { min: 1 });
    const client = connect(values);
    const { results, failed } = await forEachTarget(positionals, async (target) => {
      const manifest = await upload(client, target, values.force ?? false);
      if (!values.json) write(`Added ${manifest.id} version ${manifest.version ?? '?'}\n`);
      if (!values.enable) return manifest;
      await client.post(pluginRoute(manifest.id, '/enable'));
      const status = await statusOf(client, manifest.id);
      if (!values.json) write(stateLine('Enabled', status));
      return { manifest, status };
    });
    if (values.json && results.length) write(jsonOneOrMany(results));
    return failed ? 1 : 0;
  },
};

const list: Command = {
  name: 'plugin list',
  synopsis: '',
  summary: 'List the installed plugins, enabled ones first.',
  details: 'With --json, prints {active: [manifest…], inactive: [manifest…]}.',
  async run(argv, usage) {
    const { values } = parseCommand(argv, {}, usage, { min: 0, max: 0 });
    const plugins = await connect(values).get<PluginList>('/plugins');
    if (values.json) write(json(plugins));
    else if (!plugins.active.length && !plugins.inactive.length) write('No plugins installed.\n');
    else {
      const row = (m: Manifest, enabled: string) => [m.id, m.name ?? '', m.version ?? '', enabled];
      write(table(['ID', 'NAME', 'VERSION', 'ENABLED'], [...plugins.active.map((m) => row(m, 'yes')), ...plugins.inactive.map((m) => row(m, 'no'))]));
    }
    return 0;
  },
};

const status: Command = {
  name: 'plugin status',
  synopsis: '[id]',
  summary: "Show each plugin's state (or one plugin's), with the error of one that failed.",
  details: `States: 0 NotRunning, 1 Starting, 2 Running, 3 FailedToStart, 4 FailedToStayRunning, 5 Stopping.
With --json, prints the server's status list (one status with an id).`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, {}, usage, { min: 0, max: 1 });
    const client = connect(values);
    const [id] = positionals;
    if (id !== undefined) {
      const s = await statusOf(client, id);
      if (values.json) write(json(s));
      else {
        write(keyValues([['id', s.plugin_id], ['name', s.name], ['version', s.version], ['state', stateName(s.state)]]));
        // Errors often hold a plugin's last stderr lines: print them whole, indented.
        if (s.error) write(`error\n${s.error.replace(/^/gm, '    ')}\n`);
      }
      return 0;
    }
    const statuses = await client.get<PluginStatus[]>('/plugins/statuses');
    if (values.json) write(json(statuses));
    else if (!statuses.length) write('No plugins installed.\n');
    else write(table(['ID', 'VERSION', 'STATE', 'ERROR'], statuses.map((s) => [s.plugin_id, s.version, stateName(s.state), oneLine(s.error ?? '')])));
    return 0;
  },
};

/** enable and disable: POST the action, then show the state it led to. */
function toggle(action: 'enable' | 'disable', verb: string, summary: string): Command {
  return {
    name: `plugin ${action}`,
    synopsis: '<id>…',
    summary,
    details: "With --json, prints each plugin's status afterwards.",
    async run(argv, usage) {
      const { values, positionals } = parseCommand(argv, {}, usage, { min: 1 });
      const client = connect(values);
      const { results, failed } = await forEachTarget(positionals, async (id) => {
        await client.post(pluginRoute(id, `/${action}`));
        const s = await statusOf(client, id);
        if (!values.json) write(stateLine(verb, s));
        return s;
      });
      if (values.json && results.length) write(jsonOneOrMany(results));
      return failed ? 1 : 0;
    },
  };
}

const remove: Command = {
  name: 'plugin remove',
  synopsis: '<id>…',
  summary: 'Disable and uninstall plugins (their settings stay in the configuration).',
  details: 'With --json, prints {plugin_id, status} for each.',
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, {}, usage, { min: 1 });
    const client = connect(values);
    const { results, failed } = await forEachTarget(positionals, async (id) => {
      const answer = await client.delete<Record<string, unknown>>(pluginRoute(id));
      if (!values.json) write(`Removed ${id}\n`);
      return { plugin_id: id, ...answer };
    });
    if (values.json && results.length) write(jsonOneOrMany(results));
    return failed ? 1 : 0;
  },
};

export const pluginCommands: Command[] = [
  add,
  list,
  status,
  toggle('enable', 'Enabled', 'Enable plugins and start them; prints the state each reached.'),
  toggle('disable', 'Disabled', 'Stop plugins (OnDeactivate first) and keep them disabled.'),
  remove,
];
