import { s, h } from './dom.ts';
import type { Graph } from './api.ts';
import { actorName, RELATION_TYPES } from './labels.ts';

export const BLOC_COLORS = ['#3867d6', '#e1703c', '#20a08a', '#9b59b6', '#c0392b', '#7f8c8d', '#d4a017', '#2d98da'];
const positions = new Map<string, { x: number; y: number }>();

function seed(id: string): number {
  let x = 0;
  for (const c of id) x = (x * 31 + c.charCodeAt(0)) >>> 0;
  return (x % 1000) / 1000;
}

/**
 * A small force layout (repulsion between all nodes, springs along edges, gravity to the
 * centre), run to rest synchronously. Positions are kept per actor, so a graph that changes with
 * the time slider moves gently instead of jumping.
 */
function layout(g: Graph, W: number, H: number): Map<string, { x: number; y: number }> {
  const pos = new Map<string, { x: number; y: number }>();
  g.nodes.forEach((n, i) => {
    const old = positions.get(n.id);
    const a = (2 * Math.PI * i) / Math.max(1, g.nodes.length) + seed(n.id);
    pos.set(n.id, old ? { ...old } : { x: W / 2 + Math.cos(a) * W * 0.3, y: H / 2 + Math.sin(a) * H * 0.3 });
  });
  const k = Math.sqrt((W * H) / Math.max(1, g.nodes.length)) * 0.75;
  const ids = [...pos.keys()];
  for (let it = 0; it < 300; it++) {
    const t = 0.1 * (1 - it / 300) * W;
    const disp = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const a = pos.get(ids[i])!, b = pos.get(ids[j])!;
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (k * k) / d;
      dx = (dx / d) * f; dy = (dy / d) * f;
      disp.get(ids[i])!.x += dx; disp.get(ids[i])!.y += dy;
      disp.get(ids[j])!.x -= dx; disp.get(ids[j])!.y -= dy;
    }
    for (const e of g.edges) {
      const a = pos.get(e.a), b = pos.get(e.b);
      if (!a || !b) continue;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k;
      disp.get(e.a)!.x -= (dx / d) * f; disp.get(e.a)!.y -= (dy / d) * f;
      disp.get(e.b)!.x += (dx / d) * f; disp.get(e.b)!.y += (dy / d) * f;
    }
    for (const id of ids) {
      const p = pos.get(id)!, dsp = disp.get(id)!;
      dsp.x += (W / 2 - p.x) * 0.05 * k / 50; dsp.y += (H / 2 - p.y) * 0.05 * k / 50;
      const d = Math.max(1, Math.hypot(dsp.x, dsp.y));
      p.x += (dsp.x / d) * Math.min(d, t); p.y += (dsp.y / d) * Math.min(d, t);
      p.x = Math.min(W - 40, Math.max(40, p.x)); p.y = Math.min(H - 24, Math.max(24, p.y));
    }
  }
  for (const [id, p] of pos) positions.set(id, p);
  return pos;
}

/** The relation graph as SVG: nodes coloured by bloc (community), edges by relation type, width by events. */
export function networkSvg(g: Graph, o: { width?: number; height?: number; labels?: boolean } = {}): SVGSVGElement {
  const W = o.width ?? 800, H = o.height ?? 520;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'actor network' });
  if (!g.nodes.length) {
    svg.appendChild(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'tick' }, 'No actors in this period.'));
    return svg;
  }
  const pos = layout(g, W, H);
  const maxEv = Math.max(1, ...g.edges.map((e) => e.events));
  for (const e of g.edges) {
    const a = pos.get(e.a), b = pos.get(e.b);
    if (!a || !b) continue;
    const types = [...new Set(e.relations.map((r) => r.type))];
    const main = RELATION_TYPES.find((t) => types.includes(t) && ['war', 'sanctions', 'diplomatic-break', 'rivalry'].includes(t)) ?? types[0];
    const width = 1.5 + (4 * e.events) / maxEv;
    const link = s('a', { href: `#/dyad/${encodeURIComponent(e.a)}/${encodeURIComponent(e.b)}`, class: 'edge-link' },
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${main ? `rel-${main}` : 'events-only'} ${e.relations.some((r) => r.status !== 'actual') ? 'tentative' : ''}`, 'stroke-width': width },
        s('title', null, `${actorName(e.a)} – ${actorName(e.b)}: ${types.length ? types.join(', ') : 'no standing relation'}; ${e.events} event(s), ${e.cooperation} cooperative, ${e.conflict} conflictual, Goldstein sum ${e.goldstein_sum}`)));
    svg.appendChild(link);
  }
  const maxN = Math.max(1, ...g.nodes.map((n) => n.events));
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    const r = 7 + (9 * Math.sqrt(n.events)) / Math.sqrt(maxN);
    svg.appendChild(s('a', { href: `#/actor/${encodeURIComponent(n.id)}`, class: 'node', 'data-actor': n.id },
      s('circle', { cx: p.x, cy: p.y, r, fill: BLOC_COLORS[n.community % BLOC_COLORS.length] }, s('title', null, `${actorName(n.id)} (${n.id}): ${n.events} event(s), bloc ${n.community + 1}`)),
      o.labels === false ? null : s('text', { x: p.x, y: p.y - r - 4, 'text-anchor': 'middle', class: 'node-label' }, n.id)));
  }
  return svg;
}

export function networkLegend(g: Graph): HTMLElement {
  const types = new Set(g.edges.flatMap((e) => e.relations.map((r) => r.type)));
  return h('div', { class: 'legend' },
    ...RELATION_TYPES.filter((t) => types.has(t)).map((t) => h('span', { class: 'key' }, h('i', { class: `sw line rel-${t}` }), t)),
    g.edges.some((e) => !e.relations.length) ? h('span', { class: 'key' }, h('i', { class: 'sw line events-only' }), 'events only') : null,
    h('span', { class: 'key' }, h('i', { class: 'sw line tentative' }), 'planned or alleged'),
    ...(g.communities ?? []).filter((c) => c.members.length > 1).map((c) => h('span', { class: 'key' }, h('i', { class: 'sw dot', style: `background:${BLOC_COLORS[c.id % BLOC_COLORS.length]}` }), `bloc ${c.id + 1}: ${c.members.join(', ')}`)));
}
