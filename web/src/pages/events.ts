import { h, clear } from '../dom.ts';
import { allEvents, type EventRecord } from '../api.ts';
import { clientFilter, filterForm, filterProblem, filterQuery, readFilters, serverFilter, type Filters } from '../filters.ts';
import { actorName, codeLabel, countryOf, dateLabel, dyadLink, statusBadge } from '../labels.ts';
import { eventView } from '../event-view.ts';
import { navigate } from '../router.ts';

type SortKey = 'date' | 'source' | 'target' | 'code' | 'status' | 'goldstein' | 'place';
const COLUMNS: { key: SortKey; label: string; cls?: string }[] = [
  { key: 'date', label: 'Date' }, { key: 'source', label: 'Source' }, { key: 'target', label: 'Target' },
  { key: 'code', label: 'Event' }, { key: 'status', label: 'Status' }, { key: 'goldstein', label: 'Goldstein', cls: 'num wide-only' }, { key: 'place', label: 'Place', cls: 'wide-only' },
];

function sortValue(e: EventRecord, k: SortKey): string | number {
  switch (k) {
    case 'date': return e.date ?? '';
    case 'source': return e.source?.code ?? '';
    case 'target': return e.target?.code ?? '';
    case 'code': return e.code;
    case 'status': return e.status;
    case 'goldstein': return e.goldstein;
    case 'place': return e.place?.name ?? '';
  }
}

export function sortEvents(events: EventRecord[], key: SortKey, dir: 'asc' | 'desc'): EventRecord[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...events].sort((a, b) => {
    const x = sortValue(a, key), y = sortValue(b, key);
    // Empty values (no date, no place) go last in either direction.
    if (x === '' && y !== '') return 1;
    if (y === '' && x !== '') return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c * sign || a.doc.localeCompare(b.doc) || a.sentence - b.sentence;
  });
}

export async function eventsPage(root: HTMLElement, q: URLSearchParams): Promise<void> {
  const f = readFilters(q);
  const sort = (q.get('sort') as SortKey) || 'date';
  const dir = (q.get('dir') === 'asc' ? 'asc' : 'desc');
  let selected = q.get('sel') ?? '';
  const go = (nf: Filters, extra: Record<string, string> = {}) => navigate(`#/events${filterQuery(nf, { sort, dir, ...extra })}`);
  const detail = h('aside', { class: 'detail', 'aria-live': 'polite' });
  root.append(h('h1', null, 'Events'), filterForm(f, (nf) => go(nf)));
  const problem = filterProblem(f);
  if (problem) { root.append(h('p', { class: 'problem' }, problem)); return; }
  const { events: fetched, truncated } = await allEvents(serverFilter(f));
  const events = sortEvents(clientFilter(fetched, f), sort, dir);
  const count = h('p', { class: 'muted count' }, `${events.length} event(s)${truncated ? ' (the first 5,000 matches only; narrow the filters)' : ''}`,
    ' · ', h('a', { href: `#/map${filterQuery(f)}` }, 'show on the map'));
  const rows = new Map<string, HTMLTableRowElement>();
  const select = async (id: string, scroll: boolean) => {
    selected = id;
    for (const [rid, tr] of rows) tr.classList.toggle('selected', rid === id);
    history.replaceState(null, '', `#/events${filterQuery(f, { sort, dir, sel: id })}`);
    clear(detail);
    detail.append(h('p', { class: 'muted' }, 'Loading the evidence…'));
    const view = await eventView(id);
    if (selected !== id) return;
    clear(detail);
    detail.append(h('button', { class: 'close', type: 'button', 'aria-label': 'close the event', onclick: () => { selected = ''; clear(detail); rows.forEach((tr) => tr.classList.remove('selected')); history.replaceState(null, '', `#/events${filterQuery(f, { sort, dir })}`); } }, '×'), view);
    if (scroll && window.innerWidth < 900) detail.scrollIntoView({ behavior: 'instant' as ScrollBehavior, block: 'start' });
  };
  const head = h('tr', null, ...COLUMNS.map((c) => {
    const active = c.key === sort;
    return h('th', { class: c.cls ?? null, 'aria-sort': active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => go(f, { sort: c.key, dir: active && dir === 'desc' ? 'asc' : 'desc' }) }, c.label, active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''));
  }), h('th', { class: 'wide-only' }, 'Evidence'));
  const body = h('tbody');
  for (const e of events.slice(0, 1000)) {
    const tr = h('tr', { 'data-id': e.id, tabindex: 0, class: e.id === selected ? 'selected' : null },
      h('td', { class: 'date c-date' }, dateLabel(e.date, null)),
      h('td', { class: 'c-src' }, e.source ? h('span', { title: `${e.source.text} (${e.source.code})` }, actorName(e.source.code)) : '—'),
      h('td', { class: 'c-tgt' }, e.target ? h('span', { title: `${e.target.text} (${e.target.code})` }, actorName(e.target.code)) : '—',
        e.source && e.target && countryOf(e.source.code) !== countryOf(e.target.code) ? [' ', dyadLink(e.source.code, e.target.code, '⇄')] : null),
      h('td', { class: 'c-ev' }, h('span', { class: 'code' }, e.code), ' ', codeLabel(e.code)),
      h('td', { class: 'c-status' }, statusBadge(e.status)),
      h('td', { class: 'num wide-only' }, e.goldstein > 0 ? `+${e.goldstein}` : String(e.goldstein)),
      h('td', { class: 'wide-only' }, e.place?.name ?? ''),
      h('td', { class: 'evidence-cell wide-only' }, e.evidence.length > 140 ? `${e.evidence.slice(0, 140)}…` : e.evidence));
    tr.addEventListener('click', (ev) => { if (!(ev.target as Element).closest('a')) void select(e.id, true); });
    tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') void select(e.id, true); });
    rows.set(e.id, tr);
    body.append(tr);
  }
  const table = events.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'events' }, h('thead', null, head), body))
    : h('p', { class: 'empty' }, 'No events match these filters.');
  root.append(count, h('div', { class: 'split' }, table, detail));
  if (selected) await select(selected, false);
}

export async function eventPage(root: HTMLElement, id: string): Promise<void> {
  root.append(h('p', { class: 'crumbs' }, h('a', { href: '#/events' }, '← all events')), await eventView(id));
}
