// Search of posts (their message) and files (their name and searchable content) with
// Mattermost's syntax, over the database, the same on SQLite and PostgreSQL. SQL narrows the
// candidates (scope, authors, dates, deleted channels, and a case-insensitive LIKE for every
// ASCII word); the words themselves are matched here, on word boundaries, so "cat" does not
// find "concatenate" while "cat*" finds "catalog".
import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../store/db.js';
import type { FileInfoTable, PostTable } from '../store/schema.js';
import type { Channels } from './channels.js';
import { invalidField } from './errors.js';
import { fileInfoFromRow } from './files.js';
import { isValidId } from './ids.js';
import type { Channel, FileInfo, Post } from './models.js';
import { postFromRow, type Posts } from './posts.js';
import type { Teams } from './teams.js';
import type { Users } from './users.js';

/** What a search looks for (Mattermost's model.SearchParams). */
export interface SearchParams {
  /** Words that must all appear (any, with is_or_search); "quoted phrases"; "prefix*"; "-excluded". */
  terms: string;
  excluded_terms: string;
  is_or_search: boolean;
  /** Channel names or ids. */
  in_channels: string[];
  /** Usernames. */
  from_users: string[];
  /** "YYYY-MM-DD" days: posts after / before that day (exclusive), or on it. */
  after_date: string;
  before_date: string;
  on_date: string;
  include_deleted_channels: boolean;
  page: number;
  per_page: number;
  /** Seconds east of UTC the dates are given in (0: UTC). */
  time_zone_offset?: number;
}

export const emptySearchParams = (): SearchParams => ({
  terms: '', excluded_terms: '', is_or_search: false, in_channels: [], from_users: [], after_date: '', before_date: '', on_date: '',
  include_deleted_channels: false, page: 0, per_page: 100,
});

/** A term to match: words in a row (one word, or a phrase); the last one a prefix with "*". */
export interface Term {
  words: string[];
  prefix: boolean;
}

const wordPattern = /[\p{L}\p{N}_]+/gu;
// A quoted phrase (maybe negated) or a run of non-blank characters.
const tokenPattern = /(-?)"([^"]*)"?|(\S+)/g;
const dayMs = 86_400_000;
const scanBatch = 500;
export const maxSearchPerPage = 1000;

/** The words of a text as search matches them: letters, digits and "_", lower-cased. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(wordPattern) ?? [];

/** The terms of a search text: those to find, and those ("-word", "-\"a phrase\"") to exclude. */
export function parseTerms(text: string): { include: Term[]; exclude: Term[] } {
  const include: Term[] = [];
  const exclude: Term[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    let raw = m[3];
    let negated = m[1] === '-';
    let prefix = false;
    if (raw === undefined) raw = m[2];
    else {
      negated = raw.length > 1 && raw.startsWith('-');
      if (negated) raw = raw.slice(1);
      prefix = raw.endsWith('*');
    }
    const words = wordsOf(raw);
    if (words.length) (negated ? exclude : include).push({ words, prefix });
  }
  return { include, exclude };
}

/**
 * A search text as a user types it, with Mattermost's modifiers taken out: `from:username`,
 * `in:channel`, `on:`/`after:`/`before:YYYY-MM-DD`; the rest are the terms.
 */
export function parseSearchText(text: string): Pick<SearchParams, 'terms' | 'from_users' | 'in_channels' | 'on_date' | 'after_date' | 'before_date'> {
  const out = { terms: '', from_users: [] as string[], in_channels: [] as string[], on_date: '', after_date: '', before_date: '' };
  const terms: string[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const modifier = m[3] === undefined ? null : /^(from|in|on|after|before):(.+)$/i.exec(m[3]);
    if (!modifier) {
      terms.push(m[0]);
      continue;
    }
    const value = modifier[2];
    switch (modifier[1].toLowerCase()) {
      case 'from': out.from_users.push(value); break;
      case 'in': out.in_channels.push(value); break;
      case 'on': out.on_date = value; break;
      case 'after': out.after_date = value; break;
      default: out.before_date = value;
    }
  }
  out.terms = terms.join(' ');
  return out;
}

/** Whether the words of a text contain the term: its words in a row, the last as a prefix if asked. */
export function containsTerm(words: string[], term: Term): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) {
      const word = words[i + j];
      all = j === n - 1 && term.prefix ? word.startsWith(term.words[j]) : word === term.words[j];
    }
    if (all) return true;
  }
  return false;
}

/** Start of a "YYYY-MM-DD" day in ms, in the time zone `offsetSeconds` east of UTC. */
function dayStart(field: string, value: string, offsetSeconds: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(t) || new Date(t).getUTCDate() !== Number(m[3])) throw invalidField('search', field, 'must be a date "YYYY-MM-DD"');
  return t - offsetSeconds * 1000;
}

/** The create_at window the date bounds leave: [from, to). */
function dateWindow(params: SearchParams): { from?: number; to?: number } {
  const offset = params.time_zone_offset ?? 0;
  let from: number | undefined;
  let to: number | undefined;
  const narrow = (f?: number, t?: number) => {
    if (f !== undefined) from = from === undefined ? f : Math.max(from, f);
    if (t !== undefined) to = to === undefined ? t : Math.min(to, t);
  };
  if (params.after_date) narrow(dayStart('after_date', params.after_date, offset) + dayMs);
  if (params.before_date) narrow(undefined, dayStart('before_date', params.before_date, offset));
  if (params.on_date) {
    const start = dayStart('on_date', params.on_date, offset);
    narrow(start, start + dayMs);
  }
  return { from, to };
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
// SQLite's lower() folds ASCII only: other words are left to the exact match.
const isAscii = (word: string) => /^[\x00-\x7f]*$/.test(word);

/**
 * The SQL that narrows the candidates before the exact match: `text` (lower-cased) holds each
 * ASCII word of the terms (all of them, or those of any one term with is_or_search).
 */
function prefilter(text: RawBuilder<string>, include: Term[], isOr: boolean): RawBuilder<boolean> | undefined {
  const likes = (term: Term) => term.words.filter(isAscii).map((w) => sql<boolean>`${text} like ${likePattern(w)} escape '\\'`);
  if (!isOr) {
    const all = include.flatMap(likes);
    return all.length ? sql<boolean>`(${sql.join(all, sql` and `)})` : undefined;
  }
  if (!include.length || !include.every((t) => likes(t).length)) return undefined;
  return sql<boolean>`(${sql.join(include.map((t) => sql`(${sql.join(likes(t), sql` and `)})`), sql` or `)})`;
}

/** Whether a text has the terms (all, or any with isOr) and none of the excluded ones. */
function termMatcher(include: Term[], exclude: Term[], isOr: boolean): (text: string) => boolean {
  return (text) => {
    const words = wordsOf(text);
    const found = !include.length || (isOr ? include.some((t) => containsTerm(words, t)) : include.every((t) => containsTerm(words, t)));
    return found && !exclude.some((t) => containsTerm(words, t));
  };
}

/**
 * The page `params` asks for of the rows that match, reading the candidates newest first in
 * batches (`batch(after)` gives those older than `after`) only as far as the page needs.
 */
async function pageOfMatches<R extends { id: string; create_at: number }>(
  params: Pick<SearchParams, 'page' | 'per_page'>,
  matches: (row: R) => boolean,
  batch: (after?: R) => Promise<R[]>,
): Promise<{ rows: R[]; hasNext: boolean }> {
  const start = params.page * params.per_page;
  const found: R[] = [];
  let after: R | undefined;
  while (found.length <= start + params.per_page) {
    const rows = await batch(after);
    found.push(...rows.filter(matches));
    if (rows.length < scanBatch) break;
    after = rows[rows.length - 1];
  }
  return { rows: found.slice(start, start + params.per_page), hasNext: found.length > start + params.per_page };
}

export class Search {
  constructor(
    private readonly db: Db,
    private readonly users: Pick<Users, 'get' | 'getByUsername'>,
    private readonly teams: Pick<Teams, 'get'>,
    private readonly channels: Pick<Channels, 'get' | 'getByName'>,
    private readonly posts: Pick<Posts, 'withReplyCounts'>,
  ) {}

  /**
   * The posts of team `teamId` that match, newest first, one page of them. Without `userId`,
   * every channel of the team; with it, only the channels that user is a member of (and their
   * direct and group channels), as Mattermost searches. Deleted posts and system messages are
   * never found. A search with neither terms nor filters finds nothing.
   */
  async searchPosts(teamId: string, params: SearchParams, userId?: string): Promise<{ posts: Post[]; hasNext: boolean }> {
    const prepared = await this.prepare(teamId, params, userId);
    if (!prepared) return { posts: [], hasNext: false };
    const { include, exclude, window, authors, channelIds } = prepared;
    let query = this.db.selectFrom('posts').innerJoin('channels', 'channels.id', 'posts.channel_id').selectAll('posts')
      .where('posts.delete_at', '=', 0).where('posts.type', 'not like', 'system_%');
    if (userId === undefined) query = query.where('channels.team_id', '=', teamId);
    else {
      query = query.where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]))
        .where('posts.channel_id', 'in', this.db.selectFrom('channel_members').select('channel_id').where('user_id', '=', userId));
    }
    if (!params.include_deleted_channels) query = query.where('channels.delete_at', '=', 0);
    if (authors.length) query = query.where('posts.user_id', 'in', authors);
    if (channelIds.length) query = query.where('posts.channel_id', 'in', channelIds);
    if (window.from !== undefined) query = query.where('posts.create_at', '>=', window.from);
    if (window.to !== undefined) query = query.where('posts.create_at', '<', window.to);
    const narrowed = prefilter(sql<string>`lower(${sql.ref('posts.message')})`, include, params.is_or_search);
    if (narrowed) query = query.where(narrowed);
    const matches = termMatcher(include, exclude, params.is_or_search);
    const { rows, hasNext } = await pageOfMatches(params, (row: Selectable<PostTable>) => matches(row.message), (after) => {
      let batch = query;
      if (after) batch = batch.where((eb) => eb.or([eb('posts.create_at', '<', after.create_at), eb.and([eb('posts.create_at', '=', after.create_at), eb('posts.id', '<', after.id)])]));
      return batch.orderBy('posts.create_at', 'desc').orderBy('posts.id', 'desc').limit(scanBatch).execute();
    });
    return { posts: await this.posts.withReplyCounts(rows.map(postFromRow)), hasNext };
  }

  /**
   * The files in the channels `userId` is a member of (team `teamId`, and their direct and
   * group channels) whose name or searchable content (SetFileSearchableContent) matches the
   * terms, newest first. The filters are those of a post search; dates are the file's.
   */
  async searchFiles(teamId: string, userId: string, params: SearchParams): Promise<{ files: FileInfo[]; hasNext: boolean }> {
    const prepared = await this.prepare(teamId, params, userId);
    if (!prepared) return { files: [], hasNext: false };
    const { include, exclude, window, authors, channelIds } = prepared;
    const text = sql<string>`lower(${sql.ref('file_infos.name')} || ' ' || ${sql.ref('file_infos.content')})`;
    let query = this.db.selectFrom('file_infos').innerJoin('channels', 'channels.id', 'file_infos.channel_id').selectAll('file_infos')
      .where('file_infos.delete_at', '=', 0)
      .where((eb) => eb.or([eb('channels.team_id', '=', teamId), eb('channels.team_id', '=', '')]))
      .where('file_infos.channel_id', 'in', this.db.selectFrom('channel_members').select('channel_id').where('user_id', '=', userId));
    if (!params.include_deleted_channels) query = query.where('channels.delete_at', '=', 0);
    if (authors.length) query = query.where('file_infos.creator_id', 'in', authors);
    if (channelIds.length) query = query.where('file_infos.channel_id', 'in', channelIds);
    if (window.from !== undefined) query = query.where('file_infos.create_at', '>=', window.from);
    if (window.to !== undefined) query = query.where('file_infos.create_at', '<', window.to);
    const narrowed = prefilter(text, include, params.is_or_search);
    if (narrowed) query = query.where(narrowed);
    const matches = termMatcher(include, exclude, params.is_or_search);
    const { rows, hasNext } = await pageOfMatches(params, (row: Selectable<FileInfoTable>) => matches(`${row.name} ${row.content}`), (after) => {
      let batch = query;
      if (after) batch = batch.where((eb) => eb.or([eb('file_infos.create_at', '<', after.create_at), eb.and([eb('file_infos.create_at', '=', after.create_at), eb('file_infos.id', '<', after.id)])]));
      return batch.orderBy('file_infos.create_at', 'desc').orderBy('file_infos.id', 'desc').limit(scanBatch).execute();
    });
    return { files: rows.map(fileInfoFromRow), hasNext };
  }

  /**
   * What every search starts from: the terms, the date window and the named authors and
   * channels resolved; undefined when nothing can match (no terms and no filters, or only
   * unknown authors or channels).
   */
  private async prepare(teamId: string, params: SearchParams, userId?: string) {
    await this.teams.get(teamId);
    if (userId !== undefined) await this.users.get(userId);
    if (!Number.isInteger(params.page) || params.page < 0) throw invalidField('search', 'page', 'must not be negative');
    if (!Number.isInteger(params.per_page) || params.per_page < 1 || params.per_page > maxSearchPerPage) throw invalidField('search', 'per_page', `must be 1-${maxSearchPerPage}`);
    const { include, exclude } = parseTerms(params.terms);
    exclude.push(...parseTerms(params.excluded_terms).include);
    const window = dateWindow(params);
    const filtered = params.from_users.length > 0 || params.in_channels.length > 0 || window.from !== undefined || window.to !== undefined;
    if (!include.length && !filtered) return undefined;
    const authors = await this.resolveUsers(params.from_users);
    const channelIds = await this.resolveChannels(teamId, params.in_channels);
    if ((params.from_users.length && !authors.length) || (params.in_channels.length && !channelIds.length)) return undefined;
    return { include, exclude, window, authors, channelIds };
  }

  /** Several searches of a team, every channel: the posts any of them finds, newest first. */
  async searchPostsAny(teamId: string, paramsList: SearchParams[]): Promise<Post[]> {
    const byId = new Map<string, Post>();
    for (const params of paramsList) {
      for (const post of (await this.searchPosts(teamId, params)).posts) byId.set(post.id, post);
    }
    return [...byId.values()].sort((a, b) => b.create_at - a.create_at || (a.id < b.id ? 1 : -1));
  }

  /** The ids of the users named (a leading "@" is allowed); unknown names are skipped. */
  private async resolveUsers(names: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) {
      const user = await this.users.getByUsername(name.replace(/^@/, '')).catch(() => undefined);
      if (user) ids.push(user.id);
    }
    return ids;
  }

  /** The ids of the channels named (by id, or by name in the team, a leading "~" allowed); unknown ones are skipped. */
  private async resolveChannels(teamId: string, names: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const name of names) {
      let channel: Channel | undefined;
      if (isValidId(name)) channel = await this.channels.get(name).catch(() => undefined);
      channel ??= await this.channels.getByName(teamId, name.replace(/^~/, '')).catch(() => undefined);
      if (channel && (channel.team_id === teamId || channel.team_id === '')) ids.push(channel.id);
    }
    return ids;
  }
}
