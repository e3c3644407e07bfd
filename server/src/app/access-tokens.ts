// Personal access tokens: a token authenticates as its user (see Users.sessionForToken) while
// it is active and the user is. The secret is only returned when the token is created.
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { UserAccessTokenTable } from '../store/schema.js';
import { badRequest, invalidField, notFound } from './errors.js';
import { isValidId, newId } from './ids.js';
import type { UserAccessToken } from './models.js';
import type { Users } from './users.js';

const maxDescription = 255;

const fromRow = (row: Selectable<UserAccessTokenTable>): UserAccessToken => ({
  id: row.id,
  user_id: row.user_id,
  description: row.description,
  is_active: Boolean(row.is_active),
});

export class AccessTokens {
  constructor(private readonly db: Db, private readonly users: Users) {}

  async create(userId: string, description: unknown): Promise<UserAccessToken> {
    if (typeof description !== 'string' || !description.trim() || description.length > maxDescription) {
      throw invalidField('user_access_token', 'description', `is required, at most ${maxDescription} characters`);
    }
    const user = await this.users.get(userId);
    if (user.delete_at) throw badRequest('app.user_access_token.disabled', 'Cannot create a token for a deactivated user.');
    const row: UserAccessTokenTable = { id: newId(), token: newId(), user_id: userId, description, is_active: 1 };
    await this.db.insertInto('user_access_tokens').values(row).execute();
    return { ...fromRow(row), token: row.token };
  }

  async get(tokenId: string): Promise<UserAccessToken> {
    if (!isValidId(tokenId)) throw invalidField('user_access_token', 'token_id', 'is not a valid id');
    const row = await this.db.selectFrom('user_access_tokens').selectAll().where('id', '=', tokenId).executeTakeFirst();
    if (!row) throw notFound('app.user_access_token.get_by_id.missing', `Access token ${tokenId} not found.`);
    return fromRow(row);
  }

  async listForUser(userId: string, page: number, perPage: number): Promise<UserAccessToken[]> {
    const rows = await this.db.selectFrom('user_access_tokens').selectAll().where('user_id', '=', userId)
      .orderBy('id').limit(perPage).offset(page * perPage).execute();
    return rows.map(fromRow);
  }

  async revoke(tokenId: string): Promise<void> {
    await this.get(tokenId);
    await this.db.deleteFrom('user_access_tokens').where('id', '=', tokenId).execute();
  }

  async setActive(tokenId: string, active: boolean): Promise<UserAccessToken> {
    await this.get(tokenId);
    await this.db.updateTable('user_access_tokens').set({ is_active: active ? 1 : 0 }).where('id', '=', tokenId).execute();
    return this.get(tokenId);
  }
}
