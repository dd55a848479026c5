import type { ActorMention, Lang, PartialDate, Token } from '../types.ts';
import type { Lexicon, LangLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import { codeDocument } from './code-document.ts';

/** A gazetteer hit: a city, region or country name from the lexicon's place index. */
export interface PlaceMatch { start: number; end: number; text: string; name: string; country: string; city: boolean }

/**
 * Every place name in a token sequence, longest match first, left to right (the same index
 * `findPlace` uses for an event's place, but without its preposition requirement).
 */
export function findPlaceMatches(tokens: Token[], lex: LangLexicon, text: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'punct') continue;
    const hits = lex.places.matchAt(tokens, i);
    if (!hits.length) continue;
    const { len, value } = hits[0];
    const start = tokens[i].start;
    const end = tokens[i + len - 1].end;
    out.push({ start, end, text: text.slice(start, end), name: value.name, country: value.country, city: 'lat' in value });
    i += len - 1;
  }
  return out;
}

/**
 * What Lagebild recognises in one piece of text: the coder's actor mentions (after compounds and
 * coreference) and the place names of the gazetteer. Used by `scripts/measure-actors.ts`.
 */
export function recognise(text: string, lang: Lang, lexicon: Lexicon, published: PartialDate | null = null): { actors: ActorMention[]; places: PlaceMatch[] } {
  const coded = codeDocument({ id: 'recognise', text, published, bodyStart: 0, lang, messages: [] }, lexicon);
  const places = findPlaceMatches(tokenize(text, 0, text.length), lexicon[lang], text);
  return { actors: coded.actors, places };
}

/**
 * Whether a mention names an actor by itself (a country, person, organisation, capital, adjective,
 * or an agent composed with one: "die iranische Regierung"), rather than a pronoun, a description
 * ("das Land") or a bare agent ("die Regierung") that only coreference gives a country.
 */
export function isNamedMention(m: ActorMention): boolean {
  if (m.kind === 'pronoun' || m.kind === 'description') return false;
  if (m.kind === 'agent') return m.rule.includes('+') && !m.rule.includes('→');
  return !m.rule.includes('→');
}
