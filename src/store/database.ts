import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

export type Dialect = 'sqlite' | 'postgres';

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

/**
 * Opens (creating if needed) a SQLite file, or ':memory:', and migrates it to the latest schema.
 * A postgres:// URL selects PostgreSQL, which is not built yet.
 */
export async function openStore(dbPathOrUrl: string, opts: { migrate?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(dbPathOrUrl)) throw new StoreError('PostgreSQL support is not built yet; use a SQLite file path for --db');
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
  const store: Store = { db, dialect: 'sqlite', location: dbPathOrUrl, close: () => db.destroy() };
  if (opts.migrate !== false) {
    try {
      await migrateToLatest(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
  }
  return store;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError(`database migration${failed ? ` ${failed}` : ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
