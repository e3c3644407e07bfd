// OAuth 2.0 client applications (Mattermost's OAuth apps): registered by an admin over REST or
// by a plugin, with a client secret shown once, when the app is created (only its hash is
// kept). plughost stores and manages them; it does not run the OAuth authorization flow.
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { OAuthAppTable } from '../store/schema.js';
import { invalidField, notFound } from './errors.js';
import { isValidId, newId, now } from './ids.js';

export interface OAuthApp {
  id: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  /** Only in the answer to a create. */
  client_secret: string;
  name: string;
  description: string;
  icon_url: string;
  callback_urls: string[];
  homepage: string;
  is_trusted: boolean;
  mattermost_app_id: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const secretHash = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');

function checkHttpUrl(value: unknown, field: string, max: number): string {
  const text = str(value);
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // refused below
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || text.length > max) throw invalidField('oauth_app', field, `must be an http or https URL of at most ${max} characters`);
  return text;
}

function checkText(value: unknown, field: string, max: number, required = false): string {
  if (value !== undefined && value !== null && typeof value !== 'string') throw invalidField('oauth_app', field, 'must be text');
  const text = str(value);
  if (required && !text.trim()) throw invalidField('oauth_app', field, 'is required');
  if (text.length > max) throw invalidField('oauth_app', field, `must be at most ${max} characters`);
  return text;
}

/** The fields of an app a creator chooses, checked (Mattermost's OAuthApp.IsValid). */
function appFields(input: Record<string, unknown>) {
  const callbacks = input.callback_urls;
  if (!Array.isArray(callbacks) || callbacks.length === 0) throw invalidField('oauth_app', 'callback_urls', 'must list at least one URL');
  return {
    name: checkText(input.name, 'name', 64, true),
    description: checkText(input.description, 'description', 512),
    icon_url: input.icon_url ? checkHttpUrl(input.icon_url, 'icon_url', 512) : '',
    callback_urls: JSON.stringify(callbacks.map((u, i) => checkHttpUrl(u, `callback_urls[${i}]`, 1024))),
    homepage: checkHttpUrl(input.homepage, 'homepage', 256),
    is_trusted: input.is_trusted === true ? 1 : 0,
    mattermost_app_id: checkText(input.mattermost_app_id, 'mattermost_app_id', 32),
  };
}

const appFromRow = (r: Selectable<OAuthAppTable>): OAuthApp => ({
  id: r.id,
  creator_id: r.creator_id,
  create_at: Number(r.create_at),
  update_at: Number(r.update_at),
  client_secret: '',
  name: r.name,
  description: r.description,
  icon_url: r.icon_url,
  callback_urls: JSON.parse(r.callback_urls),
  homepage: r.homepage,
  is_trusted: Boolean(r.is_trusted),
  mattermost_app_id: r.mattermost_app_id,
});

export class OAuthApps {
  constructor(private readonly db: Db) {}

  /** Registers an app created by `creatorId` (a user or a plugin) and returns it with its new client secret. */
  async create(input: Record<string, unknown>, creatorId: string): Promise<OAuthApp> {
    const fields = appFields(input);
    const secret = newId();
    const t = now();
    const row: OAuthAppTable = { id: newId(), creator_id: creatorId, create_at: t, update_at: t, client_secret_hash: secretHash(secret), ...fields };
    await this.db.insertInto('oauth_apps').values(row).execute();
    return { ...appFromRow(row), client_secret: secret };
  }

  async get(id: string): Promise<OAuthApp> {
    if (!isValidId(id)) throw invalidField('oauth_app', 'app_id', 'is not a valid id');
    const row = await this.db.selectFrom('oauth_apps').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('app.oauth.get_app.find.app_error', `OAuth app ${id} not found.`);
    return appFromRow(row);
  }

  async list(opts: { page: number; perPage: number; creatorId?: string }): Promise<OAuthApp[]> {
    let q = this.db.selectFrom('oauth_apps').selectAll();
    if (opts.creatorId) q = q.where('creator_id', '=', opts.creatorId);
    const rows = await q.orderBy('create_at').orderBy('id').limit(opts.perPage).offset(opts.page * opts.perPage).execute();
    return rows.map(appFromRow);
  }

  /** Changes what its creator chose; the id, creator, create_at and secret stay. */
  async update(id: string, input: Record<string, unknown>): Promise<OAuthApp> {
    await this.get(id);
    await this.db.updateTable('oauth_apps').set({ ...appFields(input), update_at: now() }).where('id', '=', id).execute();
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.deleteFrom('oauth_apps').where('id', '=', id).execute();
  }
}
