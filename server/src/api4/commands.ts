// /api/v4/commands: execute a slash command; list the commands a team can use.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { bodyObject, requestContext, requireSession } from './context.js';
import { channelWithPermission } from './access.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function commandRoutes(api: FastifyInstance, app: App): void {
  api.post('/commands/execute', async (req) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'command');
    const command = str(body.command);
    if (!command.trim()) throw invalidField('command', 'command', 'is required');
    const channelId = str(body.channel_id);
    // As in Mattermost, running a command in a channel takes create_post there.
    const channel = await channelWithPermission(app, session, channelId, 'create_post');
    const siteUrl = app.config.get().ServiceSettings.SiteURL || `${req.protocol}://${req.headers.host ?? ''}`;
    return app.commands.execute(requestContext(req), {
      user_id: session.user_id,
      channel_id: channel.id,
      team_id: str(body.team_id) || channel.team_id,
      root_id: str(body.root_id),
      parent_id: str(body.parent_id),
      trigger_id: '',
      command,
      site_url: siteUrl,
    });
  });

  api.get('/commands', async (req) => {
    requireSession(req);
    return app.commands.list(str((req.query as Record<string, unknown>).team_id));
  });

  api.get('/teams/:teamId/commands/autocomplete', async (req) => {
    requireSession(req);
    const { teamId } = req.params as { teamId: string };
    await app.teams.get(teamId);
    return app.commands.list(teamId).filter((c) => c.auto_complete);
  });
}
