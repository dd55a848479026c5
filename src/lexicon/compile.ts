import type { Lang, ActorMention } from '../types.ts';
import type * as S from './schema.ts';
import { Cues } from './schema.ts';
import { loadLexicon, LexiconError, BUILTIN_LEXICON, type RawLexicon } from './load.ts';
import { PhraseIndex } from './phrase-index.ts';
import { germanVerbForms, type VerbFormType } from './morph-de.ts';
import { englishVerbForms } from './morph-en.ts';

/** What a matched actor phrase means, before the document's date picks a person's role. */
export interface ActorEntry {
  kind: ActorMention['kind'];
  code: string;
  id: string | null;
  rule: string;
  gender?: 'm' | 'f';
  roles?: S.PersonT['roles'];
  defaultCode?: string | null;
  /** organisations: their kind (igo, party, armed …) */
  orgKind?: S.OrganisationT['kind'];
  /** agents: role code and whether it is a person title */
  role?: string;
  title?: boolean;
  /** agents of no country unless one is named (human rights groups): NGO + role */
  transnational?: boolean;
  from?: string | null;
  to?: string | null;
}

export interface TriggerEntry {
  pattern: S.PatternT;
  /** the pattern's `with` words, lower-cased once at compile time: single words (matched as word
   * prefixes), phrases of several words, and the first letters of the single words (a quick test), with the words that
   * start with each of them (`byInitial[k]` those with `initials[k]`) */
  with: { words: string[]; phrases: string[]; initials: string; byInitial: string[][] } | null;
  /** the pattern's `without` words, lower-cased (null when none): prefixes, whole words (written with a final `$`)
   * and phrases of several words (matched word by word, the trigger word itself included: "thanks to") */
  without: { prefixes: string[]; exact: Set<string>; phrases: string[][] } | null;
  type: VerbFormType | 'noun';
  /** the pattern's target prepositions, lower-cased once here for every trigger of it (shared, so frozen) */
  targetPreps: readonly string[];
  needsParticle: boolean;
  past: boolean;
}

export interface CueSets {
  raw: S.CuesT;
  originSuffixes: Set<string>;
  holderSuffixes: Set<string>;
  /** word beginnings marking a person as out of office ("former", "entmachtet…"), lower-case */
  formerWords: string[];
  /** the same as participles ("ousted", "entmachtet…"): they count only after an article or possessive */
  formerParticiples: string[];
  /** a first part made only of verb particles ("wiederein", "ent"), lower-case; null when the language has none */
  particlesOnly: RegExp | null;
  /** words for any act ("das Vorgehen", "the move"), lower-case */
  actWords: Set<string>;
  /** titles any group has ("leader", "Chef"), lower-case */
  genericTitles: Set<string>;
  /** the longest pronoun (at least 4, for "they"): longer words need no pronoun lookup */
  pronounMaxLength: number;
  abbreviations: Set<string>;
  months: Map<string, number>;
  /** words before a medium where a statement is made in it (cue medium_words) */
  mediumWords: Set<string>;
  /** agent ids of envoys to organisations (cue envoy_agents) */
  envoyAgents: Set<string>;
  weekdays: Map<string, number>;
  negation: Set<string>;
  future: Set<string>;
  hypothetical: Set<string>;
  allegation: Set<string>;
  pastAux: Set<string>;
  passiveAux: Set<string>;
  agentPreps: Set<string>;
  attributionVerbs: Set<string>;
  speechVerbs: Set<string>;
  pronounsM: Set<string>;
  pronounsF: Set<string>;
  pronounsPlural: Set<string>;
  possessiveM: Set<string>;
  possessiveF: Set<string>;
  possessivePlural: Set<string>;
  prepositions: Set<string>;
  objectArticles: Set<string>;
  subjectArticles: Set<string>;
  coordinators: Set<string>;
  clauseOpeners: Set<string>;
  lastWords: Set<string>;
  nextWords: Set<string>;
  thisWords: Set<string>;
  weekWords: Set<string>;
  monthWords: Set<string>;
  yearWords: Set<string>;
  weekendWords: Set<string>;
  placePreps: Set<string>;
  /** kinds of place before a name ("Hauptstadt", "capital"): cue `place_nouns` */
  placeNouns: Set<string>;
  /** plans, offers, demands, charges whose author a following by-phrase or genitive names: cue `proposal_nouns` */
  proposalNouns: Set<string>;
  /** allies, partners, neighbours, enemies: a country or person qualifying one names another actor (cue `relational_nouns`) */
  relationalNouns: Set<string>;
  /** plans and proposals whose infinitive is what they put forward: cue `plan_nouns`; calls and demands: cue `asking_nouns` */
  planNouns: Set<string>;
  /** plots and conspiracies (cue plot_nouns) */
  plotNouns: Set<string>;
  /** participles after which "it is/was" is an expletive, no pronoun: "it was revealed that" (cue expletive_participles) */
  expletiveParticiples: Set<string>;
  /** nouns a country before them names the topic of ("on the Iraq issue"): no party (cue topic_nouns) */
  topicNouns: Set<string>;
  /** words of fear (cue fear_words) */
  fearWords: Set<string>;
  /** verbs of preventing (cue preventing_verbs) */
  preventingVerbs: Set<string>;
  askingNouns: Set<string>;
  /** verbs of dying ("died", "ums Leben"), whose subject is the victim of a deed a noun after them names: cue `victim_verbs` */
  victimVerbs: PhraseIndex<CuePhrase>;
  /** English predicates that make an -ing word right before them its subject, a noun ("fighting broke out"): cue `gerund_predicates` */
  gerundPredicates: Set<string>;
  /** "das Land", "the country", "beide Länder", "both countries": descriptions that coreference resolves */
  descriptions: PhraseIndex<CuePhrase>;
  /** multiword cue phrases matched on token sequences, an index per kind ("nach Angaben", "Christmas Day", "nicht nur",
   * "in case", "plans to", "on that occasion"): each stage scans every token for its own kind only */
  attributionPreps: PhraseIndex<CuePhrase>; holidays: PhraseIndex<CuePhrase>; negationExceptions: PhraseIndex<CuePhrase>;
  hypotheticalPhrases: PhraseIndex<CuePhrase>; futurePhrases: PhraseIndex<CuePhrase>; anaphoricTime: PhraseIndex<CuePhrase>;
  /** "im Land", "in the country" (cue `in_country`) */
  inCountry: PhraseIndex<CuePhrase>;
}

/** What a multiword cue phrase marks (a holiday also its month and day, "12-25"). */
export interface CuePhrase { kind: 'negation-exception' | 'future' | 'hypothetical' | 'attribution-prep' | 'country-description' | 'pair-description' | 'organisation-description' | 'anaphoric-time' | 'holiday' | 'in-country' | 'victim-verb'; monthDay?: string }

/**
 * A value of the place index: a gazetteer entry with coordinates (towns, regions, landmarks; `lat` in it),
 * or an area without (countries, continents, waters: their `country` is a country or region code or '').
 * `form: 'adjective'` marks the generated adjective forms ("bayerischen").
 */
export type GazetteerPlace = Omit<S.PlaceT, 'country'> & { country: string; form?: 'adjective' };
export interface GazetteerArea { country: string; name: string; kind?: S.PlaceT['kind'] | 'country'; form?: 'adjective' }
export type PlaceValue = GazetteerPlace | GazetteerArea;

export interface LangLexicon {
  lang: Lang;
  /** per-word memos of compound analyses (German compounds recur across documents), keyed by the word itself; filled through
   * remember(), which bounds them */
  memo: { agent: Map<string, ActorEntry | null>; trigger: Map<string, Array<{ len: number; value: TriggerEntry }>>; visit: Map<string, number> };
  /** lower-case words that can start a time expression (months, weekdays, "gestern", "last" …) */
  timeWords: Set<string>;
  /** surnames of the lexicon's people ("Powell" of "Colin Powell"): the people and their full names, for a surname alone in a
   * document that names one of them in full somewhere (coreference) */
  surnames: Map<string, Array<{ entry: ActorEntry; names: string[] }>>;
  actors: PhraseIndex<ActorEntry>;
  triggers: PhraseIndex<TriggerEntry>;
  places: PhraseIndex<PlaceValue>;
  cues: CueSets;
}

export interface Lexicon {
  de: LangLexicon;
  en: LangLexicon;
  codes: Map<string, S.CameoCodeT>;
  raw: RawLexicon;
  stats: Record<string, number>;
}

/** The first letters (UTF-16 units) of the words, each once, in order of first use. */
function initialsOf(words: string[]): string {
  return [...new Set(words.map((w) => w[0]))].join('');
}

const DE_ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

export function compileLexicon(raw: RawLexicon): Lexicon {
  const issues: { file: string; line: null; entry: string | null; message: string }[] = [];
  const codes = new Map(raw.codes.map((c) => [c.code, c]));
  for (const lang of ['de', 'en'] as const) {
    const c = Cues.safeParse(raw.cues[lang]);
    if (!c.success) for (const i of c.error.issues) issues.push({ file: `${lang}/cues.yml`, line: null, entry: i.path.join('.'), message: i.message });
    for (const p of raw.patterns[lang]) if (codes.size && !codes.has(p.code)) issues.push({ file: `${lang}/verbs`, line: null, entry: p.id, message: `unknown CAMEO code "${p.code}"` });
  }
  if (issues.length) throw new LexiconError(issues);
  const lex: Lexicon = { de: compileLang(raw, 'de'), en: compileLang(raw, 'en'), codes, raw, stats: {} };
  lex.stats = {
    countries: raw.countries.length, people: raw.people.length, organisations: raw.organisations.length,
    places: raw.places.length, codes: raw.codes.length, agents_de: raw.agents.de.length, agents_en: raw.agents.en.length,
    patterns_de: raw.patterns.de.length, patterns_en: raw.patterns.en.length,
    actor_phrases_de: lex.de.actors.size, actor_phrases_en: lex.en.actors.size,
    trigger_forms_de: lex.de.triggers.size, trigger_forms_en: lex.en.triggers.size,
    ...detailStats(raw),
  };
  return lex;
}

/**
 * A German name with the adjectives that open it in each strong and weak ending ("Islamischer Staat" → "Islamische Staat",
 * "Islamischen Staat", …): the lexicon lists the forms a name was seen in, the article before it decides the one a text uses.
 * Only capitalised words before the last one whose ending is an adjective's (-e, -en, -er, -es, -em after a stem of four letters).
 */
export function germanAdjectiveForms(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [name];
  let k = 0;
  const stems: string[] = [];
  while (k < words.length - 1) {
    const m = /^(\p{Lu}\p{Ll}{3,}?)(en|er|es|em|e)$/u.exec(words[k]);
    if (!m) break;
    stems.push(m[1]);
    k++;
  }
  if (!stems.length) return [name];
  const rest = words.slice(k).join(' ');
  const out = new Set([name]);
  for (const end of ['e', 'en', 'er', 'es', 'em']) out.add([...stems.map((s) => s + end), rest].join(' '));
  return [...out];
}

/** Counts the issue tracker asks for: organisations by kind, exonyms, CAMEO coverage per language, Wikidata ids. */
function detailStats(raw: RawLexicon): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of raw.organisations) out[`organisations_${o.kind}`] = (out[`organisations_${o.kind}`] ?? 0) + 1;
  // an exonym: the German name differs from every English one (Moskau/Moscow), not just added inflections
  // (places of German-speaking countries are left out: their extra German forms are inflections, "Bremens", "Münchner")
  // (nor are spellings of the name itself: "Eregli" for "Ereğli", "St. Gallen" for "Sankt Gallen", "Karlstein" for "Karlstein am Main")
  const fold = (x: string) => x.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/æ/g, 'ae').replace(/[đĐ]/g, 'd').replace(/^Sankt /, 'St. ').toLowerCase();
  const spelling = (d: string, name: string) => fold(d) === fold(name) || name.startsWith(d + ' ');
  out.places_with_german_exonym = raw.places.filter((p) => !['DEU', 'AUT', 'CHE', 'LIE'].includes(p.country ?? '') && p.de.some((d) => d !== p.name && !p.en.includes(d) && !spelling(d, p.name))).length;
  const three = raw.codes.filter((c) => c.code.length === 3).map((c) => c.code);
  for (const lang of ['de', 'en'] as const) {
    const covered = new Set(raw.patterns[lang].map((p) => p.code.slice(0, 3)));
    out[`cameo_3digit_codes_covered_${lang}`] = three.filter((c) => covered.has(c)).length;
    out[`patterns_verb_${lang}`] = raw.patterns[lang].filter((p) => p.verb).length;
    out[`patterns_noun_${lang}`] = raw.patterns[lang].filter((p) => p.noun).length;
  }
  out.cameo_3digit_codes = three.length;
  out.people_with_roles = raw.people.filter((p) => p.roles.length > 0).length;
  out.wikidata_ids = [...raw.countries, ...raw.people, ...raw.organisations].filter((x) => x.wikidata).length;
  return out;
}

function compileLang(raw: RawLexicon, lang: Lang): LangLexicon {
  // German names, seats and agents that open with adjectives, in every ending (see germanAdjectiveForms; `keep`: as listed)
  const inflected = (list: string[], keep?: Set<string>): string[] =>
    lang === 'de' ? [...new Set(list.flatMap((n) => keep?.has(n) ? [n] : germanAdjectiveForms(n)))] : list;
  const actors = new PhraseIndex<ActorEntry>();
  const places = new PhraseIndex<PlaceValue>();
  for (const c of raw.countries) {
    const L = c[lang];
    const base = { code: c.code, id: c.code.toLowerCase(), from: c.from ?? null, to: c.to ?? null };
    // (German names and seats that open with adjectives in every ending: "Das Vereinigte Königreich", "Das Weiße Haus")
    const names = inflected(L.names);
    const seats = inflected(L.seats);
    for (const n of names) {
      actors.add(n, { ...base, kind: 'country', rule: `country.${c.code}.name` });
      places.add(n, { country: c.code, name: c.en.names[0] ?? n, kind: 'country' });
      if (lang === 'de' && !/[sxzß]$/.test(n) && !n.includes(' ')) actors.add(n + 's', { ...base, kind: 'country', rule: `country.${c.code}.genitive` });
    }
    for (const a of L.adjectives) {
      const forms = lang === 'de' ? DE_ADJ_ENDINGS.map((e) => a + e) : [a];
      for (const f of forms) actors.add(f, { ...base, kind: 'adjective', rule: `country.${c.code}.adjective` });
    }
    for (const d of L.demonyms) actors.add(d, { ...base, kind: 'demonym', rule: `country.${c.code}.demonym` });
    for (const cap of L.capitals) {
      actors.add(cap, { ...base, kind: 'capital', rule: `country.${c.code}.capital` });
      if (lang === 'de' && !/[sxzß]$/.test(cap) && !cap.includes(' ')) actors.add(cap + 's', { ...base, kind: 'capital', rule: `country.${c.code}.capital` });
    }
    for (const s of seats) {
      actors.add(s, { ...base, code: c.code + 'GOV', kind: 'seat', rule: `country.${c.code}.seat` });
      if (lang === 'de' && !/[sxzß]$/.test(s) && !s.includes(' ')) actors.add(s + 's', { ...base, code: c.code + 'GOV', kind: 'seat', rule: `country.${c.code}.seat` });
    }
    for (const p of L.prefixes) actors.add(p, { ...base, kind: 'country', rule: `country.${c.code}.prefix` });
  }
  const surnames = new Map<string, Array<{ entry: ActorEntry; names: string[] }>>();
  for (const p of raw.people) {
    const e: ActorEntry = { kind: 'person', code: p.roles[0]?.code ?? p.default ?? 'UNK', id: p.id, rule: `person.${p.id}`, gender: p.gender ?? undefined, roles: p.roles, defaultCode: p.default ?? null };
    const full = p.names.filter((n) => n.includes(' '));
    for (const n of full) {
      const last = n.slice(n.lastIndexOf(' ') + 1);
      if (last.length < 3 || !/^\p{Lu}\p{Ll}/u.test(last)) continue;
      const list = surnames.get(last) ?? [];
      if (!list.some((x) => x.entry.id === p.id)) list.push({ entry: e, names: full });
      surnames.set(last, list);
    }
    for (const n of [...p.names, ...p.short]) {
      actors.add(n, e, n.length <= 4 ? 'exact' : 'cap');
      if (lang === 'de' && !/[sxzß]$/.test(n)) actors.add(n + 's', e, 'cap');
    }
  }
  for (const o of raw.organisations) {
    // one entry per dated role, the latest first (an undated text takes it), then the plain code for the dates no role covers
    // (the first entry valid at a text's date wins among entries of one phrase)
    const roles = [...o.roles].sort((a, b) => String(b.from ?? '').localeCompare(String(a.from ?? '')));
    const entries: ActorEntry[] = [
      ...roles.map((r) => ({ kind: 'organisation' as const, code: r.code, id: o.id, rule: `org.${o.id}`, from: r.from ?? o.from ?? null, to: r.to ?? o.to ?? null, orgKind: o.kind })),
      { kind: 'organisation', code: o.code, id: o.id, rule: `org.${o.id}`, from: o.from ?? null, to: o.to ?? null, orgKind: o.kind },
    ];
    const abbrev = new Set(o.abbrev);
    // (German names that open with adjectives in every inflection: "Internationaler Strafgerichtshof", "Der Internationale
    // Strafgerichtshof", "des Internationalen Strafgerichtshofs")
    const names = inflected(o[lang], abbrev);
    for (const e of entries) {
      for (const n of names) actors.add(n, e, abbrev.has(n) ? 'exact' : undefined);
      for (const n of o.abbrev) actors.add(n, e, 'exact');
    }
  }
  for (const a of raw.agents[lang]) {
    const e: ActorEntry = { kind: 'agent', code: a.transnational ? 'NGO' + a.role : a.role, id: null, rule: a.id, role: a.role, title: a.title, transnational: a.transnational };
    // (multiword German forms that open with adjectives in every ending: "Der Oberste Gerichtshof")
    for (const f of inflected(a.forms)) actors.add(f, e);
  }
  for (const pl of raw.places) addPlace(places, pl, lang);

  const triggers = new PhraseIndex<TriggerEntry>();
  for (const p of raw.patterns[lang]) {
    const lower = p.with.map((w) => w.toLowerCase());
    const words = lower.filter((w) => !w.includes(' '));
    const wo = p.without.map((w) => w.toLowerCase());
    const without = wo.length ? {
      prefixes: wo.filter((w) => !w.includes(' ') && !w.endsWith('$')),
      exact: new Set(wo.filter((w) => !w.includes(' ') && w.endsWith('$')).map((w) => w.slice(0, -1))),
      phrases: wo.filter((w) => w.includes(' ')).map((w) => w.replace(/\$$/, '').split(/\s+/)),
    } : null;
    const targetPreps = Object.freeze(p.target_prep.map((x) => x.toLowerCase()));
    const withLower = lower.length ? {
      words, phrases: lower.filter((w) => w.includes(' ')), initials: initialsOf(words), byInitial: initialsOf(words).split('').map((c) => words.filter((w) => w[0] === c)),
    } : null;
    if (p.verb) {
      const forms = lang === 'de' ? germanVerbForms(p.verb, p.particle, p.parts) : englishVerbForms(p.verb, p.parts);
      for (const f of forms) {
        const needsParticle = lang === 'en' ? Boolean(p.particle) : f.needsParticle;
        triggers.add(f.form, { pattern: p, with: withLower, without, type: f.type, targetPreps, needsParticle, past: Boolean(f.past) }, 'any');
      }
    } else if (p.noun) {
      // a German noun is matched capitalised; a phrase opening with an adjective ("ethnische Säuberungen") in any case
      for (const n of Array.isArray(p.noun) ? p.noun : [p.noun]) triggers.add(n, { pattern: p, with: withLower, without, type: 'noun', targetPreps, needsParticle: false, past: false }, lang === 'de' && !/^\p{Ll}/u.test(n) ? 'cap' : 'any');
    }
  }
  const cues = compileCues(raw.cues[lang]);
  const timeWords = new Set<string>([...Object.keys(cues.raw.holidays ?? {}).map((h) => h.split(' ')[0]), ...cues.months.keys(), ...cues.weekdays.keys(), ...Object.keys(cues.raw.relative_days), ...cues.lastWords, ...cues.nextWords, ...cues.thisWords, ...cues.weekendWords, 'kommenden', 'nächsten', 'coming', 'next']);
  return { lang, actors, triggers, places, cues, memo: { agent: new Map(), trigger: new Map(), visit: new Map() }, timeWords, surnames };
}

/**
 * One gazetteer entry into the place index: its forms and display name (none at all when the entry has
 * no forms in the language), in German also the genitive "-s" of one-word names not ending in s/x/z/ß
 * ("Bayerns", "Atlantiks") and "St." for "Sankt", and its adjectives in every ending.
 */
const placeValues = new WeakMap<S.PlaceT, PlaceValue>();
function addPlace(places: PhraseIndex<PlaceValue>, pl: S.PlaceT, lang: Lang): void {
  // an entry with no forms for a language stays out of that language's text (small towns in English)
  if (!pl[lang].length) return;
  let v = placeValues.get(pl);
  if (!v) {
    const area = pl.kind === 'water' || pl.kind === 'continent';
    // (a town is its own value: no copy of 20,000 entries)
    v = area ? { country: pl.country ?? '', name: pl.name, kind: pl.kind } : pl.country !== undefined ? (pl as GazetteerPlace) : { ...pl, country: '' };
    placeValues.set(pl, v);
  }
  const forms = pl[lang];
  for (const n of forms) places.add(n, v, 'cap');
  if (!forms.includes(pl.name)) places.add(pl.name, v, 'cap');
  if (lang !== 'de') return;
  // "Sankt Gallen" is mostly written "St. Gallen"
  for (const n of forms) if (n.startsWith('Sankt ') && !forms.includes('St. ' + n.slice(6))) places.add('St. ' + n.slice(6), v, 'cap');
  // genitives of towns under 100,000 are rare, and those of German-speaking ones are listed ("Bremens")
  const smallTown = (pl.kind === undefined || pl.kind === 'city') && pl.geonames != null && (pl.population ?? 0) < 100000;
  const names = smallTown ? null : new Set([...forms, pl.name]);
  if (names) for (const n of pl.de) {
    if (/[sxzß]$/.test(n) || /[\s.]/.test(n) || !/^\p{Lu}/u.test(n) || /er$/.test(n) || names.has(n + 's')) continue;
    places.add(n + 's', v, 'cap');
  }
  if (pl.adjectives.length) {
    const adj: PlaceValue = { ...v, form: 'adjective' };
    for (const a of pl.adjectives) for (const e of DE_ADJ_ENDINGS) if (e) places.add(a + e, adj, 'any'); // not the bare stem: "Englisch" is the language
  }
}

/** Weekday words by day (1 = Monday), with each weekday joined to each part of a day ("samstagabend" → 6). */
function weekdayWords(weekdays: Record<string, number>, dayParts: string[]): Map<string, number> {
  const out = new Map(Object.entries(weekdays));
  for (const [w, d] of Object.entries(weekdays)) for (const p of dayParts) if (!out.has(w + p)) out.set(w + p, d);
  return out;
}

function compileCues(c: S.CuesT): CueSets {
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const index = (entries: Array<[string, CuePhrase]>): PhraseIndex<CuePhrase> => {
    const ix = new PhraseIndex<CuePhrase>();
    for (const [p, v] of entries) ix.add(p, v, 'any');
    return ix;
  };
  const of = (phrases: string[], kind: CuePhrase['kind']): Array<[string, CuePhrase]> => phrases.map((p) => [p, { kind }]);
  return {
    raw: c,
    descriptions: index([...of(c.country_descriptions, 'country-description'), ...of(c.pair_descriptions, 'pair-description'), ...of(c.organisation_descriptions, 'organisation-description')]),
    attributionPreps: index(of(c.attribution_preps, 'attribution-prep')),
    holidays: index(Object.entries(c.holidays ?? {}).map(([p, md]) => [p, { kind: 'holiday', monthDay: md }])),
    negationExceptions: index(of(c.negation_exceptions, 'negation-exception')),
    inCountry: index(of(c.in_country, 'in-country')),
    hypotheticalPhrases: index(of(c.hypothetical.filter((p) => p.includes(' ')), 'hypothetical')),
    futurePhrases: index(of(c.future_phrases, 'future')), victimVerbs: index(of(c.victim_verbs, 'victim-verb')), anaphoricTime: index(of(c.anaphoric_time, 'anaphoric-time')),
    abbreviations: set(c.abbreviations), months: new Map(Object.entries(c.months)), weekdays: weekdayWords(c.weekdays, c.day_parts),
    negation: set(c.negation), future: set(c.future.filter((x) => !x.includes(' '))), hypothetical: set(c.hypothetical.filter((x) => !x.includes(' '))),
    allegation: set(c.allegation), mediumWords: set(c.medium_words), envoyAgents: set(c.envoy_agents), pastAux: set(c.past_aux), passiveAux: set(c.passive_aux), agentPreps: set(c.agent_preps),
    attributionVerbs: set(c.attribution_verbs), speechVerbs: set(c.speech_verbs),
    pronounsM: set(c.pronouns_m), pronounsF: set(c.pronouns_f), pronounsPlural: set(c.pronouns_plural),
    possessiveM: set(c.possessive_m), possessiveF: set(c.possessive_f), possessivePlural: set(c.possessive_plural),
    prepositions: set(c.prepositions), objectArticles: set(c.object_articles), subjectArticles: set(c.subject_articles),
    coordinators: set(c.coordinators.filter((x) => !x.includes(' '))), clauseOpeners: set(c.clause_openers),
    lastWords: set(c.last_words), nextWords: set(c.next_words), thisWords: set(c.this_words),
    weekWords: set(c.week_words), monthWords: set(c.month_words), yearWords: set(c.year_words), weekendWords: set(c.weekend_words),
    placePreps: set(c.place_preps), placeNouns: set(c.place_nouns), proposalNouns: set(c.proposal_nouns), relationalNouns: set(c.relational_nouns), planNouns: set(c.plan_nouns), plotNouns: set(c.plot_nouns), preventingVerbs: set(c.preventing_verbs), fearWords: set(c.fear_words), expletiveParticiples: set(c.expletive_participles), topicNouns: set(c.topic_nouns), askingNouns: set(c.asking_nouns), gerundPredicates: set(c.gerund_predicates), originSuffixes: set(c.origin_suffixes), holderSuffixes: set(c.holder_suffixes), formerWords: c.former_words.map((w) => w.toLowerCase()), formerParticiples: c.former_participles.map((w) => w.toLowerCase()), actWords: set(c.act_words), genericTitles: set(c.generic_titles),
    particlesOnly: c.verb_particles.length ? new RegExp(`^(?:${[...c.verb_particles].sort((a, b) => b.length - a.length).map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})+$`) : null,
    pronounMaxLength: Math.max(4, ...[...c.pronouns_m, ...c.pronouns_f, ...c.pronouns_plural].map((w) => w.length)),
  };
}

let cached: { key: string; lex: Lexicon } | null = null;
/** Loads and compiles once per process for the same directories. */
export function getLexicon(extraDirs: string[] = []): Lexicon {
  const dirs = [BUILTIN_LEXICON, ...extraDirs];
  const key = dirs.join('\0');
  if (cached?.key === key) return cached.lex;
  const lex = compileLexicon(loadLexicon(dirs));
  cached = { key, lex };
  return lex;
}

