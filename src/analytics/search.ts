import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export interface SearchHit { doc: string; sentence: number; snippet: string; text: string; events: number; rank: number }

/**
 * Turns user words into an FTS5 query: every word must occur (AND), a trailing * searches a prefix,
 * and FTS syntax characters are quoted away so any input is a valid query.
 */
export function toFtsQuery(q: string): string {
  return q.split(/\s+/).filter(Boolean).map((w) => {
    const prefix = w.endsWith('*');
    const word = w.replace(/\*+$/, '').replace(/"/g, '');
    return word ? `"${word}"${prefix ? '*' : ''}` : '';
  }).filter(Boolean).join(' ');
}

/** Full-text search over every stored sentence (the evidence of events and relations), best first. */
export async function searchText(db: Kysely<Database>, q: string, o: { limit?: number } = {}): Promise<SearchHit[]> {
  const match = toFtsQuery(q);
  if (!match) return [];
  const r = await sql<SearchHit>`
    SELECT f.doc AS doc, f.sentence AS sentence, snippet(text_fts, 0, '[', ']', '…', 16) AS snippet, f.text AS text,
      (SELECT count(*) FROM events e WHERE e.doc = f.doc AND e.sentence = f.sentence) AS events, round(bm25(text_fts), 3) AS rank
    FROM text_fts f WHERE text_fts MATCH ${match} ORDER BY bm25(text_fts), f.doc, f.sentence LIMIT ${o.limit ?? 20}`.execute(db);
  return r.rows;
}
