// Plugin API: sessions and personal access tokens.
import { fromMessage, toMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need } from './types.js';

export const sessionHandlers = ({ app }: ApiDeps) => ({
  GetSession: async (req) => ({ session: toMessage<any>(await app.users.getSession(req.session_id)) }),
  CreateSession: async (req) => ({ session: toMessage<any>(await app.users.createSession(fromMessage(need(req.session, 'session')))) }),
  ExtendSessionExpiry: async (req) => {
    await app.users.extendSession(req.session_id, req.new_expiry);
    return {};
  },
  RevokeSession: async (req) => {
    await app.users.revokeSessionById(req.session_id);
    return {};
  },
  CreateUserAccessToken: async (req) => {
    const token = need(req.token, 'token');
    return { token: toMessage<any>(await app.accessTokens.create(token.user_id, token.description)) };
  },
  RevokeUserAccessToken: async (req) => {
    await app.accessTokens.revoke(req.token_id);
    return {};
  },
}) satisfies Partial<Handlers>;
