import { sql, type Kysely } from 'kysely';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Database } from '../store/schema.ts';
import { RELATION_TYPES, type RelationType } from '../relations/types.ts';
import { analyticsReady } from './derived.ts';

export interface GraphNode { id: string; events: number; community: number }
export interface GraphEdge {
  a: string; b: string;
  /** deduplicated actual events between the two, either direction, in the window */
  events: number; cooperation: number; conflict: number; goldstein_sum: number;
  /** relation types holding in the window (or at `at`) */
  relations: { type: string; status: string; from: string; to: string }[];
}
export interface RelationGraph { nodes: GraphNode[]; edges: GraphEdge[]; communities: { id: number; members: string[] }[] }

// A CommonJS module whose typings declare an ES default export: take the function either way.
const louvain = ((louvainModule as unknown as { default?: typeof louvainModule }).default ?? louvainModule) as unknown as typeof louvainModule.default;

/** Weight of a cooperative relation in community detection, in events. */
const RELATION_WEIGHT = 5;

/**
 * The actor network: event edges from the monthly dyad aggregate, relation edges from the
 * relations table. Communities (blocs) are Louvain communities over cooperation only (cooperative
 * events plus cooperative relations), so adversaries are not pulled into one bloc.
 */
export async function relationGraph(db: Kysely<Database>, o: GraphOptions = {}): Promise<RelationGraph> {
  const ready = await analyticsReady(db);
  if (ready && !o.from && !o.to && !o.at && (o.minEvents ?? 1) <= 1) {
    const snap = await sql<{ graph: string }>`SELECT graph FROM graph_snapshots WHERE ${sql.ref('key')} = 'all'`.execute(db);
    if (snap.rows.length) return JSON.parse(snap.rows[0].graph) as RelationGraph;
  }
  return computeGraph(db, o, ready);
}

export interface GraphOptions { from?: string; to?: string; at?: string; minEvents?: number }

/**
 * The graph from the base tables, or with `precomputed` from the analytics tables that
 * refreshDerived fills: pair totals (all time, or summed over the months of the window), relation
 * validity spans, and for the all-time graph the stored nodes with their communities.
 */
export async function computeGraph(db: Kysely<Database>, o: GraphOptions, precomputed = false): Promise<RelationGraph> {
  const from = (o.from ?? '').slice(0, 7), to = (o.to ?? '9999').slice(0, 7), min = o.minEvents ?? 1;
  const ev = !precomputed
    ? await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
        SELECT min(a, b) AS x, max(a, b) AS y, sum(n) AS events, sum(q1 + q2) AS cooperation, sum(q3 + q4) AS conflict, round(sum(goldstein_sum), 2) AS goldstein_sum
        FROM dyad_months WHERE month >= ${from} AND month <= ${to}
        GROUP BY x, y HAVING sum(n) >= ${min} ORDER BY x, y`.execute(db)
    : !o.from && !o.to
      ? await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
          SELECT x, y, events, cooperation, conflict, goldstein_sum FROM graph_pairs WHERE events >= ${min} ORDER BY x, y`.execute(db)
      : await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
          SELECT x, y, sum(events) AS events, sum(cooperation) AS cooperation, sum(conflict) AS conflict, round(sum(goldstein_sum), 2) AS goldstein_sum
          FROM graph_pair_months WHERE month >= ${from} AND month <= ${to}
          GROUP BY x, y HAVING sum(events) >= ${min} ORDER BY x, y`.execute(db);
  const edges = new Map<string, GraphEdge>();
  const edge = (x: string, y: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const k = `${a}|${b}`;
    return edges.get(k) ?? edges.set(k, { a, b, events: 0, cooperation: 0, conflict: 0, goldstein_sum: 0, relations: [] }).get(k)!;
  };
  for (const r of ev.rows) Object.assign(edge(r.x, r.y), { events: r.events, cooperation: r.cooperation, conflict: r.conflict, goldstein_sum: r.goldstein_sum });
  for (const r of await relationEdges(db, o, precomputed)) {
    const sym = RELATION_TYPES[r.type as RelationType]?.symmetric ?? false;
    const [from, to] = sym && r.b < r.a ? [r.b, r.a] : [r.a, r.b];
    const e = edge(from, to);
    if (!e.relations.some((x) => x.type === r.type && x.status === r.status && x.from === from && x.to === to)) e.relations.push({ type: r.type, status: r.status, from, to });
  }

  let nodes: GraphNode[];
  if (precomputed && !o.from && !o.to && !o.at && min <= 1 && (await sql`SELECT id FROM graph_nodes`.execute(db)).rows.length) {
    nodes = (await sql<GraphNode>`SELECT id, events, community FROM graph_nodes ORDER BY id`.execute(db)).rows;
  } else {
    const g = new UndirectedGraph();
    const nodeEvents = new Map<string, number>();
    for (const e of edges.values()) {
      for (const n of [e.a, e.b]) { if (!g.hasNode(n)) g.addNode(n); nodeEvents.set(n, (nodeEvents.get(n) ?? 0) + e.events); }
      const w = e.cooperation + RELATION_WEIGHT * e.relations.filter((r) => RELATION_TYPES[r.type as RelationType]?.cooperative).length;
      if (w > 0) g.addEdge(e.a, e.b, { weight: w });
    }
    const assignment: Record<string, number> = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(1) }) : {};
    // Nodes without cooperative ties are blocs of their own, numbered after Louvain's.
    let next = Math.max(-1, ...Object.values(assignment)) + 1;
    nodes = [...g.nodes()].sort().map((id) => ({ id, events: nodeEvents.get(id) ?? 0, community: assignment[id] ?? next++ }));
  }
  const byCommunity = new Map<number, string[]>();
  for (const n of nodes) (byCommunity.get(n.community) ?? byCommunity.set(n.community, []).get(n.community)!).push(n.id);
  const communities = [...byCommunity].map(([id, members]) => ({ id, members })).sort((x, y) => y.members.length - x.members.length || x.id - y.id);
  return { nodes, edges: [...edges.values()], communities };
}

/**
 * Distinct (a, b, type, status) of relations valid at `at` and overlapping [from, to], aggregated in SQL (no evidence needed
 * here); with `precomputed` from relation_spans, which keeps per group the rows that decide these conditions.
 */
async function relationEdges(db: Kysely<Database>, o: { from?: string; to?: string; at?: string }, precomputed: boolean) {
  const at = o.at ?? null, from = o.from ?? null, to = o.to ?? null;
  // One text column per row: materialising rows dominates at this size.
  const r = await sql<{ k: string }>`
    SELECT DISTINCT a || '|' || b || '|' || type || '|' || status AS k FROM ${sql.table(precomputed ? 'relation_spans' : 'relations')}
    WHERE (${at} IS NULL OR ((start IS NULL OR substr(start, 1, length(${at})) <= substr(${at}, 1, length(start)))
                         AND ("end" IS NULL OR substr("end", 1, length(${at})) >= substr(${at}, 1, length("end")))))
      AND (${from} IS NULL OR "end" IS NULL OR "end" >= ${from})
      AND (${to} IS NULL OR start IS NULL OR substr(start, 1, length(${to})) <= ${to})
    ORDER BY k`.execute(db);
  return r.rows.map(({ k }) => { const [a, b, type, status] = k.split('|'); return { a, b, type, status }; });
}

/** A small deterministic generator so communities do not change between runs. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}
