import type { Token } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';

/**
 * Clause segmentation by punctuation and clause-opening words. Returns for every token the index
 * of its clause; clause 0 starts the sentence. A clause also records the word that opened it
 * ("dass", "um", "which"), which tells roles whether it has a subject of its own.
 */
export interface Clause { index: number; start: number; end: number; opener: string | null; openerToken: number | null }

// parentheses enclose appositions ("die Rapid Support Forces (RSF)") and do not end a clause
const BREAK = new Set([',', ';', ':', '\u2013', '\u2014', '"', '\u201e', '\u201c', '\u201d', '\u00bb', '\u00ab']);

function close(clauses: Clause[], start: number, end: number, opener: string | null, openerToken: number | null): void {
  if (end >= start) clauses.push({ index: clauses.length, start, end, opener, openerToken });
}

/** `isVerb`: whether a token may be a verb (of any form); `isFinite`: whether it may be a finite verb or auxiliary. */
/** `appositions`: names set off by commas stay in their clause (German; English keeps its commas as breaks, where a name in
 * commas often heads a reduced relative clause the roles would then read wrongly: "The leader, X, threatened to sell the girls his group abducted"). */
export function segmentClauses(tokens: Token[], cues: CueSets, isVerb: (i: number) => boolean = () => false, isFinite: (i: number) => boolean = isVerb, appositions = false): { clauses: Clause[]; clauseOf: number[] } {
  const clauses: Clause[] = [];
  const clauseOf: number[] = new Array(tokens.length).fill(0);
  let start = 0;
  let opener: string | null = null;
  let openerToken: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text.length > 2 && t.text.endsWith(';')) { clauseOf[i] = clauses.length; continue; }
    if (t.kind === 'punct' && BREAK.has(t.text) && t.text !== '-') {
      // a quote mark alone inside a phrase („strategische Partnerschaft“) does not break a clause
      if (/["\u201e\u201c\u201d\u00bb\u00ab]/.test(t.text)) { clauseOf[i] = clauses.length; continue; }
      // nor does the comma of a list ("Anwälte, Richter und Regierungskritiker", "soldiers, judges and police officers")
      if (t.text === ',' && listComma(tokens, i, cues, isVerb, isFinite)) { clauseOf[i] = clauses.length; continue; }
      // nor the commas around a date in apposition ("wurde am Dienstag, den 20. Juni nach Den Haag überstellt")
      if (t.text === ',' && dateApposition(tokens, i, cues)) { clauseOf[i] = clauses.length; continue; }
      // nor those around a name in apposition ("wurde der Sprecher von X, Pawel Maschejka, festgenommen")
      if (t.text === ',' && appositions && nameApposition(tokens, i, cues, isVerb)) { clauseOf[i] = clauses.length; continue; }
      close(clauses, start, i, opener, openerToken);
      start = i + 1;
      opener = null;
      openerToken = null;
      clauseOf[i] = clauses.length;
      // the word right after a comma may open a subordinate clause
      const n = tokens[i + 1];
      if (n && cues.clauseOpeners.has(n.lower)) { opener = n.lower; openerToken = i + 1; }
      continue;
    }
    if (i > start && cues.clauseOpeners.has(t.lower) && (isStrongOpener(t.lower) || (WEAK_OPENERS.has(t.lower) && verbFollows(tokens, i, isVerb)))) {
      close(clauses, start, i - 1, opener, openerToken);
      start = i;
      opener = t.lower;
      openerToken = i;
    }
    clauseOf[i] = clauses.length;
    // "rebels said the government had launched an offensive": an English reporting verb whose object is a clause without "that"
    if (i > start && ZERO_THAT.has(t.lower) && !cues.prepositions.has(tokens[i - 1].lower) && !ZERO_THAT_START.has(tokens[i - 1].lower) && zeroThatClause(tokens, i + 1, isVerb)) {
      close(clauses, start, i, opener, openerToken);
      start = i + 1;
      opener = 'that';
      openerToken = null;
    }
  }
  close(clauses, start, tokens.length - 1, opener, openerToken);
  if (clauses.length === 0) clauses.push({ index: 0, start: 0, end: tokens.length - 1, opener: null, openerToken: null });
  return { clauses, clauseOf };
}

/**
 * Words that are conjunctions or prepositions ("after the talks" / "after a rocket attack killed two
 * children"): they open a clause when a verb follows within a few words, before any break.
 */
const WEAK_OPENERS = new Set(['after', 'before', 'since', 'until', 'when', 'as', 'once', 'if', 'unless']);
function verbFollows(tokens: Token[], i: number, isVerb: (i: number) => boolean): boolean {
  // "after rounding up dissidents": a participle shares the main clause's subject
  if (/ing$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    if (BREAK.has(tokens[j].text)) return false;
    if (tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && isVerb(j)) return true;
  }
  return false;
}

/**
 * A comma that opens or closes a name of one to four capitalised words set off by commas after a word: "der Sprecher von
 * Milinkewitsch, Pawel Maschejka, festgenommen". (Not before a word that opens a clause: "Putin, who …".)
 */
function nameApposition(tokens: Token[], i: number, cues: CueSets, isVerb: (i: number) => boolean): boolean {
  // (inside a name, its lower-case particles: "Seid Ra'ad al-Hussein", "Ursula von der Leyen")
  const nameWord = (k: number, open: number) => tokens[k]?.kind === 'word' && (CAP.test(tokens[k].text) ? !isVerb(k) && !cues.clauseOpeners.has(tokens[k].lower)
    : k > open + 1 && CAP.test(tokens[k - 1].text) && NAME_PARTICLE.test(tokens[k].text));
  // (a lower-case word after it: a capitalised one continues a list, "China, Indien, Brasilien und Russland"; a relative
  // pronoun or another clause opener after it opens a clause of its own, "…, Jean-Pierre Bemba, der seit 2007 im Exil lebt")
  // (the closing comma of a name that the comma at `open` opens, and whether a clause opens after it)
  const enclosed = (open: number): { close: number; opensClause: boolean } | null => {
    if (tokens[open - 1]?.kind !== 'word') return null;
    let k = open + 1;
    while (k <= open + 4 && nameWord(k, open)) k++;
    if (k === open + 1 || tokens[k]?.text !== ',') return null;
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || CAP.test(next.text)) return null;
    return { close: k, opensClause: cues.clauseOpeners.has(next.lower) || RELATIVE_PRONOUNS.has(next.lower) };
  };
  if (enclosed(i)) return true;
  // (closing: the opening comma one to four words before)
  for (let k = i - 2; k >= Math.max(1, i - 5); k--) {
    if (tokens[k].text !== ',') continue;
    const a = enclosed(k);
    return a !== null && !a.opensClause && a.close === i;
  }
  return false;
}
/** lower-case particles inside personal names (Arabic article and kinship words, Dutch, German, Romance particles) */
const NAME_PARTICLE = /^(al|el|ad|as|ash|at|bin|ibn|abu|van|von|de|da|di|du|dos|del|la|le)(-\p{Lu}.*)?$/u;
/** relative pronouns (German and English) that open a clause after a name (in apposition, or in a clause they interrupt) */
export const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'dem', 'den', 'dessen', 'deren', 'denen', 'welcher', 'welche', 'welches', 'who', 'which', 'whose', 'whom']);

/** A comma that opens a German date in apposition ("am Dienstag, den 20. Juni") or closes one ("…, den 20. Juni, in …"). */
function dateApposition(tokens: Token[], i: number, cues: CueSets): boolean {
  const opens = (k: number) => /^(den|dem)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'num';
  if (opens(i + 1)) return true;
  // (closing: the month before the comma, the opening "den"/"dem" and day a few tokens before it)
  if (!cues.months.has(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) if (opens(k) && tokens[k - 1]?.text === ',') return true;
  return false;
}

/**
 * A comma between items of a list: a word before it and, after it, one to three words that are no verb and no clause opener,
 * then "und"/"and"/"oder"/"or"/"sowie" and one to three more such words before the list ends (a break, a preposition,
 * a verb or the sentence's end).
 */
const LIST_AND = new Set(['und', 'and', 'oder', 'or', 'sowie']);
function listComma(tokens: Token[], i: number, cues: CueSets, isVerb: (i: number) => boolean, isFinite: (i: number) => boolean): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.kind !== 'word' || isVerb(i - 1) || cues.prepositions.has(before.lower)) return false;
  // items alike: both capitalised (names, German nouns) or both not ("vor, Russland …" is the end of a verb, not an item)
  // (or a name, then a German item opened by its article or possessive: "mit seinem Vizepräsidenten Taha Jassin Ramadan, seinem
  // früheren Geheimdienstchef Barasan Ibrahim und fünf weiteren Mitgliedern": such items run longer)
  const determined = CAP.test(before.text) && ITEM_DETERMINERS_DE.has(after.lower);
  if (CAP.test(before.text) !== CAP.test(after.text) && !determined) return false;
  const reach = determined ? 6 : 3;
  let j = i + 1;
  while (j <= i + reach && listItemWord(tokens, j, cues, isVerb)) j++;
  if (j === i + 1 || !tokens[j] || !LIST_AND.has(tokens[j].lower)) return false;
  let k = j + 1;
  while (k <= j + reach && listItemWord(tokens, k, cues, isVerb)) k++;
  // a finite verb right after the last item makes the items a new clause's subject ("…, Spanien und Deutschland drohten")
  return k > j + 1 && !(tokens[k] && isFinite(k));
}
const CAP = /^\p{Lu}/u;
/** German articles and possessives that open a list item in the dative or genitive ("…, seinem früheren Geheimdienstchef …") */
const ITEM_DETERMINERS_DE = new Set(['dem', 'der', 'des', 'einem', 'einer', 'eines', 'seinem', 'seiner', 'seines', 'ihrem', 'ihrer', 'ihres']);
/** A word that may be part of a list item: no verb, clause opener, "and" or auxiliary. (A module-level helper rather than a
 * named closure per call: tsx keeps function names, at a cost for each closure created.) */
function listItemWord(tokens: Token[], j: number, cues: CueSets, isVerb: (i: number) => boolean): boolean {
  const t = tokens[j];
  return Boolean(t) && t.kind !== 'punct' && !isVerb(j) && !cues.clauseOpeners.has(t.lower) && !LIST_AND.has(t.lower) && !FINITE_AUX.has(t.lower);
}

/** English verbs of saying and believing that take a clause without "that" ("said the army had", "believes Iran will"). */
const ZERO_THAT = new Set(['said', 'says', 'say', 'added', 'adds', 'stated', 'insisted', 'insists', 'believes', 'believed', 'thinks', 'claimed', 'claims', 'argued', 'argues', 'admitted', 'acknowledged', 'confirmed']);
const ZERO_THAT_START = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their']);
/** words that do not open a bare subject after a verb of saying: pronouns (their clause is found otherwise), "that", adverbs of time */
const BARE_NOT_SUBJECT = new Set(['that', 'to', 'of', 'for', 'with', 'by', 'about', 'from', 'as', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'on', 'in', 'at', 'last', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'recently', 'previously', 'again', 'also', 'then', 'now']);
const FINITE_AUX = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);
/** A subject (a determiner's noun phrase or a name) and then, within six words and before any break, a finite verb or auxiliary. */
function zeroThatClause(tokens: Token[], i: number, isVerb: (i: number) => boolean): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return false;
  // ("said gunmen snatched him", "said security forces had fired": a bare noun phrase of a word or two, then the verb)
  const bare = !ZERO_THAT_START.has(first.lower) && !/^\p{Lu}/u.test(first.text);
  if (bare && (FINITE_AUX.has(first.lower) || BARE_NOT_SUBJECT.has(first.lower) || /(ly|ing)$/.test(first.lower))) return false;
  for (let j = i + 1; j < tokens.length && j <= (bare ? i + 2 : i + 6); j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.lower !== "'s" && t.text !== '-') return false;
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (FINITE_AUX.has(t.lower) || isVerb(j))) return true;
  }
  return false;
}

/** Conjunctions that open a clause even without a comma before them. */
function isStrongOpener(w: string): boolean {
  return ['dass', 'weil', 'nachdem', 'obwohl', 'that', 'because', 'while', 'although', 'whereas', 'but', 'aber', 'jedoch', 'sondern', 'who', 'which'].includes(w);
}
