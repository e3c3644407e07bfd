// Stored slash commands (Mattermost's custom commands): created by an admin over REST or by a
// plugin through the Plugin API, kept in the database per team, and run by an HTTP request to
// their `url` — a form POST (method "P") or a GET with the fields in the query (method "G") —
// whose JSON answer is a CommandResponse.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { CommandTable } from '../store/schema.js';
import type { Command, CommandArgs, CommandResponse } from './commands.js';
import { AppError, conflict, invalidField, notFound } from './errors.js';
import { isValidId, newId, now } from './ids.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const maxResponseBytes = 1024 * 1024;

/** A trigger as stored: without the "/", lower case, 1-128 characters, no spaces. */
export function checkTrigger(raw: unknown): string {
  const trigger = str(raw).replace(/^\//, '').toLowerCase();
  if (!/^[^\s/][^\s]{0,127}$/.test(trigger)) throw invalidField('command', 'trigger', 'must be 1-128 characters without spaces, not starting with "/"');
  return trigger;
}

function checkUrl(value: string, field: string, required: boolean): string {
  if (!value && !required) return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // refused below
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || value.length > 1024) throw invalidField('command', field, 'must be an http or https URL of at most 1024 characters');
  return value;
}

function checkText(input: Record<string, unknown>, field: string, max: number): string {
  const value = input[field] ?? '';
  if (typeof value !== 'string' || value.length > max) throw invalidField('command', field, `must be text of at most ${max} characters`);
  return value;
}

/** The fields a custom command is made of, checked; the server sets the rest. */
function commandFields(input: Record<string, unknown>) {
  const method = str(input.method || 'P').toUpperCase();
  if (method !== 'P' && method !== 'G') throw invalidField('command', 'method', 'must be "P" (POST) or "G" (GET)');
  return {
    trigger: checkTrigger(input.trigger),
    url: checkUrl(str(input.url), 'url', true),
    method,
    username: checkText(input, 'username', 64),
    icon_url: checkUrl(checkText(input, 'icon_url', 1024), 'icon_url', false),
    auto_complete: input.auto_complete === true ? 1 : 0,
    auto_complete_desc: checkText(input, 'auto_complete_desc', 1024),
    auto_complete_hint: checkText(input, 'auto_complete_hint', 1024),
    display_name: checkText(input, 'display_name', 64),
    description: checkText(input, 'description', 128),
  };
}

const commandFromRow = (r: Selectable<CommandTable>): Command => ({
  ...r,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  delete_at: 0,
  auto_complete: Boolean(r.auto_complete),
});

/** The CommandResponse fields of an integration's JSON answer, each of its type (anything else is left out). */
function commandResponseFrom(json: Record<string, unknown>): CommandResponse {
  const out: CommandResponse = {};
  for (const key of ['response_type', 'text', 'username', 'channel_id', 'icon_url', 'type', 'goto_location'] as const) {
    if (typeof json[key] === 'string') out[key] = json[key] as string;
  }
  if (typeof json.skip_slack_parsing === 'boolean') out.skip_slack_parsing = json.skip_slack_parsing;
  if (typeof json.props === 'object' && json.props !== null && !Array.isArray(json.props)) out.props = json.props as Record<string, unknown>;
  if (Array.isArray(json.extra_responses)) {
    out.extra_responses = json.extra_responses.filter((r) => typeof r === 'object' && r !== null && !Array.isArray(r)).map((r) => commandResponseFrom(r));
  }
  return out;
}

/** What the outgoing request says about where and by whom a command was run. */
export interface CommandPlace {
  args: CommandArgs;
  text: string;
  userName: string;
  channelName: string;
  teamName: string;
}

export class CustomCommands {
  constructor(
    private readonly db: Db,
    private readonly teams: { get(id: string): Promise<unknown> },
    /** Refuses a trigger another kind of command (built-in, plugin) has in the team: 409. */
    private readonly checkTriggerFree: (teamId: string, trigger: string) => void,
    private readonly timeoutMs: () => number,
  ) {}

  /** Creates a command in `input.team_id`, owned by a user (`creator_id`) or a plugin (`plugin_id`). */
  async create(input: Record<string, unknown>, owner: { creatorId: string } | { pluginId: string }): Promise<Command> {
    const teamId = str(input.team_id);
    if (!isValidId(teamId)) throw invalidField('command', 'team_id', 'is not a valid id');
    await this.teams.get(teamId);
    const fields = commandFields(input);
    await this.checkFree(teamId, fields.trigger);
    const t = now();
    const row: CommandTable = {
      id: newId(),
      token: newId(),
      create_at: t,
      update_at: t,
      creator_id: 'creatorId' in owner ? owner.creatorId : '',
      plugin_id: 'pluginId' in owner ? owner.pluginId : '',
      team_id: teamId,
      ...fields,
    };
    await this.db.insertInto('commands').values(row).execute();
    return commandFromRow(row);
  }

  async get(id: string): Promise<Command> {
    if (!isValidId(id)) throw invalidField('command', 'command_id', 'is not a valid id');
    const row = await this.db.selectFrom('commands').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('store.sql_command.get.missing.app_error', `Command ${id} not found.`);
    return commandFromRow(row);
  }

  /** Changes a command; its id, token, create_at, creator and plugin stay; an empty team_id keeps the team. */
  async update(id: string, input: Record<string, unknown>): Promise<Command> {
    const old = await this.get(id);
    const teamId = str(input.team_id) || old.team_id;
    if (!isValidId(teamId)) throw invalidField('command', 'team_id', 'is not a valid id');
    if (teamId !== old.team_id) await this.teams.get(teamId);
    const fields = commandFields(input);
    if (teamId !== old.team_id || fields.trigger !== old.trigger) await this.checkFree(teamId, fields.trigger);
    await this.db.updateTable('commands').set({ ...fields, team_id: teamId, update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.deleteFrom('commands').where('id', '=', id).execute();
  }

  async list(teamId: string): Promise<Command[]> {
    const rows = await this.db.selectFrom('commands').selectAll().where('team_id', '=', teamId).orderBy('trigger').execute();
    return rows.map(commandFromRow);
  }

  async find(teamId: string, trigger: string): Promise<Command | undefined> {
    const row = await this.db.selectFrom('commands').selectAll().where('team_id', '=', teamId).where('trigger', '=', trigger.toLowerCase()).executeTakeFirst();
    return row && commandFromRow(row);
  }

  private async checkFree(teamId: string, trigger: string): Promise<void> {
    this.checkTriggerFree(teamId, trigger);
    if (await this.find(teamId, trigger)) throw conflict('api.command.duplicate_trigger.app_error', `The trigger "/${trigger}" is already used by a command of this team.`);
  }

  /**
   * Runs a command: Mattermost's fields (token, team_id, team_domain, channel_id, channel_name,
   * user_id, user_name, command, text, trigger_id) to its URL, with `Authorization: Token
   * <token>`; a 200 answer in JSON is the CommandResponse, any other text its `text`.
   */
  async request(command: Command, place: CommandPlace): Promise<CommandResponse> {
    const fields = new URLSearchParams({
      token: command.token,
      team_id: command.team_id,
      team_domain: place.teamName,
      channel_id: place.args.channel_id,
      channel_name: place.channelName,
      user_id: place.args.user_id,
      user_name: place.userName,
      command: `/${command.trigger}`,
      text: place.text,
      trigger_id: place.args.trigger_id,
    });
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Token ${command.token}` };
    let url = command.url;
    let body: URLSearchParams | undefined;
    if (command.method === 'G') {
      const withQuery = new URL(command.url);
      for (const [key, value] of fields) withQuery.searchParams.append(key, value);
      url = withQuery.toString();
    } else {
      body = fields;
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    const failed = (why: string, status = 500) =>
      new AppError('api.command.execute_command.failed.app_error', `Command with a trigger of "/${command.trigger}" failed: ${why}.`, status);
    const timeout = this.timeoutMs();
    let res: Response;
    try {
      res = await fetch(url, { method: command.method === 'G' ? 'GET' : 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(timeout) });
    } catch (err) {
      if ((err as Error).name === 'TimeoutError') throw failed(`${command.url} did not answer within ${timeout} ms`, 504);
      throw failed(`${command.url} could not be reached (${(err as Error).cause ?? (err as Error).message})`);
    }
    const text = await res.text();
    if (res.status !== 200) throw failed(`${command.url} answered status ${res.status}`);
    if (text.length > maxResponseBytes) throw failed(`the answer is larger than ${maxResponseBytes} bytes`);
    if (!(res.headers.get('content-type') ?? '').startsWith('application/json')) return { text };
    let response: unknown;
    try {
      response = JSON.parse(text);
    } catch {
      throw failed('the answer is not valid JSON');
    }
    if (typeof response !== 'object' || response === null || Array.isArray(response)) throw failed('the answer is not a JSON object');
    return commandResponseFrom(response as Record<string, unknown>);
  }
}
