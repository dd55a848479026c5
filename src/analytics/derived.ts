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

/**
 * The graph window tables (migration 20250901T0000-graph-windows: relation keys, community
 * partitions per period), marked separately so a database refreshed before that migration keeps
 * using the older analytics tables until its next refresh.
 */
export const GRAPH_WINDOWS_KEY = 'graph_windows';

/** Which of the two marks are set, in one query. */
export async function derivedReady(db: Kysely<Database>): Promise<{ analytics: boolean; graphWindows: boolean }> {
  const r = await sql<{ k: string }>`SELECT ${sql.ref('key')} AS k FROM derived_meta WHERE ${sql.ref('key')} IN (${ANALYTICS_KEY}, ${GRAPH_WINDOWS_KEY})`.execute(db);
  const keys = new Set(r.rows.map((x) => x.k));
  return { analytics: keys.has(ANALYTICS_KEY), graphWindows: keys.has(ANALYTICS_KEY) && keys.has(GRAPH_WINDOWS_KEY) };
}

/** Evidence rows kept per relation in listRelations (the first ones in store order); `mentions` keeps the full count. */
export const EVIDENCE_LIMIT = 10;
