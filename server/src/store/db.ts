// Opens the database and brings its schema up to date. SQLite (better-sqlite3, WAL) is the
// embedded default; the same Kysely queries are written to serve PostgreSQL too.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.js';
import { migrations } from './migrations.js';

export type Db = Kysely<Database>;

/** Statements kept prepared, by SQL text: enough for every query the server builds. */
const statementCacheSize = 1000;

/**
 * The database as Kysely's SQLite driver sees it, with each statement prepared once: the
 * driver prepares the SQL of every query it runs, which costs a hot read more than running
 * it. Queries whose SQL varies (IN lists of different lengths) push the oldest out.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let statement = prepared.get(sql);
      if (statement) return statement;
      statement = sqlite.prepare(sql);
      if (prepared.size >= statementCacheSize) prepared.delete(prepared.keys().next().value!);
      prepared.set(sql, statement);
      return statement;
    },
    close: () => sqlite.close(),
  };
}

export async function openDatabase(dataDir: string): Promise<Db> {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(path.join(dataDir, 'plughost.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await db.destroy();
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  return db;
}
