// /files/{file_id}/public?h=<hash>: a file attached to a post, for anyone holding its public
// link (Plugin API GetFileLink), without a session; only while FileSettings.EnablePublicLink is on.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';

export function publicFileRoutes(http: FastifyInstance, app: App): void {
  http.get('/files/:fileId/public', async (req, reply) => {
    const { fileId } = req.params as { fileId: string };
    const hash = (req.query as Record<string, unknown>).h;
    const { info, stream } = await app.files.openPublic(fileId, typeof hash === 'string' ? hash : '');
    reply.header('Content-Type', info.mime_type || 'application/octet-stream');
    reply.header('Content-Length', String(info.size));
    reply.header('Content-Disposition', `attachment; filename="${encodeURIComponent(info.name)}"; filename*=UTF-8''${encodeURIComponent(info.name)}`);
    reply.header('X-Content-Type-Options', 'nosniff');
    return reply.send(stream);
  });
}
