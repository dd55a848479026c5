import { sql, type Kysely } from 'kysely';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Database } from '../store/schema.ts';
import { RELATION_TYPES, type RelationType } from '../relations/types.ts';
import { derivedReady } from './derived.ts';
import { isPostgres, round2, textParam } from '../store/dialect.ts';

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
 *
 * Once refreshDerived has filled the graph window tables, a windowed or point-in-time graph is
 * assembled from them (windowGraph) with the same nodes and edges as computeGraph and its
 * communities taken from a partition precomputed for the closest covering period.
 */
export async function relationGraph(db: Kysely<Database>, o: GraphOptions = {}): Promise<RelationGraph> {
  const ready = await derivedReady(db);
  if (ready.analytics && !o.from && !o.to && !o.at && (o.minEvents ?? 1) <= 1) {
    const snap = await sql<{ graph: string }>`SELECT graph FROM graph_snapshots WHERE ${sql.ref('key')} = 'all'`.execute(db);
    if (snap.rows.length) return JSON.parse(snap.rows[0].graph) as RelationGraph;
  }
  if (ready.graphWindows) return windowGraph(db, o);
  return computeGraph(db, o, ready.analytics);
}

export interface GraphOptions { from?: string; to?: string; at?: string; minEvents?: number }

/**
 * The graph from the base tables, or with `precomputed` from the analytics tables that
 * refreshDerived fills: pair totals (all time, or summed over the months of the window), relation
 * validity spans, and for the all-time graph the stored nodes with their communities.
 */
export async function computeGraph(db: Kysely<Database>, o: GraphOptions, precomputed = false): Promise<RelationGraph> {
  const from = (o.from ?? '').slice(0, 7), to = (o.to ?? '9999').slice(0, 7), min = o.minEvents ?? 1;
  const pg = isPostgres(db);
  const ev = !precomputed
    ? await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
        SELECT ${pg ? sql`least(a, b)` : sql`min(a, b)`} AS x, ${pg ? sql`greatest(a, b)` : sql`max(a, b)`} AS y, sum(n) AS events, sum(q1 + q2) AS cooperation, sum(q3 + q4) AS conflict, ${round2(db, sql`sum(goldstein_sum)`)} AS goldstein_sum
        FROM dyad_months WHERE month >= ${from} AND month <= ${to}
        GROUP BY x, y HAVING sum(n) >= ${min} ORDER BY x, y`.execute(db)
    : !o.from && !o.to
      ? await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
          SELECT x, y, events, cooperation, conflict, goldstein_sum FROM graph_pairs WHERE events >= ${min} ORDER BY x, y`.execute(db)
      : await sql<{ x: string; y: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }>`
          SELECT x, y, sum(events) AS events, sum(cooperation) AS cooperation, sum(conflict) AS conflict, ${round2(db, sql`sum(goldstein_sum)`)} AS goldstein_sum
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

  const nodes = precomputed && !o.from && !o.to && !o.at && min <= 1 && (await sql`SELECT id FROM graph_nodes`.execute(db)).rows.length
    ? (await sql<GraphNode>`SELECT id, events, community FROM graph_nodes ORDER BY id`.execute(db)).rows
    : louvainNodes(edges.values());
  return assemble(nodes, [...edges.values()]);
}

/**
 * The nodes of a graph given its edges, with Louvain communities over the cooperative weight
 * (deterministic: seeded, nodes in edge order); nodes without cooperative ties are blocs of their
 * own, numbered after Louvain's.
 */
export function louvainNodes(edges: Iterable<GraphEdge>): GraphNode[] {
  const g = new UndirectedGraph();
  const nodeEvents = new Map<string, number>();
  for (const e of edges) {
    for (const n of [e.a, e.b]) { if (!g.hasNode(n)) g.addNode(n); nodeEvents.set(n, (nodeEvents.get(n) ?? 0) + e.events); }
    const w = e.cooperation + RELATION_WEIGHT * e.relations.filter((r) => RELATION_TYPES[r.type as RelationType]?.cooperative).length;
    if (w > 0) g.addEdge(e.a, e.b, { weight: w });
  }
  const assignment: Record<string, number> = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(1) }) : {};
  let next = Math.max(-1, ...Object.values(assignment)) + 1;
  return [...g.nodes()].sort().map((id) => ({ id, events: nodeEvents.get(id) ?? 0, community: assignment[id] ?? next++ }));
}

function assemble(nodes: GraphNode[], edges: GraphEdge[]): RelationGraph {
  const byCommunity = new Map<number, string[]>();
  for (const n of nodes) (byCommunity.get(n.community) ?? byCommunity.set(n.community, []).get(n.community)!).push(n.id);
  const communities = [...byCommunity].map(([id, members]) => ({ id, members })).sort((x, y) => y.members.length - x.members.length || x.id - y.id);
  return { nodes, edges, communities };
}

/**
 * The graph from the graph window tables (migration 20250901T0000-graph-windows): the same nodes
 * and edges, in the same order, as computeGraph(db, o, true), with communities from a stored
 * partition instead of a Louvain run per request.
 *
 * Communities: the partition precomputed (by louvainNodes, at refresh) for the closest period
 * covering the request, restricted to the nodes of the requested graph. A window within one month
 * takes that month's partition, within one calendar year that year's, any other window the
 * all-time one; `at` without a window takes the partition of the graph at that month (all events,
 * relations valid then), the all-time one when `at` is coarser than a month or outside the data.
 * A node the partition lacks (the period graph is built at month granularity, so a finer window
 * can hold a relation its covering period does not) is a bloc of its own, numbered after the
 * partition's largest community. So the result is always a deterministic partition of the
 * requested nodes, and for a request that is exactly a stored period (one month, YYYY-01..YYYY-12,
 * `at` a month) it equals what computeGraph returns.
 */
export async function windowGraph(db: Kysely<Database>, o: GraphOptions): Promise<RelationGraph> {
  const [edges, partition] = await Promise.all([windowEdges(db, o), storedPartition(db, coveringPeriod(o))]);
  // Nodes as louvainNodes finds them: endpoints in edge order, events summed, sorted by id.
  const events = new Map<string, number>();
  for (const e of edges) {
    events.set(e.a, (events.get(e.a) ?? 0) + e.events);
    events.set(e.b, (events.get(e.b) ?? 0) + e.events);
  }
  let next = 0;
  for (const c of partition.values()) if (c >= next) next = c + 1;
  const nodes = [...events.keys()].sort().map((id) => ({ id, events: events.get(id)!, community: partition.get(id) ?? next++ }));
  return assemble(nodes, edges);
}

export interface Period { scope: 'all' | 'window' | 'at'; period: string }

/** The smallest stored period whose graph covers the request's (see windowGraph). */
export function coveringPeriod(o: GraphOptions): Period {
  if (o.from || o.to) {
    const f = (o.from ?? '').slice(0, 7), t = (o.to ?? '9999').slice(0, 7);
    if (f.length === 7 && f === t) return { scope: 'window', period: f };
    if (f.length >= 4 && f.slice(0, 4) === t.slice(0, 4)) return { scope: 'window', period: f.slice(0, 4) };
    return { scope: 'all', period: '' };
  }
  if (o.at && o.at.length >= 7) return { scope: 'at', period: o.at.slice(0, 7) };
  return { scope: 'all', period: '' };
}

/** The requests whose graphs refreshDerived partitions: every month and year of the data, and `at` every month. */
export function storedPeriods(months: string[]): { period: Period; request: GraphOptions }[] {
  const out: { period: Period; request: GraphOptions }[] = [{ period: { scope: 'all', period: '' }, request: {} }];
  for (const m of months) out.push({ period: { scope: 'window', period: m }, request: { from: m, to: m } });
  for (const y of [...new Set(months.map((m) => m.slice(0, 4)))]) out.push({ period: { scope: 'window', period: y }, request: { from: `${y}-01`, to: `${y}-12` } });
  for (const m of months) out.push({ period: { scope: 'at', period: m }, request: { at: m } });
  return out;
}

async function storedPartition(db: Kysely<Database>, p: Period): Promise<Map<string, number>> {
  const read = async (q: Period) => (await sql<{ r: string }>`
    SELECT id || '|' || community AS r FROM graph_communities WHERE scope = ${q.scope} AND period = ${q.period}`.execute(db)).rows;
  let rows = await read(p);
  if (!rows.length && p.scope !== 'all') rows = await read({ scope: 'all', period: '' });
  const m = new Map<string, number>();
  for (const { r } of rows) { const i = r.lastIndexOf('|'); m.set(r.slice(0, i), Number(r.slice(i + 1))); }
  return m;
}

/**
 * The edges of computeGraph(db, o, true), same values and order, from graph_pairs /
 * graph_pair_months and graph_relation_keys. Each query returns a single text: its rows' fields
 * joined with '|' in row order (string_agg with ORDER BY: SQLite 3.44+, PostgreSQL), split here
 * into one flat array. Materialising thousands of rows, or objects per row, dominated the time
 * at this size. The numbers survive the trip through text: counts are integers and
 * goldstein_sum is rounded to 2 decimals, which SQLite prints exactly.
 */
/** graph_pairs packed as windowEdges reads it; stored as graph_texts 'pairs' by refreshDerived. */
export const ALL_PAIRS = sql<string | null>`string_agg(x || '|' || y || '|' || events || '|' || cooperation || '|' || conflict || '|' || goldstein_sum, '|' ORDER BY x, y)`;

export async function windowEdges(db: Kysely<Database>, o: GraphOptions): Promise<GraphEdge[]> {
  const from = (o.from ?? '').slice(0, 7), to = (o.to ?? '9999').slice(0, 7), min = o.minEvents ?? 1;
  const at = textParam(db, o.at ?? null), rfrom = textParam(db, o.from ?? null), rto = textParam(db, o.to ?? null);
  const [pairs, rels] = await Promise.all([
    !o.from && !o.to
      ? min <= 1
        ? sql<{ s: string | null }>`SELECT value AS s FROM graph_texts WHERE ${sql.ref('key')} = 'pairs'`.execute(db)
        : sql<{ s: string | null }>`SELECT ${ALL_PAIRS} AS s FROM graph_pairs WHERE events >= ${min}`.execute(db)
      : sql<{ s: string | null }>`
          SELECT string_agg(r, '|' ORDER BY x, y) AS s FROM (
            SELECT x, y, x || '|' || y || '|' || sum(events) || '|' || sum(cooperation) || '|' || sum(conflict) || '|' || ${round2(db, sql`sum(goldstein_sum)`)} AS r
            FROM graph_pair_months WHERE month >= ${from} AND month <= ${to}
            GROUP BY x, y HAVING sum(events) >= ${min}) AS p`.execute(db),
    // relationEdges' filter over the precomputed key (the covering index serves it).
    sql<{ s: string | null }>`
      SELECT string_agg(k, '|' ORDER BY k) AS s FROM (
        SELECT DISTINCT k FROM graph_relation_keys
        WHERE (${at} IS NULL OR ((start IS NULL OR substr(start, 1, length(${at})) <= substr(${at}, 1, length(start)))
                             AND ("end" IS NULL OR substr("end", 1, length(${at})) >= substr(${at}, 1, length("end")))))
          AND (${rfrom} IS NULL OR "end" IS NULL OR "end" >= ${rfrom})
          AND (${rto} IS NULL OR start IS NULL OR substr(start, 1, length(${rto})) <= ${rto})) AS r`.execute(db),
  ]);
  // (no stored text: a database refreshed by an older version of this code)
  if (!o.from && !o.to && min <= 1 && !pairs.rows.length) pairs.rows.push(...(await sql<{ s: string | null }>`SELECT ${ALL_PAIRS} AS s FROM graph_pairs`.execute(db)).rows);
  const fields = (q: { rows: { s: string | null }[] }) => { const s = q.rows[0]?.s; return s ? s.split('|') : []; };
  // Edges by a then b: two lookups on the split strings beat one on a concatenated key here.
  const byA = new Map<string, Map<string, GraphEdge>>(), edges: GraphEdge[] = [];
  const add = (a: string, b: string, events: number, cooperation: number, conflict: number, goldstein_sum: number): GraphEdge => {
    const e: GraphEdge = { a, b, events, cooperation, conflict, goldstein_sum, relations: [] };
    let m = byA.get(a);
    if (!m) byA.set(a, m = new Map());
    m.set(b, e);
    edges.push(e);
    return e;
  };
  const p = fields(pairs);
  for (let i = 0; i + 5 < p.length; i += 6) {
    if (p[i] < p[i + 1]) add(p[i], p[i + 1], +p[i + 2], +p[i + 3], +p[i + 4], +p[i + 5]);
    else add(p[i + 1], p[i], +p[i + 2], +p[i + 3], +p[i + 4], +p[i + 5]);
  }
  const r = fields(rels);
  for (let i = 0; i + 3 < r.length; i += 4) {
    const type = r[i + 2], status = r[i + 3];
    const swap = (RELATION_TYPES[type as RelationType]?.symmetric ?? false) && r[i + 1] < r[i];
    const from = swap ? r[i + 1] : r[i], to = swap ? r[i] : r[i + 1];
    const a = from < to ? from : to, b = from < to ? to : from;
    const e = byA.get(a)?.get(b) ?? add(a, b, 0, 0, 0, 0), rs = e.relations;
    let seen = false;
    for (let j = 0; j < rs.length && !seen; j++) seen = rs[j].type === type && rs[j].status === status && rs[j].from === from && rs[j].to === to;
    if (!seen) rs.push({ type, status, from, to });
  }
  return edges;
}

/**
 * Distinct (a, b, type, status) of relations valid at `at` and overlapping [from, to], aggregated in SQL (no evidence needed
 * here); with `precomputed` from relation_spans, which keeps per group the rows that decide these conditions.
 */
async function relationEdges(db: Kysely<Database>, o: { from?: string; to?: string; at?: string }, precomputed: boolean) {
  const at = textParam(db, o.at ?? null), from = textParam(db, o.from ?? null), to = textParam(db, o.to ?? null);
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
