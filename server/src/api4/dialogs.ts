// /api/v4/actions/dialogs/submit: a user's filled-in interactive dialog, sent on to the
// dialog's url (app/dialogs.ts) as that user.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { bodyObject, requireSession } from './context.js';

export function dialogRoutes(api: FastifyInstance, app: App): void {
  api.post('/actions/dialogs/submit', async (req) => {
    const session = requireSession(req);
    return app.dialogs.submit(session.user_id, session.roles, bodyObject(req, 'dialog submission'));
  });
}
