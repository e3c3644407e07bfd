// /api/v4/bots: create, list, get, patch, disable and enable bot accounts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { App } from '../app/app.js';
import { forbidden } from '../app/errors.js';
import { type Bot, isSystemAdmin, type Session } from '../app/models.js';
import { bodyObject, intParam, requestContext, requireSession, requireSystemAdmin } from './context.js';

const boolParam = (v: unknown) => v === 'true' || v === true;

/** Admins manage every bot; others only the bots they own. */
function requireBotAccess(session: Session, bot: Bot): void {
  if (!isSystemAdmin(session.roles) && bot.owner_id !== session.user_id) {
    throw forbidden('api.context.permissions.app_error', 'You do not have the appropriate permissions to manage this bot.');
  }
}

export function botRoutes(api: FastifyInstance, app: App): void {
  const botOf = async (req: FastifyRequest, includeDeleted = true) => {
    const session = requireSession(req);
    const bot = await app.bots.get((req.params as { botUserId: string }).botUserId, includeDeleted);
    requireBotAccess(session, bot);
    return bot;
  };

  api.post('/bots', async (req, reply) => {
    const session = requireSystemAdmin(req);
    const bot = await app.bots.create(requestContext(req), bodyObject(req, 'bot'), session.user_id);
    reply.code(201);
    return bot;
  });

  api.get('/bots', async (req) => {
    const session = requireSession(req);
    const q = req.query as Record<string, string>;
    return app.bots.list({
      page: intParam(q.page, 'page', 0),
      perPage: intParam(q.per_page, 'per_page', 60, 200),
      includeDeleted: boolParam(q.include_deleted),
      ownerId: isSystemAdmin(session.roles) ? undefined : session.user_id,
    });
  });

  api.get('/bots/:botUserId', async (req) => botOf(req, boolParam((req.query as Record<string, string>).include_deleted)));

  api.put('/bots/:botUserId', async (req) => {
    const bot = await botOf(req);
    return app.bots.patch(requestContext(req), bot.user_id, bodyObject(req, 'bot patch'));
  });

  api.post('/bots/:botUserId/disable', async (req) => {
    const bot = await botOf(req);
    return app.bots.disable(requestContext(req), bot.user_id);
  });

  api.post('/bots/:botUserId/enable', async (req) => {
    const bot = await botOf(req);
    return app.bots.enable(bot.user_id);
  });
}
