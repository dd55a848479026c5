import { h, clear } from '../dom.ts';
import { postText, type EventRecord } from '../api.ts';
import { highlighted, legend } from '../highlight.ts';
import { actorName, codeLabel, dateLabel, quadBadge, statusBadge } from '../labels.ts';

const EXAMPLE = 'date 2025-01-13\nRussland und der Iran wollen nach Angaben aus Moskau in den kommenden Tagen eine „strategische Partnerschaft“ vereinbaren. Präsident Wladimir Putin werde den iranischen Präsidenten Massud Peseschkian am Freitag in Russland empfangen, kündigte der Kreml am Montag an.\n\nThe United States condemned North Korea on Tuesday after a missile test.';

function eventCard(text: string, e: EventRecord): HTMLElement {
  const base = e.span[0];
  const rel = (sp: [number, number]) => ({ start: sp[0] - base, end: sp[1] - base });
  const spans = [
    ...(e.source ? [{ role: 'source' as const, ...rel(e.source.span), title: `source: ${e.source.code}` }] : []),
    ...(e.target ? [{ role: 'target' as const, ...rel(e.target.span), title: `target: ${e.target.code}` }] : []),
    { role: 'trigger' as const, ...rel(e.trigger.span), title: `trigger: ${e.trigger.rule}` },
  ];
  // Offsets are into the pasted text; the evidence sentence starts at span[0].
  const sentence = text.slice(e.span[0], e.span[1]) || e.evidence;
  return h('li', { class: 'try-event', 'data-code': e.code },
    h('h3', null, `${e.code} ${codeLabel(e.code)}`, ' ', statusBadge(e.status), ' ', quadBadge(e.quad)),
    h('p', { class: 'who' }, `${e.source ? `${actorName(e.source.code)} (${e.source.code})` : 'no source'} → ${e.target ? `${actorName(e.target.code)} (${e.target.code})` : 'no target'}`),
    highlighted(sentence, spans),
    h('p', { class: 'small muted' }, `date ${dateLabel(e.date, e.date_precision)}${e.date_text ? ` from “${e.date_text}”` : ''}`,
      e.attribution ? ` · per ${e.attribution.text}` : '', e.place ? ` · in ${e.place.name}` : '', ` · Goldstein ${e.goldstein}`));
}

export async function tryPage(root: HTMLElement): Promise<void> {
  const text = h('textarea', { name: 'text', rows: 9, spellcheck: 'false', placeholder: 'Paste a German or English news paragraph. A first line "date 2025-01-13" sets the article date.', 'aria-label': 'text to code' });
  const published = h('input', { name: 'published', placeholder: 'YYYY-MM-DD', 'aria-label': 'article date', autocomplete: 'off' });
  const lang = h('select', { name: 'lang', 'aria-label': 'language' }, h('option', { value: '' }, 'detect'), h('option', { value: 'de' }, 'German'), h('option', { value: 'en' }, 'English'));
  const out = h('div', { class: 'try-out', 'aria-live': 'polite' });
  const status = h('p', { class: 'muted', role: 'status' });
  const run = async (store: boolean) => {
    const body = text.value;
    if (!body.trim()) { status.textContent = 'Paste some text first.'; return; }
    if (published.value && !/^\d{4}(-\d\d(-\d\d)?)?$/.test(published.value.trim())) { status.textContent = 'Date: YYYY, YYYY-MM or YYYY-MM-DD.'; return; }
    status.textContent = store ? 'Coding and storing…' : 'Coding…';
    clear(out);
    const started = performance.now();
    try {
      const params = { published: published.value.trim() || undefined, lang: lang.value || undefined };
      const events = store
        ? (await postText<{ events: EventRecord[]; documents: { id: string; status: string }[] }>('/documents', body, params))
        : (await postText<{ events: EventRecord[]; lang: string }>('/code', body, params));
      const ms = Math.round(performance.now() - started);
      const docNote = 'documents' in events ? ` Stored as ${events.documents.map((d) => `${d.id} (${d.status})`).join(', ')}.` : ' Nothing was stored.';
      status.textContent = `${events.events.length} event(s) in ${ms} ms.${docNote}`;
      out.append(events.events.length ? h('ol', { class: 'try-events' }, ...events.events.map((e) => eventCard(body, e))) : h('p', { class: 'empty' }, 'No event found in this text.'));
      if (events.events.length) out.prepend(legend());
    } catch (e) {
      status.textContent = `The coder answered: ${(e as Error).message}`;
    }
  };
  root.append(h('h1', null, 'Try it'),
    h('p', { class: 'lede' }, 'Paste text and see it coded at once: actors, event codes, status, date and the spans they come from. Nothing is stored unless you choose “Code and store”.'),
    h('form', { class: 'try', onsubmit: (ev) => { ev.preventDefault(); void run(false); } },
      text,
      h('div', { class: 'try-actions' },
        h('label', { class: 'field inline' }, h('span', null, 'Date'), published),
        h('label', { class: 'field inline' }, h('span', null, 'Language'), lang),
        h('button', { type: 'submit', class: 'primary', name: 'code' }, 'Code it'),
        h('button', { type: 'button', name: 'store', onclick: () => void run(true) }, 'Code and store'),
        h('button', { type: 'button', name: 'example', onclick: () => { text.value = EXAMPLE; } }, 'Example'))),
    status, out);
}
