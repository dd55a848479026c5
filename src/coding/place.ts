import type { Token, Trigger } from '../types.ts';
import type { LangLexicon } from '../lexicon/compile.ts';
import type { Clause } from './clauses.ts';

/** Where an event happened: "in Moskau", "in der russischen Stadt Kasan", "in Baghdad", within the trigger's clause. */
export interface Place { name: string; country: string | null; lat: number | null; lon: number | null; tokenStart: number }

export function findPlace(trig: Trigger, tokens: Token[], lex: LangLexicon, clauses: Clause[], clauseOf: number[], skip: (tok: number) => boolean = () => false): Place | null {
  const c = clauses[clauseOf[trig.tokenIndex]];
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (let j = c.start; j <= c.end && j < tokens.length; j++) {
    if (skip(j)) continue; // "nach Angaben aus Moskau" names where the speaker is, not the event
    const hits = lex.places.matchAt(tokens, j);
    if (!hits.length) continue;
    // a preposition within three words before ("in der russischen Stadt Kasan")
    let prep = false;
    for (let k = j - 1; k >= Math.max(c.start, j - 4); k--) if (lex.cues.placePreps.has(tokens[k].lower)) { prep = true; break; }
    if (!prep) continue;
    const v = hits[0].value;
    const isCity = 'lat' in v;
    const score = (isCity ? 10 : 0) - Math.abs(j - trig.tokenIndex) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = isCity ? { name: v.name, country: v.country, lat: v.lat, lon: v.lon, tokenStart: j } : { name: v.name, country: v.country, lat: null, lon: null, tokenStart: j };
    }
  }
  return best;
}
