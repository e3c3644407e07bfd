// Roles and permissions: Mattermost's built-in roles with the permissions of its default
// permission scheme (permission ids as in Mattermost), and the checks that REST and the
// Plugin API make with them.
//
// A user's roles: the system roles are users.roles; the team roles come from the team member
// row and the channel roles from the channel member row (their roles, plus team_user /
// channel_user for scheme_user and team_admin / channel_admin for scheme_admin). As in
// Mattermost, checks cascade: a channel permission is granted by the channel roles, else by
// the roles in the channel's team, else by the system roles; a team permission by the team
// roles, else by the system roles. system_admin holds every permission; an unknown
// permission id is granted to nobody.
import type { Kysely } from 'kysely';
import type { Db } from '../store/db.js';
import type { Database } from '../store/schema.js';
import { forbidden, invalidField, notFound } from './errors.js';
import { isValidId, stableId } from './ids.js';
import { type Channel, isOpenTeam } from './models.js';

/** Mattermost's model.Role as REST returns it. */
export interface Role {
  id: string;
  name: string;
  display_name: string;
  description: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  permissions: string[];
  scheme_managed: boolean;
  built_in: boolean;
}

const channelUserPermissions = [
  'read_channel', 'read_channel_content', 'add_reaction', 'remove_reaction', 'manage_public_channel_members', 'upload_file',
  'get_public_link', 'create_post', 'use_channel_mentions', 'manage_public_channel_properties', 'delete_public_channel',
  'manage_private_channel_properties', 'delete_private_channel', 'manage_private_channel_members', 'delete_post', 'edit_post',
  // Mattermost gives it to every role with create_post (its migration of use_group_mentions).
  'use_group_mentions',
];
const channelAdminPermissions = ['manage_channel_roles', 'use_group_mentions'];
const teamUserPermissions = [
  'list_team_channels', 'join_public_channels', 'read_public_channel', 'view_team', 'create_public_channel', 'create_private_channel',
  'invite_user', 'add_user_to_team',
];
const teamAdminPermissions = [
  'remove_user_from_team', 'manage_team', 'import_team', 'manage_team_roles', 'manage_channel_roles', 'manage_slash_commands',
  'manage_others_slash_commands', 'convert_public_channel_to_private', 'convert_private_channel_to_public', 'delete_post', 'delete_others_posts',
];
const systemUserPermissions = [
  'list_public_teams', 'join_public_teams', 'create_direct_channel', 'create_group_channel', 'view_members', 'create_team',
  'create_custom_group', 'manage_custom_group_members', 'edit_custom_group', 'delete_custom_group', 'restore_custom_group',
];
const userAccessTokenPermissions = ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'];
/** What only system admins hold by default. */
const systemAdminOnlyPermissions = [
  'manage_system', 'manage_roles', 'assign_system_admin_role', 'edit_other_users', 'read_other_users_teams', 'list_private_teams',
  'join_private_teams', 'edit_others_posts', 'create_post_public', 'create_post_ephemeral', 'remove_others_reactions',
  'create_bot', 'read_bots', 'read_others_bots', 'manage_bots', 'manage_others_bots',
  // The System Console's user groups page: groups that are not custom ones, and links.
  'sysconsole_read_user_management_groups', 'sysconsole_write_user_management_groups',
];

const permissionIds = [...new Set([
  ...systemAdminOnlyPermissions, ...systemUserPermissions, ...userAccessTokenPermissions,
  ...teamUserPermissions, ...teamAdminPermissions, ...channelUserPermissions, ...channelAdminPermissions,
])].sort();

const role = (name: string, permissions: string[], schemeManaged: boolean): Role => ({
  id: stableId(`plughost-role:${name}`),
  name,
  // Mattermost sends translation keys, which its clients translate.
  display_name: `authentication.roles.${name}.name`,
  description: `authentication.roles.${name}.description`,
  create_at: 0,
  update_at: 0,
  delete_at: 0,
  permissions: [...new Set(permissions)],
  scheme_managed: schemeManaged,
  built_in: true,
});

const builtInRoles: Role[] = [
  role('system_admin', permissionIds, true),
  role('system_user', systemUserPermissions, true),
  role('system_user_access_token', userAccessTokenPermissions, false),
  role('team_admin', teamAdminPermissions, true),
  role('team_user', teamUserPermissions, true),
  role('channel_admin', channelAdminPermissions, true),
  role('channel_user', channelUserPermissions, true),
];
const rolesByName = new Map(builtInRoles.map((r) => [r.name, r]));
const rolesById = new Map(builtInRoles.map((r) => [r.id, r]));

/** The roles of a team or channel member row: its roles plus what its scheme flags stand for. */
function memberRoles(row: { roles: string; scheme_user: number | boolean; scheme_admin: number | boolean }, scope: 'team' | 'channel'): string[] {
  const roles = row.roles.split(/\s+/).filter(Boolean);
  if (row.scheme_user) roles.push(`${scope}_user`);
  if (row.scheme_admin) roles.push(`${scope}_admin`);
  return roles;
}

/** Whether any of the roles holds the permission (unknown roles and permissions hold nothing). */
export const rolesGrantPermission = (roleNames: string[], permissionId: string): boolean =>
  roleNames.some((name) => rolesByName.get(name)?.permissions.includes(permissionId) ?? false);

/** Mattermost's rule for a role name: 1-64 of a-z, 0-9 and "_". */
export const isValidRoleName = (name: unknown): name is string => typeof name === 'string' && /^[a-z0-9_]{1,64}$/.test(name);

export class Permissions {
  constructor(private readonly db: Db) {}

  allPermissionIds(): string[] {
    return [...permissionIds];
  }

  allRoles(): Role[] {
    return builtInRoles.map((r) => structuredClone(r));
  }

  /** A built-in role by name: 400 for a malformed name, 404 for an unknown one. */
  roleByName(name: string): Role {
    if (!isValidRoleName(name)) throw invalidField('role', 'name', 'must be 1-64 lowercase letters, digits or "_"');
    const found = rolesByName.get(name);
    if (!found) throw notFound('app.role.get_by_name.app_error', `Role "${name}" not found.`);
    return structuredClone(found);
  }

  roleById(id: string): Role {
    if (!isValidId(id)) throw invalidField('role', 'role_id', 'is not a valid id');
    const found = rolesById.get(id);
    if (!found) throw notFound('app.role.get.app_error', `Role ${id} not found.`);
    return structuredClone(found);
  }

  rolesGrantPermission(roleNames: string[], permissionId: string): boolean {
    return rolesGrantPermission(roleNames, permissionId);
  }

  // The checks take `db` to run inside a transaction the caller holds.

  async hasPermissionTo(userId: string, permissionId: string, db: Kysely<Database> = this.db): Promise<boolean> {
    if (!isValidId(userId)) return false;
    const user = await db.selectFrom('users').select('roles').where('id', '=', userId).executeTakeFirst();
    return !!user && rolesGrantPermission(user.roles.split(/\s+/), permissionId);
  }

  async hasPermissionToTeam(userId: string, teamId: string, permissionId: string, db: Kysely<Database> = this.db): Promise<boolean> {
    if (isValidId(teamId) && isValidId(userId)) {
      const member = await db.selectFrom('team_members').select(['roles', 'scheme_user', 'scheme_admin'])
        .where('team_id', '=', teamId).where('user_id', '=', userId).where('delete_at', '=', 0).executeTakeFirst();
      if (member && rolesGrantPermission(memberRoles(member, 'team'), permissionId)) return true;
    }
    return this.hasPermissionTo(userId, permissionId, db);
  }

  async hasPermissionToChannel(userId: string, channelId: string, permissionId: string, db: Kysely<Database> = this.db): Promise<boolean> {
    if (!isValidId(channelId) || !isValidId(userId)) return false;
    const member = await db.selectFrom('channel_members').select(['roles', 'scheme_user', 'scheme_admin'])
      .where('channel_id', '=', channelId).where('user_id', '=', userId).executeTakeFirst();
    if (member && rolesGrantPermission(memberRoles(member, 'channel'), permissionId)) return true;
    const channel = await db.selectFrom('channels').select('team_id').where('id', '=', channelId).executeTakeFirst();
    if (!channel) return false;
    // Direct and group channels belong to no team: the system roles decide.
    return channel.team_id ? this.hasPermissionToTeam(userId, channel.team_id, permissionId, db) : this.hasPermissionTo(userId, permissionId, db);
  }

  /** Whether the user may read the channel: read_channel there, or an open channel of a team where they have read_public_channel. */
  async canReadChannel(userId: string, channel: Channel): Promise<boolean> {
    if (await this.hasPermissionToChannel(userId, channel.id, 'read_channel')) return true;
    return channel.type === 'O' && (await this.hasPermissionToTeam(userId, channel.team_id, 'read_public_channel'));
  }

  // The same checks as errors, for REST: 403 naming the missing permission.

  async requirePermissionTo(userId: string, permissionId: string): Promise<void> {
    if (!(await this.hasPermissionTo(userId, permissionId))) throw permissionError(permissionId);
  }

  async requirePermissionToTeam(userId: string, teamId: string, permissionId: string): Promise<void> {
    if (!(await this.hasPermissionToTeam(userId, teamId, permissionId))) throw permissionError(permissionId);
  }

  async requirePermissionToChannel(userId: string, channelId: string, permissionId: string): Promise<void> {
    if (!(await this.hasPermissionToChannel(userId, channelId, permissionId))) throw permissionError(permissionId);
  }

  /**
   * Checks the user may read the channel. Private, direct and group channels do not exist for
   * outsiders (404), nor do the open channels of an invite-only team they cannot see.
   */
  async requireReadChannel(userId: string, channel: Channel): Promise<void> {
    if (await this.canReadChannel(userId, channel)) return;
    const missing = notFound('app.channel.get.existing.app_error', `Channel ${channel.id} not found.`);
    if (channel.type !== 'O') throw missing;
    const team = await this.db.selectFrom('teams').select(['type', 'allow_open_invite']).where('id', '=', channel.team_id).executeTakeFirst();
    if (!(team && isOpenTeam(team)) && !(await this.hasPermissionToTeam(userId, channel.team_id, 'view_team'))) throw missing;
    throw permissionError('read_channel');
  }
}

export const permissionError = (permissionId: string) =>
  forbidden('api.context.permissions.app_error', `You do not have the appropriate permissions (${permissionId}).`);

/** The permission that managing a channel's members or properties, or deleting it, takes for its type. */
export const channelPermission = (channel: Channel, action: 'members' | 'properties' | 'delete'): string => {
  const kind = channel.type === 'O' ? 'public' : 'private';
  if (action === 'delete') return `delete_${kind}_channel`;
  return `manage_${kind}_channel_${action}`;
};

/** A role string's roles; a list of role names works too (@mattermost/client's updateTeamMemberRoles sends one). */
const words = (roles: unknown): string[] => {
  if (typeof roles === 'string') return roles.split(/\s+/).filter(Boolean);
  if (Array.isArray(roles) && roles.every((r) => typeof r === 'string')) return roles.flatMap(words);
  return [];
};

/**
 * A user's system roles as they may be set: "system_user", optionally with "system_admin"
 * and "system_user_access_token"; 400 naming `roles` otherwise. Returned normalized.
 */
export function checkSystemRoles(roles: unknown): string {
  const wanted = words(roles);
  const assignable = ['system_admin', 'system_user', 'system_user_access_token'];
  if (!wanted.includes('system_user') || wanted.some((r) => !assignable.includes(r))) {
    throw invalidField('user', 'roles', 'must be "system_user", optionally with "system_admin" and "system_user_access_token"');
  }
  return assignable.filter((r) => wanted.includes(r)).join(' ');
}

/**
 * A team or channel member's roles as they may be set: "<scope>_user", optionally with
 * "<scope>_admin" (plughost has no guests and no custom roles); 400 naming `roles` otherwise.
 */
export function checkMemberRoles(roles: unknown, scope: 'team' | 'channel'): { roles: string; schemeAdmin: boolean } {
  const wanted = words(roles);
  const user = `${scope}_user`;
  const admin = `${scope}_admin`;
  if (!wanted.includes(user) || wanted.some((r) => r !== user && r !== admin)) {
    throw invalidField(`${scope}_member`, 'roles', `must be "${user}" or "${user} ${admin}"`);
  }
  const schemeAdmin = wanted.includes(admin);
  return { roles: schemeAdmin ? `${user} ${admin}` : user, schemeAdmin };
}
