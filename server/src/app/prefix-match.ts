// Prefix (and part) search as every search of plughost does it: any case, with LIKE's wildcards in the
// term taken literally, in SQL that SQLite and PostgreSQL both run.
import { type Expression, type SqlBool, sql } from 'kysely';

/** A search answers at most this many, as Mattermost's channel search does. */
export const maxSearchResults = 100;

/** `text` with LIKE's wildcards escaped (for `like … escape '\\'`). */
export const likeEscape = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/** A condition: the text in `column` starts with `term`. */
export function startsWith(column: string, term: string): Expression<SqlBool> {
  const pattern = `${likeEscape(term.toLowerCase())}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** A condition: the text in `column` contains `term`. */
export function contains(column: string, term: string): Expression<SqlBool> {
  const pattern = `%${likeEscape(term.toLowerCase())}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
