// /api/v4/files: multipart upload (fields `files` and `channel_id`), download, info, and the
// files of a post. Uploads stream to disk; a file over the size limit is refused with 413
// without the whole of it ever being held in memory — unless a plugin implements
// FileWillBeUploaded, which needs the content: then each file is read whole (bounded by the
// same limit) before the plugins see it.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, invalidField } from '../app/errors.js';
import type { FileInfo } from '../app/models.js';
import { requestContext, requireSession } from './context.js';
import { channelWithPermission, readableChannel } from './access.js';

export function fileRoutes(api: FastifyInstance, app: App): void {
  api.post('/files', async (req, reply) => {
    const session = requireSession(req);
    if (!req.isMultipart()) throw badRequest('api.file.upload_file.incorrect_content_type.app_error', 'Expected a multipart/form-data upload with the field "files".');
    const max = app.config.get().ServiceSettings.MaxFileSizeBytes;
    let channelId = typeof (req.query as Record<string, unknown>).channel_id === 'string' ? (req.query as Record<string, string>).channel_id : '';
    const clientIds: string[] = [];
    const stored: FileInfo[] = [];
    try {
      for await (const part of req.parts({ limits: { fileSize: max + 1, files: 10 } })) {
        if (part.type === 'field') {
          if (part.fieldname === 'channel_id') channelId = String(part.value);
          if (part.fieldname === 'client_ids') clientIds.push(String(part.value));
          continue;
        }
        if (part.fieldname !== 'files') {
          part.file.resume();
          throw invalidField('file', part.fieldname, 'is not a known upload field (use "files")');
        }
        // Checked before the first byte is kept when the client sent channel_id first, else after.
        if (channelId) await channelWithPermission(app, session, channelId, 'upload_file');
        stored.push(await app.files.uploadFromClient(requestContext(req), { stream: part.file, channelId, filename: part.filename, creatorId: session.user_id }));
      }
      if (!channelId) throw invalidField('file', 'channel_id', 'is required');
      await channelWithPermission(app, session, channelId, 'upload_file');
      if (!stored.length) throw invalidField('file', 'files', 'holds no file');
      await app.files.assignChannel(stored.map((f) => f.id), channelId);
    } catch (err) {
      await Promise.all(stored.map((f) => app.files.remove(f.id)));
      throw err;
    }
    reply.code(201);
    return { file_infos: stored.map((f) => ({ ...f, channel_id: channelId })), client_ids: clientIds };
  });

  const accessible = async (session: ReturnType<typeof requireSession>, fileId: string) => {
    const info = await app.files.info(fileId);
    await readableChannel(app, session, info.channel_id);
    return info;
  };

  api.get('/files/:fileId', async (req, reply) => {
    const session = requireSession(req);
    const { fileId } = req.params as { fileId: string };
    await accessible(session, fileId);
    const { info, stream } = await app.files.open(fileId);
    reply.header('Content-Type', info.mime_type || 'application/octet-stream');
    reply.header('Content-Length', String(info.size));
    reply.header('Content-Disposition', `attachment; filename="${encodeURIComponent(info.name)}"; filename*=UTF-8''${encodeURIComponent(info.name)}`);
    reply.header('X-Content-Type-Options', 'nosniff');
    return reply.send(stream);
  });

  api.get('/files/:fileId/info', async (req) => {
    const session = requireSession(req);
    return accessible(session, (req.params as { fileId: string }).fileId);
  });

  api.get('/posts/:postId/files/info', async (req) => {
    const session = requireSession(req);
    const post = await app.posts.get((req.params as { postId: string }).postId);
    await readableChannel(app, session, post.channel_id);
    return app.files.forPost(post.id);
  });
}
