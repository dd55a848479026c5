import { h, s, fmtNum } from './dom.ts';
import type { SeriesPoint, Relation } from './api.ts';
import { QUADS, relationBadge } from './labels.ts';

/** The drawing width in SVG units: about the width it will be shown at, so its text stays at its size. */
export function chartWidth(max = 1200): number {
  return Math.round(Math.min(max, Math.max(340, window.innerWidth - (window.innerWidth > 600 ? 90 : 50))));
}

const QUAD_COLORS: Record<number, string> = { 1: 'var(--q1)', 2: 'var(--q2)', 3: 'var(--q3)', 4: 'var(--q4)' };

/** Stacked bars per period (cooperation up, conflict down) and the mean Goldstein as a line. */
export function seriesChart(series: SeriesPoint[]): HTMLElement {
  if (!series.length) return h('p', { class: 'muted' }, 'No dated actual events for this pair yet, so there is no series to draw.');
  const W = chartWidth(), H = 260, L = 36, R = 36, T = 14, B = 34;
  const mid = T + (H - T - B) / 2;
  const up = Math.max(1, ...series.map((p) => p.q1 + p.q2));
  const down = Math.max(1, ...series.map((p) => p.q3 + p.q4));
  const m = Math.max(up, down);
  const half = (H - T - B) / 2;
  const bw = Math.min(48, (W - L - R) / series.length * 0.7);
  const x = (i: number) => L + ((i + 0.5) * (W - L - R)) / series.length;
  const yG = (g: number) => mid - (g / 10) * half;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events per period by quad class, and mean Goldstein score' });
  svg.appendChild(s('line', { x1: L, x2: W - R, y1: mid, y2: mid, class: 'axis' }));
  svg.appendChild(s('text', { x: 4, y: T + 8, class: 'tick' }, `+${m}`));
  svg.appendChild(s('text', { x: 4, y: H - B, class: 'tick' }, `−${m}`));
  svg.appendChild(s('text', { x: W - R + 4, y: T + 8, class: 'tick' }, '+10'));
  svg.appendChild(s('text', { x: W - R + 4, y: H - B, class: 'tick' }, '−10'));
  series.forEach((p, i) => {
    let y = mid;
    for (const q of [1, 2] as const) {
      const v = p[`q${q}`], hgt = (v / m) * half;
      if (v) svg.appendChild(s('rect', { x: x(i) - bw / 2, y: y - hgt, width: bw, height: hgt, fill: QUAD_COLORS[q] }, s('title', null, `${p.period}: ${v} ${QUADS[q].toLowerCase()}`)));
      y -= hgt;
    }
    y = mid;
    for (const q of [3, 4] as const) {
      const v = p[`q${q}`], hgt = (v / m) * half;
      if (v) svg.appendChild(s('rect', { x: x(i) - bw / 2, y, width: bw, height: hgt, fill: QUAD_COLORS[q] }, s('title', null, `${p.period}: ${v} ${QUADS[q].toLowerCase()}`)));
      y += hgt;
    }
    const every = Math.ceil(series.length / Math.max(2, Math.floor(W / 90)));
    if (i % every === 0) svg.appendChild(s('text', { x: x(i), y: H - 12, class: 'tick', 'text-anchor': 'middle' }, p.period));
  });
  const pts = series.map((p, i) => `${x(i)},${yG(p.goldstein_mean)}`).join(' ');
  svg.appendChild(s('polyline', { points: pts, class: 'goldstein' }));
  series.forEach((p, i) => svg.appendChild(s('circle', { cx: x(i), cy: yG(p.goldstein_mean), r: 3.5, class: 'goldstein-dot' }, s('title', null, `${p.period}: mean Goldstein ${fmtNum(p.goldstein_mean, 2)}, sum ${fmtNum(p.goldstein_sum, 1)}`))));
  return h('figure', { class: 'chart-wrap' }, svg, h('figcaption', { class: 'legend' },
    ...[1, 2, 3, 4].map((q) => h('span', { class: 'key' }, h('i', { class: `sw quad-${q}` }), QUADS[q])),
    h('span', { class: 'key' }, h('i', { class: 'sw goldstein-sw' }), 'mean Goldstein (right axis)')));
}

/** Horizontal bars: label, bar, number. */
export function bars(rows: { label: Node | string; value: number; cls?: string; title?: string }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h('div', { class: 'bars' }, ...rows.map((r) => h('div', { class: 'bar-row', title: r.title ?? null },
    h('span', { class: 'bar-label' }, r.label),
    h('span', { class: 'bar-track' }, h('span', { class: `bar-fill ${r.cls ?? ''}`, style: `width:${(100 * r.value) / max}%` })),
    h('span', { class: 'bar-value' }, fmtNum(r.value)))));
}

const toNum = (d: string, end = false): number => {
  const [y, m, dd] = d.split('-').map(Number);
  return y + ((m ? m - 1 : end ? 11 : 0) + ((dd ? dd - 1 : end ? 27 : 0) / 28)) / 12;
};

/** When each relation began and ended, on one time axis; open ends fade out. */
export function relationTimeline(relations: Relation[]): HTMLElement {
  if (!relations.length) return h('p', { class: 'muted' }, 'No standing relation between these actors in the stored articles.');
  const dates = relations.flatMap((r) => [r.start, r.end]).filter((d): d is string => !!d);
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  let lo = dates.length ? Math.min(...dates.map((d) => toNum(d))) : now - 3;
  let hi = Math.max(now, ...dates.map((d) => toNum(d, true)));
  lo = Math.floor(lo) - 1; hi = Math.ceil(hi);
  const W = chartWidth(), row = 30, L = 24, R = 24, T = 22;
  const H = T + relations.length * row + 8;
  const x = (v: number) => L + ((v - lo) / (hi - lo)) * (W - L - R);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img', 'aria-label': 'relation timeline' });
  const step = Math.max(1, Math.ceil((hi - lo) / Math.max(2, Math.floor(W / 80))));
  for (let y = lo; y <= hi; y += step) {
    svg.appendChild(s('line', { x1: x(y), x2: x(y), y1: T - 4, y2: H, class: 'grid' }));
    svg.appendChild(s('text', { x: x(y), y: 12, class: 'tick', 'text-anchor': 'middle' }, String(y)));
  }
  relations.forEach((r, i) => {
    const y = T + i * row + 4;
    const a = r.start ? x(toNum(r.start)) : x(lo);
    const b = r.end ? x(toNum(r.end, true)) : x(hi);
    svg.appendChild(s('rect', { x: a, y, width: Math.max(4, b - a), height: row - 10, rx: 3, class: `relbar rel-${r.type} ${r.start ? '' : 'open-start'} ${r.end ? '' : 'open-end'} status-${r.status}` },
      s('title', null, `${r.type} (${r.status}): ${r.start ?? 'before the articles'} – ${r.end ?? 'ongoing'}`)));
    const right = a > W / 2;
    svg.appendChild(s('text', { x: right ? b - 6 : a + 6, 'text-anchor': right ? 'end' : 'start', y: y + row / 2 - 1, class: 'rel-label' }, `${r.type}${r.status !== 'actual' ? ` (${r.status})` : ''}: ${r.start ?? '…'} – ${r.end ?? 'ongoing'}`));
  });
  const list = h('ul', { class: 'relations' }, ...relations.map((r) => h('li', null,
    relationBadge(r.type, r.status), ' ', h('span', { class: 'when' }, `${r.start ? `since ${r.start}` : 'start not stated'}${r.end ? `, until ${r.end}` : ', no end stated'}`),
    h('span', { class: 'muted' }, ` · ${r.mentions} mention(s) in ${r.documents} document(s)`),
    ...r.evidence.slice(0, 2).map((e) => h('blockquote', { class: 'quote' }, e.text,
      h('cite', null, ' — ', e.event_id ? h('a', { href: `#/event/${encodeURIComponent(e.event_id)}` }, `${e.doc}, sentence ${e.sentence}`) : `${e.doc}, sentence ${e.sentence}`))))));
  return h('div', null, h('figure', { class: 'chart-wrap' }, svg), list);
}

/** Events per month in four stacked quad colours (actor timeline). */
export function monthBars(counts: Map<string, [number, number, number, number]>): HTMLElement {
  const months = [...counts.keys()].sort();
  if (!months.length) return h('p', { class: 'muted' }, 'No dated events.');
  const W = chartWidth(), H = 170, L = 28, B = 26, T = 8;
  const max = Math.max(1, ...months.map((m) => counts.get(m)!.reduce((a, b) => a + b, 0)));
  const bw = Math.min(40, ((W - L - 10) / months.length) * 0.75);
  const x = (i: number) => L + ((i + 0.5) * (W - L - 10)) / months.length;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'events per month' });
  svg.appendChild(s('line', { x1: L, x2: W - 10, y1: H - B, y2: H - B, class: 'axis' }));
  svg.appendChild(s('text', { x: 2, y: T + 8, class: 'tick' }, String(max)));
  const every = Math.ceil(months.length / Math.max(2, Math.floor(W / 90)));
  months.forEach((m, i) => {
    let y = H - B;
    counts.get(m)!.forEach((v, q) => {
      if (!v) return;
      const hgt = (v / max) * (H - B - T);
      y -= hgt;
      svg.appendChild(s('rect', { x: x(i) - bw / 2, y, width: bw, height: hgt, fill: QUAD_COLORS[q + 1] }, s('title', null, `${m}: ${v} ${QUADS[q + 1].toLowerCase()}`)));
    });
    if (i % every === 0) svg.appendChild(s('text', { x: x(i), y: H - 8, class: 'tick', 'text-anchor': 'middle' }, m));
  });
  return h('figure', { class: 'chart-wrap' }, svg);
}
