import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { EventRecord } from '../types.ts';
import { filterEvents, rowToEvent, type EventFilter } from '../store/events.repo.ts';

/**
 * Matching events in store order, fetched a page at a time by keyset (doc, sentence, span,
 * trigger, id). Unlike a cursor stream this holds no connection between pages, so the export can
 * look up documents and clusters while it goes (SQLite has one connection), and memory stays flat.
 */
export async function* pagedEvents(db: Kysely<Database>, filter: EventFilter = {}, size = 500): AsyncGenerator<EventRecord> {
  let after: EventRecord | null = null;
  let left = filter.limit ?? Infinity;
  const base = { ...filter, limit: undefined };
  while (left > 0) {
    let q = filterEvents(db, base);
    if (after) {
      const a: EventRecord = after;
      q = q.where(sql<boolean>`(${sql.ref('doc')}, ${sql.ref('sentence')}, ${sql.ref('span_start')}, ${sql.ref('trigger_start')}, ${sql.ref('id')}) > (${a.doc}, ${a.sentence}, ${a.span[0]}, ${a.trigger.span[0]}, ${a.id})`);
    }
    const rows = await q.limit(Math.min(size, left)).execute();
    for (const r of rows) yield (after = rowToEvent(r));
    left -= rows.length;
    if (rows.length < Math.min(size, left + rows.length)) break;
  }
}
