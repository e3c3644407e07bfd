// /api/v4/posts: create, get, update, patch, delete, threads and pins.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest, forbidden, invalidField } from '../app/errors.js';
import { isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, requestContext, requireSession } from './context.js';
import { checkChannelAccess } from './teams.js';

/** The channel is visible to the caller (else 403/404) and the caller is a member (or an admin). */
export async function checkCanPost(app: App, session: Session, channelId: string): Promise<void> {
  await checkChannelAccess(app, session, channelId);
  if (!isSystemAdmin(session.roles) && !(await app.channels.member(channelId, session.user_id))) {
    throw forbidden('api.context.permissions.app_error', 'You must be a member of the channel to post in it.');
  }
}

export function postRoutes(api: FastifyInstance, app: App): void {
  api.post('/posts', async (req, reply) => {
    const session = requireSession(req);
    const body = bodyObject(req, 'post');
    await checkCanPost(app, session, typeof body.channel_id === 'string' ? body.channel_id : '');
    const post = await app.posts.create(requestContext(req), { ...body, user_id: session.user_id });
    reply.code(201);
    return post;
  });

  api.get('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const post = await app.posts.getWithReplyCount((req.params as { postId: string }).postId);
    await checkChannelAccess(app, session, post.channel_id);
    return app.posts.consumeOne(post);
  });

  api.get('/posts/:postId/thread', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    await checkChannelAccess(app, session, (await app.posts.get(postId)).channel_id);
    return app.posts.consumeList(await app.posts.thread(postId));
  });

  // Only the fields present change; the edit goes through MessageWillBeUpdated like PUT.
  api.put('/posts/:postId/patch', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    const body = bodyObject(req, 'post patch');
    const post = await app.posts.get(postId);
    await checkChannelAccess(app, session, post.channel_id);
    if (post.user_id !== session.user_id && !isSystemAdmin(session.roles)) {
      throw forbidden('api.context.permissions.app_error', 'You can only edit your own posts.');
    }
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
      await checkCanPost(app, session, post.channel_id);
      if ((await app.channels.get(post.channel_id)).delete_at) {
        throw badRequest('api.post.pin.archived_channel.app_error', 'Posts in an archived channel cannot be pinned or unpinned.');
      }
      await app.posts.setPinned(postId, pinned);
      return { status: 'OK' };
    });
  }

  api.get('/channels/:channelId/pinned', async (req) => {
    const session = requireSession(req);
    const { channelId } = req.params as { channelId: string };
    await checkChannelAccess(app, session, channelId);
    return app.posts.consumeList(await app.posts.pinned(channelId));
  });

  api.put('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    const post = await app.posts.get(postId);
    if (post.user_id !== session.user_id && !isSystemAdmin(session.roles)) {
      throw forbidden('api.context.permissions.app_error', 'You can only edit your own posts.');
    }
    return app.posts.update(requestContext(req), { ...bodyObject(req, 'post'), id: postId });
  });

  api.delete('/posts/:postId', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    const post = await app.posts.get(postId);
    if (post.user_id !== session.user_id && !isSystemAdmin(session.roles)) {
      throw forbidden('api.context.permissions.app_error', 'You can only delete your own posts.');
    }
    await app.posts.delete(requestContext(req), postId);
    return { status: 'OK' };
  });
}
