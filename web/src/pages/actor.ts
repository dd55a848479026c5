import { h } from '../dom.ts';
import { allEvents, get, type ActorProfile, type Counterpart } from '../api.ts';
import { actorName, dyadLink, rootLabel, relationBadge } from '../labels.ts';
import { bars, monthBars } from '../charts.ts';

function counterpartList(code: string, list: Counterpart[], kind: 'cooperation' | 'conflict'): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, kind === 'cooperation' ? 'No cooperative counterpart yet.' : 'No conflictual counterpart yet.');
  return bars(list.map((c) => ({ label: dyadLink(code, c.code, actorName(c.code)), value: c[kind], cls: kind === 'cooperation' ? 'coop' : 'conf', title: `${c.events} event(s), Goldstein sum ${c.goldstein_sum}` })));
}

export async function actorPage(root: HTMLElement, code: string): Promise<void> {
  const C = code.toUpperCase();
  const [p, { events }] = await Promise.all([get<ActorProfile>(`/actors/${encodeURIComponent(C)}`), allEvents({ actor: C })]);
  const months = new Map<string, [number, number, number, number]>();
  for (const e of events) {
    if (!e.date) continue;
    const m = e.date.slice(0, 7);
    const row = months.get(m) ?? [0, 0, 0, 0];
    row[e.quad - 1]++;
    months.set(m, row);
  }
  const undated = events.filter((e) => !e.date).length;
  const others = [...new Set(p.relations.map((r) => (r.a === p.code ? r.b : r.a)))];
  root.append(
    h('h1', null, actorName(p.code), h('span', { class: 'muted code-tag' }, ` ${p.code}`)),
    h('p', { class: 'lede' }, `${p.events} distinct event(s) as source or target, ${events.length} mention(s) in all; ${p.relations.length} standing relation(s). `,
      h('a', { href: `#/events?actor=${p.code}` }, 'Its events →'), ' ', h('a', { href: `#/map?actor=${p.code}` }, 'On the map →')),
    h('div', { class: 'grid2' },
      h('section', { class: 'panel' }, h('h2', null, 'Partners'), counterpartList(p.code, p.partners, 'cooperation')),
      h('section', { class: 'panel' }, h('h2', null, 'Adversaries'), counterpartList(p.code, p.adversaries, 'conflict'))),
    h('div', { class: 'grid2' },
      h('section', { class: 'panel' }, h('h2', null, 'Event mix'),
        p.event_mix.length ? bars(p.event_mix.map((m) => ({ label: h('a', { href: `#/events?actor=${p.code}&root=${m.root}` }, `${m.root} ${rootLabel(m.root)}`), value: m.events }))) : h('p', { class: 'muted' }, 'No events.')),
      h('section', { class: 'panel' }, h('h2', null, 'Relations'),
        others.length ? h('ul', { class: 'relations' }, ...others.map((o) => h('li', null, dyadLink(p.code, o, actorName(o)), ' ',
          ...p.relations.filter((r) => r.a === o || r.b === o).map((r) => [relationBadge(r.type, r.status), h('span', { class: 'muted small' }, ` ${r.start ?? '…'} – ${r.end ?? 'ongoing'} `)]))))
          : h('p', { class: 'muted' }, 'No standing relation.'))),
    h('section', { class: 'panel' }, h('h2', null, 'Timeline'), monthBars(months), undated ? h('p', { class: 'muted small' }, `${undated} mention(s) without a date are not drawn.`) : null));
}
