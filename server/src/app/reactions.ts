// Emoji reactions to posts: add, remove, list. One reaction per user, post and emoji; the
// notification hooks and websocket events follow the commit, as in Mattermost.
import type { Db } from '../store/db.js';
import type { Channels } from './channels.js';
import { forbidden, invalidField } from './errors.js';
import type { EventHub } from './events.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, now } from './ids.js';
import type { Post, Reaction, RequestContext } from './models.js';
import type { Posts } from './posts.js';

/** Mattermost's rule for emoji names (model.Reaction.IsValid). */
const emojiNamePattern = /^[a-zA-Z0-9\-+_]+$/;
export const maxEmojiNameLength = 64;

/** A 400 naming the first bad field of a reaction, else the reaction's key fields. */
export function checkReactionKey(input: { user_id?: unknown; post_id?: unknown; emoji_name?: unknown }): { user_id: string; post_id: string; emoji_name: string } {
  if (!isValidId(input.user_id)) throw invalidField('reaction', 'user_id', 'is not a valid id');
  if (!isValidId(input.post_id)) throw invalidField('reaction', 'post_id', 'is not a valid id');
  const name = input.emoji_name;
  if (typeof name !== 'string' || name.length < 1 || name.length > maxEmojiNameLength || !emojiNamePattern.test(name)) {
    throw invalidField('reaction', 'emoji_name', `must be 1 to ${maxEmojiNameLength} letters, digits, "-", "+" or "_"`);
  }
  return { user_id: input.user_id, post_id: input.post_id, emoji_name: name };
}

export class Reactions {
  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly posts: Posts,
    private readonly channels: Channels,
    private readonly events: EventHub,
  ) {}

  /** The post reacted to, which must not be in an archived channel. */
  private async target(postId: string): Promise<Post> {
    const post = await this.posts.get(postId);
    const channel = await this.channels.get(post.channel_id);
    if (channel.delete_at) throw forbidden('api.reaction.save.archived_channel.app_error', 'You cannot react to a post in an archived channel.');
    return post;
  }

  /** Adds a reaction; adding one that exists returns the existing one without events. */
  async add(ctx: RequestContext, input: Record<string, unknown>): Promise<Reaction> {
    const key = checkReactionKey(input);
    const post = await this.target(key.post_id);
    const reaction: Reaction = { ...key, create_at: now() };
    const inserted = await this.db.insertInto('reactions').values(reaction)
      .onConflict((oc) => oc.columns(['post_id', 'user_id', 'emoji_name']).doNothing())
      .executeTakeFirst();
    if (!Number(inserted.numInsertedOrUpdatedRows ?? 0)) {
      const existing = await this.db.selectFrom('reactions').selectAll()
        .where('post_id', '=', key.post_id).where('user_id', '=', key.user_id).where('emoji_name', '=', key.emoji_name).executeTakeFirst();
      if (existing) return { ...existing, create_at: Number(existing.create_at) };
    }
    this.hooks().reactionHasBeenAdded(ctx, reaction);
    void this.events.publish('reaction_added', { reaction: JSON.stringify(reaction) }, { channel_id: post.channel_id });
    return reaction;
  }

  /** Removes a reaction; true if there was one to remove. */
  async remove(ctx: RequestContext, input: { user_id: unknown; post_id: unknown; emoji_name: unknown }): Promise<boolean> {
    const key = checkReactionKey(input);
    const post = await this.target(key.post_id);
    const existing = await this.db.selectFrom('reactions').selectAll()
      .where('post_id', '=', key.post_id).where('user_id', '=', key.user_id).where('emoji_name', '=', key.emoji_name).executeTakeFirst();
    if (!existing) return false;
    await this.db.deleteFrom('reactions')
      .where('post_id', '=', key.post_id).where('user_id', '=', key.user_id).where('emoji_name', '=', key.emoji_name).execute();
    const reaction: Reaction = { ...existing, create_at: Number(existing.create_at) };
    this.hooks().reactionHasBeenRemoved(ctx, reaction);
    void this.events.publish('reaction_removed', { reaction: JSON.stringify(reaction) }, { channel_id: post.channel_id });
    return true;
  }

  /** The reactions to a post, oldest first. */
  async forPost(postId: string): Promise<Reaction[]> {
    await this.posts.get(postId);
    const rows = await this.db.selectFrom('reactions').selectAll().where('post_id', '=', postId)
      .orderBy('create_at', 'asc').orderBy('user_id', 'asc').orderBy('emoji_name', 'asc').execute();
    return rows.map((r) => ({ ...r, create_at: Number(r.create_at) }));
  }
}
