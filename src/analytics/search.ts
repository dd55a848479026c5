import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { isPostgres } from '../store/dialect.ts';
import { ftsTerms, snippet, toTsQuery } from '../store/fts.ts';

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

/**
 * Full-text search over every stored sentence (the evidence of events and relations), best first.
 * SQLite: FTS5 with bm25 (rank: lower is better). PostgreSQL: the text_fts tsvector with the same
 * words (src/store/fts.ts), rank = -ts_rank normalised by length, so lower is better there too,
 * and the same bracketed 16-word snippet.
 */
export async function searchText(db: Kysely<Database>, q: string, o: { limit?: number } = {}): Promise<SearchHit[]> {
  if (isPostgres(db)) return searchPostgres(db, q, o.limit ?? 20);
  const match = toFtsQuery(q);
  if (!match) return [];
  const r = await sql<SearchHit>`
    SELECT f.doc AS doc, f.sentence AS sentence, snippet(text_fts, 0, '[', ']', '…', 16) AS snippet, f.text AS text,
      (SELECT count(*) FROM events e WHERE e.doc = f.doc AND e.sentence = f.sentence) AS events, round(bm25(text_fts), 3) AS rank
    FROM text_fts f WHERE text_fts MATCH ${match} ORDER BY bm25(text_fts), f.doc, f.sentence LIMIT ${o.limit ?? 20}`.execute(db);
  return r.rows;
}

async function searchPostgres(db: Kysely<Database>, q: string, limit: number): Promise<SearchHit[]> {
  const terms = ftsTerms(q.split(/\s+/).filter(Boolean));
  if (!terms.length) return [];
  const r = await sql<Omit<SearchHit, 'snippet'>>`
    SELECT f.doc AS doc, f.sentence AS sentence, f.text AS text,
      (SELECT count(*) FROM events e WHERE e.doc = f.doc AND e.sentence = f.sentence) AS events,
      round((-ts_rank(f.tsv, m.q, 1))::numeric, 3) AS rank
    FROM text_fts f, to_tsquery('simple', ${toTsQuery(terms, '&')}) AS m(q)
    WHERE f.tsv @@ m.q ORDER BY ts_rank(f.tsv, m.q, 1) DESC, f.doc, f.sentence LIMIT ${limit}`.execute(db);
  return r.rows.map((h) => ({ doc: h.doc, sentence: h.sentence, snippet: snippet(h.text, terms), text: h.text, events: h.events, rank: h.rank }));
}
