import type { Token, Trigger } from '../types.ts';
import type { LangLexicon } from '../lexicon/compile.ts';
import type { Clause } from './clauses.ts';

/** Where an event happened: "in Moskau", "in der russischen Stadt Kasan", "in Baghdad", within the trigger's clause. */
export interface Place { name: string; country: string | null; lat: number | null; lon: number | null; tokenStart: number }

export function findPlace(trig: Trigger, tokens: Token[], lex: LangLexicon, clauses: Clause[], clauseOf: number[], skip: (tok: number) => boolean = () => false): Place | null {
  const c = clauses[clauseOf[trig.tokenIndex]];
  let best: Place | null = null;
  let bestScore = -Infinity;
  let covered = -1; // the last token of the previous match: "York" inside "New York" is no second place
  for (let j = c.start; j <= c.end && j < tokens.length; j++) {
    if (j <= covered) continue;
    if (skip(j)) continue; // "nach Angaben aus Moskau" names where the speaker is, not the event
    // adjectives ("in der bayerischen Stadt …") describe, the noun names the place
    const hits = lex.places.matchAt(tokens, j).filter((h) => h.value.form !== 'adjective');
    if (!hits.length) continue;
    covered = j + hits[0].len - 1;
    // a preposition within three words before ("in der russischen Stadt Kasan")
    let prep = false;
    for (let k = j - 1; k >= Math.max(c.start, j - 4); k--) if (lex.cues.placePreps.has(tokens[k].lower)) { prep = true; break; }
    if (!prep) continue;
    const v = hits[0].value;
    const isCity = 'lat' in v;
    // a town over a country over a continent or sea ("in Europa" is vaguer than "in Georgien")
    const area = !isCity && (v.kind === 'continent' || v.kind === 'water');
    const score = (isCity ? 10 : area ? -5 : 0) - Math.abs(j - trig.tokenIndex) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = isCity ? { name: v.name, country: v.country || null, lat: v.lat, lon: v.lon, tokenStart: j } : { name: v.name, country: v.country || null, lat: null, lon: null, tokenStart: j };
    }
  }
  return best;
}
