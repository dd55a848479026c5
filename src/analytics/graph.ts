import { sql, type Kysely } from 'kysely';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Database } from '../store/schema.ts';
import { RELATION_TYPES, type RelationType } from '../relations/types.ts';

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
export async function relationGraph(db: Kysely<Database>, o: { from?: string; to?: string; at?: string; minEvents?: number } = {}): Promise<RelationGraph> {
  const ev = await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
    SELECT min(a, b) AS x, max(a, b) AS y, sum(n) AS events, sum(q1 + q2) AS cooperation, sum(q3 + q4) AS conflict, round(sum(goldstein_sum), 2) AS goldstein_sum
    FROM dyad_months WHERE month >= ${(o.from ?? '').slice(0, 7)} AND month <= ${(o.to ?? '9999').slice(0, 7)}
    GROUP BY x, y HAVING sum(n) >= ${o.minEvents ?? 1}`.execute(db);
  const edges = new Map<string, GraphEdge>();
  const edge = (x: string, y: string) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const k = `${a}|${b}`;
    return edges.get(k) ?? edges.set(k, { a, b, events: 0, cooperation: 0, conflict: 0, goldstein_sum: 0, relations: [] }).get(k)!;
  };
  for (const r of ev.rows) Object.assign(edge(r.x, r.y), { events: r.events, cooperation: r.cooperation, conflict: r.conflict, goldstein_sum: r.goldstein_sum });
  for (const r of await relationEdges(db, o)) {
    const sym = RELATION_TYPES[r.type as RelationType]?.symmetric ?? false;
    const [from, to] = sym && r.b < r.a ? [r.b, r.a] : [r.a, r.b];
    const e = edge(from, to);
    if (!e.relations.some((x) => x.type === r.type && x.status === r.status && x.from === from && x.to === to)) e.relations.push({ type: r.type, status: r.status, from, to });
  }

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
  const nodes: GraphNode[] = [...g.nodes()].sort().map((id) => ({ id, events: nodeEvents.get(id) ?? 0, community: assignment[id] ?? next++ }));
  const byCommunity = new Map<number, string[]>();
  for (const n of nodes) (byCommunity.get(n.community) ?? byCommunity.set(n.community, []).get(n.community)!).push(n.id);
  const communities = [...byCommunity].map(([id, members]) => ({ id, members })).sort((x, y) => y.members.length - x.members.length || x.id - y.id);
  return { nodes, edges: [...edges.values()], communities };
}

/** Distinct (a, b, type, status) of relations valid at `at` and overlapping [from, to], aggregated in SQL (no evidence needed here). */
async function relationEdges(db: Kysely<Database>, o: { from?: string; to?: string; at?: string }) {
  const at = o.at ?? null, from = o.from ?? null, to = o.to ?? null;
  const r = await sql<{ a: string; b: string; type: string; status: string }>`
    SELECT DISTINCT a, b, type, status FROM relations
    WHERE (${at} IS NULL OR ((start IS NULL OR substr(start, 1, length(${at})) <= substr(${at}, 1, length(start)))
                         AND ("end" IS NULL OR substr("end", 1, length(${at})) >= substr(${at}, 1, length("end")))))
      AND (${from} IS NULL OR "end" IS NULL OR "end" >= ${from})
      AND (${to} IS NULL OR start IS NULL OR substr(start, 1, length(${to})) <= ${to})`.execute(db);
  return r.rows;
}

/** A small deterministic generator so communities do not change between runs. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}
