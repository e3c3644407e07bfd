// /api/v4/reactions, /api/v4/posts/{post_id}/reactions and
// /api/v4/users/{user_id}/posts/{post_id}/reactions/{emoji_name}.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { checkReactionKey } from '../app/reactions.js';
import { channelWithPermission, readableChannel } from './access.js';
import { bodyObject, requestContext, requireSelfOr, requireSession } from './context.js';

export function reactionRoutes(api: FastifyInstance, app: App): void {
  // Reacting takes add_reaction in the post's channel, and only as oneself (as in Mattermost).
  api.post('/reactions', async (req) => {
    const session = requireSession(req);
    const key = checkReactionKey(bodyObject(req, 'reaction'));
    if (key.user_id !== session.user_id) {
      throw forbidden('api.reaction.save_reaction.user_id.app_error', 'You can only react as yourself.');
    }
    await channelWithPermission(app, session, (await app.posts.get(key.post_id)).channel_id, 'add_reaction');
    return app.reactions.add(requestContext(req), key);
  });

  // Removing a reaction takes remove_reaction in the channel; someone else's, remove_others_reactions too.
  api.delete('/users/:userId/posts/:postId/reactions/:emojiName', async (req) => {
    const session = requireSession(req);
    const { userId, postId, emojiName } = req.params as { userId: string; postId: string; emojiName: string };
    const key = checkReactionKey({ user_id: userId === 'me' ? session.user_id : userId, post_id: postId, emoji_name: emojiName });
    await channelWithPermission(app, session, (await app.posts.get(key.post_id)).channel_id, 'remove_reaction');
    requireSelfOr(session, key.user_id, 'remove_others_reactions');
    await app.reactions.remove(requestContext(req), key);
    return { status: 'OK' };
  });

  api.get('/posts/:postId/reactions', async (req) => {
    const session = requireSession(req);
    const { postId } = req.params as { postId: string };
    await readableChannel(app, session, (await app.posts.get(postId)).channel_id);
    return app.reactions.forPost(postId);
  });
}
