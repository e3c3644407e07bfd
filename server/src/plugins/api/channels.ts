// Plugin API: channels and their members.
import { fromMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const channelHandlers = ({ app }: ApiDeps) => ({
  GetChannel: async (req) => ({ channel: await app.channels.get(req.channel_id) }),
  CreateChannel: async (req, { ctx }) => {
    const channel = fromMessage<Record<string, unknown>>(need(req.channel, 'channel'));
    return { channel: await app.channels.create(ctx, channel, (channel.creator_id as string) || undefined) };
  },
  GetChannelMembers: async (req) => {
    const p = page(req.page, req.per_page);
    return { channel_members: await app.channels.members(req.channel_id, p.page, p.perPage) };
  },
  AddChannelMember: async (req, { ctx }) => ({ channel_member: await app.channels.addMember(ctx, req.channel_id, req.user_id) }),
}) satisfies Partial<Handlers>;
