import type { EventActor, EventRecord, Status } from '../types.ts';
import type { DocMeta } from './doc-meta.ts';
import { splitActorCode } from './cameo-actor.ts';

/**
 * PLOVER JSON records (PLOVER manual, chapter "Data Fields": the event table, the entity,
 * text and citation objects and the location object). Extra named fields are allowed by the
 * manual; ours keep what PLOVER has no name for (CAMEO code, status, attribution, spans).
 */
export interface PloverEntity {
  code: string;
  sector?: string;
  entity_text: string;
  identifier_id?: string;
  identifier_text?: string;
  religion?: string;
  /** our raw CAMEO actor code and the span of the mention */
  cameo_code: string;
  span: [number, number];
}

export interface PloverRecord {
  id: string;
  has_event: boolean;
  date: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  event_loc?: { extracted_place: string; lat?: number; lon?: number; country_code?: string };
  event_text: string[];
  quad_code: 1 | 2 | 3 | 4;
  mode: string[];
  context: string[];
  text: string;
  text_info: { sequence: number; start: number; end: number };
  cite_info: { citation: string; url?: string; title?: string; language?: string; publication?: string; coder: string; codebook: string };
  coder: string;
  coded_date?: string;
  coded_time?: string;
  // named fields beyond the manual's
  date_precision: 'day' | 'month' | 'year';
  date_basis: 'event' | 'published' | 'coded';
  date_text: string | null;
  cameo: { code: string; root: string; goldstein: number };
  status: Status;
  attribution: { text: string; code: string | null } | null;
}

export const PLOVER_CODER = 'lagebild 0.1.0';
export const PLOVER_CODEBOOK = 'CAMEO 1.1b3 mapped to PLOVER (manual draft 0.8)';

/** PLOVER's auxiliary modes, which the manual asks the coder to put into `context`. */
const AUX: Partial<Record<Status, string>> = { planned: 'future', hypothetical: 'hypothetical', negated: 'negation' };

function entity(a: EventActor): PloverEntity {
  const p = splitActorCode(a.code);
  const code = p.country || p.knownGroup || p.types[0] || a.code.slice(0, 3);
  const sector = p.types.find((t) => t && t !== code);
  return {
    code, ...(sector ? { sector } : {}), entity_text: a.text,
    ...(a.id ? { identifier_id: a.id } : {}),
    ...(p.religion1 ? { religion: p.religion1 } : {}),
    cameo_code: a.code, span: a.span,
  };
}

/**
 * The manual requires a YYYY-MM-DD date. An event known only to the month or year gets the first
 * day of that period, with `date_precision` saying so; an undated event falls back to the
 * document's date and says that in `date_basis`, so no record claims precision it lacks.
 */
function recordDate(e: EventRecord, doc: DocMeta | null): Pick<PloverRecord, 'date' | 'date_precision' | 'date_basis'> {
  const precision = (d: string) => (d.length >= 10 ? 'day' : d.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year';
  if (e.date) return { date: padDate(e.date), date_precision: precision(e.date), date_basis: 'event' };
  if (doc?.published) return { date: padDate(doc.published), date_precision: precision(doc.published), date_basis: 'published' };
  const coded = doc?.ingested_at?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
  return { date: coded, date_precision: 'day', date_basis: 'coded' };
}

function padDate(d: string): string {
  const [y, m = '01', day = '01'] = d.split('-');
  return `${y}-${m}-${day}`;
}

/** null when the CAMEO code has no PLOVER category (the 01 "make public statement" family). */
export function toPlover(e: EventRecord, doc: DocMeta | null): PloverRecord | null {
  if (!e.plover || !e.plover.event) return null;
  const aux = AUX[e.status];
  const context = [...e.plover.context, ...(aux && !e.plover.context.includes(aux) ? [aux] : [])];
  const place = e.place;
  return {
    id: e.id,
    has_event: true,
    ...recordDate(e, doc),
    actor: e.source ? [entity(e.source)] : [],
    recipient: e.target ? [entity(e.target)] : [],
    event: [e.plover.event],
    ...(place ? { event_loc: {
      extracted_place: place.name,
      ...(place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : {}),
      ...(place.country ? { country_code: place.country } : {}),
    } } : {}),
    event_text: [e.trigger.text],
    quad_code: e.quad as 1 | 2 | 3 | 4,
    mode: e.plover.mode ? [e.plover.mode] : [],
    context,
    text: e.evidence,
    text_info: { sequence: e.sentence, start: e.span[0], end: e.span[1] },
    cite_info: {
      citation: e.doc,
      ...(doc?.url ? { url: doc.url } : {}), ...(doc?.title ? { title: doc.title } : {}),
      ...(doc?.lang ? { language: doc.lang } : {}), ...(doc?.source ? { publication: doc.source } : {}),
      coder: PLOVER_CODER, codebook: PLOVER_CODEBOOK,
    },
    coder: PLOVER_CODER,
    ...(doc?.ingested_at ? { coded_date: doc.ingested_at.slice(0, 10), coded_time: doc.ingested_at.slice(11, 19) } : {}),
    date_text: e.date_text,
    cameo: { code: e.code, root: e.root, goldstein: e.goldstein },
    status: e.status,
    attribution: e.attribution,
  };
}
