import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

/** What the exports need from a document besides its events (no text). */
export interface DocMeta {
  id: string;
  url: string | null;
  title: string | null;
  lang: string | null;
  source: string | null;
  published: string | null;
  ingested_at: string;
}

/**
 * Looks documents up once each; events arrive ordered by document, so holding the last few is
 * enough to keep memory flat on large exports.
 */
export function docMetaLookup(db: Kysely<Database>, keep = 64): (id: string) => Promise<DocMeta | null> {
  const cache = new Map<string, DocMeta | null>();
  return async (id) => {
    if (cache.has(id)) return cache.get(id)!;
    const row = await db.selectFrom('documents').select(['id', 'url', 'title', 'lang', 'source', 'published', 'ingested_at'])
      .where('id', '=', id).executeTakeFirst();
    if (cache.size >= keep) cache.delete(cache.keys().next().value!);
    cache.set(id, row ?? null);
    return row ?? null;
  };
}

export interface MentionCounts { mentions: number; documents: number; sources: number }

/**
 * Mention counts of each event's dedup cluster (src/relations), fetched per document: one
 * record stays one row, and NumMentions/NumSources/NumArticles say how often the real-world
 * event was reported. Events not yet clustered count once.
 */
export function clusterCountsLookup(db: Kysely<Database>): (doc: string, eventId: string) => Promise<MentionCounts> {
  let current: { doc: string; counts: Map<string, MentionCounts> } | null = null;
  return async (doc, eventId) => {
    if (current?.doc !== doc) {
      const rows = await db.selectFrom('events as e').innerJoin('event_cluster_members as m', 'm.event_id', 'e.id')
        .innerJoin('event_clusters as c', 'c.id', 'm.cluster_id')
        .select(['e.id', 'c.num_mentions', 'c.num_documents', 'c.num_sources']).where('e.doc', '=', doc).execute();
      current = { doc, counts: new Map(rows.map((r) => [r.id, { mentions: r.num_mentions, documents: r.num_documents, sources: r.num_sources }])) };
    }
    return current.counts.get(eventId) ?? { mentions: 1, documents: 1, sources: 1 };
  };
}
