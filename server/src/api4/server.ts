// The HTTP server: /api/v4 with Mattermost's JSON shapes and error body.
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { serverVersion, type App } from '../app/app.js';
import { AppError, asAppError, badRequest, notFound } from '../app/errors.js';
import { newId } from '../app/ids.js';
import type { Logger } from '../log.js';
import type { PluginEnvironment } from '../plugins/environment.js';
import { registerHttpBridge } from '../plugins/http-bridge.js';
import { accessTokenRoutes } from './access-tokens.js';
import { botRoutes } from './bots.js';
import { sessionOf } from './context.js';
import { commandRoutes } from './commands.js';
import { emojiRoutes } from './emoji.js';
import { fileRoutes } from './files.js';
import { groupRoutes } from './groups.js';
import { oauthAppRoutes } from './oauth-apps.js';
import { configRoutes } from './config.js';
import { dialogRoutes } from './dialogs.js';
import { pluginRoutes } from './plugins.js';
import { postRoutes } from './posts.js';
import { preferenceRoutes } from './preferences.js';
import { publicFileRoutes } from './public-files.js';
import { reactionRoutes } from './reactions.js';
import { roleRoutes } from './roles.js';
import { sidebarRoutes } from './sidebar.js';
import { searchRoutes } from './search.js';
import { statusRoutes } from './statuses.js';
import { teamIconRoutes } from './team-icons.js';
import { teamManagementRoutes } from './team-management.js';
import { teamAndChannelRoutes } from './teams.js';
import { uploadRoutes } from './uploads.js';
import { userRoutes } from './users.js';
import { registerWebSocket } from './websocket.js';

export const maxJsonBodyBytes = 4 * 1024 * 1024;

export async function buildHttpServer(app: App, env: PluginEnvironment, logger: Logger): Promise<FastifyInstance> {
  const http = Fastify({ logger: false, bodyLimit: maxJsonBodyBytes, genReqId: () => newId(), trustProxy: false });
  await http.register(multipart);

  http.addHook('onRequest', async (req, reply) => {
    reply.header('X-Request-Id', req.id);
    reply.header('X-Version-Id', serverVersion);
    req.session = await sessionOf(req, (token) => app.users.sessionForToken(token));
  });

  // Mattermost answers exactly "application/json"; its own client reads JSON only then.
  http.addHook('onSend', async (_req, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('application/json')) reply.header('content-type', 'application/json');
    return payload;
  });

  http.setErrorHandler((err, req, reply) => {
    let appErr: AppError;
    if (err instanceof AppError) appErr = err;
    else if ((err as { statusCode?: number }).statusCode && (err as { statusCode: number }).statusCode < 500) {
      // Fastify's own rejections (bad JSON, body too large …) keep their status and message.
      const e = err as { statusCode: number; code?: string; message: string };
      appErr = new AppError(`api.request.${(e.code ?? 'invalid').toLowerCase()}`, e.message, e.statusCode);
    } else appErr = asAppError(err);
    if (appErr.statusCode >= 500) logger.error('request failed', { method: req.method, url: req.url, error: appErr.message, detail: appErr.detailedError, stack: (err as Error).stack });
    reply.code(appErr.statusCode).send(appErr.toJSON(String(req.id)));
  });

  http.setNotFoundHandler((req, reply) => {
    const err = notFound('api.context.404.app_error', `Sorry, we could not find the page: ${req.method} ${req.url.split('?')[0]}`);
    reply.code(404).send(err.toJSON(String(req.id)));
  });

  await http.register(async (api) => {
    // Like Mattermost, the API reads JSON bodies whatever their content type says (curl -d
    // sends application/x-www-form-urlencoded).
    api.addContentTypeParser(['text/plain', 'application/x-www-form-urlencoded'], { parseAs: 'string' }, (req, body, done) => {
      try {
        done(null, body === '' ? undefined : JSON.parse(body as string));
      } catch {
        done(badRequest('api.context.invalid_body_param.app_error', 'The request body is not valid JSON.'), undefined);
      }
    });
    api.get('/system/ping', async () => ({ status: 'OK', version: serverVersion, ActiveSearchBackend: 'database' }));
    userRoutes(api, app);
    botRoutes(api, app);
    accessTokenRoutes(api, app);
    statusRoutes(api, app);
    teamAndChannelRoutes(api, app);
    postRoutes(api, app);
    reactionRoutes(api, app);
    roleRoutes(api, app);
    preferenceRoutes(api, app);
    pluginRoutes(api, env, app.config);
    commandRoutes(api, app);
    teamManagementRoutes(api, app);
    teamIconRoutes(api, app);
    sidebarRoutes(api, app);
    fileRoutes(api, app);
    uploadRoutes(api, app);
    emojiRoutes(api, app);
    searchRoutes(api, app);
    configRoutes(api, app.config, env);
    dialogRoutes(api, app);
    oauthAppRoutes(api, app);
    groupRoutes(api, app);
  }, { prefix: '/api/v4' });

  publicFileRoutes(http, app);
  registerHttpBridge(http, { env, logger, timeoutMs: () => app.config.get().PluginSettings.HookTimeoutMs });
  registerWebSocket(http, app);
  return http;
}
