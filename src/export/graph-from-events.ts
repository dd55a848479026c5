import type { EventRecord } from '../types.ts';
import type { GraphData, GraphEdge, GraphNode } from './graph.ts';

/**
 * A directed network from events alone: one node per country (the first three letters of the
 * actor code), one edge per source→target pair with the event count, Goldstein sum and mean, and
 * counts per quad class. Used by the exports when no relation graph is available.
 */
export function graphFromEvents(events: Iterable<EventRecord>): GraphData {
  const nodes = new Map<string, GraphNode & { events: number }>();
  const edges = new Map<string, GraphEdge & { events: number; goldstein_sum: number; quad1: number; quad2: number; quad3: number; quad4: number }>();
  const node = (code: string) => {
    let n = nodes.get(code);
    if (!n) nodes.set(code, (n = { id: code, label: code, events: 0 }));
    return n;
  };
  for (const e of events) {
    if (!e.source || !e.target) continue;
    const s = e.source.code.slice(0, 3).toUpperCase();
    const t = e.target.code.slice(0, 3).toUpperCase();
    if (s === t) continue;
    node(s).events++;
    node(t).events++;
    const key = `${s}->${t}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { id: key, source: s, target: t, weight: 0, events: 0, goldstein_sum: 0, quad1: 0, quad2: 0, quad3: 0, quad4: 0 }));
    edge.events++;
    edge.weight = edge.events;
    edge.goldstein_sum = Math.round((edge.goldstein_sum + e.goldstein) * 100) / 100;
    const q = `quad${e.quad}` as 'quad1';
    if (q in edge) edge[q]++;
  }
  const edgeList = [...edges.values()].map((e) => ({ ...e, goldstein_mean: Math.round((e.goldstein_sum / e.events) * 100) / 100 }));
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: edgeList.sort((a, b) => a.id!.localeCompare(b.id!)) };
}
