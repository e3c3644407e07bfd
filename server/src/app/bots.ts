// Bots: a user account with is_bot, no password, plus a bot record (owner, display name,
// description). Disabling a bot deactivates its user; enabling reactivates it. The owner is a
// user or a plugin (its id); a bot cannot own a bot.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { BotTable } from '../store/schema.js';
import { AppError, conflict, invalidField, notFound } from './errors.js';
import { isValidId, now } from './ids.js';
import type { KVStore } from './kv.js';
import type { Bot, RequestContext } from './models.js';
import type { Users } from './users.js';

/** Where EnsureBotUser remembers a plugin's bot, in the plugin's KV store (Mattermost's key). */
const pluginBotKey = 'mmi_botid';

const maxDisplayName = 64;
const maxDescription = 1024;

function optionalText(input: Record<string, unknown>, field: string, max: number): string | undefined {
  const v = input[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.length > max) throw invalidField('bot', field, `must be text of at most ${max} characters`);
  return v;
}

export class Bots {
  constructor(private readonly db: Db, private readonly users: Users, private readonly kv: KVStore) {}

  private async fromRow(row: Selectable<BotTable>): Promise<Bot> {
    const user = await this.users.get(row.user_id);
    return {
      user_id: row.user_id,
      username: user.username,
      display_name: row.display_name,
      description: row.description,
      owner_id: row.owner_id,
      create_at: Number(row.create_at),
      update_at: Number(row.update_at),
      delete_at: Number(row.delete_at),
    };
  }

  async create(ctx: RequestContext, input: Record<string, unknown>, ownerId: string): Promise<Bot> {
    if (typeof input.username !== 'string' || !input.username) throw invalidField('bot', 'username', 'is required');
    const display_name = optionalText(input, 'display_name', maxDisplayName) ?? '';
    const description = optionalText(input, 'description', maxDescription) ?? '';
    const username = input.username.toLowerCase();
    if (isValidId(ownerId)) {
      const owner = await this.users.get(ownerId).catch(() => undefined);
      if (owner?.is_bot) throw invalidField('bot', 'owner_id', 'cannot be a bot');
    }
    const user = await this.users.create(ctx, { username, email: `${username}@localhost`, first_name: display_name, bot_description: description }, { bot: true });
    const t = user.create_at;
    const row: BotTable = { user_id: user.id, display_name, description, owner_id: ownerId, create_at: t, update_at: t, delete_at: 0 };
    await this.db.insertInto('bots').values(row).execute();
    return this.fromRow(row);
  }

  /** A bot by its user id; a disabled one only with `includeDeleted`. */
  async get(userId: string, includeDeleted = true): Promise<Bot> {
    if (!isValidId(userId)) throw invalidField('bot', 'bot_user_id', 'is not a valid id');
    const row = await this.db.selectFrom('bots').selectAll().where('user_id', '=', userId).executeTakeFirst();
    if (!row || (!includeDeleted && Number(row.delete_at))) throw notFound('store.sql_bot.get.missing.app_error', `Bot ${userId} not found.`);
    return this.fromRow(row);
  }

  /** A page of bots by username; `onlyOrphaned`: only those whose owner is a deactivated user. */
  async list(opts: { page: number; perPage: number; includeDeleted: boolean; ownerId?: string; onlyOrphaned?: boolean }): Promise<Bot[]> {
    let q = this.db.selectFrom('bots').innerJoin('users', 'users.id', 'bots.user_id').leftJoin('users as owner', 'owner.id', 'bots.owner_id').selectAll('bots');
    if (!opts.includeDeleted) q = q.where('bots.delete_at', '=', 0);
    if (opts.ownerId) q = q.where('bots.owner_id', '=', opts.ownerId);
    if (opts.onlyOrphaned) q = q.where('owner.delete_at', '!=', 0);
    const rows = await q.orderBy('users.username').limit(opts.perPage).offset(opts.page * opts.perPage).execute();
    return Promise.all(rows.map((r) => this.fromRow(r)));
  }

  /** Changes the fields given: username, display_name, description. */
  async patch(ctx: RequestContext, userId: string, patch: Record<string, unknown>): Promise<Bot> {
    const bot = await this.get(userId);
    const display_name = optionalText(patch, 'display_name', maxDisplayName);
    const description = optionalText(patch, 'description', maxDescription);
    let username: string | undefined;
    if (patch.username !== undefined && patch.username !== null) {
      if (typeof patch.username !== 'string' || !patch.username) throw invalidField('bot', 'username', 'must be a valid username');
      username = patch.username.toLowerCase();
    }
    if (username !== undefined || display_name !== undefined) {
      // users.update validates the username and its uniqueness.
      await this.users.update(ctx, { id: userId, ...(username !== undefined ? { username, email: `${username}@localhost` } : {}), ...(display_name !== undefined ? { first_name: display_name } : {}) });
    }
    if (description !== undefined) await this.db.updateTable('users').set({ bot_description: description, update_at: now() }).where('id', '=', userId).execute();
    await this.db.updateTable('bots').set({
      display_name: display_name ?? bot.display_name ?? '',
      description: description ?? bot.description ?? '',
      update_at: now(),
    }).where('user_id', '=', userId).execute();
    return this.get(userId);
  }

  async disable(ctx: RequestContext, userId: string): Promise<Bot> {
    const bot = await this.get(userId);
    if (bot.delete_at) return bot;
    await this.users.deactivate(ctx, userId);
    const t = now();
    await this.db.updateTable('bots').set({ delete_at: t, update_at: t }).where('user_id', '=', userId).execute();
    return this.get(userId);
  }

  async enable(userId: string): Promise<Bot> {
    const bot = await this.get(userId);
    if (!bot.delete_at) return bot;
    await this.users.reactivate(userId);
    await this.db.updateTable('bots').set({ delete_at: 0, update_at: now() }).where('user_id', '=', userId).execute();
    return this.get(userId);
  }

  /** Deletes a bot for good: its record, its user, and the user's sessions, tokens, memberships and preferences. Its posts stay. */
  async permanentDelete(userId: string): Promise<void> {
    await this.get(userId);
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('bots').where('user_id', '=', userId).execute();
      for (const table of ['sessions', 'user_access_tokens', 'channel_members', 'team_members', 'preferences'] as const) {
        await tx.deleteFrom(table).where('user_id', '=', userId).execute();
      }
      await tx.deleteFrom('users').where('id', '=', userId).execute();
    });
  }

  /**
   * The user id of plugin `pluginId`'s bot (EnsureBotUser): the one it ensured before, its
   * username, display name and description brought up to date; else its bot with that username,
   * display name and description brought up to date; else a new bot owned by the plugin. 409 if the username belongs to a person or to a bot of
   * another owner.
   */
  async ensure(ctx: RequestContext, pluginId: string, input: Record<string, unknown>): Promise<string> {
    if (typeof input.username !== 'string' || !input.username) throw invalidField('bot', 'username', 'is required');
    const known = (await this.kv.get(pluginId, pluginBotKey))?.toString('utf8');
    const bot = known ? await this.get(known).catch((err) => (err instanceof AppError && err.statusCode === 404 ? undefined : Promise.reject(err))) : undefined;
    if (bot) {
      await this.patch(ctx, bot.user_id, { username: input.username, display_name: input.display_name, description: input.description });
      return bot.user_id;
    }
    const existing = await this.users.getByUsername(input.username.toLowerCase()).catch(() => undefined);
    if (existing) {
      const owned = existing.is_bot ? await this.get(existing.id) : undefined;
      if (owned?.owner_id !== pluginId) {
        throw conflict('app.bot.ensure_bot.username_taken.app_error', `The username "${existing.username}" belongs to ${existing.is_bot ? `a bot owned by "${owned?.owner_id}"` : 'a user who is not a bot'}.`);
      }
      await this.kv.set(pluginId, pluginBotKey, Buffer.from(existing.id));
      await this.patch(ctx, existing.id, { display_name: input.display_name, description: input.description });
      return existing.id;
    }
    const created = await this.create(ctx, input, pluginId);
    await this.kv.set(pluginId, pluginBotKey, Buffer.from(created.user_id));
    return created.user_id;
  }
}
