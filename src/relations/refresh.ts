import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { chunks } from '../store/chunk.ts';
import { round2 } from '../store/dialect.ts';
import { rebuildClusters } from './dedup-store.ts';
import { rebuildRelations } from './relations.ts';
import { groupRelations } from './list.ts';
import { ANALYTICS_KEY, EVIDENCE_LIMIT, GRAPH_WINDOWS_KEY } from '../analytics/derived.ts';
import { ALL_PAIRS, computeGraph, louvainNodes, storedPeriods, windowEdges } from '../analytics/graph.ts';

export interface RefreshResult { clusters: number; mentions: number; relations: number }

/** Everything derived from the stored events: event clusters, dyad aggregates, relations and the analytics tables. Runs after an ingest. */
export async function refreshDerived(db: Kysely<Database>): Promise<RefreshResult> {
  const c = await rebuildClusters(db);
  const relations = await rebuildRelations(db);
  await rebuildAnalytics(db);
  return { ...c, relations };
}

/**
 * Rebuilds the precomputed analytics tables from dyad_months, event_clusters and relations:
 * undirected pair totals (all time and per month), the all-time graph's nodes with their Louvain
 * community, relation validity spans, relations grouped with their first evidence rows,
 * per-actor counts, and for windowed graphs the relation keys and the community partitions of
 * every stored period (see windowGraph). Marks them ready in derived_meta.
 */
export async function rebuildAnalytics(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`DELETE FROM derived_meta WHERE ${sql.ref('key')} IN (${ANALYTICS_KEY}, ${GRAPH_WINDOWS_KEY})`.execute(trx);
    for (const t of ['graph_snapshots', 'graph_pairs', 'graph_pair_months', 'graph_nodes', 'relation_spans', 'relation_groups', 'actor_stats', 'actor_roots', 'graph_relation_keys', 'graph_communities', 'graph_texts']) await sql`DELETE FROM ${sql.table(t)}`.execute(trx);
    const x = sql`CASE WHEN a < b THEN a ELSE b END`, y = sql`CASE WHEN a < b THEN b ELSE a END`;
    await sql`INSERT INTO graph_pairs (x, y, events, cooperation, conflict, goldstein_sum)
      SELECT ${x}, ${y}, sum(n), sum(q1 + q2), sum(q3 + q4), ${round2(trx, sql`sum(goldstein_sum)`)} FROM dyad_months GROUP BY ${x}, ${y}`.execute(trx);
    await sql`INSERT INTO graph_pair_months (month, x, y, events, cooperation, conflict, goldstein_sum)
      SELECT month, ${x}, ${y}, sum(n), sum(q1 + q2), sum(q3 + q4), sum(goldstein_sum) FROM dyad_months GROUP BY month, ${x}, ${y}`.execute(trx);
    // An open-ended row is valid wherever its start allows, and the earliest start (or none) allows the most.
    await sql`INSERT INTO relation_spans (a, b, type, status, start, "end")
      SELECT a, b, type, status, CASE WHEN count(*) > count(start) THEN NULL ELSE min(start) END, NULL FROM relations WHERE "end" IS NULL GROUP BY a, b, type, status`.execute(trx);
    await sql`INSERT INTO relation_spans (a, b, type, status, start, "end")
      SELECT DISTINCT a, b, type, status, start, "end" FROM relations WHERE "end" IS NOT NULL`.execute(trx);
    await sql`INSERT INTO actor_roots (code, root, events)
      SELECT code, root, count(*) FROM (SELECT a AS code, root FROM event_clusters WHERE a IS NOT NULL
        UNION ALL SELECT b AS code, root FROM event_clusters WHERE b IS NOT NULL AND (a IS NULL OR a <> b)) AS m GROUP BY code, root`.execute(trx);
    await sql`INSERT INTO actor_stats (code, events, counterparts, relations)
      WITH ev AS (SELECT a AS code, b AS other, n FROM dyad_months UNION ALL SELECT b, a, n FROM dyad_months),
        rel AS (SELECT a AS code FROM relations UNION ALL SELECT b FROM relations),
        e AS (SELECT code, sum(n) AS events, count(DISTINCT other) AS counterparts FROM ev GROUP BY code),
        r AS (SELECT code, count(*) AS relations FROM rel GROUP BY code)
      SELECT code, coalesce(e.events, 0), coalesce(e.counterparts, 0), coalesce(r.relations, 0)
      FROM (SELECT code FROM e UNION SELECT code FROM r) AS x LEFT JOIN e USING (code) LEFT JOIN r USING (code)`.execute(trx);

    const graph = await computeGraph(trx, {}, true);
    await sql`INSERT INTO graph_snapshots (${sql.ref('key')}, graph) VALUES ('all', ${JSON.stringify(graph)})`.execute(trx);
    for (const c of chunks(graph.nodes)) await sql`INSERT INTO graph_nodes (id, events, community) VALUES ${sql.join(c.map((n) => sql`(${n.id}, ${n.events}, ${n.community})`))}`.execute(trx);

    const rows = await trx.selectFrom('relations').selectAll().orderBy('doc').orderBy('sentence').orderBy('id').execute();
    const groups = groupRelations(rows).map((g, i) => sql`(${g.a}, ${g.b}, ${g.type}, ${g.status}, ${JSON.stringify(g.a_codes)}, ${JSON.stringify(g.b_codes)},
      ${g.start}, ${g.end}, ${g.mentions}, ${g.documents}, ${JSON.stringify(g.evidence.slice(0, EVIDENCE_LIMIT))}, ${i})`);
    for (let i = 0; i < groups.length; i += 1000) {
      const c = groups.slice(i, i + 1000);
      await sql`INSERT INTO relation_groups (a, b, type, status, a_codes, b_codes, start, "end", mentions, documents, evidence, position) VALUES ${sql.join(c)}`.execute(trx);
    }
    await sql`INSERT INTO derived_meta (${sql.ref('key')}, value) VALUES (${ANALYTICS_KEY}, '1')`.execute(trx);
    await fillGraphWindows(trx);
  });
}

/**
 * The graph window tables, after the analytics tables: relation keys (relation_spans with the
 * key precomputed), the all-time pairs packed as one text, and a Louvain partition of the graph of every stored period (all time, each
 * month and year of the data, and each month as `at`), computed from the same edges windowGraph
 * reads so that a request for exactly a stored period gets the communities computeGraph would.
 */
export async function rebuildGraphWindows(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(fillGraphWindows);
}

async function fillGraphWindows(trx: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM derived_meta WHERE ${sql.ref('key')} = ${GRAPH_WINDOWS_KEY}`.execute(trx);
  for (const t of ['graph_relation_keys', 'graph_communities', 'graph_texts']) await sql`DELETE FROM ${sql.table(t)}`.execute(trx);
  await sql`INSERT INTO graph_texts (${sql.ref('key')}, value) SELECT 'pairs', coalesce(${ALL_PAIRS}, '') FROM graph_pairs`.execute(trx);
  await sql`INSERT INTO graph_relation_keys (k, start, "end") SELECT a || '|' || b || '|' || type || '|' || status, start, "end" FROM relation_spans`.execute(trx);
  const months = (await sql<{ month: string }>`SELECT DISTINCT month FROM graph_pair_months WHERE length(month) = 7 ORDER BY month`.execute(trx)).rows.map((r) => r.month);
  for (const { period, request } of storedPeriods(months)) {
    const rows = louvainNodes(await windowEdges(trx, request)).map((n) => ({ scope: period.scope, period: period.period, id: n.id, community: n.community }));
    for (const c of chunks(rows)) {
      await sql`INSERT INTO graph_communities (scope, period, id, community)
        VALUES ${sql.join(c.map((n) => sql`(${n.scope}, ${n.period}, ${n.id}, ${n.community})`))}`.execute(trx);
    }
  }
  await sql`INSERT INTO derived_meta (${sql.ref('key')}, value) VALUES (${GRAPH_WINDOWS_KEY}, '1')`.execute(trx);
}

/** True when events are stored but nothing has been derived from them yet (a database from before this step). */
export async function derivedMissing(db: Kysely<Database>): Promise<boolean> {
  const e = await db.selectFrom('events').select('id').limit(1).executeTakeFirst();
  if (!e) return false;
  const c = await db.selectFrom('event_cluster_members').select('event_id').limit(1).executeTakeFirst();
  if (!c) return true;
  const m = await sql`SELECT value FROM derived_meta WHERE ${sql.ref('key')} = ${ANALYTICS_KEY}`.execute(db);
  return m.rows.length === 0;
}
