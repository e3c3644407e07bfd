// Posts: create (through MessageWillBePosted), read, update, delete, channel pages.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { PostTable } from '../store/schema.js';
import { AppError, badRequest, invalidField, notFound } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { Post, RequestContext, User } from './models.js';
import type { Channels } from './channels.js';
import type { Broadcast, EventHub } from './events.js';

export const maxMessageLength = 16383;
/** At most this many posts answer a `since` query (Mattermost's limit). */
export const maxSincePosts = 1000;

/** Mattermost's PostList: ids in display order, the posts by id, and the paging cursors. */
export interface PostList {
  order: string[];
  posts: Record<string, Post>;
  next_post_id: string;
  prev_post_id: string;
  has_next: boolean;
}
/** The type of posts shown to one user and never stored. */
export const ephemeralPostType = 'system_ephemeral';
/** A MessageWillBePosted rejection with this reason drops the post without an error to show. */
export const dismissPostReason = 'plugin.message_will_be_posted.dismiss_post';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const postFromRow = (r: Selectable<PostTable>): Post => ({
  id: r.id,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  edit_at: Number(r.edit_at),
  delete_at: Number(r.delete_at),
  is_pinned: Boolean(r.is_pinned),
  user_id: r.user_id,
  channel_id: r.channel_id,
  root_id: r.root_id,
  original_id: r.original_id,
  message: r.message,
  type: r.type,
  props: JSON.parse(r.props),
  hashtags: r.hashtags,
  file_ids: JSON.parse(r.file_ids),
  pending_post_id: r.pending_post_id,
  reply_count: 0,
});

const postToRow = (p: Post): PostTable => ({
  id: p.id,
  create_at: p.create_at,
  update_at: p.update_at,
  edit_at: p.edit_at,
  delete_at: p.delete_at,
  is_pinned: p.is_pinned ? 1 : 0,
  user_id: p.user_id,
  channel_id: p.channel_id,
  root_id: p.root_id,
  original_id: p.original_id,
  message: p.message,
  type: p.type,
  props: JSON.stringify(p.props ?? {}),
  hashtags: p.hashtags,
  file_ids: JSON.stringify(p.file_ids ?? []),
  pending_post_id: p.pending_post_id,
});

function checkPost(p: Post): void {
  if (p.message.length > maxMessageLength) throw invalidField('post', 'message', `must be at most ${maxMessageLength} characters`);
  if (typeof p.props !== 'object' || p.props === null || Array.isArray(p.props)) throw invalidField('post', 'props', 'must be an object');
  if (!Array.isArray(p.file_ids) || p.file_ids.some((f) => !isValidId(f))) throw invalidField('post', 'file_ids', 'must be a list of file ids');
}

function rejectedByPlugin(reason: string): AppError {
  if (reason === dismissPostReason) return new AppError(dismissPostReason, 'Post dismissed by plugin.', 400);
  return new AppError('Post rejected by plugin', `Post rejected by plugin. ${reason}`, 400);
}

export class Posts {
  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly users: { get(id: string): Promise<User> },
    private readonly channels: Channels,
    private readonly events: EventHub,
  ) {}

  /** Creates a post as `input.user_id`; plugins may modify or reject it first. */
  async create(ctx: RequestContext, input: Record<string, unknown>): Promise<Post> {
    const channel = await this.channels.get(str(input.channel_id));
    if (channel.delete_at) throw invalidField('post', 'channel_id', 'refers to an archived channel');
    await this.users.get(str(input.user_id));
    const rootId = str(input.root_id);
    if (rootId) {
      const root = await this.get(rootId).catch(() => undefined);
      if (!root || root.channel_id !== channel.id) throw invalidField('post', 'root_id', 'must be a post in the same channel');
      if (root.root_id) throw invalidField('post', 'root_id', 'must be the first post of a thread, not a reply');
    }
    const t = now();
    const draft: Post = {
      id: newId(),
      create_at: t,
      update_at: t,
      edit_at: 0,
      delete_at: 0,
      is_pinned: Boolean(input.is_pinned),
      user_id: str(input.user_id),
      channel_id: channel.id,
      root_id: rootId,
      original_id: '',
      message: str(input.message),
      type: str(input.type),
      props: (input.props as Record<string, unknown>) ?? {},
      hashtags: '',
      file_ids: (input.file_ids as string[]) ?? [],
      pending_post_id: str(input.pending_post_id),
      reply_count: 0,
    };
    checkPost(draft);
    // As in Mattermost, a post made through the Plugin API says so, and the other plugins see it.
    if (ctx.pluginId) draft.props = { ...draft.props, from_plugin: 'true' };
    const verdict = await this.hooks().messageWillBePosted(ctx, draft);
    if ('rejected' in verdict) throw rejectedByPlugin(verdict.rejected);
    // A plugin may change the content, never the identity or placement of the post.
    const post: Post = { ...verdict.allowed, id: draft.id, channel_id: draft.channel_id, create_at: draft.create_at, user_id: verdict.allowed.user_id || draft.user_id };
    checkPost(post);
    await this.db.transaction().execute(async (tx) => {
      // As in Mattermost, a post takes only files not yet attached, uploaded to its channel (or,
      // for copies made by CopyFileInfos, to no channel yet) by its author (or by a plugin,
      // "nouser"); other ids are dropped from file_ids. Attached copies join the channel.
      if (post.file_ids.length) {
        const attachable = new Set((await tx.selectFrom('file_infos').select('id').where('id', 'in', post.file_ids).where('post_id', '=', '')
          .where('channel_id', 'in', [post.channel_id, '']).where('creator_id', 'in', [post.user_id, 'nouser']).execute()).map((r) => r.id));
        post.file_ids = post.file_ids.filter((id) => attachable.has(id));
        if (attachable.size) await tx.updateTable('file_infos').set({ post_id: post.id, channel_id: post.channel_id }).where('id', 'in', [...attachable]).execute();
      }
      await tx.insertInto('posts').values(postToRow(post)).execute();
      await tx.updateTable('channels')
        .set((eb) => ({ last_post_at: post.create_at, total_msg_count: eb('total_msg_count', '+', 1) }))
        .where('id', '=', post.channel_id).execute();
      await this.channels.recordPost(tx, channel, post);
    });
    this.hooks().messageHasBeenPosted(ctx, post);
    void this.publishPost('posted', post, { channel_display_name: channel.display_name, channel_name: channel.name, channel_type: channel.type, team_id: channel.team_id, sender_name: '' }, { channel_id: channel.id });
    return post;
  }

  /** A websocket event carrying a post, which MessagesWillBeConsumed sees first like any post a client gets. */
  private async publishPost(event: string, post: Post, data: Record<string, unknown>, broadcast: Broadcast): Promise<void> {
    const consumed = await this.consumeOne(post);
    await this.events.publish(event, { ...data, post: JSON.stringify(consumed) }, broadcast);
  }

  async get(id: string): Promise<Post> {
    if (!isValidId(id)) throw invalidField('post', 'post_id', 'is not a valid id');
    const row = await this.db.selectFrom('posts').selectAll().where('id', '=', id).where('delete_at', '=', 0).executeTakeFirst();
    if (!row) throw notFound('app.post.get.app_error', `Post ${id} not found.`);
    return postFromRow(row);
  }

  /** Replaces the message (and props, file ids) of a post; plugins may modify or reject it. */
  async update(ctx: RequestContext, input: Record<string, unknown>): Promise<Post> {
    const old = await this.get(str(input.id));
    await this.requireLiveChannel(old, 'edited');
    const t = now();
    const draft: Post = {
      ...old,
      message: typeof input.message === 'string' ? input.message : old.message,
      props: (input.props as Record<string, unknown>) ?? old.props,
      file_ids: (input.file_ids as string[]) ?? old.file_ids,
      is_pinned: typeof input.is_pinned === 'boolean' ? input.is_pinned : old.is_pinned,
      edit_at: t,
      update_at: t,
    };
    checkPost(draft);
    const verdict = await this.hooks().messageWillBeUpdated(ctx, draft, old);
    if ('rejected' in verdict) throw new AppError('Post rejected by plugin', `Post rejected by plugin. ${verdict.rejected}`, 400);
    const post: Post = { ...verdict.allowed, id: old.id, channel_id: old.channel_id, create_at: old.create_at, user_id: old.user_id };
    checkPost(post);
    await this.db.updateTable('posts').set(postToRow(post)).where('id', '=', old.id).execute();
    this.hooks().messageHasBeenUpdated(ctx, post, old);
    void this.publishPost('post_edited', post, {}, { channel_id: post.channel_id });
    return post;
  }

  async delete(ctx: RequestContext, id: string): Promise<Post> {
    const post = await this.get(id);
    await this.requireLiveChannel(post, 'deleted');
    const t = now();
    await this.db.transaction().execute(async (tx) => {
      const thread = tx.selectFrom('posts').select('id').where((eb) => eb.or([eb('id', '=', id), eb('root_id', '=', id)]));
      // As in Mattermost, the files of deleted posts are deleted with them.
      await tx.updateTable('file_infos').set({ delete_at: t, update_at: t }).where('post_id', 'in', thread).where('delete_at', '=', 0).execute();
      await tx.updateTable('posts').set({ delete_at: t, update_at: t })
        .where((eb) => eb.or([eb('id', '=', id), eb('root_id', '=', id)])).execute();
    });
    const deleted = { ...post, delete_at: t, update_at: t };
    this.hooks().messageHasBeenDeleted(ctx, deleted);
    void this.events.publish('post_deleted', { post: JSON.stringify(deleted) }, { channel_id: post.channel_id });
    return deleted;
  }

  /** Posts of an archived channel are read-only, as in Mattermost. */
  private async requireLiveChannel(post: Post, what: string): Promise<void> {
    if ((await this.channels.get(post.channel_id)).delete_at) throw invalidField('post', 'channel_id', `refers to an archived channel, whose posts cannot be ${what}`);
  }

  /** Sets reply_count on each post: the non-deleted replies of its thread, as Mattermost does. */
  async withReplyCounts<T extends Post>(posts: T[]): Promise<T[]> {
    const roots = [...new Set(posts.map((p) => p.root_id || p.id))];
    if (!roots.length) return posts;
    const counts = new Map<string, number>();
    for (let i = 0; i < roots.length; i += 500) {
      const rows = await this.db.selectFrom('posts').select((eb) => ['root_id', eb.fn.countAll<number>().as('n')])
        .where('root_id', 'in', roots.slice(i, i + 500)).where('delete_at', '=', 0).groupBy('root_id').execute();
      for (const r of rows) counts.set(r.root_id, Number(r.n));
    }
    for (const p of posts) p.reply_count = counts.get(p.root_id || p.id) ?? 0;
    return posts;
  }

  /** A post list as a client gets it: MessagesWillBeConsumed may replace its posts. */
  async consumeList(list: PostList): Promise<PostList> {
    const ids = Object.keys(list.posts);
    if (!ids.length) return list;
    const consumed = await this.hooks().messagesWillBeConsumed(ids.map((id) => list.posts[id]));
    const posts: Record<string, Post> = {};
    for (const post of consumed) posts[post.id] = post;
    return { ...list, posts };
  }

  /** One post as a client gets it (see consumeList). */
  async consumeOne(post: Post): Promise<Post> {
    const [consumed] = await this.hooks().messagesWillBeConsumed([post]);
    return consumed ?? post;
  }

  async getWithReplyCount(id: string): Promise<Post> {
    const [post] = await this.withReplyCounts([await this.get(id)]);
    return post;
  }

  private async postList(rows: Selectable<PostTable>[], extra: Partial<PostList> = {}): Promise<PostList> {
    const list = await this.withReplyCounts(rows.map(postFromRow));
    const posts: Record<string, Post> = {};
    for (const post of list) posts[post.id] = post;
    return { order: list.map((p) => p.id), posts, next_post_id: '', prev_post_id: '', has_next: false, ...extra };
  }

  /** A thread: its root and its replies, newest first like every post list. Any post of the thread names it. */
  async thread(postId: string): Promise<PostList> {
    const post = await this.get(postId);
    const rootId = post.root_id || post.id;
    const rows = await this.db.selectFrom('posts').selectAll()
      .where((eb) => eb.or([eb('id', '=', rootId), eb('root_id', '=', rootId)])).where('delete_at', '=', 0)
      .orderBy('create_at', 'desc').orderBy('id', 'desc').execute();
    if (!rows.some((r) => r.id === rootId)) throw notFound('app.post.get.app_error', `Post ${rootId} not found.`);
    return this.postList(rows);
  }

  /** The pinned posts of a channel, newest first. */
  async pinned(channelId: string): Promise<PostList> {
    await this.channels.get(channelId);
    const rows = await this.db.selectFrom('posts').selectAll().where('channel_id', '=', channelId).where('is_pinned', '=', 1).where('delete_at', '=', 0)
      .orderBy('create_at', 'desc').orderBy('id', 'desc').execute();
    return this.postList(rows);
  }

  /** Pins or unpins a post: only is_pinned and update_at change (no edit, no hooks). */
  async setPinned(id: string, pinned: boolean): Promise<Post> {
    const old = await this.get(id);
    const t = Math.max(now(), old.update_at + 1);
    await this.db.updateTable('posts').set({ is_pinned: pinned ? 1 : 0, update_at: t }).where('id', '=', id).execute();
    const post = await this.getWithReplyCount(id);
    void this.publishPost('post_edited', post, {}, { channel_id: post.channel_id });
    return post;
  }

  /**
   * A channel's posts in Mattermost's {order, posts} shape, newest first in `order`: a page
   * (`page`, `perPage`), everything created or changed after `since` (deleted posts included,
   * emptied, so clients can drop them), or the page of posts older than `before` / newer than
   * `after` (given, they must name a post of the channel). next_post_id and prev_post_id name
   * the post just newer / older than the page.
   */
  async forChannel(channelId: string, page: number, perPage: number, opts: { since?: number; before?: string; after?: string } = {}): Promise<PostList> {
    await this.channels.get(channelId);
    if (perPage < 1 || perPage > 200) throw badRequest('api.context.invalid_url_param.app_error', 'Invalid per_page: must be between 1 and 200.');
    const live = () => this.db.selectFrom('posts').selectAll().where('channel_id', '=', channelId).where('delete_at', '=', 0);
    if (opts.since !== undefined && opts.since > 0) return this.since(channelId, opts.since);
    const field = opts.after !== undefined ? 'after' : opts.before !== undefined ? 'before' : undefined;
    if (field) {
      const anchorId = opts[field]!;
      if (!isValidId(anchorId)) throw badRequest('api.context.invalid_url_param.app_error', `Invalid ${field} parameter: not a post id.`);
      const anchor = await this.db.selectFrom('posts').select(['id', 'create_at']).where('id', '=', anchorId).where('channel_id', '=', channelId).executeTakeFirst();
      if (!anchor) throw notFound('app.post.get.app_error', `Post ${anchorId} (${field}) not found in this channel.`);
      const at = Number(anchor.create_at);
      let rows: Selectable<PostTable>[];
      if (field === 'after') {
        rows = await live().where((eb) => eb.or([eb('create_at', '>', at), eb.and([eb('create_at', '=', at), eb('id', '>', anchor.id)])]))
          .orderBy('create_at', 'asc').orderBy('id', 'asc').limit(perPage).offset(page * perPage).execute();
        rows.reverse();
      } else {
        rows = await live().where((eb) => eb.or([eb('create_at', '<', at), eb.and([eb('create_at', '=', at), eb('id', '<', anchor.id)])]))
          .orderBy('create_at', 'desc').orderBy('id', 'desc').limit(perPage).offset(page * perPage).execute();
      }
      const list = await this.postList(rows);
      const anchored = page === 0 ? anchor.id : undefined;
      return this.withCursors(channelId, list, rows, field === 'after' ? anchored : undefined, field === 'before' ? anchored : undefined);
    }
    const rows = await live().orderBy('create_at', 'desc').orderBy('id', 'desc').limit(perPage).offset(page * perPage).execute();
    return this.withCursors(channelId, await this.postList(rows), rows);
  }

  /** A channel's posts created or changed after `time` (ms), at most maxSincePosts; deleted ones emptied. */
  async since(channelId: string, time: number): Promise<PostList> {
    await this.channels.get(channelId);
    const rows = await this.db.selectFrom('posts').selectAll().where('channel_id', '=', channelId).where('update_at', '>', time)
      .orderBy('create_at', 'desc').orderBy('id', 'desc').limit(maxSincePosts).execute();
    const list = await this.postList(rows);
    for (const post of Object.values(list.posts)) {
      if (post.delete_at) Object.assign(post, { message: '', props: {}, file_ids: [], reply_count: 0 });
    }
    return list;
  }

  /** Fills next_post_id / prev_post_id: the live post just newer / older than the page. */
  private async withCursors(channelId: string, list: PostList, rows: Selectable<PostTable>[], prevId?: string, nextId?: string): Promise<PostList> {
    const newest = rows[0];
    const oldest = rows[rows.length - 1];
    const live = () => this.db.selectFrom('posts').select('id').where('channel_id', '=', channelId).where('delete_at', '=', 0);
    if (nextId !== undefined) list.next_post_id = nextId;
    else if (newest) {
      const at = Number(newest.create_at);
      const next = await live().where((eb) => eb.or([eb('create_at', '>', at), eb.and([eb('create_at', '=', at), eb('id', '>', newest.id)])]))
        .orderBy('create_at', 'asc').orderBy('id', 'asc').limit(1).executeTakeFirst();
      list.next_post_id = next?.id ?? '';
    }
    if (prevId !== undefined) list.prev_post_id = prevId;
    else if (oldest) {
      const at = Number(oldest.create_at);
      const prev = await live().where((eb) => eb.or([eb('create_at', '<', at), eb.and([eb('create_at', '=', at), eb('id', '<', oldest.id)])]))
        .orderBy('create_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      list.prev_post_id = prev?.id ?? '';
    }
    list.has_next = list.next_post_id !== '';
    return list;
  }

  /**
   * Shows a post to one user only, over their websocket connections (Mattermost's
   * ephemeral_message); it is never stored. `input` gives channel_id, message and optionally
   * id (kept, so the post can be updated or deleted later), user_id (the sender), root_id, props.
   */
  async sendEphemeral(userId: string, input: Record<string, unknown>): Promise<Post> {
    const post = await this.ephemeral(userId, input, isValidId(input.id) ? input.id : newId());
    await this.publishPost('ephemeral_message', post, {}, { channel_id: post.channel_id, user_id: userId });
    return post;
  }

  /** Replaces an ephemeral post (the same `id`) on one user's clients (post_edited to them only). */
  async updateEphemeral(userId: string, input: Record<string, unknown>): Promise<Post> {
    if (!isValidId(input.id)) throw invalidField('post', 'id', 'must name the ephemeral post to replace');
    const post = await this.ephemeral(userId, input, input.id);
    await this.publishPost('post_edited', post, {}, { channel_id: post.channel_id, user_id: userId });
    return post;
  }

  /** Removes an ephemeral post from one user's clients (post_deleted to them only). */
  async deleteEphemeral(userId: string, postId: string): Promise<void> {
    await this.users.get(userId);
    if (!isValidId(postId)) throw invalidField('post', 'post_id', 'is not a valid id');
    const t = now();
    const post = { id: postId, user_id: userId, type: ephemeralPostType, delete_at: t, update_at: t };
    await this.events.publish('post_deleted', { post: JSON.stringify(post) }, { user_id: userId });
  }

  private async ephemeral(userId: string, input: Record<string, unknown>, id: string): Promise<Post> {
    await this.users.get(userId);
    const channel = await this.channels.get(str(input.channel_id));
    const t = now();
    const post: Post = {
      id, create_at: typeof input.create_at === 'number' && input.create_at > 0 ? input.create_at : t, update_at: t, edit_at: 0, delete_at: 0, is_pinned: false,
      user_id: str(input.user_id), channel_id: channel.id, root_id: str(input.root_id), original_id: '', message: str(input.message), type: ephemeralPostType,
      props: (input.props as Record<string, unknown>) ?? {}, hashtags: '', file_ids: [], pending_post_id: '', reply_count: 0,
    };
    checkPost(post);
    return post;
  }
}
