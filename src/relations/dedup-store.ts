import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { chunks } from '../store/chunk.ts';
import { countIf, isPostgres } from '../store/dialect.ts';
import { clusterMentions, type Mention } from './dedup.ts';

/**
 * Rebuilds event_clusters, event_cluster_members and dyad_months from every stored event.
 * A full rebuild keeps the result independent of ingest order; it runs once per ingest run.
 */
export async function rebuildClusters(db: Kysely<Database>): Promise<{ clusters: number; mentions: number }> {
  const placeCountry = isPostgres(db)
    ? sql<string | null>`(events.place::json ->> 'country')`
    : sql<string | null>`json_extract(events.place, '$.country')`;
  const rows = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc')
    .select(['events.id', 'events.doc', 'events.source_code', 'events.target_code', 'events.root', 'events.code', 'events.quad',
      'events.goldstein', 'events.status', 'events.date', 'documents.source',
      placeCountry.as('place_country')])
    .execute();
  const mentions: Mention[] = rows.map((r) => ({
    id: r.id, doc: r.doc, outlet: r.source ? `source:${r.source.toLowerCase()}` : `doc:${r.doc}`,
    a: r.source_code ? r.source_code.slice(0, 3) : null, b: r.target_code ? r.target_code.slice(0, 3) : null,
    root: r.root, code: r.code, quad: r.quad, goldstein: r.goldstein, status: r.status, date: r.date, place_country: r.place_country,
  }));
  const clusters = clusterMentions(mentions);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('event_cluster_members').execute();
    await trx.deleteFrom('event_clusters').execute();
    await trx.deleteFrom('dyad_months').execute();
    const crow = clusters.map(({ members: _m, ...c }) => ({ ...c, date_precision: c.date ? (['', 'year', 'month', 'day'][c.date.split('-').length]) : null }));
    for (const c of chunks(crow)) await trx.insertInto('event_clusters').values(c).execute();
    const mrow = clusters.flatMap((c) => c.members.map((m) => ({ event_id: m.id, cluster_id: c.id })));
    for (const c of chunks(mrow)) await trx.insertInto('event_cluster_members').values(c).execute();
    // Analytics count what happened: actual events with at least a month, between two known actors.
    const q = (n: number) => countIf(trx, sql`quad = ${sql.lit(n)}`);
    await sql`INSERT INTO dyad_months (a, b, month, n, q1, q2, q3, q4, goldstein_sum)
      SELECT a, b, substr(date, 1, 7), count(*), ${q(1)}, ${q(2)}, ${q(3)}, ${q(4)}, sum(goldstein)
      FROM event_clusters WHERE status = 'actual' AND a IS NOT NULL AND b IS NOT NULL AND a <> b AND length(date) >= 7
      GROUP BY a, b, substr(date, 1, 7)`.execute(trx);
  });
  return { clusters: clusters.length, mentions: mentions.length };
}
