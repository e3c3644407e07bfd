// Slash commands registered by plugins, and their execution: find the command for a trigger,
// ask its plugin, and turn the answer into a post (in_channel) or an ephemeral message.
import { AppError, conflict, invalidField, notFound } from './errors.js';
import { newId, now } from './ids.js';
import type { RequestContext } from './models.js';
import type { Posts } from './posts.js';

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

const triggerPattern = /^[^\s/][^\s]{0,127}$/;

export class Commands {
  private readonly byTrigger = new Map<string, Command>();
  executor: CommandExecutor = async () => {
    throw new AppError('api.command.execute_command.not_found.app_error', 'No plugin can run commands.', 404);
  };

  constructor(private readonly posts: Pick<Posts, 'create' | 'sendEphemeral'>) {}

  private key(teamId: string, trigger: string): string {
    return `${teamId}\u0000${trigger.toLowerCase()}`;
  }

  /** Registers (or re-registers) a plugin's command; a trigger another plugin owns is refused. */
  register(pluginId: string, input: Partial<Command>): Command {
    const trigger = (input.trigger ?? '').replace(/^\//, '');
    if (!triggerPattern.test(trigger)) throw invalidField('command', 'trigger', 'must be 1-128 characters without spaces');
    const teamId = input.team_id ?? '';
    const owner = this.byTrigger.get(this.key(teamId, trigger)) ?? this.byTrigger.get(this.key('', trigger));
    if (owner && owner.plugin_id !== pluginId) {
      throw conflict('api.command.duplicate_trigger.app_error', `The trigger "/${trigger}" is already registered by plugin "${owner.plugin_id}".`);
    }
    const t = now();
    const command: Command = {
      id: owner?.id ?? newId(),
      token: '',
      create_at: owner?.create_at ?? t,
      update_at: t,
      delete_at: 0,
      creator_id: '',
      team_id: teamId,
      trigger,
      method: 'P',
      username: input.username ?? '',
      icon_url: input.icon_url ?? '',
      auto_complete: Boolean(input.auto_complete),
      auto_complete_desc: input.auto_complete_desc ?? '',
      auto_complete_hint: input.auto_complete_hint ?? '',
      display_name: input.display_name ?? '',
      description: input.description ?? '',
      url: '',
      plugin_id: pluginId,
    };
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

  /** Commands usable in a team, in trigger order. */
  list(teamId: string): Command[] {
    return [...this.byTrigger.values()].filter((c) => c.team_id === '' || c.team_id === teamId).sort((a, b) => a.trigger.localeCompare(b.trigger));
  }

  find(teamId: string, trigger: string): Command | undefined {
    return this.byTrigger.get(this.key(teamId, trigger)) ?? this.byTrigger.get(this.key('', trigger));
  }

  async execute(ctx: RequestContext, args: CommandArgs): Promise<CommandResponse> {
    const trigger = args.command.trim().split(/\s+/)[0].replace(/^\//, '');
    if (!args.command.trim().startsWith('/') || !trigger) throw invalidField('command', 'command', 'must start with "/" followed by a trigger');
    const command = this.find(args.team_id, trigger);
    if (!command) throw notFound('api.command.execute_command.not_found.app_error', `Command with a trigger of "/${trigger}" not found.`);
    const response = await this.executor(command.plugin_id, ctx, args);
    for (const r of [response, ...(response.extra_responses ?? [])]) await this.deliver(ctx, args, r);
    return response;
  }

  private async deliver(ctx: RequestContext, args: CommandArgs, response: CommandResponse): Promise<void> {
    if (!response.text && !Object.keys(response.props ?? {}).length) return;
    const channelId = response.channel_id || args.channel_id;
    const props = { ...(response.props ?? {}), ...(response.username ? { override_username: response.username } : {}), ...(response.icon_url ? { override_icon_url: response.icon_url } : {}) };
    if (response.response_type === 'in_channel') {
      await this.posts.create(ctx, { channel_id: channelId, user_id: args.user_id, root_id: args.root_id, message: response.text ?? '', type: response.type ?? '', props });
      return;
    }
    await this.posts.sendEphemeral(args.user_id, { user_id: args.user_id, channel_id: channelId, root_id: args.root_id, message: response.text ?? '', props });
  }
}
