import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { PersonT } from '../lexicon/schema.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { chunks } from '../store/chunk.ts';
import { cueRegex, loadRelationCues, type EventRuleT, type RelationCues } from './cues.ts';
import { statementRelations } from './statements.ts';
import { countryOf, type RelationEvidence } from './types.ts';

/** Statuses that can start a relation: a hypothetical clause or a denial does not. */
const STARTING = new Set(['actual', 'planned', 'alleged']);

/**
 * Relations started by events: a rule names CAMEO code prefixes and, optionally, words the
 * evidence sentence must contain (057 "sign agreement" + "Partnerschaft" → partnership; 163 →
 * sanctions; 19x + "Krieg" → war). The relation takes the event's status and date as its start.
 */
export async function eventRelations(db: Kysely<Database>, rules: EventRuleT[]): Promise<RelationEvidence[]> {
  const out: RelationEvidence[] = [];
  for (const rule of rules) {
    const words = rule.words?.length ? cueRegex(rule.words) : null;
    const rows = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc')
      .select(['events.id', 'events.doc', 'events.sentence', 'events.span_start', 'events.span_end', 'events.evidence', 'events.source_code',
        'events.target_code', 'events.status', 'events.date', 'documents.lang'])
      .where((eb) => eb.or(rule.codes.map((c) => eb('events.code', 'like', `${c}%`))))
      .where('events.source_code', 'is not', null).where('events.target_code', 'is not', null)
      .execute();
    for (const r of rows) {
      if (r.lang && r.lang !== rule.lang) continue;
      if (!STARTING.has(r.status)) continue;
      if (words) { words.lastIndex = 0; if (!words.test(r.evidence)) continue; }
      const a = countryOf(r.source_code!), b = countryOf(r.target_code!);
      if (a === b) continue;
      out.push({
        a, b, a_code: r.source_code!, b_code: r.target_code!, type: rule.type, status: r.status, start: r.date, end: null,
        doc: r.doc, sentence: r.sentence, span_start: r.span_start, span_end: r.span_end, evidence: r.evidence, rule: rule.id, event_id: r.id,
      });
    }
  }
  return out;
}

/** One row per (pair, type, sentence): the first rule to find it wins (events before statements). */
export function dedupeEvidence(list: RelationEvidence[]): RelationEvidence[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const pair = [r.a, r.b].sort().join('|');
    const k = `${pair}|${r.type}|${r.doc}|${r.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function deriveRelations(db: Kysely<Database>, cues: RelationCues = loadRelationCues(), people?: Map<string, PersonT>): Promise<RelationEvidence[]> {
  const ppl = people ?? new Map(loadLexicon().people.map((p) => [p.id, p]));
  return dedupeEvidence([...await eventRelations(db, cues.events), ...await statementRelations(db, cues.statements, ppl)]);
}

/** Replaces the relations table with what the stored events and sentences say now. */
export async function rebuildRelations(db: Kysely<Database>, cues?: RelationCues): Promise<number> {
  const rels = await deriveRelations(db, cues);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('relations').execute();
    for (const c of chunks(rels)) await trx.insertInto('relations').values(c).execute();
  });
  return rels.length;
}
