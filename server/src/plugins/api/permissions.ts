// Plugin API: permission checks by Mattermost's default roles (app.permissions, as REST uses).
import { type ApiDeps, type Handlers } from './types.js';

export const permissionHandlers = ({ app }: ApiDeps) => ({
  HasPermissionTo: async (req) => ({ has_permission: await app.permissions.hasPermissionTo(req.user_id, req.permission_id) }),
  HasPermissionToTeam: async (req) => ({ has_permission: await app.permissions.hasPermissionToTeam(req.user_id, req.team_id, req.permission_id) }),
  HasPermissionToChannel: async (req) => ({ has_permission: await app.permissions.hasPermissionToChannel(req.user_id, req.channel_id, req.permission_id) }),
  RolesGrantPermission: async (req) => ({ granted: app.permissions.rolesGrantPermission(req.role_names, req.permission_id) }),
}) satisfies Partial<Handlers>;
