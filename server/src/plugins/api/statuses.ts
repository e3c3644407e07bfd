// Plugin API: statuses and custom statuses.
import type { UserStatus } from '../../app/models.js';
import { toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need } from './types.js';

const statusMessage = (s: UserStatus) => toMessage<any>(s);

export const statusHandlers = ({ app }: ApiDeps) => ({
  GetUserStatus: async (req) => ({ status: statusMessage(await app.statuses.ofUser(req.user_id)) }),
  GetUserStatusesByIds: async (req) => ({ statuses: (await app.statuses.ofUsers(req.user_ids)).map(statusMessage) }),
  UpdateUserStatus: async (req) => ({ status: statusMessage(await app.statuses.set(req.user_id, req.status)) }),
  SetUserStatusTimedDND: async (req) => ({ status: statusMessage(await app.statuses.setTimedDnd(req.user_id, req.end_time)) }),
  UpdateUserCustomStatus: async (req) => {
    await app.statuses.setCustom(req.user_id, need(req.custom_status, 'custom_status'));
    return {};
  },
  RemoveUserCustomStatus: async (req) => {
    await app.statuses.removeCustom(req.user_id);
    return {};
  },
}) satisfies Partial<Handlers>;
