// Plugin API: reactions (through the same service as REST, so the websocket events and the
// ReactionHasBeen* hooks follow) and custom emoji.
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const reactionHandlers = ({ app }: ApiDeps) => ({
  AddReaction: async (req, { ctx }) => ({ reaction: await app.reactions.add(ctx, { ...need(req.reaction, 'reaction') }) }),
  RemoveReaction: async (req, { ctx }) => {
    await app.reactions.remove(ctx, need(req.reaction, 'reaction'));
    return {};
  },
  GetReactions: async (req) => ({ reactions: await app.reactions.forPost(req.post_id) }),
  GetEmojiList: async (req) => {
    const p = page(req.page, req.per_page);
    return { emojis: await app.emoji.list(p.page, p.perPage, req.sort_by ?? '') };
  },
  GetEmojiByName: async (req) => ({ emoji: await app.emoji.getByName(req.name) }),
  GetEmoji: async (req) => ({ emoji: await app.emoji.get(req.emoji_id) }),
  GetEmojiImage: async (req) => {
    const { data, type } = await app.emoji.image(req.emoji_id);
    return { image: data, image_type: type };
  },
}) satisfies Partial<Handlers>;
