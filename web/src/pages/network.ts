import { h, clear } from '../dom.ts';
import { get, type Graph, type Stats } from '../api.ts';
import { networkLegend, networkSvg } from '../network.ts';
import { actorName, dyadLink, relationBadge } from '../labels.ts';

function months(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7) || '1')];
  const [ly, lm] = [Number(last.slice(0, 4)), Number(last.slice(5, 7) || '12')];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

export async function networkPage(root: HTMLElement): Promise<void> {
  const stats = await get<Stats>('/stats');
  const steps = stats.first_date && stats.last_date ? months(stats.first_date, stats.last_date) : [];
  const figure = h('div', { class: 'network-box' });
  const legendBox = h('div');
  const edgeList = h('div');
  const label = h('output', { class: 'slider-label' }, 'all time');
  const slider = h('input', { type: 'range', min: 0, max: steps.length, value: steps.length, step: 1, 'aria-label': 'show the network as of this month', disabled: steps.length ? null : true });
  let token = 0;
  const draw = async () => {
    const i = Number(slider.value);
    const at = i < steps.length ? steps[i] : null;
    label.textContent = at ? `as of ${at}` : 'all time';
    const mine = ++token;
    const g = await get<Graph>('/graph', at ? { to: at, at } : {});
    if (mine !== token) return;
    clear(figure); clear(legendBox); clear(edgeList);
    figure.append(networkSvg(g, { width: 900, height: 520 }));
    legendBox.append(networkLegend(g));
    const edges = [...g.edges].sort((a, b) => b.events - a.events || b.relations.length - a.relations.length);
    edgeList.append(edges.length ? h('table', { class: 'edges' },
      h('thead', null, h('tr', null, h('th', null, 'Pair'), h('th', null, 'Relations'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num wide-only' }, 'Coop.'), h('th', { class: 'num wide-only' }, 'Conflict'), h('th', { class: 'num wide-only' }, 'Goldstein'))),
      h('tbody', null, ...edges.map((e) => h('tr', null, h('td', null, dyadLink(e.a, e.b, `${actorName(e.a)} – ${actorName(e.b)}`)),
        h('td', null, ...[...new Map(e.relations.map((r) => [r.type + r.status, r])).values()].map((r) => [relationBadge(r.type, r.status), ' '])),
        h('td', { class: 'num' }, String(e.events)), h('td', { class: 'num wide-only' }, String(e.cooperation)), h('td', { class: 'num wide-only' }, String(e.conflict)), h('td', { class: 'num wide-only' }, String(e.goldstein_sum))))))
      : h('p', { class: 'muted' }, 'No ties in this period.'));
  };
  let timer: number | null = null;
  const play = h('button', { type: 'button', disabled: steps.length ? null : true }, '▶ Play');
  play.addEventListener('click', () => {
    if (timer !== null) { clearInterval(timer); timer = null; play.textContent = '▶ Play'; return; }
    if (Number(slider.value) >= steps.length) slider.value = '0';
    play.textContent = '❚❚ Pause';
    timer = window.setInterval(() => {
      if (!slider.isConnected || Number(slider.value) >= steps.length) { if (timer !== null) clearInterval(timer); timer = null; play.textContent = '▶ Play'; return; }
      slider.value = String(Number(slider.value) + 1);
      void draw();
    }, 700);
  });
  slider.addEventListener('input', () => void draw());
  root.append(h('h1', null, 'Network'),
    h('p', { class: 'lede' }, 'Actors linked by standing relations (colour: type) and by events (width: number of events). Colours of the nodes are blocs found in the graph. Move the slider to see the network as of a month: events up to then, relations valid then.'),
    h('div', { class: 'slider' }, play, slider, label),
    figure, legendBox, h('section', { class: 'panel' }, h('h2', null, 'Ties'), edgeList));
  await draw();
}
