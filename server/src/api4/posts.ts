// /api/v4/posts: create, get, update, patch, delete, threads and pins.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, invalidField } from '../app/errors.js';
import type { Post, Session } from '../app/models.js';
import { channelWithPermission, readableChannel } from './access.js';
import { bodyObject, requestContext, requirePermission, requireSession } from './context.js';

/** Changing a post takes `own` in its channel, and for someone else's post `others` too. */
async function checkCanChange(app: App, session: Session, post: Post, own: string, others: string): Promise<void> {
  await channelWithPermission(app, session, post.channel_id, own);
  if (post.user_id !== session.user_id) await app.permissions.requirePermissionToChannel(session.user_id, post.channel_id, others);
}

export function postRoutes(api: FastifyInstance, app: App): void {
  api.post('/posts', async (req, reply) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'post');
    await channelWithPermission(app, session, typeof body.channel_id === 'string' ? body.channel_id : '', 'create_post');
    const post = await app.posts.create(requestContext(req), { ...body, user_id: session.user_id });
    reply.code(201);
    return post;
  });

  api.get('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const post = await app.posts.getWithReplyCount((req.params as { postId: string }).postId);
    await readableChannel(app, session, post.channel_id);
    return app.posts.consumeOne(post);
  });

  api.get('/posts/:postId/thread', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    await readableChannel(app, session, (await app.posts.get(postId)).channel_id);
    return app.posts.consumeList(await app.posts.thread(postId));
  });

  // Only the fields present change; the edit goes through MessageWillBeUpdated like PUT.
  api.put('/posts/:postId/patch', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    const body = bodyObject(req, 'post patch');
    await checkCanChange(app, session, await app.posts.get(postId), 'edit_post', 'edit_others_posts');
    const patch: Record<string, unknown> = { id: postId };
    if (body.message !== undefined) {
      if (typeof body.message !== 'string') throw invalidField('post', 'message', 'must be a string');
      patch.message = body.message;
    }
    if (body.is_pinned !== undefined) {
      if (typeof body.is_pinned !== 'boolean') throw invalidField('post', 'is_pinned', 'must be true or false');
      patch.is_pinned = body.is_pinned;
    }
    if (body.props !== undefined) {
      if (typeof body.props !== 'object' || body.props === null || Array.isArray(body.props)) throw invalidField('post', 'props', 'must be an object');
      patch.props = body.props;
    }
    if (body.file_ids !== undefined) {
      if (!Array.isArray(body.file_ids)) throw invalidField('post', 'file_ids', 'must be a list of file ids');
      patch.file_ids = body.file_ids;
    }
    const updated = await app.posts.update(requestContext(req), patch);
    const [withCount] = await app.posts.withReplyCounts([updated]);
    return withCount;
  });

  for (const [action, pinned] of [['pin', true], ['unpin', false]] as const) {
    api.post(`/posts/:postId/${action}`, async (req) => {
      const session = requireSession(req);
      const { postId } = req.params as { postId: string };
      const post = await app.posts.get(postId);
      const channel = await channelWithPermission(app, session, post.channel_id, 'read_channel_content');
      if (channel.delete_at) {
        throw badRequest('api.post.pin.archived_channel.app_error', 'Posts in an archived channel cannot be pinned or unpinned.');
      }
      await app.posts.setPinned(postId, pinned);
      return { status: 'OK' };
    });
  }

  api.get('/channels/:channelId/pinned', async (req) => {
    const session = requireSession(req);
    const channel = await readableChannel(app, session, (req.params as { channelId: string }).channelId);
    return app.posts.consumeList(await app.posts.pinned(channel.id));
  });

  api.put('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    await checkCanChange(app, session, await app.posts.get(postId), 'edit_post', 'edit_others_posts');
    return app.posts.update(requestContext(req), { ...bodyObject(req, 'post'), id: postId });
  });

  api.delete('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    await checkCanChange(app, session, await app.posts.get(postId), 'delete_post', 'delete_others_posts');
    await app.posts.delete(requestContext(req), postId);
    return { status: 'OK' };
  });

  // A post shown to one user only, never stored ({user_id, post: {channel_id, message, …}}).
  api.post('/posts/ephemeral', async (req, reply) => {
    const session = requirePermission(req, 'create_post_ephemeral');
    const body = bodyObject(req, 'ephemeral post');
    const post = body.post;
    if (typeof post !== 'object' || post === null || Array.isArray(post)) throw invalidField('post', 'post', 'must be an object');
    if (typeof body.user_id !== 'string') throw invalidField('post', 'user_id', 'is required');
    const sent = await app.posts.sendEphemeral(body.user_id, { ...(post as Record<string, unknown>), user_id: session.user_id });
    reply.code(201);
    return sent;
  });
}
