import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { EventActor, EventRecord, Precision, Status } from '../types.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './chunk.ts';
import { isPostgres } from './dialect.ts';

export async function insertEvents(db: Kysely<Database>, events: EventRecord[]): Promise<void> {
  for (const c of chunks(events.map(eventToRow))) await db.insertInto('events').values(c).execute();
}

export function eventToRow(e: EventRecord): EventsTable {
  return {
    id: e.id, doc: e.doc, sentence: e.sentence, span_start: e.span[0], span_end: e.span[1], evidence: e.evidence,
    ...actorColumns('source', e.source), ...actorColumns('target', e.target),
    code: e.code, root: e.root, quad: e.quad, goldstein: e.goldstein,
    plover: e.plover ? JSON.stringify(e.plover) : null,
    trigger_text: e.trigger.text, trigger_start: e.trigger.span[0], trigger_end: e.trigger.span[1], trigger_rule: e.trigger.rule,
    status: e.status, attribution: e.attribution ? JSON.stringify(e.attribution) : null,
    date: e.date, date_precision: e.date_precision, date_text: e.date_text,
    place: e.place ? JSON.stringify(e.place) : null,
  };
}

function actorColumns<R extends 'source' | 'target'>(role: R, a: EventActor | null) {
  return {
    [`${role}_code`]: a?.code ?? null, [`${role}_text`]: a?.text ?? null, [`${role}_id`]: a?.id ?? null,
    [`${role}_start`]: a?.span[0] ?? null, [`${role}_end`]: a?.span[1] ?? null,
  } as Pick<EventsTable, `${R}_code` | `${R}_text` | `${R}_id` | `${R}_start` | `${R}_end`>;
}

/** Rebuilds the interchange record with the key order of EventRecord in src/types.ts. */
export function rowToEvent(r: EventsTable): EventRecord {
  const plover = r.plover ? JSON.parse(r.plover) : null;
  const attribution = r.attribution ? JSON.parse(r.attribution) : null;
  const place = r.place ? JSON.parse(r.place) : null;
  return {
    id: r.id, doc: r.doc, sentence: r.sentence, span: [r.span_start, r.span_end], evidence: r.evidence,
    source: rowActor(r.source_code, r.source_text, r.source_id, r.source_start, r.source_end),
    target: rowActor(r.target_code, r.target_text, r.target_id, r.target_start, r.target_end),
    code: r.code, root: r.root, quad: r.quad, goldstein: r.goldstein,
    plover: plover && { event: plover.event, mode: plover.mode, context: plover.context },
    trigger: { text: r.trigger_text, span: [r.trigger_start, r.trigger_end], rule: r.trigger_rule },
    status: r.status as Status,
    attribution: attribution && { text: attribution.text, code: attribution.code ?? null },
    date: r.date, date_precision: r.date_precision as Precision | null, date_text: r.date_text,
    place: place && { name: place.name, country: place.country ?? null, lat: place.lat ?? null, lon: place.lon ?? null },
  };
}

function rowActor(code: string | null, text: string | null, id: string | null, start: number | null, end: number | null): EventActor | null {
  if (code === null || text === null || start === null || end === null) return null;
  return { text, code, id, span: [start, end] };
}

export interface EventFilter {
  /** prefix of the source or the target code */
  actor?: string;
  /** two prefixes, either direction */
  dyad?: [string, string];
  source?: string;
  target?: string;
  root?: string;
  /** CAMEO code prefix */
  code?: string;
  status?: Status;
  /** inclusive bounds on the date string; events without a date are left out when either is given */
  from?: string;
  to?: string;
  doc?: string | string[];
  limit?: number;
}

type EB = ExpressionBuilder<Database, 'events'>;

/** Prefix match that means the same in SQLite and PostgreSQL (LIKE differs in case and escaping). */
function startsWith(eb: EB, col: 'source_code' | 'target_code' | 'code', prefix: string): Expression<SqlBool> {
  const p = prefix.toUpperCase();
  return eb(eb.fn('substr', [eb.ref(col), sql.lit(1), sql.lit(p.length)]), '=', p);
}

/**
 * The upper bound for --to: a date string compares below the padded bound exactly when it lies
 * in or before the given period, so `--to 2025-01` keeps "2025-01-31" as well as "2025-01".
 */
export function upperDateBound(to: string): string {
  const parts = to.split('-');
  while (parts.length < 3) parts.push('99');
  return parts.join('-');
}

/**
 * Matching events in store order (doc, sentence, span, trigger, id). A country-level dyad (two
 * three-letter prefixes) reads as the UNION ALL of its two directions, each in store order from
 * the events_dyad_order index, so the database merges them and stops at the limit instead of
 * sorting every event of the dyad; other filters apply outside and are pushed into both halves.
 * The result is a query on `events` either way: callers add keyset conditions and limits.
 */
export function filterEvents(db: Kysely<Database>, f: EventFilter) {
  let q = db.selectFrom('events').selectAll();
  if (f.dyad) {
    const [a, b] = f.dyad;
    const dir = (s: string, t: string) => db.selectFrom('events').selectAll().where((eb) => eb.and([startsWith(eb, 'source_code', s), startsWith(eb, 'target_code', t)]));
    if (a.length === 3 && b.length === 3 && a.toUpperCase() !== b.toUpperCase()) {
      q = db.selectFrom(dir(a, b).unionAll(dir(b, a)).as('events')).selectAll() as unknown as typeof q;
    } else {
      q = q.where((eb) => eb.or([
        eb.and([startsWith(eb, 'source_code', a), startsWith(eb, 'target_code', b)]),
        eb.and([startsWith(eb, 'source_code', b), startsWith(eb, 'target_code', a)]),
      ]));
    }
  }
  if (f.actor) { const a = f.actor; q = q.where((eb) => eb.or([startsWith(eb, 'source_code', a), startsWith(eb, 'target_code', a)])); }
  if (f.source) { const s = f.source; q = q.where((eb) => startsWith(eb, 'source_code', s)); }
  if (f.target) { const t = f.target; q = q.where((eb) => startsWith(eb, 'target_code', t)); }
  if (f.code) { const c = f.code; q = q.where((eb) => startsWith(eb, 'code', c)); }
  if (f.root) q = q.where('root', '=', f.root);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('date', 'is not', null).where('date', '>=', f.from);
  if (f.to) q = q.where('date', 'is not', null).where('date', '<=', upperDateBound(f.to));
  if (f.doc !== undefined) q = Array.isArray(f.doc) ? (f.doc.length ? q.where('doc', 'in', f.doc) : q.where(sql.lit(false))) : q.where('doc', '=', f.doc);
  q = q.orderBy('doc').orderBy('sentence').orderBy('span_start').orderBy('trigger_start').orderBy('id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  return q;
}

export async function queryEvents(db: Kysely<Database>, f: EventFilter = {}): Promise<EventRecord[]> {
  return (await filterEvents(db, f).execute()).map(rowToEvent);
}

/**
 * All matching events in order without holding them in memory: a cursor stream on SQLite, pages
 * by keyset on PostgreSQL (whose Kysely dialect streams only with the pg-cursor package).
 */
export async function* streamEvents(db: Kysely<Database>, f: EventFilter = {}): AsyncGenerator<EventRecord> {
  if (!isPostgres(db)) {
    for await (const r of filterEvents(db, f).stream(500)) yield rowToEvent(r);
    return;
  }
  let left = f.limit ?? Infinity, after: EventsTable | null = null;
  while (left > 0) {
    let q = filterEvents(db, { ...f, limit: undefined });
    if (after) {
      const a: EventsTable = after;
      q = q.where(sql<boolean>`(${sql.ref('doc')}, ${sql.ref('sentence')}, ${sql.ref('span_start')}, ${sql.ref('trigger_start')}, ${sql.ref('id')}) > (${a.doc}, ${a.sentence}, ${a.span_start}, ${a.trigger_start}, ${a.id})`);
    }
    const size = Math.min(500, left);
    const rows = await q.limit(size).execute();
    for (const r of rows) yield rowToEvent(after = r);
    left -= rows.length;
    if (rows.length < size) break;
  }
}
