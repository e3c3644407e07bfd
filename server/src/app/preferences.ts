// A user's preferences (Mattermost's model.Preference): values under a category and a name,
// saved and deleted in lists. Each change is announced to the user's own websocket
// connections; a save also runs PreferencesHaveChanged after the commit.
import type { Db } from '../store/db.js';
import { badRequest, forbidden, invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import type { HookRunner } from './hook-runner.js';
import { isValidId } from './ids.js';
import type { Preference, RequestContext } from './models.js';

export const maxCategoryLength = 32;
export const maxNameLength = 32;
export const maxValueLength = 2000;
const maxListLength = 100;

/** Mattermost's Preference.IsValid: a 400 naming the first bad field, else the preference. */
export function checkPreference(input: unknown, index: number): Preference {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('api.context.invalid_body_param.app_error', `Invalid preference at position ${index}: expected an object.`);
  const p = input as Record<string, unknown>;
  if (!isValidId(p.user_id)) throw invalidField('preference', 'user_id', 'is not a valid id');
  if (typeof p.category !== 'string' || p.category.length < 1 || p.category.length > maxCategoryLength) throw invalidField('preference', 'category', `must be 1 to ${maxCategoryLength} characters`);
  if (typeof p.name !== 'string' || p.name.length > maxNameLength) throw invalidField('preference', 'name', `must be a string of at most ${maxNameLength} characters`);
  if (typeof p.value !== 'string' || [...p.value].length > maxValueLength) throw invalidField('preference', 'value', `must be a string of at most ${maxValueLength} characters`);
  return { user_id: p.user_id, category: p.category, name: p.name, value: p.value };
}

/**
 * A list of preferences, all of `userId`. Another user's preference is a 403 over REST (the
 * caller acting for someone else, as in Mattermost) and a 400 naming user_id from the Plugin
 * API, which acts for anyone (there it is an argument that contradicts itself).
 */
export function checkPreferenceList(body: unknown, userId: string, keysOnly = false, otherUser: 'forbidden' | 'invalid' = 'forbidden'): Preference[] {
  if (!Array.isArray(body)) throw badRequest('api.context.invalid_body_param.app_error', 'Invalid or missing preferences in request body: expected a list.');
  if (body.length > maxListLength) throw badRequest('api.context.invalid_body_param.app_error', `Too many preferences: at most ${maxListLength} at a time.`);
  return body.map((item, i) => {
    const pref = checkPreference(keysOnly && item && typeof item === 'object' && (item as any).value === undefined ? { ...item, value: '' } : item, i);
    if (pref.user_id !== userId) {
      if (otherUser === 'invalid') throw invalidField('preference', 'user_id', `must be the user the preferences are for (${userId}); position ${i} has ${pref.user_id}`);
      throw forbidden('api.preference.update_preferences.set.app_error', 'Unable to set preferences for another user.');
    }
    return pref;
  });
}

export class Preferences {
  constructor(private readonly db: Db, private readonly hooks: () => HookRunner, private readonly events: EventHub) {}

  /** Saves (inserts or replaces) the preferences, all of one user. */
  async save(ctx: RequestContext, userId: string, prefs: Preference[]): Promise<void> {
    if (!prefs.length) return;
    await this.db.transaction().execute(async (tx) => {
      for (const p of prefs) {
        await tx.insertInto('preferences').values(p)
          .onConflict((oc) => oc.columns(['user_id', 'category', 'name']).doUpdateSet({ value: p.value }))
          .execute();
      }
    });
    this.hooks().preferencesHaveChanged(ctx, prefs);
    void this.events.publish('preferences_changed', { preferences: JSON.stringify(prefs) }, { user_id: userId });
  }

  async delete(userId: string, prefs: Preference[]): Promise<void> {
    if (!prefs.length) return;
    await this.db.transaction().execute(async (tx) => {
      for (const p of prefs) {
        await tx.deleteFrom('preferences').where('user_id', '=', userId).where('category', '=', p.category).where('name', '=', p.name).execute();
      }
    });
    void this.events.publish('preferences_deleted', { preferences: JSON.stringify(prefs) }, { user_id: userId });
  }

  /** The user's preferences, optionally of one category. */
  async list(userId: string, category?: string): Promise<Preference[]> {
    let q = this.db.selectFrom('preferences').selectAll().where('user_id', '=', userId);
    if (category !== undefined) q = q.where('category', '=', category);
    return q.orderBy('category').orderBy('name').execute();
  }

  async get(userId: string, category: string, name: string): Promise<Preference> {
    const row = await this.db.selectFrom('preferences').selectAll()
      .where('user_id', '=', userId).where('category', '=', category).where('name', '=', name).executeTakeFirst();
    if (!row) throw notFound('app.preference.get.app_error', `Preference ${category}/${name} not found.`);
    return row;
  }
}
