// /api/v4/commands: execute a slash command; list the commands a team can use.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { invalidField } from '../app/errors.js';
import { bodyObject, requestContext, requireSession } from './context.js';
import { channelWithPermission, teamWithPermission } from './access.js';

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

  // A team's commands are for those who may see the team.
  api.get('/commands', async (req) => {
    const session = requireSession(req);
    const teamId = str((req.query as Record<string, unknown>).team_id);
    if (teamId) await teamWithPermission(app, session, teamId, 'view_team');
    return app.commands.list(teamId);
  });

  api.get('/teams/:teamId/commands/autocomplete', async (req) => {
    const team = await teamWithPermission(app, requireSession(req), (req.params as { teamId: string }).teamId, 'view_team');
    return app.commands.list(team.id).filter((c) => c.auto_complete);
  });
}
