import type { RelationGraph } from '../analytics/index.ts';

/**
 * The network shape the graph exports take: the {nodes, edges} of relationGraph
 * (src/analytics) or of graphFromEvents. Any other scalar property of a node or edge becomes
 * a declared attribute in GEXF and GraphML.
 */
export type Scalar = string | number | boolean | null | undefined;
export interface GraphNode { id: string; label?: string; [k: string]: unknown }
export interface GraphEdge { source: string; target: string; id?: string; weight?: number; [k: string]: unknown }
export interface GraphData { nodes: GraphNode[]; edges: GraphEdge[]; /** default true */ directed?: boolean }

/** The relation graph of src/analytics (undirected {a, b} edges with relations and communities) in the export shape. */
export function fromRelationGraph(g: RelationGraph): GraphData {
  return {
    directed: false,
    nodes: g.nodes.map((n) => ({ ...n, label: n.id })),
    edges: g.edges.map(({ a, b, relations, ...rest }) => ({
      id: `${a}|${b}`, source: a, target: b, weight: rest.events, ...rest,
      // one readable attribute: "ally 2024-02..2025-01; sanctions (planned)"
      relations: relations.map((r) => `${r.type}${r.status !== 'actual' ? ` (${r.status})` : ''}${r.from || r.to ? ` ${r.from ?? ''}..${r.to ?? ''}` : ''}`).join('; ') || null,
    })),
  };
}

export interface AttrDecl { key: string; type: 'string' | 'double' | 'integer' | 'boolean' }

/** Attributes present on any item, with a type that fits every value seen. Arrays and objects are written as JSON text. */
export function declareAttrs(items: Record<string, unknown>[], skip: string[]): AttrDecl[] {
  const types = new Map<string, AttrDecl['type']>();
  for (const it of items) {
    for (const [k, v] of Object.entries(it)) {
      if (skip.includes(k) || v === null || v === undefined) continue;
      const t: AttrDecl['type'] = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'double') : 'string';
      const prev = types.get(k);
      if (!prev) types.set(k, t);
      else if (prev !== t) types.set(k, (prev === 'integer' && t === 'double') || (prev === 'double' && t === 'integer') ? 'double' : 'string');
    }
  }
  return [...types].map(([key, type]) => ({ key, type })).sort((a, b) => a.key.localeCompare(b.key));
}

export function attrValue(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials are escaped.
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
