// /api/v4/bots: create, list, get, patch, disable and enable bot accounts. As in Mattermost,
// reading a bot takes read_bots (one's own) or read_others_bots, changing it manage_bots (one's
// own) or manage_others_bots — by default only system admins have them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import type { Bot, Session } from '../app/models.js';
import { permissionError } from '../app/permissions.js';
import { bodyObject, intParam, requestContext, requirePermission, requireSession, sessionHasPermission } from './context.js';

const boolParam = (v: unknown) => v === 'true' || v === true;

/** Whether the session may read (or manage) the bot: the "own" permission for bots it owns, else the "others" one. */
export function checkBotAccess(session: Session, bot: Bot, access: 'read' | 'manage'): void {
  const needed = bot.owner_id === session.user_id ? `${access}_bots` : `${access}_others_bots`;
  if (!sessionHasPermission(session, needed) && !sessionHasPermission(session, `${access}_others_bots`)) throw permissionError(needed);
}

export function botRoutes(api: FastifyInstance, app: App): void {
  const botOf = async (req: FastifyRequest, access: 'read' | 'manage', includeDeleted = true) => {
    const session = requireSession(req);
    const bot = await app.bots.get((req.params as { botUserId: string }).botUserId, includeDeleted);
    checkBotAccess(session, bot, access);
    return bot;
  };

  api.post('/bots', async (req, reply) => {
    const session = requirePermission(req, 'create_bot');
    const bot = await app.bots.create(requestContext(req), bodyObject(req, 'bot'), session.user_id);
    reply.code(201);
    return bot;
  });

  api.get('/bots', async (req) => {
    const session = requireSession(req);
    const all = sessionHasPermission(session, 'read_others_bots');
    if (!all && !sessionHasPermission(session, 'read_bots')) throw permissionError('read_bots');
    const q = req.query as Record<string, string>;
    return app.bots.list({
      page: intParam(q.page, 'page', 0),
      perPage: intParam(q.per_page, 'per_page', 60, 200),
      includeDeleted: boolParam(q.include_deleted),
      ownerId: all ? undefined : session.user_id,
    });
  });

  api.get('/bots/:botUserId', async (req) => botOf(req, 'read', boolParam((req.query as Record<string, string>).include_deleted)));

  api.put('/bots/:botUserId', async (req) => {
    const bot = await botOf(req, 'manage');
    return app.bots.patch(requestContext(req), bot.user_id, bodyObject(req, 'bot patch'));
  });

  api.post('/bots/:botUserId/disable', async (req) => {
    const bot = await botOf(req, 'manage');
    return app.bots.disable(requestContext(req), bot.user_id);
  });

  api.post('/bots/:botUserId/enable', async (req) => {
    const bot = await botOf(req, 'manage');
    return app.bots.enable(bot.user_id);
  });
}
