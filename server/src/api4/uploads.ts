// /api/v4/uploads: resumable uploads. POST /uploads {channel_id, filename, file_size} starts
// one; POST /uploads/{id} appends the request body (raw bytes) and answers 204 until the
// upload is complete, then 201 with the file's info; GET /uploads/{id} shows how far it is.
// Only the user who started an upload may see or continue it.
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { bodyObject, requestContext, requireSession } from './context.js';
import { channelWithPermission } from './access.js';

export function uploadRoutes(api: FastifyInstance, app: App): void {
  api.post('/uploads', async (req, reply) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'upload session');
    await channelWithPermission(app, session, typeof body.channel_id === 'string' ? body.channel_id : '', 'upload_file');
    const upload = await app.uploads.create({ ...body, user_id: session.user_id, type: 'attachment' });
    reply.code(201);
    return upload;
  });

  const own = async (req: FastifyRequest) => {
    const session = requireSession(req);
    const upload = await app.uploads.get((req.params as { uploadId: string }).uploadId);
    if (upload.user_id !== session.user_id) throw forbidden('api.upload.get_upload.forbidden.app_error', 'This upload belongs to another user.');
    return upload;
  };

  api.get('/uploads/:uploadId', async (req) => own(req));

  // The body is the data itself, streamed to the file whatever its content type says.
  api.register(async (raw) => {
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    raw.post('/uploads/:uploadId', async (req, reply) => {
      const upload = await own(req);
      const data = (req.body as Readable | undefined) ?? req.raw;
      const info = await app.uploads.append(requestContext(req), upload.id, data);
      if (!info) return reply.code(204).send();
      reply.code(201);
      return info;
    });
  });
}
