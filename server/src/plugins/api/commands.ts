// Plugin API: slash commands. The calling plugin receives ExecuteCommand for its triggers.
import { type ApiDeps, type Handlers, need } from './types.js';

export const commandHandlers = ({ app }: ApiDeps) => ({
  RegisterCommand: async (req, { pluginId }) => {
    app.commands.register(pluginId, need(req.command, 'command'));
    return {};
  },
  UnregisterCommand: async (req, { pluginId }) => {
    app.commands.unregister(pluginId, req.team_id, req.trigger);
    return {};
  },
}) satisfies Partial<Handlers>;
