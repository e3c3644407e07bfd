// Users and sessions: create, log in, look up, list, search, update, deactivate; sessions
// opened by a login or by a plugin.
import { type Selectable, type SelectQueryBuilder, sql, type Updateable } from 'kysely';
import type { Db } from '../store/db.js';
import type { Database, SessionTable, UserTable } from '../store/schema.js';
import { AppError, badRequest, conflict, invalidField, notFound, unauthorized } from './errors.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId, newId, now } from './ids.js';
import type { RequestContext, Session, User } from './models.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { checkSystemRoles, isValidRoleName } from './permissions.js';

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
    last_picture_update: Number(row.last_picture_update),
    props: JSON.parse(row.props),
  };
}

const sessionFromRow = (row: Selectable<SessionTable> & { roles: string }): Session => ({
  id: row.id,
  token: row.token,
  user_id: row.user_id,
  create_at: Number(row.create_at),
  expires_at: Number(row.expires_at),
  last_activity_at: Number(row.last_activity_at),
  roles: row.roles,
  csrf_token: row.csrf_token,
  device_id: row.device_id,
  props: JSON.parse(row.props),
});

/** Which users a listing or a search keeps (Mattermost's UserGetOptions and UserSearch filters). */
export interface UserFilters {
  inTeamId?: string;
  notInTeamId?: string;
  inChannelId?: string;
  notInChannelId?: string;
  /** Only users in no team. */
  withoutTeam?: boolean;
  /** Only active users. */
  active?: boolean;
  /** Only deactivated users. */
  inactive?: boolean;
  /** Only users with this system role. */
  role?: string;
}

export interface UserListOptions extends UserFilters {
  page: number;
  perPage: number;
  /** "username" (the default, also ""), "create_at" (newest first) or "status" (online, away, dnd, offline; then username). */
  sort?: string;
}

const userSorts = ['', 'username', 'create_at', 'status'];
const statusOrder = ['online', 'away', 'dnd', 'offline'];
export const defaultSearchLimit = 100;
export const maxSearchLimit = 1000;

const idFilterFields = [['inTeamId', 'in_team_id'], ['notInTeamId', 'not_in_team_id'], ['inChannelId', 'in_channel_id'], ['notInChannelId', 'not_in_channel_id']] as const;

/** The filters, checked: ids must be ids, a role a role name, and active excludes inactive. */
function checkFilters(f: UserFilters): void {
  for (const [key, field] of idFilterFields) {
    if (f[key] !== undefined && f[key] !== '' && !isValidId(f[key])) throw invalidField('user', field, 'is not a valid id');
  }
  if (f.active && f.inactive) throw invalidField('user', 'inactive', 'cannot be combined with active');
  if (f.role !== undefined && f.role !== '' && !isValidRoleName(f.role)) throw invalidField('user', 'role', 'is not a role name');
}

const likeEscape = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

function applyFilters<O>(q: SelectQueryBuilder<Database, 'users', O>, f: UserFilters): SelectQueryBuilder<Database, 'users', O> {
  const inTeam = (teamId?: string) => sql<boolean>`exists (select 1 from team_members tm where tm.user_id = users.id and tm.delete_at = 0${teamId ? sql` and tm.team_id = ${teamId}` : sql``})`;
  const inChannel = (channelId: string) => sql<boolean>`exists (select 1 from channel_members cm where cm.user_id = users.id and cm.channel_id = ${channelId})`;
  if (f.inTeamId) q = q.where(inTeam(f.inTeamId));
  if (f.notInTeamId) q = q.where(sql<boolean>`not ${inTeam(f.notInTeamId)}`);
  if (f.withoutTeam) q = q.where(sql<boolean>`not ${inTeam()}`);
  if (f.inChannelId) q = q.where(inChannel(f.inChannelId));
  if (f.notInChannelId) q = q.where(sql<boolean>`not ${inChannel(f.notInChannelId)}`);
  if (f.active) q = q.where('users.delete_at', '=', 0);
  if (f.inactive) q = q.where('users.delete_at', '>', 0);
  // roles is a space-separated list: match the whole word.
  if (f.role) q = q.where(sql<boolean>`(' ' || users.roles || ' ') like ${`% ${likeEscape(f.role)} %`} escape '\\'`);
  return q;
}

/** What SearchUsers and POST /users/search take (Mattermost's model.UserSearch), checked. */
export interface UserSearch extends UserFilters {
  term: string;
  limit: number;
}

export function checkUserSearch(input: unknown): UserSearch {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('api.context.invalid_body_param.app_error', 'Invalid or missing search in request body.');
  const s = input as Record<string, unknown>;
  if (typeof s.term !== 'string') throw invalidField('user_search', 'term', 'is required');
  const text = (field: string) => {
    const v = s[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw invalidField('user_search', field, 'must be a string');
    return v;
  };
  const id = (field: string) => {
    const v = text(field);
    if (v !== undefined && !isValidId(v)) throw invalidField('user_search', field, 'is not a valid id');
    return v;
  };
  const flag = (field: string) => {
    const v = s[field];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw invalidField('user_search', field, 'must be true or false');
    return v;
  };
  const limit = s.limit === undefined || s.limit === null || s.limit === 0 ? defaultSearchLimit : s.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > maxSearchLimit) {
    throw invalidField('user_search', 'limit', `must be an integer from 1 to ${maxSearchLimit} (0 or none: ${defaultSearchLimit})`);
  }
  const search: UserSearch = {
    term: s.term,
    inTeamId: id('team_id'),
    notInTeamId: id('not_in_team_id'),
    inChannelId: id('in_channel_id'),
    notInChannelId: id('not_in_channel_id'),
    withoutTeam: flag('without_team'),
    active: !flag('allow_inactive'),
    role: text('role'),
    limit,
  };
  checkFilters(search);
  return search;
}

function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < minPasswordLength) {
    throw invalidField('user', 'password', `must be at least ${minPasswordLength} characters`);
  }
  if (password.length > 72) throw invalidField('user', 'password', 'must be at most 72 characters');
  return password;
}

export class Users {
  constructor(
    private readonly db: Db,
    private readonly hooks: () => HookRunner,
    private readonly sessionLengthMs: () => number,
    /** A user's status, for sorting by it (statuses live in memory, not in the database). */
    private readonly statusOf: (userId: string) => string,
  ) {}

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
    const row: Selectable<UserTable> = {
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
      last_picture_update: 0,
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

  /** Users with the usernames (any case), by username; unknown ones are left out. */
  async getByUsernames(usernames: string[]): Promise<User[]> {
    const names = usernames.filter((n) => typeof n === 'string' && n).map((n) => n.toLowerCase());
    if (!names.length) return [];
    return (await this.db.selectFrom('users').selectAll().where('username', 'in', names).orderBy('username').execute()).map(userFromRow);
  }

  /** One page of the users the filters keep, sorted as asked (400 naming a bad option). */
  async list(opts: UserListOptions): Promise<User[]> {
    checkFilters(opts);
    const sort = opts.sort ?? '';
    if (!userSorts.includes(sort)) throw invalidField('user', 'sort', 'must be "username", "create_at" or "status"');
    const q = applyFilters(this.db.selectFrom('users').selectAll('users'), opts);
    const offset = opts.page * opts.perPage;
    if (sort === 'status') {
      // Statuses are not in the database: sort everyone the filters keep, then cut the page.
      const rank = (u: User) => statusOrder.indexOf(this.statusOf(u.id));
      const all = (await q.orderBy('users.username').execute()).map(userFromRow);
      return all.sort((a, b) => rank(a) - rank(b)).slice(offset, offset + opts.perPage); // stable: by username within a status
    }
    const ordered = sort === 'create_at' ? q.orderBy('users.create_at', 'desc').orderBy('users.id') : q.orderBy('users.username');
    return (await ordered.limit(opts.perPage).offset(offset).execute()).map(userFromRow);
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
    const change: Updateable<UserTable> = {
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

  /**
   * Users whose username, names, nickname or email start with the term (any case; a leading
   * "@" is ignored), kept by the search's filters, by username, at most `limit` of them.
   */
  async search(input: unknown): Promise<User[]> {
    const search = checkUserSearch(input);
    const prefix = `${likeEscape(search.term.trim().toLowerCase().replace(/^@/, ''))}%`;
    const q = applyFilters(this.db.selectFrom('users').selectAll('users'), search)
      .where((eb) => eb.or(['username', 'email', 'nickname', 'first_name', 'last_name'].map((col) => eb(sql`lower(${sql.ref(`users.${col}`)})`, 'like', sql`${prefix} escape '\\'`))));
    return (await q.orderBy('users.username').limit(search.limit).execute()).map(userFromRow);
  }

  /** Sets a user's system roles: "system_user", optionally with "system_admin" and "system_user_access_token". */
  async setRoles(id: string, roles: unknown): Promise<User> {
    const normalized = checkSystemRoles(roles);
    await this.get(id);
    await this.db.updateTable('users').set({ roles: normalized, update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  /** Activates or deactivates the user (deactivation ends their sessions). */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<User> {
    return active ? this.reactivate(id) : this.deactivate(ctx, id);
  }

  /** Changes the user's props with `change` (given a copy of them). */
  async updateProps(id: string, change: (props: Record<string, unknown>) => Record<string, unknown>): Promise<User> {
    const user = await this.get(id);
    await this.db.updateTable('users').set({ props: JSON.stringify(change({ ...user.props })), update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  /** Records that the user's profile image changed at `t` (0: back to the generated default). */
  async setPictureUpdate(id: string, t: number): Promise<void> {
    await this.db.updateTable('users').set({ last_picture_update: t }).where('id', '=', id).execute();
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
    const session = await this.openSession(user, {});
    this.hooks().userHasLoggedIn({ ...ctx, session }, user);
    return { user, session };
  }

  private async openSession(user: User, opts: { expiresAt?: number; deviceId?: string; props?: Record<string, unknown> }): Promise<Session> {
    const t = now();
    const row: Selectable<SessionTable> = {
      id: newId(),
      token: newId(),
      user_id: user.id,
      create_at: t,
      expires_at: opts.expiresAt || t + this.sessionLengthMs(),
      last_activity_at: t,
      csrf_token: newId(),
      device_id: opts.deviceId ?? '',
      props: JSON.stringify(opts.props ?? {}),
    };
    await this.db.insertInto('sessions').values(row).execute();
    return sessionFromRow({ ...row, roles: user.roles });
  }

  /**
   * A session for an active user without a password or the login hooks (the Plugin API's
   * CreateSession). It expires at `expires_at` (ms) if given, else after the configured session length.
   */
  async createSession(input: { user_id?: unknown; expires_at?: unknown; device_id?: unknown; props?: unknown }): Promise<Session> {
    if (!isValidId(input.user_id)) throw invalidField('session', 'user_id', 'is not a valid id');
    const user = await this.get(input.user_id);
    if (user.delete_at) throw badRequest('app.session.create.deactivated.app_error', `User ${user.id} is deactivated.`);
    const expiresAt = input.expires_at ?? 0;
    if (typeof expiresAt !== 'number' || !Number.isSafeInteger(expiresAt) || (expiresAt !== 0 && expiresAt <= now())) {
      throw invalidField('session', 'expires_at', 'must be a future time in milliseconds since the Unix epoch (0 or none: the configured session length)');
    }
    const deviceId = input.device_id ?? '';
    if (typeof deviceId !== 'string' || deviceId.length > 512) throw invalidField('session', 'device_id', 'must be a string of at most 512 characters');
    const props = input.props ?? {};
    if (typeof props !== 'object' || props === null || Array.isArray(props)) throw invalidField('session', 'props', 'must be an object');
    return this.openSession(user, { expiresAt, deviceId, props: props as Record<string, unknown> });
  }

  /**
   * A session by id, expired or not: a login or plugin session, else the session a personal
   * access token acts as (without the token's secret). 404 for none.
   */
  async getSession(id: string): Promise<Session> {
    if (!isValidId(id)) throw invalidField('session', 'session_id', 'is not a valid id');
    const row = await this.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions').select('users.roles').where('sessions.id', '=', id).executeTakeFirst();
    if (row) return sessionFromRow(row);
    const token = await this.db.selectFrom('user_access_tokens').select('token').where('id', '=', id).where('is_active', '=', 1).executeTakeFirst();
    const viaToken = token && (await this.accessTokenSession(token.token));
    if (viaToken) return { ...viaToken, token: '' };
    throw notFound('app.session.get.app_error', `Session ${id} not found.`);
  }

  /** Moves a session's expiry to `expiresAt` (ms since the Unix epoch). */
  async extendSession(id: string, expiresAt: number): Promise<Session> {
    if (!isValidId(id)) throw invalidField('session', 'session_id', 'is not a valid id');
    if (!Number.isSafeInteger(expiresAt) || expiresAt <= 0) throw invalidField('session', 'new_expiry', 'must be a time in milliseconds since the Unix epoch');
    const result = await this.db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).executeTakeFirst();
    if (!Number(result.numUpdatedRows)) throw notFound('app.session.get.app_error', `Session ${id} not found.`);
    return this.getSession(id);
  }

  /** Ends a session by id: its token stops working at once. */
  async revokeSessionById(id: string): Promise<void> {
    if (!isValidId(id)) throw invalidField('session', 'session_id', 'is not a valid id');
    const result = await this.db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
    if (!Number(result.numDeletedRows)) throw notFound('app.session.get.app_error', `Session ${id} not found.`);
  }

  /** The live session for a token (a login session, else an active personal access token), or undefined. */
  async sessionForToken(token: string): Promise<Session | undefined> {
    if (!token || token.length > 64) return undefined;
    return (await this.loginSession(token)) ?? (await this.accessTokenSession(token));
  }

  private async loginSession(token: string): Promise<Session | undefined> {
    const row = await this.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('sessions').select(['users.roles', 'users.delete_at'])
      .where('sessions.token', '=', token).executeTakeFirst();
    if (!row || row.delete_at || Number(row.expires_at) < now()) return undefined;
    return sessionFromRow(row);
  }

  /** A personal access token acts as a session of its user, with the user's roles, that never expires. */
  private async accessTokenSession(token: string): Promise<Session | undefined> {
    const row = await this.db.selectFrom('user_access_tokens').innerJoin('users', 'users.id', 'user_access_tokens.user_id')
      .select(['user_access_tokens.id', 'user_access_tokens.user_id', 'users.roles'])
      .where('user_access_tokens.token', '=', token).where('user_access_tokens.is_active', '=', 1).where('users.delete_at', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, token, user_id: row.user_id, create_at: 0, expires_at: 0, last_activity_at: 0, roles: row.roles, csrf_token: '', device_id: '', props: {} };
  }

  async revokeSession(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token', '=', token).execute();
  }

  ensureValid(input: unknown): asserts input is Record<string, unknown> {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('api.context.invalid_body_param.app_error', 'Invalid or missing user in request body.');
  }
}
