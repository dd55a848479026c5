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
    // "Palma im Norden Mosambiks", "Goma in eastern Congo": the country named right after the town is its country
    const stated = isCity ? statedCountry(tokens, j + hits[0].len, lex) : null;
    // a town over a country over a continent or sea ("in Europa" is vaguer than "in Georgien")
    const area = !isCity && (v.kind === 'continent' || v.kind === 'water');
    const score = (isCity ? 10 : area ? -5 : 0) - Math.abs(j - trig.tokenIndex) * 0.1;
    if (score > bestScore) {
      bestScore = score;
      best = isCity
        ? { name: v.name, country: stated ?? (v.country || null), lat: stated && stated !== v.country ? null : v.lat, lon: stated && stated !== v.country ? null : v.lon, tokenStart: j }
        : { name: v.name, country: v.country || null, lat: null, lon: null, tokenStart: j };
    }
  }
  return best;
}

const LOCATING = /^(in|im|of|the|der|des|northern|southern|eastern|western|central|north|south|east|west|nördlichen|südlichen|östlichen|westlichen|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten|zentrum)$/;

/**
 * The country named within a few words after a town, through "in", "im Norden", "in eastern" …:
 * "Palma im Norden Mosambiks" is in Mozambique whatever other Palma the gazetteer knows.
 */
export function statedCountry(tokens: Token[], from: number, lex: LangLexicon): string | null {
  if (!tokens[from] || !/^(in|im|of)$/.test(tokens[from].lower)) return null;
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const hit = lex.actors.matchAt(tokens, k).find((h) => h.value.kind === 'country');
    if (hit) return hit.value.code.slice(0, 3);
    if (!LOCATING.test(tokens[k].lower)) return null;
  }
  return null;
}
