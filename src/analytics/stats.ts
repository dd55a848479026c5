import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export interface DbStats {
  documents: number; sentences: number; events: number; clusters: number; relations: number; actors: number;
  first_date: string | null; last_date: string | null;
}

export async function dbStats(db: Kysely<Database>): Promise<DbStats> {
  const count = async (t: 'documents' | 'sentences' | 'events' | 'event_clusters' | 'relations') =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const range = await db.selectFrom('events').select((eb) => [eb.fn.min('date').as('first'), eb.fn.max('date').as('last')]).executeTakeFirstOrThrow();
  const actors = await db.selectFrom('dyad_months').select('a as code').union(db.selectFrom('dyad_months').select('b as code'))
    .union(db.selectFrom('relations').select('a as code')).union(db.selectFrom('relations').select('b as code')).execute();
  return {
    documents: await count('documents'), sentences: await count('sentences'), events: await count('events'),
    clusters: await count('event_clusters'), relations: await count('relations'), actors: actors.length,
    first_date: range.first ?? null, last_date: range.last ?? null,
  };
}
