import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { rebuildClusters } from './dedup-store.ts';
import { rebuildRelations } from './relations.ts';

export interface RefreshResult { clusters: number; mentions: number; relations: number }

/** Everything derived from the stored events: event clusters, dyad aggregates and relations. Runs after an ingest. */
export async function refreshDerived(db: Kysely<Database>): Promise<RefreshResult> {
  const c = await rebuildClusters(db);
  const relations = await rebuildRelations(db);
  return { ...c, relations };
}

/** True when events are stored but nothing has been derived from them yet (a database from before this step). */
export async function derivedMissing(db: Kysely<Database>): Promise<boolean> {
  const e = await db.selectFrom('events').select('id').limit(1).executeTakeFirst();
  if (!e) return false;
  const c = await db.selectFrom('event_cluster_members').select('event_id').limit(1).executeTakeFirst();
  return !c;
}
