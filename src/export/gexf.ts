import { attrValue, declareAttrs, xmlEscape, type GraphData } from './graph.ts';

const GEXF_TYPES = { string: 'string', double: 'double', integer: 'integer', boolean: 'boolean' } as const;

/** GEXF 1.3 (gexf.net) of a directed graph with declared node and edge attributes. */
export function toGexf(g: GraphData, opts: { creator?: string; description?: string } = {}): string {
  const nodeAttrs = declareAttrs(g.nodes, ['id', 'label']);
  const edgeAttrs = declareAttrs(g.edges, ['id', 'source', 'target', 'weight']);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>${xmlEscape(opts.creator ?? 'lagebild')}</creator><description>${xmlEscape(opts.description ?? 'actor network')}</description></meta>`,
    `  <graph mode="static" defaultedgetype="${g.directed === false ? 'undirected' : 'directed'}">`,
  ];
  const decl = (cls: string, attrs: typeof nodeAttrs) => {
    if (!attrs.length) return;
    out.push(`    <attributes class="${cls}">`);
    attrs.forEach((a, i) => out.push(`      <attribute id="${i}" title="${xmlEscape(a.key)}" type="${GEXF_TYPES[a.type]}"/>`));
    out.push('    </attributes>');
  };
  const values = (item: Record<string, unknown>, attrs: typeof nodeAttrs, indent: string) => {
    const vs = attrs.map((a, i) => [i, item[a.key]] as const).filter(([, v]) => v !== null && v !== undefined);
    if (!vs.length) return '';
    return `\n${indent}  <attvalues>${vs.map(([i, v]) => `<attvalue for="${i}" value="${xmlEscape(attrValue(v))}"/>`).join('')}</attvalues>\n${indent}`;
  };
  decl('node', nodeAttrs);
  decl('edge', edgeAttrs);
  out.push('    <nodes>');
  for (const n of g.nodes) {
    const body = values(n, nodeAttrs, '      ');
    const open = `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(String(n.label ?? n.id))}"`;
    out.push(body ? `${open}>${body}</node>` : `${open}/>`);
  }
  out.push('    </nodes>', '    <edges>');
  g.edges.forEach((e, i) => {
    const body = values(e, edgeAttrs, '      ');
    const weight = typeof e.weight === 'number' ? ` weight="${e.weight}"` : '';
    const open = `      <edge id="${xmlEscape(String(e.id ?? i))}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${weight}`;
    out.push(body ? `${open}>${body}</edge>` : `${open}/>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}
