// Plugin API: bots (owned by the calling plugin unless it names another owner) and OAuth apps.
import type { Bot } from '../../app/models.js';
import type { OAuthApp } from '../../app/oauth-apps.js';
import { fromMessage } from '../convert.js';
import { type ApiDeps, type Handlers, need, page } from './types.js';

// plughost keeps no bot icons.
const botMessage = (b: Bot) => ({ ...b, last_icon_update: 0 });
const bot = (b: Bot) => ({ bot: botMessage(b) });
const oauthApp = (a: OAuthApp) => ({ app: a });

export const botHandlers = ({ app }: ApiDeps) => ({
  CreateBot: async (req, { ctx, pluginId }) => {
    const input = need(req.bot, 'bot');
    return bot(await app.bots.create(ctx, { ...input }, input.owner_id || pluginId));
  },
  PatchBot: async (req, { ctx }) => {
    const patch = need(req.bot_patch, 'bot_patch');
    return bot(await app.bots.patch(ctx, req.bot_user_id, { username: patch.username, display_name: patch.display_name, description: patch.description }));
  },
  GetBot: async (req) => bot(await app.bots.get(req.bot_user_id, req.include_deleted ?? false)),
  GetBots: async (req) => {
    const options = req.options;
    const p = page(options?.page, options?.per_page);
    return {
      bots: (await app.bots.list({ ...p, includeDeleted: options?.include_deleted ?? false, ownerId: options?.owner_id || undefined, onlyOrphaned: options?.only_orphaned ?? false })).map(botMessage),
    };
  },
  UpdateBotActive: async (req, { ctx }) => bot(req.active ? await app.bots.enable(req.bot_user_id) : await app.bots.disable(ctx, req.bot_user_id)),
  PermanentDeleteBot: async (req) => {
    await app.bots.permanentDelete(req.bot_user_id);
    return {};
  },
  EnsureBotUser: async (req, { ctx, pluginId }) => ({ bot_user_id: await app.bots.ensure(ctx, pluginId, { ...need(req.bot, 'bot') }) }),
  CreateOAuthApp: async (req, { pluginId }) => oauthApp(await app.oauthApps.create(fromMessage(need(req.app, 'app')), pluginId)),
  GetOAuthApp: async (req) => oauthApp(await app.oauthApps.get(req.app_id)),
  UpdateOAuthApp: async (req) => {
    const input = need(req.app, 'app');
    return oauthApp(await app.oauthApps.update(input.id, fromMessage(input)));
  },
  DeleteOAuthApp: async (req) => {
    await app.oauthApps.delete(req.app_id);
    return {};
  },
}) satisfies Partial<Handlers>;
