import type { EventRecord } from '../types.ts';

/**
 * Scoring against gold files (../shared/gold/README.md): an extracted event matches a gold event
 * when the document is the same, the evidence sentence contains the gold quote (or the spans
 * overlap), source and target agree on their first three letters (null gold target: any; with
 * `symmetric` either direction) and the root is among the gold roots. Precision counts distinct
 * (doc, source3, target3, root) events; recall counts required gold events.
 */
export interface GoldEvent {
  kind: 'event'; doc: string; quote: string; source: string | null; target: string | null; roots: string[]; code?: string;
  status: string; status_also?: string[]; date: string | null; date_also?: string[]; required: boolean; symmetric?: boolean; note?: string;
}
export interface GoldDoc { kind: 'doc'; doc: string; published: string | null; published_for_eval?: string | null }
export interface Score {
  recall: number; precision: number; status_accuracy: number; date_accuracy: number; actor_accuracy: number;
  required: number; matched_required: number; distinct: number; correct_distinct: number; pairs: number;
  misses: GoldEvent[]; false_positives: EventRecord[]; wrong_status: [GoldEvent, EventRecord][]; wrong_date: [GoldEvent, EventRecord][]; wrong_actor: [GoldEvent, EventRecord][];
}

const c3 = (s: string | null | undefined) => (s ?? '').slice(0, 3);

export function matches(g: GoldEvent, e: EventRecord): boolean {
  if (g.doc !== e.doc) return false;
  if (!e.evidence.includes(g.quote)) return false;
  if (!g.roots.includes(e.root)) return false;
  const direct = c3(g.source) === c3(e.source?.code) && (g.target === null || c3(g.target) === c3(e.target?.code));
  const swapped = Boolean(g.symmetric) && c3(g.target) === c3(e.source?.code) && c3(g.source) === c3(e.target?.code);
  return direct || swapped;
}

export function score(gold: GoldEvent[], events: EventRecord[]): Score {
  const required = gold.filter((g) => g.required);
  const misses: GoldEvent[] = [];
  let matchedRequired = 0;
  const pairs: [GoldEvent, EventRecord][] = [];
  const usedEvents = new Set<EventRecord>();
  for (const g of gold) {
    const cands = events.filter((e) => matches(g, e));
    if (g.required) { if (cands.length) matchedRequired++; else misses.push(g); }
    if (cands.length) {
      // the best candidate for attribute accuracy: one whose trigger lies in the quote (the event the quote states, not
      // another of the same root in its sentence), not yet paired, with the right status, in that order of weight
      const inQuote = (e: EventRecord): boolean => triggerInQuote(g, e);
      const best = cands.find((e) => inQuote(e) && !usedEvents.has(e) && okStatus(g, e)) ?? cands.find((e) => inQuote(e) && !usedEvents.has(e))
        ?? cands.find((e) => !usedEvents.has(e) && okStatus(g, e)) ?? cands.find((e) => !usedEvents.has(e)) ?? cands[0];
      usedEvents.add(best);
      pairs.push([g, best]);
    }
  }
  const distinct = new Map<string, EventRecord[]>();
  for (const e of events) {
    const k = `${e.doc}|${c3(e.source?.code)}|${c3(e.target?.code)}|${e.root}`;
    const l = distinct.get(k);
    if (l) l.push(e); else distinct.set(k, [e]);
  }
  let correct = 0;
  const fps: EventRecord[] = [];
  for (const list of distinct.values()) {
    if (list.some((e) => gold.some((g) => matches(g, e)))) correct++;
    else fps.push(list[0]);
  }
  const wrongStatus = pairs.filter(([g, e]) => !okStatus(g, e));
  const wrongDate = pairs.filter(([g, e]) => !okDate(g, e));
  const wrongActor = pairs.filter(([g, e]) => !okActor(g, e));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(matchedRequired, required.length), precision: ratio(correct, distinct.size),
    status_accuracy: ratio(pairs.length - wrongStatus.length, pairs.length), date_accuracy: ratio(pairs.length - wrongDate.length, pairs.length),
    actor_accuracy: ratio(pairs.length - wrongActor.length, pairs.length),
    required: required.length, matched_required: matchedRequired, distinct: distinct.size, correct_distinct: correct, pairs: pairs.length,
    misses, false_positives: fps, wrong_status: wrongStatus, wrong_date: wrongDate, wrong_actor: wrongActor,
  };
}

/** Whether the event's trigger lies inside the gold quote within the evidence sentence. */
function triggerInQuote(g: GoldEvent, e: EventRecord): boolean {
  const q = e.evidence.indexOf(g.quote);
  if (q < 0 || !e.trigger?.span || !e.span) return false;
  const at = e.trigger.span[0] - e.span[0];
  return at >= q && at < q + g.quote.length;
}
function okStatus(g: GoldEvent, e: EventRecord): boolean {
  return g.status === e.status || (g.status_also ?? []).includes(e.status);
}
function okDate(g: GoldEvent, e: EventRecord): boolean {
  return (g.date ?? null) === (e.date ?? null) || (g.date_also ?? []).includes(e.date ?? '');
}
/**
 * The gold README names organisations and collectives by a class code that "the scoring reads by
 * its first three letters" (UNO…, NATO, EUU, EUR, IGO…, IMG…, WST, INT). A gold code that is only
 * such a class names no role or organ, so it agrees with any code of that class ("IGO" and the
 * African Union's "IGOOAU"); every other gold code, a country with or without role included, must
 * be equal.
 */
// (and CAMEO's other generic international codes, "used on their own or as the first three characters of more detailed
// codes": NGO, NGM, MNC — the gold writes "NGO" for Human Rights Watch)
const CLASS_CODES = new Set(['UNO', 'NATO', 'EUU', 'EUR', 'IGO', 'IMG', 'WST', 'INT', 'NGO', 'NGM', 'MNC']);
export function sameActor(gold: string | null, code: string | null | undefined): boolean {
  const c = code ?? null;
  if (gold === null || c === null) return gold === c;
  if (CLASS_CODES.has(gold)) return c.slice(0, 3) === gold.slice(0, 3);
  return c === gold;
}
function okActor(g: GoldEvent, e: EventRecord): boolean {
  const src = sameActor(g.source, e.source?.code);
  const tgt = g.target === null || sameActor(g.target, e.target?.code);
  const swapped = Boolean(g.symmetric) && sameActor(g.target, e.source?.code) && sameActor(g.source, e.target?.code);
  return (src && tgt) || swapped;
}
