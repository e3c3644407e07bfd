// `plughost plugin config get|set`: a plugin's settings, PluginSettings.Plugins[<id>] of the
// saved configuration, read with GET /api/v4/config and written with PUT /api/v4/config/patch.
import type { ServerConfig } from './api-types.js';
import type { Command } from './command.js';
import { CliError } from './errors.js';
import { json, keyValues, showValue, write } from './format.js';
import { connect, parseCommand } from './options.js';

/** A value as typed: JSON if it parses (42, true, null, {"a":1}, "quoted"), else the text itself. */
export function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function settingsOf(config: ServerConfig | undefined, id: string): Record<string, unknown> {
  return config?.PluginSettings?.Plugins?.[id] ?? {};
}

const get: Command = {
  name: 'plugin config get',
  synopsis: '<id> [key]',
  summary: "Print a plugin's saved settings, or one of them.",
  details: `Keys are matched lower-cased, as Mattermost stores them. Only saved values are shown, not the
defaults of the plugin's settings_schema. With --json, prints the settings object (or the value).`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, {}, usage, { min: 1, max: 2 });
    const [id, key] = positionals;
    const settings = settingsOf(await connect(values).get<ServerConfig>('/config'), id);
    if (key === undefined) {
      if (values.json) write(json(settings));
      else if (!Object.keys(settings).length) write(`No settings saved for ${id}.\n`);
      else write(keyValues(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, showValue(v)])));
      return 0;
    }
    // Settings written before keys were lower-cased (e.g. by hand in config.json) are still found.
    const lower = key.toLowerCase();
    const found = lower in settings ? lower : Object.keys(settings).find((k) => k.toLowerCase() === lower);
    if (found === undefined) throw new CliError(`${id} has no saved setting "${key}"`);
    write(values.json ? json(settings[found]) : `${showValue(settings[found])}\n`);
    return 0;
  },
};

const set: Command = {
  name: 'plugin config set',
  synopsis: '<id> <key> <value>',
  summary: 'Save one setting of a plugin; a running plugin gets OnConfigurationChange.',
  details: `The value is read as JSON when it parses (42, true, {"a": 1}, "007"), else taken as text.
The key is lower-cased, as Mattermost stores plugin settings. With --json, prints the plugin's
settings after the change.`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, {}, usage, { min: 3, max: 3 });
    const [id, rawKey, rawValue] = positionals;
    const key = rawKey.toLowerCase();
    const value = parseValue(rawValue);
    const client = connect(values);
    // The patch carries the plugin's whole settings map, as Mattermost's admin console sends it.
    const settings = { ...settingsOf(await client.get<ServerConfig>('/config'), id), [key]: value };
    const saved = await client.put<ServerConfig>('/config/patch', { PluginSettings: { Plugins: { [id]: settings } } });
    if (values.json) write(json(saved?.PluginSettings?.Plugins?.[id] ?? settings));
    else write(`Set ${key} = ${JSON.stringify(value)} for ${id}\n`);
    return 0;
  },
};

export const pluginConfigCommands: Command[] = [get, set];
