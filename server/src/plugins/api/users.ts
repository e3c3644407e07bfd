// Plugin API: users, their profile images and typing notices.
import { invalidField } from '../../app/errors.js';
import type { User } from '../../app/models.js';
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const userMessage = (u: User) => toMessage<any>(u);

const channelSorts = ['', 'username', 'status'];

export const userHandlers = ({ app }: ApiDeps) => ({
  GetUser: async (req) => ({ user: userMessage(await app.users.get(req.user_id)) }),
  GetUserByUsername: async (req) => ({ user: userMessage(await app.users.getByUsername(req.name)) }),
  GetUserByEmail: async (req) => ({ user: userMessage(await app.users.getByEmail(req.email)) }),
  GetUsers: async (req) => {
    const users = await app.users.list({
      ...page(req.page, req.per_page),
      inTeamId: req.in_team_id,
      notInTeamId: req.not_in_team_id,
      inChannelId: req.in_channel_id,
      notInChannelId: req.not_in_channel_id,
      withoutTeam: req.without_team,
      active: req.active,
      inactive: req.inactive,
      role: req.role,
      sort: req.sort,
    });
    return { users: users.map(userMessage) };
  },
  GetUsersByIds: async (req) => ({ users: (await app.users.getByIds(req.user_ids)).map(userMessage) }),
  GetUsersByUsernames: async (req) => ({ users: (await app.users.getByUsernames(req.usernames)).map(userMessage) }),
  GetUsersInTeam: async (req) => {
    const team = await app.teams.get(req.team_id);
    return { users: (await app.users.list({ ...page(req.page, req.per_page), inTeamId: team.id })).map(userMessage) };
  },
  GetUsersInChannel: async (req) => {
    const sort = req.sort_by ?? '';
    if (!channelSorts.includes(sort)) throw invalidField('plugin_api', 'sort_by', 'must be "username" or "status"');
    const channel = await app.channels.get(req.channel_id);
    return { users: (await app.users.list({ ...page(req.page, req.per_page), inChannelId: channel.id, sort })).map(userMessage) };
  },
  SearchUsers: async (req) => ({ users: (await app.users.search(need(req.search, 'search'))).map(userMessage) }),
  CreateUser: async (req, { ctx }) => ({ user: userMessage(await app.users.create(ctx, fromMessage(need(req.user, 'user')))) }),
  UpdateUser: async (req, { ctx }) => ({ user: userMessage(await app.users.update(ctx, fromMessage(need(req.user, 'user')))) }),
  DeleteUser: async (req, { ctx }) => {
    await app.users.deactivate(ctx, req.user_id);
    return {};
  },
  UpdateUserActive: async (req, { ctx }) => {
    await app.users.setActive(ctx, req.user_id, req.active);
    return {};
  },
  UpdateUserRoles: async (req) => ({ user: userMessage(await app.users.setRoles(req.user_id, req.new_roles)) }),
  GetProfileImage: async (req) => ({ image: (await app.profileImages.get(req.user_id)).data }),
  SetProfileImage: async (req) => {
    await app.profileImages.set(req.user_id, req.data);
    return {};
  },
  PublishUserTyping: async (req) => {
    await app.statuses.publishTyping(req.user_id, req.channel_id, req.parent_id);
    return {};
  },
}) satisfies Partial<Handlers>;
