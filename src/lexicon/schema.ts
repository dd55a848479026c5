import { z } from 'zod';

/** Schemas of the lexicon's YAML files. Unknown keys are errors (`strict`). */
const dateStr = z.union([z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD'), z.number().int().transform(String)]).nullable().optional();
const code = z.string().regex(/^[A-Z]{3}[A-Z0-9]*$/, 'a CAMEO actor code of capital letters (IRNGOV, NATO)');
const words = z.array(z.string().min(1)).default([]);

export const CountryLang = z.object({
  names: words, article: z.boolean().optional(), adjectives: words, demonyms: words,
  capitals: words, seats: words, prefixes: words,
}).strict();
export const Country = z.object({
  code: z.string().regex(/^[A-Z]{3}$/, 'an ISO alpha-3 code'), iso2: z.string().nullable().optional(),
  wikidata: z.string().regex(/^Q\d+$/).nullable().optional(), from: dateStr, to: dateStr,
  de: CountryLang.default({}), en: CountryLang.default({}),
}).strict();

export const Role = z.object({ code, title: z.string().nullable().optional(), from: dateStr, to: dateStr }).strict();
export const Person = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/, 'lower-case ascii id'), wikidata: z.string().nullable().optional(),
  gender: z.enum(['m', 'f']).nullable().optional(), names: words, short: words, roles: z.array(Role).default([]),
  default: code.nullable().optional(), note: z.string().optional(),
}).strict();

export const Organisation = z.object({
  id: z.string().regex(/^[a-z0-9_.-]+$/, 'lower-case ascii id'), code,
  kind: z.enum(['igo', 'collective', 'ngo', 'party', 'media', 'company', 'armed', 'region', 'other']),
  wikidata: z.string().nullable().optional(), de: words, en: words, abbrev: words, from: dateStr, to: dateStr,
  /** date-ranged codes that replace `code` within their ranges: a party in government and in opposition (DEUGOV / DEUOPP) */
  roles: z.array(z.object({ code, from: dateStr, to: dateStr }).strict()).default([]),
  note: z.string().optional(),
}).strict();

export const Agent = z.object({
  id: z.string(), role: z.string().regex(/^[A-Z]{3}$/, 'a three-letter CAMEO role code'), forms: z.array(z.string().min(1)).min(1),
  title: z.boolean().default(false), gender: z.enum(['m', 'f', 'n']).nullable().optional(), note: z.string().optional(),
  /** a non-governmental body of no country unless one is named ("human rights groups", "Hilfsorganisationen"): coded NGO + role, not given the country in focus */
  transnational: z.boolean().default(false),
}).strict();

/**
 * A gazetteer entry. `kind` (default city): `city` towns and city districts, `region` states, provinces,
 * landscapes; `continent` continents and world regions (country: a CAMEO region code such as EUR);
 * `water` seas, oceans, lakes and rivers (no country); `landmark` buildings, squares, stations.
 * Continents and waters never stand for a country. `adjectives`: German adjective stems ("bayerisch"):
 * -e -en -er -es -em are generated and matched in any case ("bayerische", "Bayerischen").
 */
export const Place = z.object({
  id: z.string(), name: z.string(), de: words, en: words, country: z.string().regex(/^[A-Z]{3}$/).optional(),
  kind: z.enum(['city', 'region', 'continent', 'water', 'landmark']).optional(), adjectives: words,
  lat: z.number(), lon: z.number(), geonames: z.number().int().nullable().optional(),
  population: z.number().nullable().optional(), capital: z.boolean().optional(), wikidata: z.string().nullable().optional(),
}).strict().refine((p) => p.country !== undefined || p.kind === 'water' || p.kind === 'continent', 'a `country` (only waters and continents may have none)');

const eventCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO event code in quotes ("111")');
export const Pattern = z.object({
  id: z.string().regex(/^(de|en)\.(verb|noun)\.\d{2,4}\.[a-z0-9_.-]+$/, '<lang>.<verb|noun>.<code>.<slug>'),
  code: eventCode,
  verb: z.string().min(2).optional(),
  noun: z.union([z.string(), z.array(z.string().min(1))]).optional(),
  particle: z.string().nullable().optional(),
  parts: z.array(z.string().min(1)).nullable().optional(),
  with: words, target_prep: words,
  /** words (prefixes, as `with`) that keep the pattern from firing when the clause has one ("forderte 35 Todesopfer") */
  without: words,
  reflexive: z.boolean().default(false),
  complement: z.enum(['alleged', 'planned']).nullable().optional(),
  /** an act aimed at no one in particular ("Generalmobilmachung"): an event even when no target is found */
  untargeted: z.boolean().default(false),
  /** a nationality adjective or name qualifying the noun names its victims, not its actor ("the Armenian genocide") */
  qualifier_is_target: z.boolean().default(false),
  /** an act only a state does (an execution, a deportation): with no agent named, that role of the state where it happens */
  state_act: z.enum(['GOV', 'JUD', 'COP', 'MIL']).nullable().optional(),
  /** the subject undergoes the act and a phrase of `source_prep` names who does it ("Der Plan stieß in Polen auf Kritik",
   * "the plan drew criticism from rights groups") */
  subject_is_target: z.boolean().default(false),
  source_prep: words,
  note: z.string().optional(),
}).strict().refine((p) => (p.verb ? 1 : 0) + (p.noun ? 1 : 0) === 1, 'exactly one of `verb` or `noun`');

export const CameoCode = z.object({
  code: eventCode, root: z.string(), level: z.number(), quad: z.number().int().min(1).max(4), goldstein: z.number(),
  label: z.string(), plover: z.object({ event: z.string(), mode: z.string(), context: z.array(z.string()) }).nullable(),
}).strict();

export const Cues = z.object({
  abbreviations: words,
  months: z.record(z.number().int().min(1).max(12)),
  weekdays: z.record(z.number().int().min(1).max(7)),
  /** verbs and participles of preventing: an event noun they govern did not happen ("vereitelte einen Anschlag", "the foiled attack") */
  preventing_verbs: words.default([]),
  /** words of fear: an event noun in their clause is feared, not done ("befürchtet einen Anschlag", "fears an attack") */
  fear_words: words.default([]),
  expletive_participles: words.default([]),
  topic_nouns: words.default([]),
  /** plots and conspiracies: like plan nouns, and an act they put forward is none when no plotter is named ("foiled a plot to attack") */
  plot_nouns: words.default([]),
  /** words before a medium that make it where a statement is made, not its addressee ("in der Zeitung", "told Reuters") */
  medium_words: words.default([]),
  /** agents (by id) a country sends to an organisation: the organisation named before them is where they serve, a country
   * adjective before both the state they represent ("der israelische UNO-Botschafter", "Israel's U.N. ambassador") */
  envoy_agents: words.default([]),
  /** parts of a day written onto a weekday in one word ("Samstagabend", "Donnerstagnachmittag"): the compound is that weekday */
  day_parts: words.default([]),
  negation: words, negation_exceptions: words,
  future: words, future_phrases: words, hypothetical: words, allegation: words,
  past_aux: words, passive_aux: words, agent_preps: words,
  attribution_preps: words, attribution_verbs: words,
  speech_verbs: words,
  pronouns_m: words, pronouns_f: words, pronouns_plural: words, possessive_m: words, possessive_f: words, possessive_plural: words,
  country_descriptions: words, pair_descriptions: words,
  /** definite descriptions of the organisation or group named last ("die Organisation", "der Gruppe", "the group") */
  organisation_descriptions: words.default([]),
  prepositions: words, object_articles: words, subject_articles: words, coordinators: words, clause_openers: words,
  relative_days: z.record(z.number().int()),
  last_words: words, next_words: words, this_words: words,
  week_words: words, month_words: words, year_words: words, weekend_words: words,
  place_preps: words,
  anaphoric_time: words,
  holidays: z.record(z.string().regex(/^\d{2}-\d{2}$/, 'a month-day MM-DD')).default({}),
  /** the role a named state takes as the source of an event, by event root ("default" for the rest):
   * English news coding writes "Sudan rejected …" as the government (SDNGOV), "Israel bombed …" as the military */
  /** second parts of hyphenated words that make the first part a place or origin, not an actor ("US-based", "Russian-made") */
  origin_suffixes: words,
  /** second parts of hyphenated words that make an agent the holder of a place ("rebel-held towns": the rebels) */
  holder_suffixes: words,
  /** word beginnings that mark a person as out of the office named ("der entmachtete Regionalpräsident", "former president"):
   * such a mention never takes an office that ended shortly before the document */
  former_words: words,
  /** German verb particles: a compound whose first part is made only of them is a verbal noun ("Wiedereinführung"), not an agent */
  verb_particles: words.default([]),
  /** words for any act ("das Vorgehen", "the move"): a reaction to one is aimed at the actor of the latest act */
  act_words: words.default([]),
  /** titles any group has ("leader", "Chef"): before a name they do not set the person's role */
  generic_titles: words.default([]),
  /** the same as participles, counted only after an article or possessive ("the ousted president") */
  former_participles: words,
  /** plain nouns that, after an article, continue a recent agent of another role ("die Polizei … Die Beamten", "police … the officers"):
   * word (lower case) → that role; the agent must be named in the same or the two sentences before */
  continuing_agents: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/, 'a three-letter role code')).default({}),
  /** nouns naming a kind of place before its name ("in der Hauptstadt Khartum", "in the capital Kabul"): the preposition before them governs the name */
  place_nouns: words.default([]),
  /** nouns for a plan, offer, demand or charge whose author a following "by"/"from"/genitive names ("rejected an attempt by the
   * government", "lehnte den Vorschlag der EU ab"): the verb answering it is aimed at that author */
  proposal_nouns: words.default([]),
  relational_nouns: words.default([]),
  plan_nouns: words.default([]),
  asking_nouns: words.default([]),
  victim_verbs: words.default([]),
  gerund_predicates: words.default([]),
  /** words that tell an event as one the clause acts after ("nach dem Großangriff", "after the attack") */
  after_words: words.default([]),
  /** word beginnings of a release ("Freilassung", "freizulassen", "release"): a demand for one is put to the captor */
  release_words: words.default([]),
  /** phrases for "in the country" the story is about ("im Land", "in the country") */
  in_country: words.default([]),
  /** German pronominal adverbs that point at a following clause ("warnte davor, sich einzumischen"): a verb's `with` words are then looked for there too */
  correlates: words.default([]),
  state_source_roles: z.record(z.string().regex(/^(default|\d{2,4})$/, 'a CAMEO root, a three- or four-digit code or "default"'), z.string().regex(/^[A-Z]{3}$/, 'a three-letter role code')).default({}),
}).strict();

export type CountryT = z.infer<typeof Country>;
export type PersonT = z.infer<typeof Person>;
export type OrganisationT = z.infer<typeof Organisation>;
export type AgentT = z.infer<typeof Agent>;
export type PlaceT = z.infer<typeof Place>;
export type PatternT = z.infer<typeof Pattern>;
export type CameoCodeT = z.infer<typeof CameoCode>;
export type CuesT = z.infer<typeof Cues>;
