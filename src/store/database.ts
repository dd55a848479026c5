import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';
import { isPostgres, type Dialect } from './dialect.ts';

export type { Dialect } from './dialect.ts';

/** An open database with the schema migrated to the latest version. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** the file path (SQLite) or URL with the password removed (PostgreSQL) */
  readonly location: string;
  close(): Promise<void>;
}

export class StoreError extends Error {}

export function isPostgresUrl(s: string): boolean { return /^postgres(ql)?:\/\//i.test(s); }

/** The URL without its password (user:password@ and a password= parameter), fit for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1@').replace(/([?&]password=)[^&#]*/i, '$1***');
}

/**
 * Opens (creating if needed) a SQLite file, or ':memory:', and migrates it to the latest schema.
 * A postgres:// or postgresql:// URL opens that PostgreSQL database instead (the database must
 * exist; the schema is created in it). libpq's `options` parameter works, e.g.
 * `?options=-c%20search_path%3Dlagebild` to keep the tables in a schema of their own.
 */
export async function openStore(dbPathOrUrl: string, opts: { migrate?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(dbPathOrUrl)) return openPostgres(dbPathOrUrl, opts);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(dbPathOrUrl);
  } catch (e) {
    throw new StoreError(`cannot open database ${dbPathOrUrl}: ${(e as Error).message}`);
  }
  // WAL lets readers run while an ingest writes; NORMAL sync is durable across process crashes in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return finishOpen({ db, dialect: 'sqlite', location: dbPathOrUrl, close: () => db.destroy() }, opts);
}

async function finishOpen(store: Store, opts: { migrate?: boolean }): Promise<Store> {
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(store.db);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

// Counts, sums of integers (bigint) and rounded numbers (numeric) come back as JavaScript numbers,
// as from SQLite, instead of pg's default strings. Values beyond 2^53 do not occur here.
const PG_INT8 = 20, PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

async function openPostgres(url: string, opts: { migrate?: boolean }): Promise<Store> {
  const location = redactUrl(url);
  let where = location;
  try {
    const u = new URL(url);
    where = `${u.hostname || u.searchParams.get('host') || 'localhost'}:${u.port || '5432'}/${decodeURIComponent(u.pathname.slice(1)) || '(default database)'}`;
  } catch { /* keep the redacted URL */ }
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => {});
    const err = e as Error & { code?: string };
    const why = err.code === 'ECONNREFUSED' ? 'connection refused (is the server running and listening there?)'
      : err.code === 'ENOTFOUND' ? 'host not found'
      : err.code === '3D000' ? 'the database does not exist (create it first: createdb)'
      : err.code === '28P01' || err.code === '28000' ? 'authentication failed (check user and password)'
      : (err.message || String(e)).replaceAll(url, location);
    throw new StoreError(`cannot connect to PostgreSQL at ${where}: ${why}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return finishOpen({ db, dialect: 'postgres', location, close: () => db.destroy() }, opts);
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // On PostgreSQL the migration bookkeeping lives in the schema the tables go to (the first of
  // the search_path), so two stores in two schemas of one database do not see each other's.
  const schema = isPostgres(db) ? (await sql<{ s: string | null }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s : null;
  if (isPostgres(db) && !schema) throw new StoreError('PostgreSQL has no current schema: the search_path names no existing schema; create one or fix the search_path');
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError(`database migration${failed ? ` ${failed}` : ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
