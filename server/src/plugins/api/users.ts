// Plugin API: users.
import { fromMessage, toMessage } from '../convert.js';
import type { User } from '../../app/models.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

export const userMessage = (u: User) => toMessage<any>(u);

export const userHandlers = ({ app }: ApiDeps) => ({
  GetUser: async (req) => ({ user: userMessage(await app.users.get(req.user_id)) }),
  GetUserByUsername: async (req) => ({ user: userMessage(await app.users.getByUsername(req.name)) }),
  GetUserByEmail: async (req) => ({ user: userMessage(await app.users.getByEmail(req.email)) }),
  GetUsers: async (req) => {
    const p = page(req.page, req.per_page);
    const users = await app.users.list({ ...p, inTeamId: req.in_team_id || undefined, inChannelId: req.in_channel_id || undefined });
    return { users: users.map(userMessage) };
  },
  CreateUser: async (req, { ctx }) => ({ user: userMessage(await app.users.create(ctx, fromMessage(need(req.user, 'user')))) }),
  UpdateUser: async (req, { ctx }) => ({ user: userMessage(await app.users.update(ctx, fromMessage(need(req.user, 'user')))) }),
}) satisfies Partial<Handlers>;
