// Users and sessions: create, log in, look up, update, deactivate.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { UserTable } from '../store/schema.js';
import { AppError, badRequest, conflict, invalidField, notFound, unauthorized } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { RequestContext, Session, User } from './models.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { checkSystemRoles } from './permissions.js';
import { startsWith } from './prefix-match.js';

const usernamePattern = /^[a-z][a-z0-9.\-_]{2,63}$/;
const emailPattern = /^[^\s@]+@[^\s@]+$/;
export const minPasswordLength = 8;

export interface NewUser {
  username?: unknown;
  email?: unknown;
  password?: unknown;
  nickname?: unknown;
  first_name?: unknown;
  last_name?: unknown;
  position?: unknown;
  locale?: unknown;
  is_bot?: unknown;
  bot_description?: unknown;
  props?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function userFromRow(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    create_at: Number(row.create_at),
    update_at: Number(row.update_at),
    delete_at: Number(row.delete_at),
    username: row.username,
    auth_service: row.auth_service,
    email: row.email,
    email_verified: Boolean(row.email_verified),
    nickname: row.nickname,
    first_name: row.first_name,
    last_name: row.last_name,
    position: row.position,
    roles: row.roles,
    locale: row.locale,
    is_bot: Boolean(row.is_bot),
    bot_description: row.bot_description,
    last_password_update: Number(row.last_password_update),
    props: JSON.parse(row.props),
  };
}

function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < minPasswordLength) {
    throw invalidField('user', 'password', `must be at least ${minPasswordLength} characters`);
  }
  if (password.length > 72) throw invalidField('user', 'password', 'must be at most 72 characters');
  return password;
}

export class Users {
  constructor(private readonly db: Db, private readonly hooks: () => HookRunner, private readonly sessionLengthMs: () => number) {}

  /** Creates an account; `opts.bot` makes a bot account, which has no password and cannot log in with one. */
  async create(ctx: RequestContext, input: NewUser, opts: { bot?: boolean } = {}): Promise<User> {
    const username = str(input.username).toLowerCase();
    if (!usernamePattern.test(username)) {
      throw invalidField('user', 'username', 'must be 3-64 characters, start with a letter, and use only a-z, 0-9, ".", "-" and "_"');
    }
    const email = str(input.email).toLowerCase();
    if (!emailPattern.test(email)) throw invalidField('user', 'email', 'is not a valid email address');
    const password = opts.bot ? '' : checkPassword(input.password);
    if (input.props !== undefined && (typeof input.props !== 'object' || input.props === null || Array.isArray(input.props))) {
      throw invalidField('user', 'props', 'must be an object');
    }
    if (await this.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
      throw conflict('app.user.save.username_exists.app_error', `An account with username "${username}" already exists.`);
    }
    if (await this.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
      throw conflict('app.user.save.email_exists.app_error', `An account with email "${email}" already exists.`);
    }
    // As in Mattermost, the first account of a new server administers it.
    const first = !(await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst());
    const t = now();
    const row: UserTable = {
      id: newId(),
      create_at: t,
      update_at: t,
      delete_at: 0,
      username,
      password_hash: opts.bot ? '' : await hashPassword(password),
      auth_service: '',
      email,
      email_verified: 0,
      nickname: str(input.nickname),
      first_name: str(input.first_name),
      last_name: str(input.last_name),
      position: str(input.position),
      roles: first ? 'system_admin system_user' : 'system_user',
      locale: str(input.locale) || 'en',
      is_bot: opts.bot || input.is_bot ? 1 : 0,
      bot_description: str(input.bot_description),
      last_password_update: t,
      props: JSON.stringify(input.props ?? {}),
    };
    await this.db.insertInto('users').values(row).execute();
    const user = userFromRow(row);
    this.hooks().userHasBeenCreated(ctx, user);
    return user;
  }

  async get(id: string): Promise<User> {
    if (!isValidId(id)) throw invalidField('user', 'user_id', 'is not a valid id');
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.user.missing_account.const', `User ${id} not found.`);
    return userFromRow(row);
  }

  async getByUsername(username: string): Promise<User> {
    const row = await this.db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
    if (!row) throw notFound('app.user.get_by_username.app_error', `User with username "${username}" not found.`);
    return userFromRow(row);
  }

  async getByEmail(email: string): Promise<User> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    if (!row) throw notFound('app.user.get_by_email.app_error', `User with email "${email}" not found.`);
    return userFromRow(row);
  }

  async list(opts: { page: number; perPage: number; inTeamId?: string; inChannelId?: string }): Promise<User[]> {
    let q = this.db.selectFrom('users').selectAll('users');
    if (opts.inTeamId) {
      q = q.innerJoin('team_members', 'team_members.user_id', 'users.id')
        .where('team_members.team_id', '=', opts.inTeamId).where('team_members.delete_at', '=', 0);
    }
    if (opts.inChannelId) {
      q = q.innerJoin('channel_members', 'channel_members.user_id', 'users.id').where('channel_members.channel_id', '=', opts.inChannelId);
    }
    const rows = await q.orderBy('users.username').limit(opts.perPage).offset(opts.page * opts.perPage).execute();
    return rows.map(userFromRow);
  }

  /** Replaces the editable fields of a user (the Plugin API's UpdateUser). */
  async update(ctx: RequestContext, input: Partial<User> & { id: string; password?: string }): Promise<User> {
    const existing = await this.get(input.id);
    const username = (input.username ?? existing.username).toLowerCase();
    if (!usernamePattern.test(username)) throw invalidField('user', 'username', 'is not a valid username');
    const email = (input.email ?? existing.email).toLowerCase();
    if (!emailPattern.test(email)) throw invalidField('user', 'email', 'is not a valid email address');
    const clash = await this.db.selectFrom('users').select(['id', 'username', 'email'])
      .where((eb) => eb.or([eb('username', '=', username), eb('email', '=', email)]))
      .where('id', '!=', existing.id).executeTakeFirst();
    if (clash) throw conflict('app.user.update.exists.app_error', clash.username === username ? `Username "${username}" is taken.` : `Email "${email}" is taken.`);
    const t = now();
    const change: Partial<UserTable> = {
      username,
      email,
      nickname: input.nickname ?? existing.nickname,
      first_name: input.first_name ?? existing.first_name,
      last_name: input.last_name ?? existing.last_name,
      position: input.position ?? existing.position,
      locale: input.locale || existing.locale,
      props: JSON.stringify(input.props ?? existing.props),
      update_at: t,
    };
    if (input.password) {
      change.password_hash = await hashPassword(checkPassword(input.password));
      change.last_password_update = t;
    }
    await this.db.updateTable('users').set(change).where('id', '=', existing.id).execute();
    void ctx;
    return this.get(existing.id);
  }

  /** Users by id, in no particular order; unknown ids are left out. */
  async getByIds(ids: string[]): Promise<User[]> {
    const valid = ids.filter(isValidId);
    if (!valid.length) return [];
    return (await this.db.selectFrom('users').selectAll().where('id', 'in', valid).execute()).map(userFromRow);
  }

  /** Users whose username, names, nickname or email start with `term` (case-insensitive). */
  async search(term: string, opts: { inTeamId?: string; limit: number; allowInactive?: boolean }): Promise<User[]> {
    const prefix = term.trim().replace(/^@/, '');
    let q = this.db.selectFrom('users').selectAll('users')
      .where((eb) => eb.or(['username', 'email', 'nickname', 'first_name', 'last_name'].map((col) => startsWith(`users.${col}`, prefix))));
    if (!opts.allowInactive) q = q.where('users.delete_at', '=', 0);
    if (opts.inTeamId) {
      q = q.innerJoin('team_members', 'team_members.user_id', 'users.id').where('team_members.team_id', '=', opts.inTeamId).where('team_members.delete_at', '=', 0);
    }
    return (await q.orderBy('users.username').limit(opts.limit).execute()).map(userFromRow);
  }

  /** Sets a user's system roles: "system_user", optionally with "system_admin" and "system_user_access_token". */
  async setRoles(id: string, roles: unknown): Promise<User> {
    const normalized = checkSystemRoles(roles);
    await this.get(id);
    await this.db.updateTable('users').set({ roles: normalized, update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  async reactivate(id: string): Promise<User> {
    await this.get(id);
    await this.db.updateTable('users').set({ delete_at: 0, update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  async deactivate(ctx: RequestContext, id: string): Promise<User> {
    const user = await this.get(id);
    if (user.delete_at) return user;
    const t = now();
    await this.db.updateTable('users').set({ delete_at: t, update_at: t }).where('id', '=', id).execute();
    await this.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    const deactivated = { ...user, delete_at: t, update_at: t };
    this.hooks().userHasBeenDeactivated(ctx, deactivated);
    return deactivated;
  }

  /** Checks the credentials, asks the plugins, and opens a session. */
  async login(ctx: RequestContext, loginId: unknown, password: unknown): Promise<{ user: User; session: Session }> {
    if (typeof loginId !== 'string' || !loginId) throw invalidField('user', 'login_id');
    if (typeof password !== 'string' || !password) throw invalidField('user', 'password');
    const id = loginId.toLowerCase();
    const row = await this.db.selectFrom('users').selectAll().where((eb) => eb.or([eb('username', '=', id), eb('email', '=', id)])).executeTakeFirst();
    const badCredentials = unauthorized('api.user.login.invalid_credentials_email_username', 'Enter a valid email or username and/or password.');
    if (!row) throw badCredentials;
    if (row.is_bot) throw unauthorized('api.user.login.bot_login_forbidden.app_error', 'Bot login is forbidden.');
    if (!(await verifyPassword(password, row.password_hash))) throw badCredentials;
    if (row.delete_at) throw unauthorized('api.user.login.inactive.app_error', 'Login failed because your account has been deactivated.');
    const user = userFromRow(row);
    const rejection = await this.hooks().userWillLogIn(ctx, user);
    if (rejection) throw new AppError('Login rejected by plugin', `Login rejected by plugin: ${rejection}`, 401);
    const t = now();
    const session: Session = {
      id: newId(),
      token: newId(),
      user_id: user.id,
      create_at: t,
      expires_at: t + this.sessionLengthMs(),
      last_activity_at: t,
      roles: user.roles,
      csrf_token: newId(),
    };
    const { roles: _roles, ...stored } = session;
    await this.db.insertInto('sessions').values(stored).execute();
    this.hooks().userHasLoggedIn({ ...ctx, session }, user);
    return { user, session };
  }

  /** The live session for a token (a login session, else an active personal access token), or undefined. */
  async sessionForToken(token: string): Promise<Session | undefined> {
    if (!token || token.length > 64) return undefined;
    return (await this.loginSession(token)) ?? (await this.accessTokenSession(token));
  }

  private async loginSession(token: string): Promise<Session | undefined> {
    const row = await this.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.token', 'sessions.user_id', 'sessions.create_at', 'sessions.expires_at', 'sessions.last_activity_at', 'sessions.csrf_token', 'users.roles', 'users.delete_at'])
      .where('sessions.token', '=', token).executeTakeFirst();
    if (!row || row.delete_at || Number(row.expires_at) < now()) return undefined;
    const { delete_at: _d, ...session } = row;
    return { ...session, create_at: Number(session.create_at), expires_at: Number(session.expires_at), last_activity_at: Number(session.last_activity_at) };
  }

  /** A personal access token acts as a session of its user, with the user's roles, that never expires. */
  private async accessTokenSession(token: string): Promise<Session | undefined> {
    const row = await this.db.selectFrom('user_access_tokens').innerJoin('users', 'users.id', 'user_access_tokens.user_id')
      .select(['user_access_tokens.id', 'user_access_tokens.user_id', 'users.roles'])
      .where('user_access_tokens.token', '=', token).where('user_access_tokens.is_active', '=', 1).where('users.delete_at', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, token, user_id: row.user_id, create_at: 0, expires_at: 0, last_activity_at: 0, roles: row.roles, csrf_token: '' };
  }

  async revokeSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token', '=', token).execute();
  }

  ensureValid(input: unknown): asserts input is Record<string, unknown> {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('api.context.invalid_body_param.app_error', 'Invalid or missing user in request body.');
  }
}
