import { h } from './dom.ts';
import type { EventRecord } from './api.ts';
import { ROOTS, STATUSES, rootLabel } from './labels.ts';

/** The event filters, shared by the event table and the map (and kept in the hash URL). */
export interface Filters { actor: string; dyad: string; root: string; code: string; status: string; from: string; to: string; place: string; q: string; doc: string }
export const FILTER_KEYS: (keyof Filters)[] = ['actor', 'dyad', 'root', 'code', 'status', 'from', 'to', 'place', 'q', 'doc'];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

let last: Filters = emptyFilters();
export function emptyFilters(): Filters { return { actor: '', dyad: '', root: '', code: '', status: '', from: '', to: '', place: '', q: '', doc: '' }; }
export function lastFilters(): Filters { return last; }

export function readFilters(q: URLSearchParams): Filters {
  const f = emptyFilters();
  for (const k of FILTER_KEYS) f[k] = (q.get(k) ?? '').trim();
  last = f;
  return f;
}

export function filterQuery(f: Filters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) q.set(k, f[k]);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** What is wrong with the filters, in words, or null. */
export function filterProblem(f: Filters): string | null {
  if (f.actor && !/^[A-Za-z]{3,15}$/.test(f.actor)) return 'Actor: a CAMEO code of letters, such as RUS or IRNGOV.';
  if (f.dyad && !/^[A-Za-z]{3,15},[A-Za-z]{3,15}$/.test(f.dyad)) return 'Dyad: two actor codes with a comma between them, such as RUS,IRN.';
  if (f.code && !/^\d{1,4}$/.test(f.code)) return 'Code: a CAMEO event code or its prefix, digits only (042).';
  if (f.from && !DATE.test(f.from)) return 'From: a date YYYY, YYYY-MM or YYYY-MM-DD.';
  if (f.to && !DATE.test(f.to)) return 'To: a date YYYY, YYYY-MM or YYYY-MM-DD.';
  return null;
}

/** The part the API filters (GET /events). */
export function serverFilter(f: Filters): Record<string, string | undefined> {
  return { actor: f.actor.toUpperCase() || undefined, dyad: f.dyad.toUpperCase() || undefined, root: f.root || undefined, code: f.code || undefined, status: f.status || undefined, from: f.from || undefined, to: f.to || undefined, doc: f.doc || undefined };
}

/** The part filtered here: place (name or country code) and words of the evidence sentence. */
export function clientFilter(events: EventRecord[], f: Filters): EventRecord[] {
  const place = f.place.toLowerCase();
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return events.filter((e) => {
    if (place && !(e.place && (e.place.name.toLowerCase().includes(place) || (e.place.country ?? '').toLowerCase() === place))) return false;
    if (words.length) {
      const hay = `${e.evidence} ${e.source?.text ?? ''} ${e.target?.text ?? ''}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), input);
}

/** The filter form; `onApply` gets the new filters (the page then changes the hash). */
export function filterForm(f: Filters, onApply: (f: Filters) => void): HTMLElement {
  const inp = (k: keyof Filters, placeholder: string, extra: Record<string, string> = {}) =>
    h('input', { name: k, value: f[k], placeholder, autocomplete: 'off', spellcheck: 'false', ...extra });
  const root = h('select', { name: 'root' }, h('option', { value: '' }, 'any'), ...ROOTS.map((r) => h('option', { value: r, selected: f.root === r }, `${r} ${rootLabel(r)}`)));
  const status = h('select', { name: 'status' }, h('option', { value: '' }, 'any'), ...STATUSES.map((st) => h('option', { value: st, selected: f.status === st }, st)));
  const problem = h('p', { class: 'problem', role: 'alert' });
  const form = h('form', { class: 'filters', role: 'search' },
    field('Actor', inp('actor', 'RUS')), field('Dyad', inp('dyad', 'RUS,IRN')), field('Root', root), field('Code', inp('code', '042', { inputmode: 'numeric' })),
    field('Status', status), field('From', inp('from', 'YYYY-MM-DD')), field('To', inp('to', 'YYYY-MM-DD')),
    field('Place', inp('place', 'Moscow or RUS')), field('Text', inp('q', 'words in the sentence')), field('Document', inp('doc', 'document id')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply'), h('button', { type: 'reset' }, 'Clear')),
    problem);
  const read = (): Filters => {
    const fd = new FormData(form);
    const n = emptyFilters();
    for (const k of FILTER_KEYS) n[k] = String(fd.get(k) ?? '').trim();
    n.dyad = n.dyad.replace(/\s*[-–/ ]\s*|\s*,\s*/, ',');
    return n;
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const n = read();
    const p = filterProblem(n);
    problem.textContent = p ?? '';
    if (!p) onApply(n);
  });
  form.addEventListener('reset', (ev) => { ev.preventDefault(); onApply(emptyFilters()); });
  const active = FILTER_KEYS.filter((k) => f[k]).length;
  return h('details', { class: 'filter-box', open: active > 0 || window.innerWidth > 700 }, h('summary', null, `Filters${active ? ` (${active} active)` : ''}`), form);
}
