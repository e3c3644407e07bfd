// /api/v4/posts: create, get, update, delete.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, requestContext, requireSession } from './context.js';
import { checkChannelAccess } from './teams.js';

async function checkCanPost(app: App, session: Session, channelId: string): Promise<void> {
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
    const post = await app.posts.get((req.params as { postId: string }).postId);
    await checkChannelAccess(app, session, post.channel_id);
    return post;
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
