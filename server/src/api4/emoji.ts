// /api/v4/emoji: custom emoji. Create with a multipart upload (`image`, and `emoji`: JSON
// {name, creator_id}); anyone signed in may read them; their creator or a system admin may
// delete one.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, forbidden, invalidField, tooLarge } from '../app/errors.js';
import { maxEmojiImageBytes } from '../app/emoji.js';
import { intParam, requireSession, sessionHasPermission } from './context.js';

export function emojiRoutes(api: FastifyInstance, app: App): void {
  api.post('/emoji', async (req, reply) => {
    const session = requireSession(req);
    if (!req.isMultipart()) throw badRequest('api.emoji.create.parse.app_error', 'Expected a multipart/form-data upload with the fields "image" and "emoji".');
    let emoji: Record<string, unknown> | undefined;
    let image: Buffer | undefined;
    for await (const part of req.parts({ limits: { fileSize: maxEmojiImageBytes, files: 1 } })) {
      if (part.type === 'field') {
        if (part.fieldname !== 'emoji') continue;
        try {
          emoji = JSON.parse(String(part.value));
        } catch {
          throw invalidField('emoji', 'emoji', 'must be a JSON object {name, creator_id}');
        }
        continue;
      }
      if (part.fieldname !== 'image') {
        part.file.resume();
        throw invalidField('emoji', part.fieldname, 'is not a known field (use "image")');
      }
      try {
        image = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge('api.emoji.create.too_large.app_error', `The emoji image is larger than ${maxEmojiImageBytes} bytes.`);
        throw err;
      }
    }
    if (typeof emoji !== 'object' || emoji === null || Array.isArray(emoji)) throw invalidField('emoji', 'emoji', 'is required: a JSON object {name, creator_id}');
    if (!image) throw invalidField('emoji', 'image', 'is required');
    if (emoji.creator_id !== session.user_id) throw forbidden('api.emoji.create.other_user.app_error', 'You can only create emoji as yourself (creator_id).');
    const created = await app.emoji.create(session.user_id, emoji.name, image);
    reply.code(201);
    return created;
  });

  api.get('/emoji', async (req) => {
    requireSession(req);
    const q = req.query as Record<string, string>;
    return app.emoji.list(intParam(q.page, 'page', 0), intParam(q.per_page, 'per_page', 60, 200) || 60, q.sort ?? '');
  });

  api.get('/emoji/:emojiId', async (req) => {
    requireSession(req);
    return app.emoji.get((req.params as { emojiId: string }).emojiId);
  });

  api.get('/emoji/name/:name', async (req) => {
    requireSession(req);
    return app.emoji.getByName((req.params as { name: string }).name);
  });

  api.get('/emoji/:emojiId/image', async (req, reply) => {
    requireSession(req);
    const { data, type } = await app.emoji.image((req.params as { emojiId: string }).emojiId);
    reply.header('Content-Type', `image/${type}`);
    reply.header('Cache-Control', 'max-age=2592000, private');
    return reply.send(data);
  });

  api.delete('/emoji/:emojiId', async (req) => {
    const session = requireSession(req);
    const emoji = await app.emoji.get((req.params as { emojiId: string }).emojiId);
    if (emoji.creator_id !== session.user_id && !sessionHasPermission(session, 'manage_system')) {
      throw forbidden('api.emoji.delete.permissions.app_error', 'Only its creator or a system admin can delete an emoji.');
    }
    await app.emoji.delete(emoji.id);
    return { status: 'OK' };
  });
}
