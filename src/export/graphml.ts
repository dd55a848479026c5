import { attrValue, declareAttrs, xmlEscape, type GraphData } from './graph.ts';

const GRAPHML_TYPES = { string: 'string', double: 'double', integer: 'long', boolean: 'boolean' } as const;

/** GraphML (graphml.graphdrawing.org) of a directed graph; every attribute is declared as a <key>. */
export function toGraphml(g: GraphData): string {
  const nodeAttrs = [{ key: 'label', type: 'string' as const }, ...declareAttrs(g.nodes, ['id', 'label'])];
  const edgeAttrs = declareAttrs(g.edges, ['id', 'source', 'target']);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  // Key ids are positional (n0, e0): attribute names need not be valid XML ids.
  nodeAttrs.forEach((a, i) => out.push(`  <key id="n${i}" for="node" attr.name="${xmlEscape(a.key)}" attr.type="${GRAPHML_TYPES[a.type]}"/>`));
  edgeAttrs.forEach((a, i) => out.push(`  <key id="e${i}" for="edge" attr.name="${xmlEscape(a.key)}" attr.type="${GRAPHML_TYPES[a.type]}"/>`));
  out.push(`  <graph id="G" edgedefault="${g.directed === false ? 'undirected' : 'directed'}">`);
  const data = (item: Record<string, unknown>, attrs: typeof edgeAttrs, prefix: string) =>
    attrs.map((a, i) => [`${prefix}${i}`, item[a.key]] as const).filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${k}">${xmlEscape(attrValue(v))}</data>`).join('');
  for (const n of g.nodes) out.push(`    <node id="${xmlEscape(n.id)}">${data({ ...n, label: n.label ?? n.id }, nodeAttrs, 'n')}</node>`);
  g.edges.forEach((e, i) => {
    out.push(`    <edge id="${xmlEscape(String(e.id ?? `e${i}`))}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data(e, edgeAttrs, 'e')}</edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
