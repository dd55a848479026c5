import { h, fmtNum } from '../dom.ts';
import { get, type Dyad } from '../api.ts';
import { actorLink, actorName, codeLabel, dateLabel, statusBadge } from '../labels.ts';
import { relationTimeline, seriesChart } from '../charts.ts';

export async function dyadPage(root: HTMLElement, a: string, b: string, q: URLSearchParams): Promise<void> {
  const A = a.toUpperCase(), B = b.toUpperCase();
  const interval = q.get('interval') === 'week' ? 'week' : 'month';
  const d = await get<Dyad>(`/dyads/${encodeURIComponent(A)}/${encodeURIComponent(B)}`, { interval, key_events: 12 });
  const tot = d.series.reduce((acc, p) => ({ coop: acc.coop + p.q1 + p.q2, conf: acc.conf + p.q3 + p.q4, g: acc.g + p.goldstein_sum }), { coop: 0, conf: 0, g: 0 });
  root.append(
    h('p', { class: 'crumbs' }, actorLink(A), ' · ', actorLink(B), ' · ', h('a', { href: `#/dyad/${B}/${A}` }, 'swap')),
    h('h1', null, `${actorName(A)} – ${actorName(B)}`),
    h('p', { class: 'lede' }, `${tot.coop} cooperative and ${tot.conf} conflictual dated actual event(s); Goldstein sum ${fmtNum(tot.g, 1)}. `,
      h('a', { href: `#/events?dyad=${A},${B}` }, 'All events of this pair →')),
    h('section', { class: 'panel' },
      h('h2', null, 'Cooperation and conflict over time'),
      h('p', { class: 'tabs' }, h('a', { href: `#/dyad/${A}/${B}`, class: interval === 'month' ? 'on' : null }, 'per month'), ' ', h('a', { href: `#/dyad/${A}/${B}?interval=week`, class: interval === 'week' ? 'on' : null }, 'per week')),
      seriesChart(d.series)),
    h('section', { class: 'panel' }, h('h2', null, 'Relations'), relationTimeline(d.relations)),
    h('section', { class: 'panel' }, h('h2', null, 'Key events'),
      d.key_events.length ? h('ol', { class: 'key-events' }, ...d.key_events.map((k) => h('li', null,
        h('a', { href: `#/event/${encodeURIComponent(k.id)}`, class: 'event-link', 'data-event': k.id }, `${k.code} ${codeLabel(k.code)}`), ' ',
        h('span', { class: 'muted' }, `${actorName(k.a)} → ${actorName(k.b)} · ${dateLabel(k.date)} · Goldstein ${k.goldstein} · ${k.num_mentions} mention(s) in ${k.num_documents} document(s)`), ' ',
        statusBadge(k.status),
        h('blockquote', { class: 'quote' }, k.evidence))))
        : h('p', { class: 'muted' }, 'No events between these actors.')));
}
