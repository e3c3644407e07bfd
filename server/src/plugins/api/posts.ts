// Plugin API: posts.
import type { Post } from '../../app/models.js';
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need } from './types.js';

export const postMessage = (p: Post) => toMessage<any>(p);

export const postHandlers = ({ app }: ApiDeps) => ({
  GetPost: async (req) => ({ post: postMessage(await app.posts.get(req.post_id)) }),
  CreatePost: async (req, { ctx }) => ({ post: postMessage(await app.posts.create(ctx, fromMessage(need(req.post, 'post')))) }),
  UpdatePost: async (req, { ctx }) => ({ post: postMessage(await app.posts.update(ctx, fromMessage(need(req.post, 'post')))) }),
  DeletePost: async (req, { ctx }) => {
    await app.posts.delete(ctx, req.post_id);
    return {};
  },
}) satisfies Partial<Handlers>;
