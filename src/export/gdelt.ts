import { createHash } from 'node:crypto';
import type { EventActor, EventRecord } from '../types.ts';
import type { DocMeta, MentionCounts } from './doc-meta.ts';
import { splitActorCode } from './cameo-actor.ts';

/** The 61 columns of the GDELT 2.0 event table, in codebook order. */
const ACTOR_COLS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_COLS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];
export const GDELT_COLUMNS: readonly string[] = Object.freeze([
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_COLS.map((c) => `Actor1${c}`), ...ACTOR_COLS.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_COLS.map((c) => `Actor1Geo_${c}`), ...GEO_COLS.map((c) => `Actor2Geo_${c}`), ...GEO_COLS.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
]);

/**
 * GLOBALEVENTID must be an integer: derived from our event id (52 bits of its SHA-1), so the
 * same event keeps its number across exports and databases.
 */
export function gdeltEventId(id: string): string {
  return BigInt('0x' + createHash('sha1').update(id).digest('hex').slice(0, 13)).toString();
}

/** Tabs and line breaks would break the row; GDELT fields never contain them. */
function clean(s: string): string { return s.replace(/[\t\r\n]+/g, ' '); }

function actorFields(a: EventActor | null): string[] {
  if (!a) return ACTOR_COLS.map(() => '');
  const p = splitActorCode(a.code);
  return [a.code.toUpperCase(), clean(a.text).toUpperCase(), p.country, p.knownGroup, p.ethnic, p.religion1, p.religion2, ...p.types];
}

/**
 * Date columns at the precision we have and no finer: a month-precise event fills MonthYear and
 * Year but leaves SQLDATE and FractionDate empty rather than inventing a day.
 */
function dateFields(date: string | null): string[] {
  if (!date) return ['', '', '', ''];
  const [y, m, d] = date.split('-');
  const day = m && d ? `${y}${m}${d}` : '';
  const fraction = m && d ? (Number(y) + (Number(m) * 30 + Number(d)) / 365).toFixed(4) : '';
  return [day, m ? `${y}${m}` : '', y, fraction];
}

/** ActionGeo from the event's place; we geocode neither actor, and have no FIPS or ADM codes. */
function actionGeo(place: EventRecord['place']): string[] {
  if (!place) return GEO_COLS.map(() => '');
  const hasPoint = place.lat !== null && place.lon !== null;
  // 3 = US city or landmark, 4 = world city or landmark; a place without coordinates has no known type.
  const type = hasPoint ? (place.country === 'USA' ? '3' : '4') : '';
  return [type, clean(place.name), '', '', '', hasPoint ? String(place.lat) : '', hasPoint ? String(place.lon) : '', ''];
}

function dateAdded(iso: string | undefined): string {
  return iso ? iso.replace(/[-:T]/g, '').slice(0, 14) : '';
}

/** One event as the 61 GDELT fields (strings, so codes keep their leading zeros). */
export function gdeltFields(e: EventRecord, doc: DocMeta | null, counts: MentionCounts = { mentions: 1, documents: 1, sources: 1 }): string[] {
  const fields = [
    gdeltEventId(e.id), ...dateFields(e.date),
    ...actorFields(e.source), ...actorFields(e.target),
    // GDELT's IsRootEvent marks events of the lead paragraph; our nearest equivalent is the first sentence.
    e.sentence === 0 ? '1' : '0',
    e.code, e.code.slice(0, 3), e.root, String(e.quad), String(e.goldstein),
    // Counts of the event's dedup cluster; AvgTone is not computed.
    String(counts.mentions), String(counts.sources), String(counts.documents), '',
    ...GEO_COLS.map(() => ''), ...GEO_COLS.map(() => ''), ...actionGeo(e.place),
    dateAdded(doc?.ingested_at), clean(doc?.url ?? e.doc),
  ];
  if (fields.length !== GDELT_COLUMNS.length) throw new Error(`GDELT row has ${fields.length} fields, expected ${GDELT_COLUMNS.length}`);
  return fields;
}

export function gdeltRow(e: EventRecord, doc: DocMeta | null, counts?: MentionCounts): string { return gdeltFields(e, doc, counts).join('\t'); }
/** GDELT files carry no header line; callers add `gdeltHeader()` only when asked. */
export function gdeltHeader(): string { return GDELT_COLUMNS.join('\t'); }
