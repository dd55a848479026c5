import { h } from '../dom.ts';
import { allEvents } from '../api.ts';
import { clientFilter, filterForm, filterProblem, filterQuery, readFilters, serverFilter } from '../filters.ts';
import { worldMap } from '../map.ts';
import { navigate } from '../router.ts';
import { actorName } from '../labels.ts';

export async function mapPage(root: HTMLElement, q: URLSearchParams): Promise<void> {
  const f = readFilters(q);
  root.append(h('h1', null, 'Map'), filterForm(f, (nf) => navigate(`#/map${filterQuery(nf)}`)));
  const problem = filterProblem(f);
  if (problem) { root.append(h('p', { class: 'problem' }, problem)); return; }
  const { events: all } = await allEvents(serverFilter(f));
  const events = clientFilter(all, f);
  const placed = events.filter((e) => e.place);
  const counts = new Map<string, number>();
  for (const e of placed) counts.set(e.place!.country ?? '?', (counts.get(e.place!.country ?? '?') ?? 0) + 1);
  root.append(
    h('p', { class: 'muted count' }, `${placed.length} of ${events.length} event(s) have a place. Click a dot or a shaded country to list its events. `,
      h('a', { href: `#/events${filterQuery(f)}` }, 'Same filters as a table →')),
    h('div', { class: 'map-box' }, worldMap(events, { onPlace: (p) => navigate(`#/events${filterQuery({ ...f, place: p })}`) })),
    h('section', { class: 'panel' }, h('h2', null, 'Events by country'),
      counts.size ? h('ul', { class: 'country-list' }, ...[...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => h('li', null,
        h('a', { href: `#/events${filterQuery({ ...f, place: c })}` }, actorName(c)), h('span', { class: 'muted' }, ` ${n}`))))
        : h('p', { class: 'muted' }, 'No event with a place.')));
}
