// Plugin API: a user's preferences, through the same service as REST (so the websocket events
// and PreferencesHaveChanged follow).
import { checkPreferenceList } from '../../app/preferences.js';
import { type ApiDeps, type Handlers } from './types.js';

export const preferenceHandlers = ({ app }: ApiDeps) => ({
  GetPreferenceForUser: async (req) => {
    const user = await app.users.get(req.user_id);
    return { preference: await app.preferences.get(user.id, req.category, req.name) };
  },
  GetPreferencesForUser: async (req) => {
    const user = await app.users.get(req.user_id);
    return { preferences: await app.preferences.list(user.id) };
  },
  UpdatePreferencesForUser: async (req, { ctx }) => {
    const user = await app.users.get(req.user_id);
    await app.preferences.save(ctx, user.id, checkPreferenceList(req.preferences, user.id, false, 'invalid'));
    return {};
  },
  DeletePreferencesForUser: async (req) => {
    const user = await app.users.get(req.user_id);
    await app.preferences.delete(user.id, checkPreferenceList(req.preferences, user.id, true, 'invalid'));
    return {};
  },
}) satisfies Partial<Handlers>;
