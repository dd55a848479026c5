import type { Status, Token, Trigger } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';
import type { Clause } from './clauses.ts';
import type { Tense } from './time.ts';

/**
 * Status of an event from cue words around its trigger: negation, conditionals, allegations
 * (also: being the content of an accusation verb's complement), plans and announcements (also:
 * future auxiliaries and modals, being the complement of an announcing verb), else actual.
 */
export function eventStatus(trig: Trigger, tokens: Token[], clauses: Clause[], clauseOf: number[], cues: CueSets, governing: Trigger | null, lang: 'de' | 'en'): Status {
  const clause = clauses[clauseOf[trig.tokenIndex]];
  const from = clause.start;
  const to = Math.min(clause.end, tokens.length - 1);
  const words = tokens.slice(from, to + 1).map((t) => t.lower);
  const exceptions = new Set<number>();
  for (let j = from; j <= to; j++) {
    for (const h of cues.phrases.matchAtMemo(tokens, j)) if (h.value.kind === 'negation-exception') for (let k = 0; k < h.len; k++) exceptions.add(j + k);
  }
  // negation: in German anywhere before a verb-final trigger or after a V2 verb in the clause; in English close before the verb
  for (let j = from; j <= to; j++) {
    if (exceptions.has(j) || !cues.negation.has(tokens[j].lower)) continue;
    if (trig.kind === 'noun') {
      if (j === trig.tokenIndex - 1 || j === trig.tokenIndex - 2) return 'negated';
      continue;
    }
    if (lang === 'de') { if (j !== trig.tokenIndex) return 'negated'; }
    else if (j < trig.tokenIndex && j >= trig.tokenIndex - 4) return 'negated';
  }
  if (words.some((w) => cues.hypothetical.has(w)) || phraseIn(tokens, from, to, cues, 'hypothetical')) return 'hypothetical';
  if (governing?.complement === 'alleged') return 'alleged';
  if (words.some((w) => cues.allegation.has(w))) return 'alleged';
  // German "soll … getötet haben": modal + perfect infinitive reports a claim
  if (words.some((w) => w === 'soll' || w === 'sollen' || w === 'solle') && words.includes('haben') && trig.form === 'participle') return 'alleged';
  if (governing?.complement === 'planned') return 'planned';
  if (isFuture(trig, tokens, from, to, cues)) return 'planned';
  return 'actual';
}

function phraseIn(tokens: Token[], from: number, to: number, cues: CueSets, kind: string): boolean {
  for (let j = from; j <= to; j++) if (cues.phrases.matchAtMemo(tokens, j).some((h) => h.value.kind === kind)) return true;
  return false;
}

function isFuture(trig: Trigger, tokens: Token[], from: number, to: number, cues: CueSets): boolean {
  if (phraseIn(tokens, from, to, cues, 'future')) return true;
  for (let j = from; j <= to; j++) {
    if (j === trig.tokenIndex) continue;
    if (cues.future.has(tokens[j].lower)) {
      // "wird" and "werden" are also passive auxiliaries: future only with an infinitive trigger
      if (['wird', 'werden', 'werde'].includes(tokens[j].lower) && trig.form === 'participle') continue;
      // English announcement verbs make a following to-infinitive planned, not the announcement itself
      if (/(ed|s)$/.test(tokens[j].lower) && j > trig.tokenIndex) continue;
      return true;
    }
  }
  return false;
}

export function tenseOf(trig: Trigger, tokens: Token[], clauses: Clause[], clauseOf: number[], cues: CueSets, status: Status): Tense {
  if (status === 'planned') return 'future';
  if (trig.past) return 'past';
  const clause = clauses[clauseOf[trig.tokenIndex]];
  for (let j = clause.start; j <= clause.end && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (cues.pastAux.has(w) && (trig.form === 'participle' || trig.kind === 'noun')) return 'past';
    if (['wurde', 'wurden', 'was', 'were', 'hatte', 'hatten', 'had', 'did'].includes(w)) return 'past';
  }
  if (trig.kind === 'noun') return 'past';
  return 'present';
}
