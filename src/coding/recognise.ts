import type { ActorMention, Lang, PartialDate, Token } from '../types.ts';
import type { Lexicon, LangLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import { codeDocument } from './code-document.ts';

/**
 * A place name in text: a gazetteer hit (a city, region or country name from the lexicon's place
 * index) or a place expression recognised by rule (`rule` says which: a street, a district of a
 * known city, an inhabitant or adjective derived from a known place). `city` is true for places with
 * coordinates. Rule matches name places but never an actor and are not an event's place.
 */
export interface PlaceMatch { start: number; end: number; text: string; name: string; country: string; city: boolean; rule?: PlaceRule }
export type PlaceRule = 'street' | 'district' | 'derived' | 'direction';

/**
 * Every place name in a token sequence, longest match first, left to right: the index `findPlace`
 * uses for an event's place (without its preposition requirement), then, in German, place
 * expressions that no list can hold (`germanPlaceRule`).
 */
export function findPlaceMatches(tokens: Token[], lex: LangLexicon, text: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'punct') continue;
    const hits = lex.places.matchAt(tokens, i);
    if (hits.length) {
      const { len, value } = hits[0];
      const start = tokens[i].start;
      const end = tokens[i + len - 1].end;
      out.push({ start, end, text: text.slice(start, end), name: value.name, country: value.country, city: 'lat' in value });
      i += len - 1;
      continue;
    }
    if (lex.lang !== 'de') continue;
    const r = germanPlaceRule(tokens, i, lex);
    if (!r) continue;
    const start = tokens[i].start;
    const end = tokens[i + r.len - 1].end;
    out.push({ start, end, text: text.slice(start, end), name: r.name, country: r.country, city: false, rule: r.rule });
    i += r.len - 1;
  }
  return out;
}

// Street, square, station … nouns: as the head of a compound ("Knoopstraße") or after a place
// adjective ("Gubener Straße", "Lehrter Bahnhof", "Tegeler See", "Brandenburger Tor").
const STREET_HEAD = /^(\p{Lu}[\p{L}]{2,}?)(straße|strasse|allee|gasse|platz|damm|ufer|chaussee|kirche|see|bahnhof)$/u;
const STREET_WORDS = new Set(['straße', 'strasse', 'allee', 'gasse', 'platz', 'damm', 'ufer', 'chaussee', 'bahnhof', 'hauptbahnhof', 'flughafen', 'see', 'sees', 'brücke', 'tor', 'dom', 'hafen', 'stadion', 'landstraße', 'ring']);
// common nouns with those heads ("Landstraße", "Arbeitsplatz", "Landeskirche", "Stausee", "Güterbahnhof")
const STREET_STOP = new Set(['land', 'bundes', 'seiten', 'neben', 'einkaufs', 'umgehungs', 'quer', 'durchgangs', 'zufahrts', 'verbindungs', 'küsten',
  'wasser', 'fußgänger', 'schnell', 'dorf', 'sack', 'haupt', 'ausfall', 'wohn', 'geschäfts', 'innen', 'einbahn', 'spiel', 'rand', 'berg', 'pass',
  'arbeits', 'park', 'sport', 'flug', 'stell', 'studien', 'ausbildungs', 'kindergarten', 'kita', 'sitz', 'abstell', 'camping', 'tabellen', 'golf', 'fest',
  'exerzier', 'truppenübungs', 'übungs', 'bau', 'lager', 'umschlag', 'pausen', 'schul', 'rast', 'halte', 'zelt', 'bolz', 'kirch', 'stand', 'markt',
  'fahr', 'deich', 'stau', 'bahn', 'stein', 'fluss', 'meeres', 'landes', 'staats', 'amts', 'volks', 'stadt', 'pfarr', 'kloster', 'schloss',
  'wallfahrts', 'frei', 'mutter', 'orts', 'nachbar', 'bischofs', 'welt', 'reichs', 'papst', 'über', 'tief', 'hoch', 'bagger', 'binnen', 'güter',
  'bus', 'fern', 'kopf', 'regional', 'rangier', 'fernbus', 'nah', 'neu', 'alt', 'ufer', 'see', 'gebirgs', 'bade', 'ody', 'schau', 'lande',
  'grabung', 'sende', 'speicher', 'relegation', 'podest', 'nebenschau', 'nebenkriegsschau', 'kriegsschau', 'umfahrung', 'zufahrt', 'parallel', 'freiland',
  'weltraum', 'finanz', 'sammel', 'treff', 'ost', 'west', 'nord', 'süd', 'start', 'lande', 'park', 'flucht', 'tatort', 'stammplatz', 'stamm', 'listen', 'mittel', 'ring']);
const NOT_PLACE_ADJ = new Set(['ihrer', 'unser', 'euer', 'jeder', 'aller', 'neuer', 'alter', 'großer', 'kleiner', 'oberer', 'unterer', 'innerer', 'äußerer', 'anderer', 'weiter', 'letzter', 'erster', 'später', 'einer', 'keiner', 'dieser', 'jener', 'mancher', 'solcher', 'welcher', 'der', 'oder', 'aber', 'über', 'unter', 'hinter', 'wieder', 'immer', 'sehr', 'mehr']);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'eines', 'im', 'ins', 'vom', 'zum', 'beim', 'am']);
// (not "Platz", "See": "den Menschen Platz machen")
const NAME_STREET_WORDS = new Set(['straße', 'strasse', 'allee', 'gasse', 'damm', 'ufer', 'chaussee', 'brücke', 'tor']);
// capitalised words ending in -e/-en that are no adjectives of a name ("Die", "Seine", "Eine", "Ihren")
const ARTICLES_CAP = new Set(['Die', 'Eine', 'Einen', 'Keine', 'Keinen', 'Seine', 'Seinen', 'Ihre', 'Ihren', 'Diese', 'Diesen', 'Jene', 'Jenen', 'Meine', 'Unsere', 'Alle', 'Allen', 'Beide', 'Beiden', 'Welche', 'Manche', 'Den', 'Dem']);
const FOREIGN_STREET = new Set(['via', 'rue', 'avenue', 'piazza', 'plaza', 'calle', 'boulevard', 'rua', 'avenida', 'praça', 'place']);
const DIRECTION = /^(nordost|nordwest|südost|südwest|nord|süd|ost|west|mittel|zentral|ober|nieder|inner)(\p{L}{4,})$/u;

function capital(w: string): string { return w[0].toUpperCase() + w.slice(1); }

/** A region, country, continent or water (not a town: "Nordeuropas", "ostdeutschen", "Südbadischen", never "Oberhaus"). */
function areaWord(lex: LangLexicon, w: string): { name: string; country: string } | null {
  for (const v of lex.places.getWord(w)) if (!('lat' in v) || v.form === 'adjective' || v.kind === 'region' || v.kind === 'continent' || v.kind === 'water' || v.geonames == null) return v;
  for (const a of lex.actors.getWord(w)) if (a.kind === 'country' || a.kind === 'adjective') return { name: a.code, country: a.code };
  return null;
}

/**
 * German place expressions beyond the gazetteer, at token i: streets and squares ("Knoopstraße",
 * "Gubener Straße", "Via Roma"), city districts and hyphenated compounds of a known place ("Köln-Wahn",
 * "Rhein-Sieg-Kreises", "europäisch-westlichen"), inhabitants and adjectives of a known place
 * ("Nürnbergern", "Bremern", "Belmer"), and directions of a region ("Nordeuropas", "ostdeutschen").
 */
export function germanPlaceRule(tokens: Token[], i: number, lex: LangLexicon): { len: number; name: string; country: string; rule: PlaceRule } | null {
  const t = tokens[i];
  if (t.kind !== 'word' || t.text.length < 2) return null;
  const cap = /^\p{Lu}/u.test(t.text);
  const next = tokens[i + 1];
  const nextName = next !== undefined && next.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.text);
  // "Via Roma", "Rue de Rivoli" (the foreign word capitalised, a capitalised name after it)
  if (cap && FOREIGN_STREET.has(t.lower) && nextName) return { len: 2, name: `${t.text} ${next.text}`, country: '', rule: 'street' };
  // spa towns "Bad Niedernau" (not "das Bad")
  if (t.text === 'Bad' && nextName && !(i > 0 && ARTICLES.has(tokens[i - 1].lower))) return { len: 2, name: `Bad ${next.text}`, country: '', rule: 'street' };
  // "St. Galler", "Sankt Galler": the adjective of "St. Gallen"
  if ((t.text === 'St' || t.text === 'Sankt') && tokens[i + (t.text === 'St' ? 2 : 1)]) {
    const k = i + (t.text === 'St' ? 2 : 1);
    const w = tokens[k];
    if ((t.text === 'Sankt' || tokens[i + 1].text === '.') && /^\p{Lu}.+er$/u.test(w.text)) {
      const phrase = `St. ${w.text.slice(0, -2)}en`;
      const hit = lex.places.matchAt(tokenize(phrase, 0, phrase.length), 0)[0];
      if (hit) return { len: k - i + 1, name: hit.value.name, country: hit.value.country, rule: 'derived' };
    }
  }
  // motorways "auf der A 7", "die A1", "Autobahn A 3"
  if (/^A\d{0,3}$/.test(t.text) && i > 0 && /^(der|die|autobahn)$/.test(tokens[i - 1].lower)) {
    if (t.text.length > 1) return { len: 1, name: t.text, country: '', rule: 'street' };
    if (next && next.kind === 'num' && /^\d{1,3}$/.test(next.text)) return { len: 2, name: `A ${next.text}`, country: '', rule: 'street' };
  }
  if (t.text.length < 4) return null;
  // "Gubener Straße", "Frankfurter Hauptbahnhof", "Tegeler See"
  if (cap && /er$/.test(t.text) && !NOT_PLACE_ADJ.has(t.lower) && next && STREET_WORDS.has(next.lower) && /^\p{Lu}/u.test(next.text)) {
    return { len: 2, name: `${t.text} ${next.text}`, country: '', rule: 'street' };
  }
  // "Steinerne Brücke", "Lange Straße": an adjective is capitalised inside a sentence only in a name
  if (cap && /^\p{Lu}\p{Ll}+en?$/u.test(t.text) && i > 0 && tokens[i - 1].kind === 'word' && !ARTICLES_CAP.has(t.text) && next && NAME_STREET_WORDS.has(next.lower) && /^\p{Lu}/u.test(next.text)) {
    return { len: 2, name: `${t.text} ${next.text}`, country: '', rule: 'street' };
  }
  if (cap) {
    const m = STREET_HEAD.exec(t.text);
    // (a church after its saint: "Franziskuskirche", "Marienkirche", "Nikolaikirche"; not "Hofkirche", "Doppelkirche")
    if (m && !t.text.includes('-') && !/äufer$/.test(t.text) && (m[2] !== 'kirche' || /[sni]$/.test(m[1])) && !STREET_STOP.has(m[1].toLowerCase().replace(/s$/, '')) && !STREET_STOP.has(m[1].toLowerCase())) {
      return { len: 1, name: t.text, country: '', rule: 'street' };
    }
  }
  // hyphenated compounds: a known place and a name ("Köln-Wahn"), or names ending in a place noun ("Rhein-Sieg-Kreises", "Osnatel-Arena")
  if (t.text.includes('-')) {
    const parts = t.text.split('-');
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && /^\p{Lu}/u.test(parts[0]) && /^(kreis|kreises|arena|stadion|straße|strasse|platz|allee|brücke|bahnhof|flughafen|see|tal|gebirge)$/i.test(last)) {
      return { len: 1, name: t.text, country: '', rule: 'district' };
    }
    // (a country first is the actor coder's: "Iran-Abkommen"; an adjective first: "europäisch-westlichen")
    const first = lex.places.getWord(parts[0]).find((v) => 'lat' in v || v.form === 'adjective' || v.kind === 'water')
      ?? lex.places.getWord(parts[0] + 'e').find((v) => v.form === 'adjective');
    if (first && parts[0].length >= 4 && (/^\p{Lu}/u.test(last) === cap)) return { len: 1, name: first.name, country: first.country, rule: 'district' };
  }
  // directions: "Nordeuropas", "Südbadischen", "ostdeutsche"
  const d = DIRECTION.exec(t.lower);
  if (d) {
    const rest = d[2];
    const hit = (cap ? areaWord(lex, capital(rest)) : null) ?? areaWord(lex, rest);
    if (hit) return { len: 1, name: hit.name, country: hit.country, rule: 'direction' };
  }
  // inhabitants and adjectives of a known place: the dative plural of a listed form ("Nürnbergern", "Bremern"),
  // or "<town>er" before a noun ("Belmer Bürgermeister", "Lindener Schützenfest"); not a surname ("Seehofer sagte")
  if (cap && t.text.length >= 6 && /er[ns]$/.test(t.text)) {
    const v = lex.places.getWord(t.text.slice(0, -1)).find((x) => 'lat' in x);
    if (v) return { len: 1, name: v.name, country: v.country, rule: 'derived' };
  }
  if (cap && t.text.length >= 6 && t.text.endsWith('er') && i > 0 && next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && !/^\p{Lu}/u.test(tokens[i - 1].text)) {
    const base = t.text.slice(0, -2);
    for (const c of [base, base + 'en']) {
      const v = lex.places.getWord(c).find((x) => 'lat' in x && x.form !== 'adjective' && (x.country === 'DEU' || x.country === 'AUT' || x.country === 'CHE'));
      if (v) return { len: 1, name: v.name, country: v.country, rule: 'derived' };
    }
  }
  return null;
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
