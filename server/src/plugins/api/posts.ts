// Plugin API: posts, their lists and search, and ephemeral posts. Reads return posts as stored:
// MessagesWillBeConsumed is for what clients are given (see docs/python-plugins.md).
import type { Post } from '../../app/models.js';
import type { PostList } from '../../app/posts.js';
import type { SearchParams } from '../../app/search.js';
import type { SearchParams as SearchParamsMessage } from '../../../gen/plughost/v1/models.js';
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const postMessage = (p: Post) => toMessage<any>(p);

/** A post list as the contract carries it: the posts as a list in the order of `order`. */
const postListMessage = (list: PostList) => ({ ...list, posts: list.order.map((id) => postMessage(list.posts[id])) });

/** Search parameters with the RPC's paging defaults (per_page 100). */
function searchParams(params: SearchParamsMessage | undefined): SearchParams {
  const p = need(params, 'params');
  const { page: pageNumber, perPage } = page(p.page, p.per_page, 100);
  return { ...p, page: pageNumber, per_page: perPage };
}

export const postHandlers = ({ app }: ApiDeps) => ({
  GetPost: async (req) => ({ post: postMessage(await app.posts.get(req.post_id)) }),
  CreatePost: async (req, { ctx }) => ({ post: postMessage(await app.posts.create(ctx, fromMessage(need(req.post, 'post')))) }),
  UpdatePost: async (req, { ctx }) => ({ post: postMessage(await app.posts.update(ctx, fromMessage(need(req.post, 'post')))) }),
  DeletePost: async (req, { ctx }) => {
    await app.posts.delete(ctx, req.post_id);
    return {};
  },
  GetPostThread: async (req) => ({ post_list: postListMessage(await app.posts.thread(req.post_id)) }),
  GetPostsSince: async (req) => ({ post_list: postListMessage(await app.posts.since(req.channel_id, req.time)) }),
  GetPostsAfter: async (req) => {
    const p = page(req.page, req.per_page);
    return { post_list: postListMessage(await app.posts.forChannel(req.channel_id, p.page, p.perPage, { after: req.post_id })) };
  },
  GetPostsBefore: async (req) => {
    const p = page(req.page, req.per_page);
    return { post_list: postListMessage(await app.posts.forChannel(req.channel_id, p.page, p.perPage, { before: req.post_id })) };
  },
  GetPostsForChannel: async (req) => {
    const p = page(req.page, req.per_page);
    return { post_list: postListMessage(await app.posts.forChannel(req.channel_id, p.page, p.perPage)) };
  },
  SearchPostsInTeam: async (req) => {
    const posts = await app.search.searchPostsAny(req.team_id, req.params_list.map((p) => searchParams(p)));
    return { posts: posts.map(postMessage) };
  },
  SearchPostsInTeamForUser: async (req) => {
    const { posts } = await app.search.searchPosts(req.team_id, searchParams(req.params), req.user_id);
    return { results: { order: posts.map((p) => p.id), posts: posts.map(postMessage) } };
  },
  SendEphemeralPost: async (req) => ({ post: postMessage(await app.posts.sendEphemeral(req.user_id, fromMessage(need(req.post, 'post')))) }),
  UpdateEphemeralPost: async (req) => ({ post: postMessage(await app.posts.updateEphemeral(req.user_id, fromMessage(need(req.post, 'post')))) }),
  DeleteEphemeralPost: async (req) => {
    await app.posts.deleteEphemeral(req.user_id, req.post_id);
    return {};
  },
}) satisfies Partial<Handlers>;
