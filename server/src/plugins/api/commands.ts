// Plugin API: slash commands. The calling plugin receives ExecuteCommand for its registered
// triggers; the commands it creates are stored ones (custom commands), run over HTTP.
import type { Command } from '../../app/commands.js';
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need } from './types.js';

const commandList = (commands: Command[]) => ({ commands });

export const commandHandlers = ({ app }: ApiDeps) => ({
  RegisterCommand: async (req, { pluginId }) => {
    app.commands.register(pluginId, need(req.command, 'command'));
    return {};
  },
  UnregisterCommand: async (req, { pluginId }) => {
    app.commands.unregister(pluginId, req.team_id, req.trigger);
    return {};
  },
  ExecuteSlashCommand: async (req, { ctx }) => {
    const args = need(req.args, 'args');
    const response = await app.commands.execute(ctx, { ...args, site_url: app.config.get().ServiceSettings.SiteURL });
    return { response: toMessage<any>(response) };
  },
  CreateCommand: async (req, { pluginId }) => ({ command: await app.commands.custom.create(fromMessage(need(req.command, 'command')), { pluginId }) }),
  GetCommand: async (req) => ({ command: await app.commands.custom.get(req.command_id) }),
  UpdateCommand: async (req) => ({ command: await app.commands.custom.update(req.command_id, fromMessage(need(req.command, 'command'))) }),
  DeleteCommand: async (req) => {
    await app.commands.custom.delete(req.command_id);
    return {};
  },
  ListCommands: async (req) => commandList(await app.commands.list(req.team_id)),
  ListCustomCommands: async (req) => commandList(await app.commands.custom.list(req.team_id)),
  ListPluginCommands: async (req) => commandList(app.commands.pluginCommands(req.team_id)),
  ListBuiltInCommands: async () => commandList(app.commands.builtIn()),
}) satisfies Partial<Handlers>;
