import { h, type Child } from './dom.ts';
import { get, type EventDetail } from './api.ts';
import { highlighted, legend, type RoleSpan } from './highlight.ts';
import { actorLink, codeLabel, countryOf, dateLabel, dyadLink, quadBadge, rootLabel, statusBadge, actorName } from './labels.ts';

function row(label: string, ...value: Child[]): HTMLElement[] {
  return [h('dt', null, label), h('dd', null, ...value)];
}

/** One event with its evidence: the sentence with actor and trigger spans marked, and everything that says what it is. */
export async function eventView(id: string): Promise<HTMLElement> {
  const d = await get<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const e = d.event;
  const sentence = d.evidence.spans.find((sp) => sp.role === 'sentence') ?? { start: e.span[0], end: e.span[1], text: e.evidence };
  const base = sentence.start;
  const spans: RoleSpan[] = [];
  for (const sp of d.evidence.spans) {
    if (sp.role === 'sentence') continue;
    const who = sp.role === 'source' ? e.source : sp.role === 'target' ? e.target : null;
    spans.push({ role: sp.role, start: sp.start - base, end: sp.end - base, title: who ? `${sp.role}: ${who.code}` : `trigger: ${e.trigger.rule}` });
  }
  const src = e.source, tgt = e.target;
  const doc = d.document;
  const mentions = d.mentions.filter((m) => m.event_id !== e.id);
  return h('article', { class: 'event-detail', 'data-event': e.id },
    h('header', null,
      h('h2', null, `${e.code} ${codeLabel(e.code)}`),
      h('p', { class: 'meta' }, statusBadge(e.status), ' ', quadBadge(e.quad), ' ', h('span', { class: 'badge' }, `Goldstein ${e.goldstein > 0 ? '+' : ''}${e.goldstein}`)),
      h('p', { class: 'who' },
        src ? actorLink(src.code, `${actorName(src.code)}`) : h('span', { class: 'muted' }, 'no source'), ' → ',
        tgt ? actorLink(tgt.code, `${actorName(tgt.code)}`) : h('span', { class: 'muted' }, 'no target'),
        src && tgt && countryOf(src.code) !== countryOf(tgt.code) ? [' · ', dyadLink(src.code, tgt.code, 'dyad page')] : null)),
    h('section', { class: 'evidence-box' },
      h('h3', null, 'Evidence', h('span', { class: 'muted small' }, ` ${doc.id}, sentence ${d.evidence.sentence}${doc.lang ? `, ${doc.lang === 'de' ? 'German' : doc.lang === 'en' ? 'English' : doc.lang}` : ''}`)),
      (() => { const p = highlighted(sentence.text, spans); if (doc.lang) p.setAttribute('lang', doc.lang); return p; })(),
      legend()),
    h('dl', { class: 'facts' },
      ...row('Source', src ? `${src.text} (${src.code})` : '—'),
      ...row('Target', tgt ? `${tgt.text} (${tgt.code})` : '—'),
      ...row('Trigger', `${e.trigger.text}`, h('span', { class: 'muted small' }, ` ${e.trigger.rule}`)),
      ...row('Code', `${e.code} ${codeLabel(e.code)} · root ${e.root} ${rootLabel(e.root)}`),
      ...row('Status', statusBadge(e.status)),
      ...row('Attribution', e.attribution ? `per ${e.attribution.text}${e.attribution.code ? ` (${e.attribution.code})` : ''}` : 'none stated (the article itself)'),
      ...row('Date', dateLabel(e.date, e.date_precision), e.date_text ? h('span', { class: 'muted' }, ` from “${e.date_text}”`) : ''),
      ...row('Place', e.place ? `${e.place.name}${e.place.country ? ` (${e.place.country})` : ''}${e.place.lat !== null && e.place.lon !== null ? ` · ${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)}` : ''}` : '—'),
      ...row('PLOVER', e.plover ? `${e.plover.event}${e.plover.mode ? ` · ${e.plover.mode}` : ''}${e.plover.context.length ? ` · ${e.plover.context.join(', ')}` : ''}` : '—'),
      ...row('Document', doc.title ?? doc.id, doc.published ? ` · published ${dateLabel(doc.published, doc.published_precision)}` : ' · no publication date',
        doc.source ? ` · ${doc.source}` : '', doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '',
        ' · ', h('a', { href: `#/events?doc=${encodeURIComponent(doc.id)}` }, 'all its events'))),
    h('section', { class: 'mentions' },
      h('h3', null, `Other mentions (${mentions.length})`),
      mentions.length ? h('ul', null, ...mentions.map((m) => h('li', null,
        h('blockquote', { class: 'quote' }, m.evidence),
        h('p', { class: 'small' }, h('a', { href: `#/event/${encodeURIComponent(m.event_id)}` }, `${m.title ?? m.doc}, sentence ${m.sentence}`),
          m.published ? ` · published ${m.published}` : '', m.source ? ` · ${m.source}` : ''))))
        : h('p', { class: 'muted' }, 'No other article or sentence reports this event.')),
  );
}
