// Each user's channel sidebar in each team (Mattermost's sidebar categories): the default
// categories favorites, channels and direct_messages, created the first time the sidebar is
// read, and the user's own "custom" ones, in an order the user sets. A channel sits in one
// category; a channel no category holds falls into "channels" (open and private channels) or
// "direct_messages" (direct and group channels), so a channel joined later shows up without
// anyone placing it. Changes are announced to the user over the websocket (Mattermost's
// sidebar_category_created, _updated, _deleted and _order_updated).
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import type { SidebarCategoryTable } from '../store/schema.js';
import { invalidField, notFound } from './errors.js';
import type { EventHub } from './events.js';
import { newId } from './ids.js';
import type { OrderedSidebarCategories, SidebarCategory } from './models.js';
import type { Teams } from './teams.js';

const sortings = ['', 'alpha', 'recent', 'manual'];
/** Mattermost's gap between the sort orders of neighbours, so one can move between two. */
const sortDistance = 10;
const maxDisplayName = 64;

/** The default categories, as Mattermost makes them: the ids are derived, so they exist once. */
const defaultCategories = [
  { type: 'favorites', display_name: 'Favorites', sorting: '' },
  { type: 'channels', display_name: 'Channels', sorting: '' },
  { type: 'direct_messages', display_name: 'Direct Messages', sorting: 'recent' },
] as const;

/** What a caller may give for a category: every field optional (a new one, or a change). */
export interface SidebarCategoryInput {
  id?: string;
  user_id?: string;
  team_id?: string;
  type?: string;
  display_name?: string;
  sorting?: string;
  muted?: boolean;
  collapsed?: boolean;
  channel_ids?: string[];
}

const categoryFromRow = (r: Selectable<SidebarCategoryTable>, channelIds: string[]): SidebarCategory => ({
  id: r.id,
  user_id: r.user_id,
  team_id: r.team_id,
  sort_order: Number(r.sort_order),
  sorting: r.sorting,
  type: r.type,
  display_name: r.display_name,
  muted: Boolean(r.muted),
  collapsed: Boolean(r.collapsed),
  channel_ids: channelIds,
});

/** A category from JSON (a REST body), or a 400 naming the field that is wrong. */
export function sidebarCategoryInput(raw: unknown): SidebarCategoryInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidField('sidebar_category', 'category', 'must be an object');
  const input = raw as Record<string, unknown>;
  for (const field of ['id', 'user_id', 'team_id', 'type', 'display_name', 'sorting'] as const) {
    if (input[field] !== undefined && typeof input[field] !== 'string') throw invalidField('sidebar_category', field, 'must be text');
  }
  for (const field of ['muted', 'collapsed'] as const) {
    if (input[field] !== undefined && typeof input[field] !== 'boolean') throw invalidField('sidebar_category', field, 'must be true or false');
  }
  if (input.channel_ids !== undefined && (!Array.isArray(input.channel_ids) || input.channel_ids.some((id) => typeof id !== 'string'))) {
    throw invalidField('sidebar_category', 'channel_ids', 'must be a list of channel ids');
  }
  return input as SidebarCategoryInput;
}

export class Sidebar {
  constructor(private readonly db: Db, private readonly teams: Teams, private readonly events: EventHub) {}

  /** The user's categories in a team, in order, with their channels. 404 unless the user is a member of the team. */
  async get(userId: string, teamId: string): Promise<OrderedSidebarCategories> {
    await this.prepare(userId, teamId);
    const categories = await this.load(userId, teamId);
    return { categories, order: categories.map((c) => c.id) };
  }

  async getCategory(userId: string, teamId: string, categoryId: string): Promise<SidebarCategory> {
    const { categories } = await this.get(userId, teamId);
    return this.find(categories, categoryId);
  }

  /**
   * Creates a custom category, after favorites when that comes first, else at the top; the
   * channels it names move into it from wherever they were.
   */
  async create(userId: string, teamId: string, input: SidebarCategoryInput): Promise<SidebarCategory> {
    this.checkOwner(userId, teamId, input);
    await this.prepare(userId, teamId);
    if ((input.type || 'custom') !== 'custom') throw invalidField('sidebar_category', 'type', 'of a new category must be "custom" (the others exist already)');
    const displayName = checkDisplayName(input.display_name);
    const sorting = checkSorting(input.sorting ?? '');
    const channelIds = await this.checkChannels(userId, teamId, 'custom', input.channel_ids ?? []);
    const current = await this.load(userId, teamId);
    const id = newId();
    const order = current.map((c) => c.id);
    order.splice(current[0]?.type === 'favorites' ? 1 : 0, 0, id);
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('sidebar_categories').values({
        id, user_id: userId, team_id: teamId, sort_order: 0, sorting, type: 'custom', display_name: displayName, muted: input.muted ? 1 : 0, collapsed: input.collapsed ? 1 : 0,
      }).execute();
      await this.writeOrder(tx, order);
      await this.place(tx, userId, teamId, id, channelIds);
    });
    void this.events.publish('sidebar_category_created', { category_id: id }, { user_id: userId });
    return this.find(await this.load(userId, teamId), id);
  }

  /**
   * Changes categories of the user's sidebar: display names (custom categories only), sorting,
   * muted, collapsed, and the channels each holds in order (a channel named moves in from its
   * old category; one left out falls back to channels or direct_messages).
   */
  async update(userId: string, teamId: string, inputs: SidebarCategoryInput[]): Promise<SidebarCategory[]> {
    await this.prepare(userId, teamId);
    const current = await this.load(userId, teamId);
    const seen = new Set<string>();
    const changes: { id: string; display_name: string; sorting: string; muted: boolean; collapsed: boolean; channelIds: string[] }[] = [];
    for (const input of inputs) {
      this.checkOwner(userId, teamId, input);
      const existing = this.find(current, input.id ?? '');
      if (input.type !== undefined && input.type !== '' && input.type !== existing.type) throw invalidField('sidebar_category', 'type', `of category ${existing.id} cannot change`);
      let displayName = existing.display_name;
      if (input.display_name !== undefined && input.display_name !== existing.display_name) {
        if (existing.type !== 'custom') throw invalidField('sidebar_category', 'display_name', `of the ${existing.type} category cannot change`);
        displayName = checkDisplayName(input.display_name);
      }
      const channelIds = await this.checkChannels(userId, teamId, existing.type, input.channel_ids ?? existing.channel_ids);
      for (const channelId of channelIds) {
        if (seen.has(channelId)) throw invalidField('sidebar_category', 'channel_ids', `names channel ${channelId} in two categories`);
        seen.add(channelId);
      }
      changes.push({
        id: existing.id,
        display_name: displayName,
        sorting: checkSorting(input.sorting ?? existing.sorting),
        muted: input.muted ?? existing.muted,
        collapsed: input.collapsed ?? existing.collapsed,
        channelIds,
      });
    }
    await this.db.transaction().execute(async (tx) => {
      for (const c of changes) {
        await tx.updateTable('sidebar_categories').set({ display_name: c.display_name, sorting: c.sorting, muted: c.muted ? 1 : 0, collapsed: c.collapsed ? 1 : 0 })
          .where('id', '=', c.id).execute();
        await tx.deleteFrom('sidebar_channels').where('category_id', '=', c.id).execute();
        await this.place(tx, userId, teamId, c.id, c.channelIds);
      }
    });
    const after = await this.load(userId, teamId);
    const updated = changes.map((c) => this.find(after, c.id));
    void this.events.publish('sidebar_category_updated', { updatedCategories: JSON.stringify(updated) }, { user_id: userId });
    return updated;
  }

  /** Sets the order of the categories: `order` names each of them once. */
  async setOrder(userId: string, teamId: string, order: unknown): Promise<string[]> {
    await this.prepare(userId, teamId);
    const current = (await this.load(userId, teamId)).map((c) => c.id);
    if (!Array.isArray(order) || order.length !== current.length || new Set(order).size !== order.length || !order.every((id) => current.includes(id))) {
      throw invalidField('sidebar_category', 'order', `must name each of the user's ${current.length} categories once`);
    }
    await this.db.transaction().execute((tx) => this.writeOrder(tx, order as string[]));
    void this.events.publish('sidebar_category_order_updated', { order }, { user_id: userId });
    return order as string[];
  }

  /** Deletes a custom category; its channels fall back to channels or direct_messages. */
  async delete(userId: string, teamId: string, categoryId: string): Promise<void> {
    const category = await this.getCategory(userId, teamId, categoryId);
    if (category.type !== 'custom') throw invalidField('sidebar_category', 'category_id', `refers to the ${category.type} category, which cannot be deleted`);
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('sidebar_channels').where('category_id', '=', category.id).execute();
      await tx.deleteFrom('sidebar_categories').where('id', '=', category.id).execute();
    });
    void this.events.publish('sidebar_category_deleted', { category_id: category.id }, { user_id: userId });
  }

  /** 404 unless the user is in the team; then the default categories, made the first time. */
  private async prepare(userId: string, teamId: string): Promise<void> {
    await this.teams.getMember(teamId, userId);
    const any = await this.db.selectFrom('sidebar_categories').select('id').where('user_id', '=', userId).where('team_id', '=', teamId).executeTakeFirst();
    if (any) return;
    await this.db.insertInto('sidebar_categories')
      .values(defaultCategories.map((c, i) => ({
        id: `${c.type}_${userId}_${teamId}`, user_id: userId, team_id: teamId, sort_order: i * sortDistance, sorting: c.sorting, type: c.type, display_name: c.display_name, muted: 0, collapsed: 0,
      })))
      .onConflict((oc) => oc.column('id').doNothing()).execute();
  }

  /** The categories in order, each with its channels: those placed in it, then (for the defaults) the unplaced ones. */
  private async load(userId: string, teamId: string): Promise<SidebarCategory[]> {
    const rows = await this.db.selectFrom('sidebar_categories').selectAll().where('user_id', '=', userId).where('team_id', '=', teamId)
      .orderBy('sort_order').orderBy('id').execute();
    const channels = await this.channelsOf(userId, teamId);
    const placed = await this.db.selectFrom('sidebar_channels').select(['channel_id', 'category_id']).where('user_id', '=', userId).where('team_id', '=', teamId)
      .orderBy('sort_order').execute();
    const byCategory = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    const placedIds = new Set<string>();
    for (const p of placed) {
      if (!channels.has(p.channel_id) || !byCategory.has(p.category_id)) continue;
      byCategory.get(p.category_id)!.push(p.channel_id);
      placedIds.add(p.channel_id);
    }
    const fallback = (type: string) => rows.find((r) => r.type === type)?.id;
    for (const [channelId, channel] of channels) {
      if (placedIds.has(channelId)) continue;
      const categoryId = fallback(channel.type === 'D' || channel.type === 'G' ? 'direct_messages' : 'channels');
      if (categoryId) byCategory.get(categoryId)!.push(channelId);
    }
    return rows.map((r) => categoryFromRow(r, byCategory.get(r.id)!));
  }

  /** The unarchived channels the user is in that this team's sidebar shows: the team's, and direct and group ones. */
  private async channelsOf(userId: string, teamId: string): Promise<Map<string, { type: string }>> {
    const rows = await this.db.selectFrom('channels').innerJoin('channel_members', 'channel_members.channel_id', 'channels.id')
      .select(['channels.id', 'channels.type']).where('channel_members.user_id', '=', userId).where('channels.delete_at', '=', 0)
      .where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]))
      .orderBy('channels.display_name').orderBy('channels.name').execute();
    return new Map(rows.map((r) => [r.id, { type: r.type }]));
  }

  /** The channel ids a category of `type` may hold: the user's, and of the right kind. */
  private async checkChannels(userId: string, teamId: string, type: string, ids: string[]): Promise<string[]> {
    const channels = await this.channelsOf(userId, teamId);
    if (new Set(ids).size !== ids.length) throw invalidField('sidebar_category', 'channel_ids', 'names a channel twice');
    for (const id of ids) {
      const channel = channels.get(id);
      if (!channel) throw invalidField('sidebar_category', 'channel_ids', `names ${id}, which is not a channel of the user in this team`);
      const direct = channel.type === 'D' || channel.type === 'G';
      if (type === 'channels' && direct) throw invalidField('sidebar_category', 'channel_ids', `names ${id}, a direct or group channel, which the channels category cannot hold`);
      if (type === 'direct_messages' && !direct) throw invalidField('sidebar_category', 'channel_ids', `names ${id}, which the direct_messages category cannot hold (direct and group channels only)`);
    }
    return ids;
  }

  private checkOwner(userId: string, teamId: string, input: SidebarCategoryInput): void {
    if (input.user_id && input.user_id !== userId) throw invalidField('sidebar_category', 'user_id', `must be ${userId}, whose sidebar this is`);
    if (input.team_id && input.team_id !== teamId) throw invalidField('sidebar_category', 'team_id', `must be ${teamId}, the sidebar's team`);
  }

  private find(categories: SidebarCategory[], id: string): SidebarCategory {
    const category = categories.find((c) => c.id === id);
    if (!category) throw notFound('app.channel.sidebar_categories.app_error', `Sidebar category "${id}" not found.`);
    return category;
  }

  /** Moves the channels into the category, in this order (out of any other category of the sidebar). */
  private async place(tx: Db, userId: string, teamId: string, categoryId: string, channelIds: string[]): Promise<void> {
    if (!channelIds.length) return;
    await tx.deleteFrom('sidebar_channels').where('user_id', '=', userId).where('team_id', '=', teamId).where('channel_id', 'in', channelIds).execute();
    await tx.insertInto('sidebar_channels')
      .values(channelIds.map((channelId, i) => ({ user_id: userId, team_id: teamId, channel_id: channelId, category_id: categoryId, sort_order: i * sortDistance })))
      .execute();
  }

  private async writeOrder(tx: Db, order: string[]): Promise<void> {
    for (const [i, id] of order.entries()) await tx.updateTable('sidebar_categories').set({ sort_order: i * sortDistance }).where('id', '=', id).execute();
  }
}

function checkDisplayName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name || name.length > maxDisplayName) throw invalidField('sidebar_category', 'display_name', `must be 1-${maxDisplayName} characters`);
  return name;
}

function checkSorting(value: string): string {
  if (!sortings.includes(value)) throw invalidField('sidebar_category', 'sorting', 'must be "", "alpha", "recent" or "manual"');
  return value;
}
