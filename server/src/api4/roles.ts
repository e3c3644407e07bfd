// /api/v4/roles: the built-in roles with their permissions (Mattermost's Role JSON), which
// Mattermost's clients read to decide what to offer.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/app.js';
import { badRequest } from '../app/errors.js';
import { isValidRoleName } from '../app/permissions.js';
import { requirePermission, requireSession } from './context.js';

const maxNamesPerRequest = 100;

export function roleRoutes(api: FastifyInstance, app: App): void {
  api.get('/roles', async (req) => {
    requirePermission(req, 'manage_system');
    return app.permissions.allRoles();
  });

  api.get('/roles/name/:roleName', async (req) => {
    requireSession(req);
    return app.permissions.roleByName((req.params as { roleName: string }).roleName);
  });

  // Unknown names are left out of the answer; a malformed one is a 400.
  api.post('/roles/names', async (req) => {
    requireSession(req);
    const names = req.body;
    if (!Array.isArray(names) || names.length === 0 || names.length > maxNamesPerRequest) {
      throw badRequest('api.context.invalid_body_param.app_error', `Invalid or missing role names in request body: expected a list of 1 to ${maxNamesPerRequest} names.`);
    }
    const bad = names.find((n) => !isValidRoleName(n));
    if (bad !== undefined) throw badRequest('api.context.invalid_body_param.app_error', `Invalid role name ${JSON.stringify(bad)}: must be 1-64 lowercase letters, digits or "_".`);
    return app.permissions.allRoles().filter((r) => names.includes(r.name));
  });

  api.get('/roles/:roleId', async (req) => {
    requireSession(req);
    return app.permissions.roleById((req.params as { roleId: string }).roleId);
  });
}
