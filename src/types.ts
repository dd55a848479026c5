/** Shared record types passed between pipeline stages. Offsets are UTF-16 code units, end exclusive. */
export type Lang = 'de' | 'en';
export type Precision = 'year' | 'month' | 'day';
export type Status = 'actual' | 'planned' | 'alleged' | 'hypothetical' | 'negated';

export interface Span { start: number; end: number }

/** A date known to some precision: value is YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate { value: string; precision: Precision }

export interface DocMessage { severity: 'error' | 'warning' | 'info'; rule: string; reason: string; line?: number }

export interface Document {
  id: string;
  text: string;
  published: PartialDate | null;
  title?: string;
  url?: string;
  lang?: Lang;
  source?: string;
  /** Offset where the article body starts (after a `date …` header line); offsets stay into `text`. */
  bodyStart: number;
  /** Where the document came from (file path, "stdin", URL) for messages. */
  origin?: string;
  messages: DocMessage[];
}

export interface Sentence { index: number; start: number; end: number; text: string }

export interface Token {
  /** surface text, equals doc.text.slice(start, end) */
  text: string;
  start: number;
  end: number;
  /** lower-cased surface */
  lower: string;
  kind: 'word' | 'num' | 'punct';
  /** lexicon vocabulary id of `lower` (see lexicon/phrase-index.ts): -2 until first looked up, -1 when no phrase starts with it */
  vid: number;
}

export interface ActorMention {
  /** sentence index */
  sentence: number;
  /** span in the document */
  start: number;
  end: number;
  text: string;
  code: string;
  /** lexicon id of the person/organisation/country when known */
  id: string | null;
  /** token range inside the sentence [first, last] */
  tokenStart: number;
  tokenEnd: number;
  kind: 'country' | 'capital' | 'seat' | 'adjective' | 'demonym' | 'person' | 'organisation' | 'agent' | 'pronoun' | 'description';
  rule: string;
  /** person gender, for pronouns */
  gender?: 'm' | 'f';
  /** true when the mention only modifies a noun ("iranische" in "iranische Atomanlagen") */
  modifier?: boolean;
  /** true when a title took in a name no lexicon knows ("Oppositionsführer Aljaksandr Milinkewitsch"): its last word names the
   * same person later in the document */
  named?: boolean;
}

export interface Trigger {
  sentence: number;
  start: number;
  end: number;
  text: string;
  tokenIndex: number;
  /** last token index belonging to the trigger (multiword nouns, particles) */
  tokenEnd: number;
  code: string;
  kind: 'verb' | 'noun';
  form: 'finite' | 'participle' | 'infinitive' | 'zu-infinitive' | 'noun';
  rule: string;
  patternId: string;
  withMatched: boolean;
  targetPreps: readonly string[];
  complement: 'alleged' | 'planned' | null;
  /** the pattern's act may stand without a target */
  untargeted?: boolean;
  /** the noun's qualifier ("the Armenian genocide") is its target */
  qualifierIsTarget?: boolean;
  /** the pattern's act is one only a state does: with no agent, this role of the state ("GOV" for an execution) */
  stateAct?: string;
  /** the subject undergoes the act; the doer stands after one of `sourcePreps` */
  subjectIsTarget?: boolean;
  sourcePreps?: readonly string[];
  /** token index of the word that satisfied the pattern's `with` condition */
  withIndex?: number;
  /** token index of a separated particle */
  particleIndex?: number;
  /** the verb form is a past-tense form ("schickte", "sent") */
  past: boolean;
}

export interface EventActor { text: string; code: string; id: string | null; span: [number, number] }

export interface EventRecord {
  id: string;
  doc: string;
  sentence: number;
  span: [number, number];
  evidence: string;
  source: EventActor | null;
  target: EventActor | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { event: string; mode: string; context: string[] } | null;
  trigger: { text: string; span: [number, number]; rule: string };
  status: Status;
  attribution: { text: string; code: string | null } | null;
  date: string | null;
  date_precision: Precision | null;
  date_text: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}

export interface CodedDocument {
  doc: Document;
  lang: Lang;
  sentences: Sentence[];
  actors: ActorMention[];
  events: EventRecord[];
}
