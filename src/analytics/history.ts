import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { countryOf } from '../relations/types.ts';
import { listRelations, type Relation } from '../relations/list.ts';
import { dyadSeries, type SeriesPoint } from './series.ts';

export interface KeyEvent {
  id: string; a: string | null; b: string | null; code: string; status: string; date: string | null; goldstein: number;
  num_mentions: number; num_documents: number; num_sources: number; realises: string | null; evidence: string; doc: string;
}
export interface DyadHistory { a: string; b: string; relations: Relation[]; key_events: KeyEvent[]; series: SeriesPoint[] }

/**
 * The story of a dyad: its relations with evidence, the key events (most mentioned and most
 * intense, deduplicated, planned ones included) and the monthly series.
 */
export async function dyadHistory(db: Kysely<Database>, a: string, b: string, o: { events?: number } = {}): Promise<DyadHistory> {
  const [x, y] = [countryOf(a), countryOf(b)];
  const rows = await db.selectFrom('event_clusters as c').innerJoin('events as e', 'e.id', 'c.id')
    .select(['c.id', 'c.a', 'c.b', 'c.code', 'c.status', 'c.date', 'c.goldstein', 'c.num_mentions', 'c.num_documents', 'c.num_sources', 'c.realises', 'e.evidence', 'e.doc'])
    .where((eb) => eb.or([eb.and([eb('c.a', '=', x), eb('c.b', '=', y)]), eb.and([eb('c.a', '=', y), eb('c.b', '=', x)])]))
    .orderBy('c.num_mentions', 'desc').orderBy(({ fn, ref }) => fn('abs', [ref('c.goldstein')]), 'desc').orderBy('c.id')
    .limit(o.events ?? 20).execute();
  const key_events = rows.sort((p, q) => (p.date ?? '9999').localeCompare(q.date ?? '9999') || p.id.localeCompare(q.id));
  return { a: x, b: y, relations: await listRelations(db, { dyad: [x, y] }), key_events, series: await dyadSeries(db, x, y) };
}
