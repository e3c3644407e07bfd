// Plugin API: channels, their members, and the sidebar.
import type { ChannelMember } from '../../app/models.js';
import type { SidebarCategoryInput } from '../../app/sidebar.js';
import type { ChannelMember as ChannelMemberMessage, SidebarCategoryWithChannels } from '../../../gen/plughost/v1/models.js';
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const channelMemberMessage = (m: ChannelMember) => toMessage<ChannelMemberMessage>(m, ['notify_props']);

/** A category as sent: proto3 cannot leave a name out, and no category is nameless, so "" keeps the name. */
const categoryInput = (c: SidebarCategoryWithChannels): SidebarCategoryInput => ({ ...c, display_name: c.display_name || undefined });

export const channelHandlers = ({ app }: ApiDeps) => ({
  GetChannel: async (req) => ({ channel: await app.channels.get(req.channel_id) }),
  CreateChannel: async (req, { ctx }) => {
    const channel = fromMessage<Record<string, unknown>>(need(req.channel, 'channel'));
    return { channel: await app.channels.create(ctx, channel, (channel.creator_id as string) || undefined) };
  },
  DeleteChannel: async (req, { ctx }) => {
    await app.channels.archive(ctx, req.channel_id);
    return {};
  },
  RestoreChannel: async (req) => {
    await app.channels.restore(req.channel_id);
    return {};
  },
  // The whole channel is given, as in Mattermost: its changeable fields all take the values sent.
  UpdateChannel: async (req) => {
    const channel = need(req.channel, 'channel');
    const { name, display_name, header, purpose, group_constrained } = channel;
    return { channel: await app.channels.patch(channel.id, { name, display_name, header, purpose, group_constrained }) };
  },
  GetPublicChannelsForTeam: async (req) => {
    const p = page(req.page, req.per_page);
    return { channels: await app.channels.publicForTeam(req.team_id, p.page, p.perPage) };
  },
  GetChannelByName: async (req) => ({ channel: await app.channels.getByName(req.team_id, req.name, req.include_deleted ?? false) }),
  GetChannelByNameForTeamName: async (req) => {
    const team = await app.teams.getByName(req.team_name);
    return { channel: await app.channels.getByName(team.id, req.channel_name, req.include_deleted ?? false) };
  },
  GetChannelsForTeamForUser: async (req) => ({
    channels: req.team_id
      ? await app.channels.forUserInTeam(req.user_id, req.team_id, req.include_deleted ?? false)
      : await app.channels.forUser(req.user_id, req.include_deleted ?? false),
  }),
  GetChannelStats: async (req) => ({ channel_stats: await app.channels.stats(req.channel_id) }),
  GetDirectChannel: async (req, { ctx }) => ({ channel: await app.channels.getOrCreateDirect(ctx, req.user_id_1, req.user_id_2) }),
  GetGroupChannel: async (req, { ctx }) => ({ channel: await app.channels.getOrCreateGroup(ctx, req.user_ids) }),
  SearchChannels: async (req) => ({ channels: await app.channels.search(req.team_id, req.term) }),

  GetChannelMembers: async (req) => {
    const p = page(req.page, req.per_page);
    return { channel_members: (await app.channels.members(req.channel_id, p.page, p.perPage)).map(channelMemberMessage) };
  },
  AddChannelMember: async (req, { ctx }) => ({ channel_member: channelMemberMessage(await app.channels.addMember(ctx, req.channel_id, req.user_id)) }),
  AddUserToChannel: async (req, { ctx }) => ({
    channel_member: channelMemberMessage(await app.channels.addMember(ctx, req.channel_id, req.user_id, req.as_user_id || undefined)),
  }),
  GetChannelMember: async (req) => ({ channel_member: channelMemberMessage(await app.channels.getMember(req.channel_id, req.user_id)) }),
  GetChannelMembersByIds: async (req) => ({ channel_members: (await app.channels.membersByIds(req.channel_id, req.user_ids)).map(channelMemberMessage) }),
  // team_id is ignored, as in Mattermost.
  GetChannelMembersForUser: async (req) => {
    const p = page(req.page, req.per_page);
    return { channel_members: (await app.channels.membersForUser(req.user_id, p.page, p.perPage)).map(channelMemberMessage) };
  },
  UpdateChannelMemberRoles: async (req) => ({ channel_member: channelMemberMessage(await app.channels.setMemberRoles(req.channel_id, req.user_id, req.new_roles)) }),
  UpdateChannelMemberNotifications: async (req) => ({
    channel_member: channelMemberMessage(await app.channels.updateNotifyProps(req.channel_id, req.user_id, req.notifications)),
  }),
  PatchChannelMembersNotifications: async (req) => {
    await app.channels.patchNotifyProps(req.members, req.notify_props);
    return {};
  },
  DeleteChannelMember: async (req, { ctx }) => {
    await app.channels.removeMember(ctx, req.channel_id, req.user_id);
    return {};
  },

  CreateChannelSidebarCategory: async (req) => ({
    category: await app.sidebar.create(req.user_id, req.team_id, categoryInput(need(req.new_category, 'new_category'))),
  }),
  GetChannelSidebarCategories: async (req) => ({ categories: await app.sidebar.get(req.user_id, req.team_id) }),
  UpdateChannelSidebarCategories: async (req) => ({ categories: await app.sidebar.update(req.user_id, req.team_id, req.categories.map(categoryInput)) }),
}) satisfies Partial<Handlers>;
