import { h, fmtNum } from '../dom.ts';
import { allEvents, get, type Graph, type Stats } from '../api.ts';
import { actorName, codeLabel, dateLabel, dyadLink, statusBadge, relationBadge } from '../labels.ts';
import { sortEvents } from './events.ts';
import { worldMap } from '../map.ts';
import { networkSvg } from '../network.ts';
import { navigate } from '../router.ts';

export async function overviewPage(root: HTMLElement): Promise<void> {
  const [stats, graph, { events }] = await Promise.all([get<Stats>('/stats'), get<Graph>('/graph'), allEvents({}, 5000)]);
  root.append(h('h1', null, 'Situation picture'));
  if (!stats.documents) {
    root.append(h('p', { class: 'empty' }, 'The database is empty. Ingest articles with ', h('code', null, 'lagebild ingest'), ', run ', h('code', null, 'npm start'), ' for the examples, or ', h('a', { href: '#/try' }, 'try the coder'), ' on a pasted text.'));
    return;
  }
  const card = (n: number, label: string, href?: string) => h(href ? 'a' : 'div', { class: 'stat', href: href ?? null }, h('strong', null, fmtNum(n)), h('span', null, label));
  root.append(h('section', { class: 'stats', 'aria-label': 'counts' },
    card(stats.documents, 'documents'), card(stats.events, 'event mentions', '#/events'), card(stats.clusters, 'distinct events'),
    card(stats.actors, 'actors', '#/network'), card(stats.relations, 'relations', '#/network'),
    h('div', { class: 'stat' }, h('strong', { class: 'range' }, stats.first_date && stats.last_date ? `${stats.first_date} – ${stats.last_date}` : '—'), h('span', null, 'event dates'))));

  const latest = sortEvents(events, 'date', 'desc').slice(0, 8);
  const latestList = h('ol', { class: 'latest' }, ...latest.map((e) => h('li', null,
    h('a', { href: `#/events?sel=${encodeURIComponent(e.id)}`, class: 'event-link' },
      h('span', { class: 'date' }, dateLabel(e.date, null)), ' ',
      h('span', { class: 'what' }, `${actorName(e.source?.code)} → ${actorName(e.target?.code)}: ${codeLabel(e.code)}`)),
    ' ', statusBadge(e.status))));

  const dyads = [...graph.edges].sort((a, b) => (b.events - a.events) || (b.relations.length - a.relations.length) || a.a.localeCompare(b.a)).slice(0, 8);
  const dyadList = h('ol', { class: 'dyads' }, ...dyads.map((d) => h('li', null,
    dyadLink(d.a, d.b), ' ', h('span', { class: 'muted' }, `${d.events} event(s)`),
    ...[...new Map(d.relations.map((r) => [r.type + r.status, r])).values()].map((r) => [' ', relationBadge(r.type, r.status)]))));

  root.append(h('div', { class: 'grid2' },
    h('section', { class: 'panel' }, h('h2', null, 'Latest events'), latestList, h('p', null, h('a', { href: '#/events' }, 'All events →'))),
    h('section', { class: 'panel' }, h('h2', null, 'Most active dyads'), dyadList, h('p', null, h('a', { href: '#/network' }, 'Network →')))));
  root.append(h('div', { class: 'grid2' },
    h('section', { class: 'panel' }, h('h2', null, 'Where'), worldMap(events, { width: 640, height: 330, onPlace: (p) => navigate(`#/events?place=${encodeURIComponent(p)}`) }), h('p', null, h('a', { href: '#/map' }, 'Map →'))),
    h('section', { class: 'panel' }, h('h2', null, 'Who with whom'), networkSvg(graph, { width: 640, height: 330 }), h('p', null, h('a', { href: '#/network' }, 'Network with time slider →')))));
}
