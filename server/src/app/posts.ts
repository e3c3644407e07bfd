// Posts: create (through MessageWillBePosted), read, update, delete, channel pages.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { PostTable } from '../store/schema.js';
import { AppError, badRequest, invalidField, notFound } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { Post, RequestContext, User } from './models.js';
import type { Channels } from './channels.js';
import type { EventHub } from './events.js';

export const maxMessageLength = 16383;
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
    const verdict = await this.hooks().messageWillBePosted(ctx, draft);
    if ('rejected' in verdict) throw rejectedByPlugin(verdict.rejected);
    // A plugin may change the content, never the identity or placement of the post.
    const post: Post = { ...verdict.allowed, id: draft.id, channel_id: draft.channel_id, create_at: draft.create_at, user_id: verdict.allowed.user_id || draft.user_id };
    checkPost(post);
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('posts').values(postToRow(post)).execute();
      await tx.updateTable('channels')
        .set((eb) => ({ last_post_at: post.create_at, total_msg_count: eb('total_msg_count', '+', 1) }))
        .where('id', '=', post.channel_id).execute();
      if (post.file_ids.length) {
        await tx.updateTable('file_infos').set({ post_id: post.id }).where('id', 'in', post.file_ids).where('post_id', '=', '').execute();
      }
    });
    this.hooks().messageHasBeenPosted(ctx, post);
    void this.events.publish('posted', { post: JSON.stringify(post), channel_display_name: channel.display_name, channel_name: channel.name, channel_type: channel.type, team_id: channel.team_id, sender_name: '' }, { channel_id: channel.id });
    return post;
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
    void this.events.publish('post_edited', { post: JSON.stringify(post) }, { channel_id: post.channel_id });
    return post;
  }

  async delete(ctx: RequestContext, id: string): Promise<Post> {
    const post = await this.get(id);
    const t = now();
    await this.db.updateTable('posts').set({ delete_at: t, update_at: t })
      .where((eb) => eb.or([eb('id', '=', id), eb('root_id', '=', id)])).execute();
    const deleted = { ...post, delete_at: t, update_at: t };
    this.hooks().messageHasBeenDeleted(ctx, deleted);
    void this.events.publish('post_deleted', { post: JSON.stringify(deleted) }, { channel_id: post.channel_id });
    return deleted;
  }

  /** A page of a channel's posts, newest first, in Mattermost's {order, posts} shape. */
  async forChannel(channelId: string, page: number, perPage: number): Promise<{ order: string[]; posts: Record<string, Post>; next_post_id: string; prev_post_id: string }> {
    await this.channels.get(channelId);
    if (perPage < 1 || perPage > 200) throw badRequest('api.context.invalid_url_param.app_error', 'Invalid per_page: must be between 1 and 200.');
    const rows = await this.db.selectFrom('posts').selectAll().where('channel_id', '=', channelId).where('delete_at', '=', 0)
      .orderBy('create_at', 'desc').orderBy('id', 'desc').limit(perPage).offset(page * perPage).execute();
    const posts: Record<string, Post> = {};
    for (const row of rows) posts[row.id] = postFromRow(row);
    return { order: rows.map((r) => r.id), posts, next_post_id: '', prev_post_id: '' };
  }
}
