import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

/**
 * The precomputed analytics tables (migration 20250801T0000-query-speed) are filled by
 * refreshDerived and marked in derived_meta; readers use them when the mark is there and fall
 * back to the base tables otherwise (a database migrated but not yet refreshed).
 */
export const ANALYTICS_KEY = 'analytics';

export async function analyticsReady(db: Kysely<Database>): Promise<boolean> {
  const r = await sql<{ value: string }>`SELECT value FROM derived_meta WHERE ${sql.ref('key')} = ${ANALYTICS_KEY}`.execute(db);
  return r.rows.length > 0;
}

/** Evidence rows kept per relation in listRelations (the first ones in store order); `mentions` keeps the full count. */
export const EVIDENCE_LIMIT = 10;
