// /api/v4/commands: execute a slash command; list the commands a team can use; create, read,
// update and delete stored (custom) commands (system admins).
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import type { Command } from '../app/commands.js';
import { badRequest, invalidField } from '../app/errors.js';
import type { Session } from '../app/models.js';
import { teamWithPermission } from './access.js';
import { bodyObject, requestContext, requirePermission, requireSession, sessionHasPermission } from './context.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A command's token is its integration's secret: only admins see it. */
const forViewer = (session: Session, commands: Command[]) => (sessionHasPermission(session, 'manage_system') ? commands : commands.map((c) => ({ ...c, token: '' })));

export function commandRoutes(api: FastifyInstance, app: App): void {
  api.post('/commands/execute', async (req) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'command');
    const command = str(body.command);
    if (!command.trim()) throw invalidField('command', 'command', 'is required');
    const siteUrl = app.config.get().ServiceSettings.SiteURL || `${req.protocol}://${req.headers.host ?? ''}`;
    return app.commands.execute(requestContext(req), {
      user_id: session.user_id,
      channel_id: str(body.channel_id),
      team_id: str(body.team_id),
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
    const q = req.query as Record<string, unknown>;
    const teamId = str(q.team_id);
    if (teamId) await teamWithPermission(app, session, teamId, 'view_team');
    if (q.custom_only === 'true') {
      requirePermission(req, 'manage_system');
      if (!teamId) throw badRequest('api.context.invalid_url_param.app_error', 'Invalid team_id parameter: custom_only needs a team.');
      return app.commands.custom.list(teamId);
    }
    return forViewer(session, await app.commands.list(teamId));
  });

  api.post('/commands', async (req, reply) => {
    const session = requirePermission(req, 'manage_system');
    const command = await app.commands.custom.create(bodyObject(req, 'command'), { creatorId: session.user_id });
    reply.code(201);
    return command;
  });

  api.get('/commands/:commandId', async (req) => {
    requirePermission(req, 'manage_system');
    return app.commands.custom.get((req.params as { commandId: string }).commandId);
  });

  api.put('/commands/:commandId', async (req) => {
    requirePermission(req, 'manage_system');
    const { commandId } = req.params as { commandId: string };
    const body = bodyObject(req, 'command');
    if (body.id !== undefined && body.id !== commandId) throw invalidField('command', 'id', 'must be the id in the URL');
    return app.commands.custom.update(commandId, body);
  });

  api.delete('/commands/:commandId', async (req) => {
    requirePermission(req, 'manage_system');
    await app.commands.custom.delete((req.params as { commandId: string }).commandId);
    return { status: 'OK' };
  });

  api.get('/teams/:teamId/commands/autocomplete', async (req) => {
    const session = requireSession(req);
    const team = await teamWithPermission(app, session, (req.params as { teamId: string }).teamId, 'view_team');
    return forViewer(session, (await app.commands.list(team.id)).filter((c) => c.auto_complete));
  });
}
