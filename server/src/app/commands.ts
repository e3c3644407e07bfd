// Slash commands: the built-in ones the server answers itself, those plugins register (answered
// by their ExecuteCommand hook), and stored custom ones (custom-commands.ts, answered over
// HTTP). Running one — for REST's /commands/execute and the Plugin API's ExecuteSlashCommand
// alike — checks that the user may use the channel, issues a trigger id, finds the command
// (built-in first, then plugin, then custom, as Mattermost does) and turns its answer into a
// post (in_channel) or an ephemeral message.
import type { Db } from '../store/db.js';
import { checkTrigger, CustomCommands } from './custom-commands.js';
import { AppError, conflict, invalidField, notFound } from './errors.js';
import { newId, now } from './ids.js';
import type { Channel, RequestContext, Team, User } from './models.js';
import type { Posts } from './posts.js';
import type { TriggerIds } from './trigger-ids.js';

export interface Command {
  id: string;
  token: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  creator_id: string;
  team_id: string;
  trigger: string;
  method: string;
  username: string;
  icon_url: string;
  auto_complete: boolean;
  auto_complete_desc: string;
  auto_complete_hint: string;
  display_name: string;
  description: string;
  url: string;
  plugin_id: string;
}

export interface CommandArgs {
  user_id: string;
  channel_id: string;
  team_id: string;
  root_id: string;
  parent_id: string;
  trigger_id: string;
  command: string;
  site_url: string;
}

export interface CommandResponse {
  response_type?: string;
  text?: string;
  username?: string;
  channel_id?: string;
  icon_url?: string;
  type?: string;
  props?: Record<string, unknown>;
  goto_location?: string;
  trigger_id?: string;
  skip_slack_parsing?: boolean;
  extra_responses?: CommandResponse[];
}

/** How a plugin command is run: by the plugin platform. */
export type CommandExecutor = (pluginId: string, ctx: RequestContext, args: CommandArgs) => Promise<CommandResponse>;

interface BuiltInCommand {
  trigger: string;
  description: string;
  hint: string;
  run(text: string): CommandResponse;
}

/** The commands the server answers itself (Mattermost's /me and /shrug). */
const builtInCommands: BuiltInCommand[] = [
  { trigger: 'me', description: 'Do an action', hint: '[message]', run: (text) => ({ response_type: 'in_channel', type: 'me', text: `*${text}*` }) },
  {
    trigger: 'shrug',
    description: 'Adds ¯\\_(ツ)_/¯ to your message',
    hint: '[message]',
    // Escaped for Markdown, as Mattermost sends it.
    run: (text) => ({ response_type: 'in_channel', text: [text, '¯\\\\\\_(ツ)\\_/¯'].filter(Boolean).join(' ') }),
  },
];

const blankCommand = (fields: Partial<Command>): Command => ({
  id: '', token: '', create_at: 0, update_at: 0, delete_at: 0, creator_id: '', team_id: '', trigger: '', method: 'P', username: '', icon_url: '',
  auto_complete: false, auto_complete_desc: '', auto_complete_hint: '', display_name: '', description: '', url: '', plugin_id: '', ...fields,
});

const builtInModel = (c: BuiltInCommand): Command =>
  blankCommand({ trigger: c.trigger, display_name: c.trigger, auto_complete: true, auto_complete_desc: c.description, auto_complete_hint: c.hint });

const byTriggerName = (a: Command, b: Command) => a.trigger.localeCompare(b.trigger);

/** What running a command needs from the other services. */
export interface CommandDeps {
  db: Db;
  posts: Pick<Posts, 'create' | 'sendEphemeral'>;
  users: { get(id: string): Promise<User> };
  /** The channel, if the user may read it and has the permission there. */
  channelWithPermission(userId: string, channelId: string, permissionId: string): Promise<Channel>;
  teams: { get(id: string): Promise<Team> };
  triggerIds: TriggerIds;
  /** Deadline of a custom command's request. */
  timeoutMs: () => number;
}

export class Commands {
  private readonly byTrigger = new Map<string, Command>();
  readonly custom: CustomCommands;
  executor: CommandExecutor = async () => {
    throw new AppError('api.command.execute_command.not_found.app_error', 'No plugin can run commands.', 404);
  };

  constructor(private readonly deps: CommandDeps) {
    this.custom = new CustomCommands(deps.db, deps.teams, (teamId, trigger) => this.checkNotTaken(teamId, trigger), deps.timeoutMs);
  }

  private key(teamId: string, trigger: string): string {
    return `${teamId}\u0000${trigger.toLowerCase()}`;
  }

  /** 409 if a built-in or plugin command answers `trigger` in the team (custom ones are checked by their store). */
  private checkNotTaken(teamId: string, trigger: string): void {
    if (builtInCommands.some((c) => c.trigger === trigger.toLowerCase())) throw conflict('api.command.duplicate_trigger.app_error', `The trigger "/${trigger}" is a built-in command.`);
    const owner = this.find(teamId, trigger);
    if (owner) throw conflict('api.command.duplicate_trigger.app_error', `The trigger "/${trigger}" is already registered by plugin "${owner.plugin_id}".`);
  }

  /** Registers (or re-registers) a plugin's command; a trigger another plugin owns, or a built-in one, is refused. */
  register(pluginId: string, input: Partial<Command>): Command {
    const trigger = checkTrigger(input.trigger);
    const teamId = input.team_id ?? '';
    const owner = this.find(teamId, trigger);
    if (owner?.plugin_id !== pluginId) this.checkNotTaken(teamId, trigger);
    const t = now();
    const command = blankCommand({
      id: owner?.id ?? newId(),
      create_at: owner?.create_at ?? t,
      update_at: t,
      team_id: teamId,
      trigger,
      username: input.username ?? '',
      icon_url: input.icon_url ?? '',
      auto_complete: Boolean(input.auto_complete),
      auto_complete_desc: input.auto_complete_desc ?? '',
      auto_complete_hint: input.auto_complete_hint ?? '',
      display_name: input.display_name ?? '',
      description: input.description ?? '',
      plugin_id: pluginId,
    });
    this.byTrigger.set(this.key(teamId, trigger), command);
    return command;
  }

  unregister(pluginId: string, teamId: string, trigger: string): void {
    const key = this.key(teamId, trigger.replace(/^\//, ''));
    if (this.byTrigger.get(key)?.plugin_id === pluginId) this.byTrigger.delete(key);
  }

  unregisterAll(pluginId: string): void {
    for (const [key, command] of this.byTrigger) if (command.plugin_id === pluginId) this.byTrigger.delete(key);
  }

  builtIn(): Command[] {
    return builtInCommands.map(builtInModel);
  }

  /** Plugin commands usable in a team (every-team ones included), in trigger order. */
  pluginCommands(teamId: string): Command[] {
    return [...this.byTrigger.values()].filter((c) => c.team_id === '' || c.team_id === teamId).sort(byTriggerName);
  }

  /** Every command usable in a team: built-in, plugin and custom, in trigger order. */
  async list(teamId: string): Promise<Command[]> {
    const custom = teamId ? await this.custom.list(teamId) : [];
    return [...this.builtIn(), ...this.pluginCommands(teamId), ...custom].sort(byTriggerName);
  }

  find(teamId: string, trigger: string): Command | undefined {
    return this.byTrigger.get(this.key(teamId, trigger)) ?? this.byTrigger.get(this.key('', trigger));
  }

  /**
   * Runs `args.command` as `args.user_id` in `args.channel_id` (the team defaults to the
   * channel's): 404 for an unknown user or command, 403/404 if the user may not use the channel.
   * The answer carries the client trigger id of the trigger id the command was given.
   */
  async execute(ctx: RequestContext, input: CommandArgs): Promise<CommandResponse> {
    const line = input.command.trim();
    const [first] = line.split(/\s+/);
    const trigger = first.replace(/^\//, '');
    if (!line.startsWith('/') || !trigger) throw invalidField('command', 'command', 'must start with "/" followed by a trigger');
    const text = line.slice(first.length).trim();
    const user = await this.deps.users.get(input.user_id);
    // As in Mattermost, running a command in a channel takes create_post there.
    const channel = await this.deps.channelWithPermission(user.id, input.channel_id, 'create_post');
    const { clientTriggerId, triggerId } = this.deps.triggerIds.issue(user.id);
    const args: CommandArgs = { ...input, channel_id: channel.id, team_id: input.team_id || channel.team_id, trigger_id: triggerId };

    let response: CommandResponse;
    let defaults: Partial<CommandResponse> = {};
    const builtIn = builtInCommands.find((c) => c.trigger === trigger.toLowerCase());
    const pluginCommand = builtIn ? undefined : this.find(args.team_id, trigger);
    const custom = builtIn || pluginCommand || !args.team_id ? undefined : await this.custom.find(args.team_id, trigger);
    if (builtIn) response = builtIn.run(text);
    else if (pluginCommand) response = await this.executor(pluginCommand.plugin_id, ctx, args);
    else if (custom) {
      const team = await this.deps.teams.get(custom.team_id);
      response = await this.custom.request(custom, { args, text, userName: user.username, channelName: channel.name, teamName: team.name });
      defaults = { username: custom.username, icon_url: custom.icon_url };
    } else throw notFound('api.command.execute_command.not_found.app_error', `Command with a trigger of "/${trigger}" not found.`);
    for (const r of [response, ...(response.extra_responses ?? [])]) await this.deliver(ctx, args, { ...r, username: r.username || defaults.username, icon_url: r.icon_url || defaults.icon_url });
    return { ...response, trigger_id: clientTriggerId };
  }

  private async deliver(ctx: RequestContext, args: CommandArgs, response: CommandResponse): Promise<void> {
    if (!response.text && !Object.keys(response.props ?? {}).length) return;
    const channelId = response.channel_id || args.channel_id;
    const props = { ...(response.props ?? {}), ...(response.username ? { override_username: response.username } : {}), ...(response.icon_url ? { override_icon_url: response.icon_url } : {}) };
    if (response.response_type === 'in_channel') {
      await this.deps.posts.create(ctx, { channel_id: channelId, user_id: args.user_id, root_id: args.root_id, message: response.text ?? '', type: response.type ?? '', props });
      return;
    }
    await this.deps.posts.sendEphemeral(args.user_id, { user_id: args.user_id, channel_id: channelId, root_id: args.root_id, message: response.text ?? '', props });
  }
}
