import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { redactUrl } from './database.ts';

/**
 * PostgreSQL for the tests: the server comes from LAGEBILD_TEST_PG_URL (a database the user may
 * create schemas in), and every test run gets a schema of its own, dropped at the end.
 */
export const PG_TEST_ENV = 'LAGEBILD_TEST_PG_URL';

/**
 * The server URL, or why PostgreSQL tests cannot run. In CI (env CI set) a missing URL is an
 * error, so the PostgreSQL half of a contract test can never be skipped there unnoticed.
 */
export function pgTestUrl(): { url: string } | { skip: string } {
  const url = process.env[PG_TEST_ENV];
  if (url) return { url };
  if (process.env.CI) throw new Error(`${PG_TEST_ENV} is not set, but CI is: the PostgreSQL tests must run in CI (.ci/run starts a server and sets it)`);
  return { skip: `PostgreSQL tests skipped: set ${PG_TEST_ENV}=postgres://user:password@host/db to run them` };
}

/** A fresh, empty schema on the server; `url` opens the store inside it (libpq `options` sets search_path). */
export async function freshPgSchema(base: string): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `lagebild_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (e) {
    throw new Error(`cannot create a test schema on ${redactUrl(base)}: ${(e as Error).message}`);
  } finally {
    await admin.end().catch(() => {});
  }
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url, schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try { await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await c.end(); }
    },
  };
}
