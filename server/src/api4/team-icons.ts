// /api/v4/teams/{team_id}/image: a team's icon. Those who may see the team read it; team
// admins (manage_team) set it (multipart field `image`) and remove it.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, invalidField } from '../app/errors.js';
import { teamWithPermission, visibleTeam } from './access.js';
import { requireSession } from './context.js';

export function teamIconRoutes(api: FastifyInstance, app: App): void {
  api.get('/teams/:teamId/image', async (req, reply) => {
    const team = await visibleTeam(app, requireSession(req), (req.params as { teamId: string }).teamId);
    const icon = await app.teamIcons.get(team.id);
    reply.header('Content-Type', icon.mimeType);
    reply.header('Cache-Control', 'private, max-age=86400');
    reply.header('X-Content-Type-Options', 'nosniff');
    return reply.send(icon.data);
  });

  api.post('/teams/:teamId/image', async (req) => {
    const team = await teamWithPermission(app, requireSession(req), (req.params as { teamId: string }).teamId, 'manage_team');
    if (!req.isMultipart()) throw badRequest('api.team.set_team_icon.no_file.app_error', 'Expected a multipart/form-data upload with the field "image".');
    let image: Buffer | undefined;
    for await (const part of req.parts({ limits: { fileSize: app.config.get().ServiceSettings.MaxFileSizeBytes + 1, files: 1 } })) {
      if (part.type === 'file' && part.fieldname === 'image') image = await part.toBuffer();
      else if (part.type === 'file') part.file.resume();
    }
    if (!image) throw invalidField('team', 'image', 'is required (a multipart file field)');
    await app.teamIcons.set(team.id, image);
    return { status: 'OK' };
  });

  api.delete('/teams/:teamId/image', async (req) => {
    const team = await teamWithPermission(app, requireSession(req), (req.params as { teamId: string }).teamId, 'manage_team');
    await app.teamIcons.remove(team.id);
    return { status: 'OK' };
  });
}
