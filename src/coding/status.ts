import type { Status, Token, Trigger } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';
import { RELATIVE_PRONOUNS, type Clause } from './clauses.ts';
import type { Tense } from './time.ts';
import { isAuxiliary } from './roles.ts';

/**
 * Status of an event from cue words around its trigger: negation, conditionals, allegations
 * (also: being the content of an accusation verb's complement), plans and announcements (also:
 * future auxiliaries and modals, being the complement of an announcing verb), else actual.
 */
/** Token j lies before the trigger in its clause, and (in English) at most four tokens before it. */
function isNear(j: number, from: number, trigIndex: number, lang: string): boolean {
  return j >= from && j < trigIndex && (lang === 'de' || j >= trigIndex - 4);
}

/** German coordinators that open a second verb phrase sharing the subject ("… nicht an und weigerte sich") */
const COORDINATED_VERB_DE = new Set(['und', 'oder', 'sondern']);

/** The part of a German clause after a relative clause that interrupts it: the clause after the relative one, when that
 * opens with no word of its own and ends the sentence or a verb ends it ("…, das als Rechtsnachfolger gilt, nicht zahlen."). */
function resumedClause(tokens: Token[], clauses: Clause[], clause: Clause): Clause | null {
  const rel = clauses[clause.index + 1];
  const rest = clauses[clause.index + 2];
  if (!rel || !rest || tokens[clause.end]?.text !== ',' || !RELATIVE_PRONOUNS.has(rel.opener ?? '') || rest.opener !== null) return null;
  // (short: the rest of a clause is its verb's end, a few words)
  return rest.end - rest.start <= 6 ? rest : null;
}

export function eventStatus(trig: Trigger, tokens: Token[], clauses: Clause[], clauseOf: number[], cues: CueSets, governing: Trigger | null, lang: 'de' | 'en'): Status {
  const clause = clauses[clauseOf[trig.tokenIndex]];
  const from = clause.start;
  const to = Math.min(clause.end, tokens.length - 1);
  const words = tokens.slice(from, to + 1).map((t) => t.lower);
  const exceptions = new Set<number>();
  for (let j = from; j <= to; j++) {
    if (cues.negationExceptions.startsAt(tokens, j)) for (const h of cues.negationExceptions.matchAt(tokens, j)) for (let k = 0; k < h.len; k++) exceptions.add(j + k);
  }
  // a condition's content is hypothetical, negated or not: "if Tokyo does not withdraw its troops", "falls Russland nicht einlenkt"
  for (let j = from; j < trig.tokenIndex; j++) if (CONDITIONAL.has(tokens[j].lower)) return 'hypothetical';
  // (so is a German condition opened by "sollte": "Sollte Russland die Ukraine angreifen, …")
  if (lang === 'de' && from === firstWord(tokens) && CONDITIONAL_MODAL_DE.has(tokens[from].lower) && tokens[clause.end]?.text === ',') return 'hypothetical';
  // a yes/no question asks whether it happens: "Hat Russland die Ukraine angegriffen?", "Will Iran strike Israel?"
  // (its own clause: what a clause inside it tells is given, "Würden Sie mit der FPÖ koalieren, nachdem Strache … genannt hat?")
  if (from <= firstWord(tokens) && isYesNoQuestion(tokens, cues, lang)) return 'hypothetical';
  // negation: in German anywhere before a verb-final trigger or after a V2 verb in the clause; in English close before the verb
  // "weder Handzeichen noch Warnschüsse", "neither … nor talks": the second member of a negated pair
  if (/^(noch|nor)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? '') && words.slice(0, trig.tokenIndex - from).some((w) => w === 'weder' || w === 'neither')) return 'negated';
  // (a German clause a relative clause interrupts goes on after it: "Eine Entschädigung muss Serbien, das als
  // Rechtsnachfolger gilt, nicht zahlen")
  const rest = lang === 'de' ? resumedClause(tokens, clauses, clause) : null;
  const last = rest ? rest.end : to;
  for (let j = from; j <= last; j++) {
    if (j > to && rest && j < rest.start) continue;
    if (exceptions.has(j) || !(cues.negation.has(tokens[j].lower) || CONTRACTED_NOT.test(tokens[j].lower))) continue;
    if (lang === 'de' && negatesAttribute(tokens, j, cues)) continue;
    if (trig.kind === 'noun') {
      if (j === trig.tokenIndex - 1 || j === trig.tokenIndex - 2) return 'negated';
      // (a German noun that opens its clause is the object or subject of its verb, which the clause negates: "Eine Entschädigung
      // an Bosnien muss Serbien nicht zahlen")
      if (lang === 'de' && j > trig.tokenEnd && trig.tokenIndex - from <= 3 && !tokens.slice(from, trig.tokenIndex).some((t) => cues.prepositions.has(t.lower)
        || (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !/(e|en|er|es|em)$/.test(t.lower)))) return 'negated';
      continue;
    }
    // ("erkannte die Autorität des Gerichts nicht an und weigerte sich": a negation before "und" and a verb coordinated after
    // it negates the first verb only)
    if (lang === 'de') { if (j !== trig.tokenIndex && !(j < trig.tokenIndex && COORDINATED_VERB_DE.has(tokens[trig.tokenIndex - 1].lower))) return 'negated'; }
    else if (j < trig.tokenIndex && j >= trig.tokenIndex - 4) return 'negated';
  }
  // "failed to arrest", "stopped short of endorsing", "weigerte sich, … auszuliefern": the act did not happen
  if (trig.kind === 'verb' && negatedByGoverningVerb(trig, tokens, lang)) return 'negated';
  // "sees no reason to join a working-level meeting", "refused to attend the talks": a noun the negated infinitive takes as its
  // object did not happen either
  // (so does a gerund there: "join a working-level meeting")
  if (lang === 'en' && (trig.kind === 'noun' || tokens[trig.tokenIndex].lower.endsWith('ing'))) {
    for (let j = trig.tokenIndex - 1; j >= Math.max(1, trig.tokenIndex - 4); j--) {
      // (its object, not one of a preposition after it: "fails to respond to their demands")
      if (tokens[j].kind !== 'word' || (cues.prepositions.has(tokens[j].lower) && tokens[j - 1].lower !== 'to')) break;
      if (tokens[j - 1].lower === 'to' && negatedByGoverningVerb({ ...trig, tokenIndex: j }, tokens, lang)) return 'negated';
    }
  }
  // conditionals: a conditional conjunction before the trigger in its clause ("if", "wenn", "falls", "im Falle")
  for (let j = from; j < trig.tokenIndex; j++) {
    const w = tokens[j].lower;
    if (cues.hypotheticalPhrases.startsAt(tokens, j) && cues.hypotheticalPhrases.matchAt(tokens, j).length) return 'hypothetical';
    // modal or adverb of possibility close before the verb ("could attack", "könnte … stürzen")
    // (a conditional conjunction has already made it hypothetical above)
    if (cues.hypothetical.has(w) && isNear(j, from, trig.tokenIndex, lang) && !FUTURE_MODALS.has(w)) return 'hypothetical';
  }
  // "Die USA befürchten einen Anschlag", "fears an attack", "aus Angst vor Angriffen": what is feared has not happened
  if (trig.kind === 'noun') for (let j = from; j <= to; j++) if (j !== trig.tokenIndex && cues.fearWords.has(tokens[j].lower)) return 'hypothetical';
  if (governing?.complement === 'alleged') return 'alleged';
  // "attacks blamed on Kurdish rebels": a deed someone is blamed for
  if (trig.kind === 'noun' && /^(blamed|attributed)$/.test(tokens[trig.tokenEnd + 1]?.lower ?? '') && /^(on|to)$/.test(tokens[trig.tokenEnd + 2]?.lower ?? '')) return 'alleged';
  // "its charges that Damascus was sheltering insurgents", "den Vorwurf, dass …": the content of an accusation
  if (clause.openerToken !== null && (clause.opener === 'that' || clause.opener === 'dass')) {
    for (let j = clause.openerToken - 1; j >= Math.max(0, clause.openerToken - 3); j--) if (CLAIM_NOUNS.test(tokens[j].lower)) return 'alleged';
  }
  for (let j = Math.max(from, trig.tokenIndex - 3); j < trig.tokenIndex; j++) if (cues.allegation.has(tokens[j].lower)) return 'alleged';
  // "Israel claimed to have killed a Hamas leader", "are said to have fled": a deed a perfect infinitive tells after a verb of
  // claiming or saying is claimed
  if (lang === 'en' && tokens[trig.tokenIndex - 1]?.lower === 'have' && tokens[trig.tokenIndex - 2]?.lower === 'to' && CLAIMING_EN.test(tokens[trig.tokenIndex - 3]?.lower ?? '')) return 'alleged';
  // "hätte sich … sperren können", "hätten … verhindern müssen": what could or should have been done was not (a modal's
  // infinitive with the past subjunctive)
  if (lang === 'de' && words.some((w) => w === 'hätte' || w === 'hätten') && words.some((w) => MODAL_INFINITIVES.has(w))) return 'hypothetical';
  // German "soll … getötet haben", "sollen … getötet worden sein": modal + perfect infinitive reports a claim
  const sollen = words.some((w) => w === 'soll' || w === 'sollen' || w === 'solle');
  if (sollen && (words.includes('haben') || (words.includes('worden') && words.includes('sein'))) && trig.form === 'participle') return 'alleged';
  // (so does it of an event noun in its clause: "soll an den Anschlägen beteiligt gewesen sein", "sollen für den Angriff
  // verantwortlich gewesen sein")
  // (a perfect infinitive: a participle before "haben", or "gewesen sein"; "sollen heute Gespräche haben" is planned)
  if (lang === 'de' && trig.kind === 'noun' && sollen
    && ((words.includes('gewesen') && words.includes('sein')) || words.some((w, k) => w === 'haben' && k > 0 && PARTICIPLE_DE.test(words[k - 1])))) return 'alleged';
  if (governing?.complement === 'planned') return 'planned';
  // a headline's "X to V" is what X will do: "Kerry to Reverse Bush Policy", "UN to Send Envoy to Darfur" (capitalised words
  // only before "to", no verb that governs it)
  if (lang === 'en' && !governing && trig.kind === 'verb' && tokens[trig.tokenIndex - 1]?.lower === 'to' && trig.tokenIndex >= 2 && from === 0
    && tokens.slice(0, trig.tokenIndex - 1).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text))) return 'planned';
  if (isFuture(trig, tokens, from, cues, lang)) return 'planned';
  // "will top the agenda when Zapatero welcomes Chirac", "once the troops leave, … will": a clause of time in the present
  // tense on a future main clause is future too
  if (lang === 'en' && clause.opener !== null && TIME_OPENERS_EN.has(clause.opener) && clause.index > 0 && trig.form === 'finite' && !trig.past
    && !/ed$/.test(tokens[trig.tokenIndex].lower) && clauseIsFuture(tokens, clauses[clause.index - 1])) return 'planned';
  return 'actual';
}

/**
 * German "nicht" inside a noun phrase, between a preposition or article and an inflected adjective before its noun ("aus nicht
 * geklärten Gründen", "aus nicht näher genannten Gründen", "die nicht genehmigte Demonstration"): it negates the adjective only.
 */
function negatesAttribute(tokens: Token[], j: number, cues: CueSets): boolean {
  if (tokens[j].lower !== 'nicht' || j === 0) return false;
  const prev = tokens[j - 1].lower;
  // (after a comma "der", "die", "das" is a relative pronoun: "…, das nicht mehr aus dem Bundeshaushalt finanziert werden soll")
  if (!cues.prepositions.has(prev) && !(DE_DETERMINERS.has(prev) && tokens[j - 2]?.text !== ',')) return false;
  for (let k = j + 1; k <= j + 3 && k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || DE_DETERMINERS.has(t.lower) || cues.prepositions.has(t.lower)) return false;
    if (/(e|en|em|er|es)$/.test(t.lower) && tokens[k + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[k + 1].text)) return true;
  }
  return false;
}
const DE_DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** a German past participle ("verübt", "getötet", "finanziert", "begangen") */
const PARTICIPLE_DE = /^(\p{Ll}*ge\p{Ll}+(t|en)|\p{Ll}+iert|(ver|be|er|ent|zer)\p{Ll}+t)$/u;
const CLAIMING_EN = /^(claim|claims|claimed|claiming|said|say|says|reported|believed|thought|alleged|appeared|appears|seemed|seems)$/;
const CLAIM_NOUNS = /^(charges?|accusations?|allegations?|claims?|assertions?|rumou?rs?|suspicions?|speculation|vorwurf|vorwürfe|vorwürfen|anschuldigungen?|behauptung|behauptungen|beschuldigungen?|gerücht|gerüchte|gerüchten|verdacht|spekulationen)$/;
const CONTRACTED_NOT = /n['\u2019]t$/;
/** Verbs whose infinitive complement did not happen. */
const NEGATING = /^(fail|fails|failed|failing|failure|refuse|refuses|refused|refusing|refusal|declined|declines|decline|declining|weigert|weigerte|weigerten|geweigert|weigern|verzichtet|verzichtete|verzichteten)$/;
const NO_REASON = /^(reason|need|intention|desire|interest|plans?|wish)$/;
const NO_REASON_DE = /^(grund|anlass|veranlassung|absicht|notwendigkeit|pläne|interesse)$/;
function negatedByGoverningVerb(trig: Trigger, tokens: Token[], lang: 'de' | 'en'): boolean {
  const i = trig.tokenIndex;
  if (lang === 'en') {
    // "failed to arrest", "refused to hand over", "stopped short of endorsing"
    if (tokens[i - 1]?.lower === 'to' && NEGATING.test(tokens[i - 2]?.lower ?? '')) return true;
    if (tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'short') return true;
    // "sees no reason to join", "has no intention to", "there is no need to"
    if (tokens[i - 1]?.lower === 'to' && NO_REASON.test(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.lower === 'no') return true;
    // "failed to arrest and hand over"
    if (tokens[i - 1]?.lower === 'and' && tokens[i - 3]?.lower === 'to' && NEGATING.test(tokens[i - 4]?.lower ?? '')) return true;
    return false;
  }
  // "weigerte sich, den Verdächtigen auszuliefern": a zu-infinitive with a negating verb before it in the sentence
  if (trig.form !== 'zu-infinitive') return false;
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    if (NEGATING.test(tokens[j].lower)) return true;
    // "sehe keinen Grund, … teilzunehmen", "hat keine Absicht, … abzuziehen"
    if (NO_REASON_DE.test(tokens[j].lower) && /^kein(e|en)?$/.test(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

const CONDITIONAL_MODAL_DE = new Set(['sollte', 'sollten']);
const TIME_OPENERS_EN = new Set(['when', 'once', 'after', 'before', 'until', 'as']);
/** Whether an English clause has a future auxiliary ("will", "'ll", "shall") of its own. */
function clauseIsFuture(tokens: Token[], c: Clause): boolean {
  for (let j = c.start; j <= c.end && j < tokens.length; j++) if (FUTURE_AUX_EN.has(tokens[j].lower)) return true;
  return false;
}
const FUTURE_AUX_EN = new Set(['will', "'ll", 'shall']);
const MODAL_INFINITIVES = new Set(['können', 'müssen', 'sollen', 'dürfen', 'wollen']);
/** Finite verbs that open an English yes/no question ("Will Iran strike?", "Did Russia attack?"). */
const QUESTION_AUX_EN = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'may', 'might', 'must']);
/** The index of the sentence's first word, past a speaker label ("STANDARD:") and opening quotes. */
function firstWord(tokens: Token[]): number {
  let i = 0;
  if (tokens[1]?.text === ':' && tokens[0].kind === 'word') i = 2;
  while (i < tokens.length && tokens[i].kind === 'punct') i++;
  return i;
}
/** A sentence ending in "?" whose first word is its finite verb: a German verb-first question, an English one opened by an
 * auxiliary or modal (a wh-question presupposes what it asks about: "Why did Russia attack?"). */
function isYesNoQuestion(tokens: Token[], cues: CueSets, lang: string): boolean {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last].kind === 'punct' && tokens[last].text !== '?') last--;
  if (tokens[last]?.text !== '?') return false;
  const w = tokens[firstWord(tokens)]?.lower ?? '';
  return lang === 'en' ? QUESTION_AUX_EN.has(w) : isAuxiliary(cues, w) || /^(gibt|gab|kann|können|konnte|konnten|darf|dürfen|muss|müssen)$/.test(w);
}

/** Conjunctions that make their clause a condition; modal verbs of the future are not hypothetical. */
const CONDITIONAL = new Set(['if', 'unless', 'wenn', 'falls', 'sofern', 'whether', 'ob']);
const FUTURE_MODALS = new Set(['would', 'will', 'shall', 'würde', 'würden']);

function isFuture(trig: Trigger, tokens: Token[], from: number, cues: CueSets, lang: string): boolean {
  for (let j = from; j <= trig.tokenIndex && j < tokens.length; j++) if (cues.futurePhrases.startsAt(tokens, j) && cues.futurePhrases.matchAt(tokens, j).length) return true;
  const infinitive = trig.form === 'zu-infinitive';
  for (let j = trig.tokenIndex - 1; j >= 0 && j >= trig.tokenIndex - 30; j--) {
    const w = tokens[j].lower;
    if (!cues.future.has(w)) continue;
    // auxiliaries and modals: close before the verb in its own clause ("will visit", "werde … empfangen")
    if (isNear(j, from, trig.tokenIndex, lang)) {
      // "wird" and "werden" are also passive auxiliaries: future only with an infinitive trigger
      if (['wird', 'werden', 'werde'].includes(w) && trig.form === 'participle') continue;
      if (!ANNOUNCING.test(w) || infinitive) return true;
    } else if (infinitive && ANNOUNCING.test(w)) {
      // "kündigte an, … zu empfangen", "plans to visit", "agreed to cancel"
      return true;
    }
  }
  return false;
}

/** Verbs of plan and announcement: they make a following infinitive planned, not themselves. */
const ANNOUNCING = /^(plans?|planned|planning|intends?|intended|aims?|announced?|announces|agreed|agrees|vowed|vows|pledged|pledges|promised|promises|decided|wants?|wanted|seeks?|sought|ready|prepared|prepares|preparing|proposed|proposes|offered|offers|considering|considers|expected|due|set|going|kündigte|kündigten|kündigt|angekündigt|ankündigen|plant|planen|plane|plante|planten|beabsichtigt|beabsichtigen|beabsichtige|erwägt|erwägen|vorhat|vorhaben|versprach|versprachen|versprochen|verspricht|bereit|zugesagt)$/;

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
