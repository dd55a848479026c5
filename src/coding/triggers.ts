import type { Token, Trigger } from '../types.ts';
import type { LangLexicon, TriggerEntry } from '../lexicon/compile.ts';
import { remember } from '../lexicon/memo.ts';
import type { Clause } from './clauses.ts';
import { compoundTail, firstWithWord } from './with-words.ts';
import { isTitleCase, startsUpper, startsUpperAscii } from '../text/tokens.ts';

/**
 * Event triggers of one sentence: verb forms and nouns of the pattern lexicon. A pattern fires
 * only when its conditions hold in the clause: a separated particle later in the clause ("bot …
 * an"), a reflexive pronoun, one of its `with` words. Where several patterns share a form, one
 * whose `with` words matched wins over a general one.
 */
const DETERMINERS_EN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s", 'this', 'these', 'those', 'new', 'further', 'more', 'fresh', 'recent', 'of', 'any', 'no']);
const ARTICLES_EN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', "'s", "'", '\u2019', '#39;', '&#39;']); // (AG News writes the apostrophe as "#39;")
const INDEFINITE_EN = new Set(['a', 'an']);
const REFLEXIVE = new Set(['sich', 'mich', 'uns', 'euch', 'dich', 'itself', 'themselves', 'himself', 'herself']);
function isAttributive(tokens: Token[], i: number, lex: LangLexicon): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  // (or opening the sentence, with no article: "Abgewiesene Asylwerber möchte Doskozil …", "Verletzte Soldaten wurden …")
  const opening = i === 0 && /^\p{Lu}\p{Ll}+(e|en|er|es)$/u.test(tokens[i].text) && /^ge|^\p{Ll}+ge/u.test(tokens[i].lower);
  // (after a number or quantifier as after an article: "mit sechs getöteten Journalisten", "mehrere verletzte Soldaten")
  const counted = tokens[i - 1]?.kind === 'num' || QUANTIFIERS_DE.test(prev);
  if (!/(e|en|er|es|em)$/.test(tokens[i].lower) || !(opening || counted || lex.cues.subjectArticles.has(prev) || lex.cues.objectArticles.has(prev))) return false;
  // (past further inflected adjectives before the noun: "der getöteten türkischen Soldaten")
  let j = i + 1;
  // (not past a preposition: "Tausende protestieren gegen Präsident Lukaschenko")
  while (j < i + 3 && /^\p{Ll}+(e|en|er|es|em)$/u.test(tokens[j]?.text ?? '') && !lex.cues.prepositions.has(tokens[j].lower)) j++;
  return /^\p{Lu}/u.test(tokens[j]?.text ?? '');
}
const QUANTIFIERS_DE = /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|hunderte|tausend|tausende|dutzende|mehrere|viele|einige|zahlreiche|weitere|alle|beide|beiden)$/;
const PREFIX_BEFORE_HEAD = /(aus|ein|über|ab|vor|nach|durch|unter|wider)$/i;
const EN_PARTICLES = new Set(['back', 'off', 'out', 'up', 'down', 'over', 'away']);
const PARTICLE_FOLLOW = new Set(['und', 'oder', 'aber', 'sowie', 'doch', 'jedoch', 'zu', 'and', 'or', 'to', 'the', 'a', 'an', 'for', 'in', 'on', 'at', 'of', 'with']);

const lemmaLen = (x: TriggerEntry): number => (x.pattern.verb ?? '').length;

export function findTriggers(tokens: Token[], sentence: number, lex: LangLexicon, clauses: Clause[], clauseOf: number[], text: string, names: readonly { tokenStart: number; tokenEnd: number }[] = []): Trigger[] {
  const out: Trigger[] = [];
  blocked = namedComplements(tokens, names, lex);
  const clauseCache = new Map<number, ClauseWords>();
  let title: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // "struck back", "fought off", "called up": a particle of the verb before it, not a verb of its own
    if (lex.lang === 'en' && EN_PARTICLES.has(t.lower) && i > 0 && lex.triggers.matchAtMemo(tokens, i - 1).some((h) => h.value.type !== 'noun')) continue;
    let hits = triggerHits(tokens, i, lex);
    // "Israel attacks Gaza", "Britain charges Egyptian cleric", "Iraqi Leader Thanks U.S.": an "-s" form the lexicon reads as a
    // plural noun or not at all, between a name and its object, is the verb of its stem
    // (readings that need with-words may be there: "attacks" as verbal attack)
    if (lex.lang === 'en' && t.lower.endsWith('s') && hits.every((h) => h.value.type === 'noun' || h.value.with) && verbBetweenNames(tokens, i, lex)) {
      const verbs = stemVerbs(t.lower, lex).filter((e) => !hits.some((h) => h.value.pattern === e.pattern));
      if (verbs.length) hits = [...verbs.map((value) => ({ len: 1, value })), ...hits];
    }
    if (!hits.length) continue;
    // "on 29 March", "in May", "March 3": an English month name with a number or a preposition of time is a date, not a verb
    if (lex.lang === 'en' && lex.cues.months.has(t.lower) && startsUpperAscii(t.text) && isDateContext(tokens, i)) continue;
    const clause = clauses[clauseOf[i]];
    let best: { h: { len: number; value: TriggerEntry }; withMatched: boolean; particleIndex?: number; withIndex?: number } | null = null;
    // what depends on the token alone, worked out once for all its readings
    const de = lex.lang === 'de';
    // a capitalised German word inside the sentence is a noun, not a verb; "der verbotenen Arbeiterpartei",
    // "die gewählte Regierung": an inflected participle between article and noun is an adjective
    const noVerb = de && ((/^\p{Lu}/u.test(t.text) && !isSentenceStart(tokens, i)) || isAttributive(tokens, i, lex));
    // "since fighting broke out", "the shelling has killed": an -ing word before a predicate is its subject, a noun
    const gerundSubject = !de && t.lower.endsWith('ing') && lex.cues.gerundPredicates.has(tokens[i + 1]?.lower ?? '');
    // (after a preposition other than "to" a word that qualifies the noun after it is no finite verb: "in terms of press
    // freedom", "of alleged business ties"; the verb's reading still names the event of "in protest against", "in clashes with")
    const afterPrep = !de && i > 0 && !t.lower.endsWith('ing') && tokens[i - 1].lower !== 'to' && lex.cues.prepositions.has(tokens[i - 1].lower)
      && tokens[i + 1]?.kind === 'word' && !lex.cues.prepositions.has(tokens[i + 1].lower);
    // (a title-case headline capitalises every word: "Chinese Premier Visits India" is a verb between two names, "Israeli Strikes
    // Kill 10" a noun before a verb)
    const nounCtx = !de && (gerundSubject || nounContext(tokens, i, () => ((title ??= isTitleCase(tokens)) && titleVerb(tokens, i, lex)) || verbBetweenNames(tokens, i, lex)));
    const nounReading = nounCtx && hits.some((x) => x.value.type === 'noun');
    // "the plan to tax", "an end to", "the disputed region": after an article or possessive an English word is no finite verb
    // (a gerund may still be one: "the killing of")
    // (so after "a" and a name that qualifies the noun: "a US plan to", "an EU proposal"; "the US" may be a subject)
    const afterDeterminer = !de && !t.lower.endsWith('ing') && (ARTICLES_EN.has(tokens[i - 1]?.lower ?? '')
      || (i > 1 && startsUpperAscii(tokens[i - 1].text) && INDEFINITE_EN.has(tokens[i - 2].lower)) || afterPrep);
    for (const h of hits) {
      const e = h.value;
      // a shorter reading cannot beat a longer one unless it alone matches its with-words
      if (best && h.len < best.h.len && (best.withMatched || !e.with)) continue;
      if (e.type !== 'noun' && noVerb) continue;
      if (e.type === 'noun' && !de && !nounCtx) continue;
      if (e.type !== 'noun' && (nounReading || afterDeterminer || gerundSubject)) continue;
      let particleIndex: number | undefined;
      if (e.needsParticle) {
        particleIndex = findParticle(tokens, i, clause, e.pattern.particle ?? '', lex.lang);
        if (particleIndex === undefined) continue;
      }
      if (e.pattern.reflexive && !clauseHas(tokens, clause, (w) => REFLEXIVE.has(w))) continue;
      // a reading with with-words fires only when one is there: whether it would then beat the best so far decides
      // if the clause is searched at all (and the without-words are looked for only in a reading that wins)
      const withMatched = e.with !== null;
      // "lieferte … aus", "klagte … wegen Kriegsverbrechen an": a separable verb whose particle is there beats any reading of
      // the plain verb, even one whose with-word stands in the clause ("Das Gericht klagte … an" is no lawsuit)
      const particle = particleIndex !== undefined;
      const bestParticle = best !== null && best.particleIndex !== undefined;
      const better = !best
        || (particle && !bestParticle)
        || (particle === bestParticle && withMatched && !best.withMatched)
        || (particle === bestParticle && withMatched === best.withMatched && h.len > best.h.len)
        // "gelobt": the participle of "loben" before the finite form of "geloben"
        || (particle === bestParticle && withMatched === best.withMatched && h.len === best.h.len && e.type !== 'noun' && lemmaLen(e) < lemmaLen(best.h.value));
      if (!better) continue;
      let withIndex: number | undefined;
      if (e.with) {
        // English active verbs take their with-words from what follows ("rebel leaders welcomed the move" is no state visit)
        const minIndex = lex.lang === 'en' && e.type === 'finite' ? i + 1 : 0;
        withIndex = findWithWord(e.with, clauseWords(clauseCache, tokens, clause, text), i, minIndex);
        // "warnte die USA davor, sich einzumischen": a German correlate ending the clause announces its content in the next one
        // (so does a dass-clause right after the verb's clause: "erwartet Russland, dass Litauen … übergeben müsse")
        if (withIndex === undefined && de && (endsWithCorrelate(tokens, clause, lex) || clauses[clause.index + 1]?.opener === 'dass')) {
          const next = clauses[clause.index + 1];
          if (next) withIndex = findWithWord(e.with, clauseWords(clauseCache, tokens, next, text), i, minIndex);
        }
        if (withIndex === undefined) continue;
      }
      const without = e.without;
      if (without && hasWithout(tokens, clause, i, without)) continue;
      best = { h, withMatched, particleIndex, withIndex };
    }
    if (!best) continue;
    let e = best.h.value;
    // "was attacked", "has condemned": the same pattern's participle reading after an auxiliary
    if (e.type === 'finite') {
      const part = hits.find((h) => h.value.pattern === e.pattern && h.value.type === 'participle');
      if (part && (de && t.lower.endsWith('en') ? perfectOrPassive(tokens, i, clause)
        : hasAuxBefore(tokens, i, lex, clause) || reducedRelative(tokens, i, part.value.targetPreps, part.value.pattern.particle, best.withIndex))) e = part.value;
    }
    const endTok = i + best.h.len - 1;
    out.push({
      sentence, start: t.start, end: tokens[endTok].end, text: text.slice(t.start, tokens[endTok].end), tokenIndex: i, tokenEnd: endTok,
      code: e.pattern.code, kind: e.type === 'noun' ? 'noun' : 'verb',
      form: e.type === 'noun' ? 'noun' : isZuInfinitive(tokens, i, e, lex.lang) ? 'zu-infinitive' : e.type,
      rule: e.pattern.id, patternId: e.pattern.id, withMatched: best.withMatched, targetPreps: e.targetPreps,
      complement: e.pattern.complement ?? null, untargeted: e.pattern.untargeted, qualifierIsTarget: e.pattern.qualifier_is_target, stateAct: e.pattern.state_act ?? undefined, subjectIsTarget: e.pattern.subject_is_target || undefined, sourcePreps: e.pattern.source_prep.length ? e.pattern.source_prep : undefined, particleIndex: best.particleIndex, withIndex: best.withIndex, past: e.past,
    } as Trigger);
    i = endTok;
  }
  return out;
}

/** The pattern readings of token i: its own entries, or those of its compound's head ("US-Angriffen", "Militäroffensive")
 * for a hyphenated word or a long German noun that has none of its own. */
export function triggerHits(tokens: Token[], i: number, lex: LangLexicon): Array<{ len: number; value: TriggerEntry }> {
  // (the cheap test first: most words start no pattern)
  if (lex.triggers.startsAt(tokens, i)) {
    const hits = lex.triggers.matchAtMemo(tokens, i);
    if (hits.length) return hits;
  }
  const t = tokens[i];
  if (t.text.length < 4) return NO_HITS;
  return t.text.includes('-') || (t.text.length >= 8 && lex.lang === 'de' && /^\p{Lu}/u.test(t.text)) ? compoundHead(t.text, lex) : NO_HITS;
}
/** (shared and frozen: callers only read it) */
const NO_HITS = Object.freeze([]) as unknown as Array<{ len: number; value: TriggerEntry }>;

/**
 * German compounds name their event in the head: "US-Angriffen" → Angriffen, "Militäroffensive" →
 * Offensive, "Raketenangriff" → Angriff. Only noun patterns, and only heads of four letters or more.
 */
function compoundHead(word: string, lex: LangLexicon): Array<{ len: number; value: TriggerEntry }> {
  const hit = lex.memo.trigger.get(word);
  if (hit) return hit;
  return remember(lex.memo.trigger, word, compoundHeadUncached(word, lex));
}

function compoundHeadUncached(word: string, lex: LangLexicon): Array<{ len: number; value: TriggerEntry }> {
  const parts = word.split(/[-\u2010\u2011]/);
  const last = parts[parts.length - 1];
  const nouns = (w: string) => lex.triggers.getWord(w).filter((e) => e.type === 'noun');
  if (parts.length > 1 && last.length >= 3) {
    const direct = nouns(last.charAt(0).toUpperCase() + last.slice(1));
    if (direct.length) return direct.map((value) => ({ len: 1, value }));
  }
  if (lex.lang !== 'de' || last.length < 8 || !/^\p{Lu}/u.test(last)) return [];
  for (let k = 3; k <= last.length - 4; k++) {
    // "Bundestagsausschuss", "Überforderung": a verb prefix right before the head makes another noun (Ausschuss, not Schuss)
    if (PREFIX_BEFORE_HEAD.test(last.slice(0, k))) continue;
    const head = last.charAt(k).toUpperCase() + last.slice(k + 1);
    const hit = nouns(head);
    if (hit.length) return hit.map((value) => ({ len: 1, value }));
  }
  return [];
}

/** A clause's words sorted for prefix search, and its lower-cased text for multiword `with` phrases. */
/** A clause as the with-word search sees it; `lowered`, its lower-cased text, is made on first use (only multiword `with` phrases need it). */
interface ClauseWords { tokens: Token[]; first: number; last: number; text: string; start: number; end: number; lowered: string | null }

/** The with-word view of a clause, made on first use and kept per sentence in `cache`. */
function clauseWords(cache: Map<number, ClauseWords>, tokens: Token[], c: Clause, text: string): ClauseWords {
  let cw = cache.get(c.index);
  if (cw) return cw;
  const last = Math.min(c.end, tokens.length - 1);
  const end = tokens[last]?.end ?? 0;
  const start = tokens[c.start]?.start ?? 0;
  cw = { tokens, first: c.start, last, text, start, end, lowered: null };
  cache.set(c.index, cw);
  return cw;
}

/**
 * The first token of the clause (not the trigger itself, not before minIndex) that starts with one
 * of the pattern's `with` words (see with-words.ts for the search), or that starts one of its phrases.
 */
function findWithWord(w: NonNullable<TriggerEntry['with']>, cw: ClauseWords, self: number, minIndex = 0): number | undefined {
  let best: number | undefined;
  if (w.phrases.length) {
    const hits = phraseHits(w, cw);
    for (const hit of hits) if (hit >= 0 && hit !== self && hit >= minIndex && !(blocked !== null && blocked[hit]) && (best === undefined || hit < best)) best = hit;
  }
  if (!w.words.length) return best;
  const stop = best === undefined ? cw.last : Math.min(best - 1, cw.last);
  const from = Math.max(cw.first, minIndex);
  // the first word match from `from` on, up to the clause's end: a match past `stop` means none before it
  let j: number;
  if (from <= self) {
    // (the participle or noun reading after the finite one of the same pattern: the part after the trigger is known)
    j = wordMatch(w, cw, from, self - 1);
    if (j < 0) j = afterSelf(w, cw, self);
  } else j = from === self + 1 ? afterSelf(w, cw, self) : wordMatch(w, cw, from, cw.last);
  return j >= 0 && j <= stop ? j : best;
}

/** Whether a clause ends with a correlate before a comma ("davor,", "dazu,"): what the verb is about follows in the next clause. */
function endsWithCorrelate(tokens: Token[], clause: Clause, lex: LangLexicon): boolean {
  const k = tokens[clause.end]?.text === ',' ? clause.end - 1 : clause.end;
  return k > clause.start && lex.cues.raw.correlates.includes(tokens[k].lower);
}

/** For each of the list's phrases, the token of the clause that starts it (-1 for none): the alphabetically first word of the
 * clause that is a prefix of the phrase, earliest on ties. (Remembered for the last list and clause, as afterSelf.) */
let phraseList: object | null = null;
let phraseClause: ClauseWords | null = null;
const phraseAt: number[] = [];
function phraseHits(w: NonNullable<TriggerEntry['with']>, cw: ClauseWords): number[] {
  if (phraseList === w && phraseClause === cw) return phraseAt;
  // (one array, refilled: callers read it at once)
  const out = phraseAt;
  out.length = 0;
  for (const p of w.phrases) {
    let hit = -1;
    if ((cw.lowered ??= cw.text.slice(cw.start, cw.end).toLowerCase()).indexOf(p) >= 0) {
      for (let j = cw.first; j <= cw.last; j++) {
        const t = cw.tokens[j].lower;
        if (p.startsWith(t) && (hit < 0 || t < cw.tokens[hit].lower)) hit = j;
      }
    }
    out.push(hit);
  }
  phraseList = w;
  phraseClause = cw;
  return out;
}

/**
 * The first word match after the trigger, remembered for the last list, clause and trigger asked: a past-tense form is
 * both a finite verb and a participle of the same pattern ("warned", "agreed", "held"), and both readings look for the
 * same `with` words in the same clause, one after the other.
 */
let lastList: object | null = null;
let lastClause: ClauseWords | null = null;
let lastSelf = -1;
let lastAfter = -1;
function afterSelf(w: NonNullable<TriggerEntry['with']>, cw: ClauseWords, self: number): number {
  if (lastList !== w || lastClause !== cw || lastSelf !== self) {
    lastList = w;
    lastClause = cw;
    lastSelf = self;
    lastAfter = wordMatch(w, cw, Math.max(cw.first, self + 1), cw.last);
  }
  return lastAfter;
}

/** The first token from `a` to `b` (not beyond the clause) that starts with one of the words, or whose compound head does; -1 for none. */
function wordMatch(w: NonNullable<TriggerEntry['with']>, cw: ClauseWords, a: number, b: number): number {
  let j = firstWithWord(w, cw.tokens, a, Math.min(b, cw.last));
  while (j >= 0 && blocked !== null && blocked[j]) j = firstWithWord(w, cw.tokens, j + 1, Math.min(b, cw.last));
  return j;
}

/** tokens of the sentence being searched that no with-word may be: the complement inside a name (null when there are none) */
let blocked: Uint8Array | null = null;
/**
 * The words after a preposition inside an actor's name ("UN-Hochkommissar für Menschenrechte", "Commission on Human Rights"):
 * they name the body's field, not what the sentence is about, and no pattern takes them as its with-word.
 */
function namedComplements(tokens: Token[], names: readonly { tokenStart: number; tokenEnd: number }[], lex: LangLexicon): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (const m of names) {
    if (m.tokenEnd <= m.tokenStart) continue;
    for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) {
      if (!lex.cues.prepositions.has(tokens[k].lower)) continue;
      out ??= new Uint8Array(tokens.length);
      for (let q = k + 1; q <= m.tokenEnd; q++) out[q] = 1;
      break;
    }
  }
  return out;
}

/**
 * "Chinese engineers kidnapped in Pakistan", "the ceasefire signed in Accra", "a video released on Monday": an English
 * participle form (the caller knows the pattern has one at token i) right after a common noun and right before a preposition,
 * of a verb whose target is its direct object (no target preposition, no particle there) or whose with-noun the noun is,
 * qualifies the noun (a reduced relative, passive). (Not after a name or pronoun, which may be a subject with the object
 * later: "The United States welcomed on Friday …".)
 */
export function reducedRelative(tokens: Token[], i: number, targetPreps: readonly string[], particle: string | null | undefined, withIndex?: number): boolean {
  const t = tokens[i];
  // (past an adverb before it: "Two Turkish drivers reportedly kidnapped in Iraq")
  const prev = /^\p{Ll}+ly$/u.test(tokens[i - 1]?.text ?? '') && i > 1 ? tokens[i - 2] : tokens[i - 1];
  // (past a with-word right after it: "a British soldier shot dead in Basra")
  let k = withIndex === i + 1 ? i + 2 : i + 1;
  // (past an adverb: "service members killed recently in Iraq")
  if (/^\p{Ll}+ly$/u.test(tokens[k]?.text ?? '')) k++;
  const next = tokens[k];
  // (the noun before is the pattern's with-noun, its object: "the ceasefire signed in Accra", "a curfew imposed to prevent riots")
  const withNoun = withIndex === i - 1;
  if (!prev || !next || !(REDUCED_PREPS.has(next.lower) || (withNoun && next.lower === 'to')) || next.lower === particle) return false;
  // (a verb with a target preposition may have none of its own object: "marched in Abuja")
  if (targetPreps.length && !withNoun) return false;
  // (an irregular form is also the simple past: "the ministers of both countries met in Delhi"; it is a participle only in a
  // subject the sentence's own verb follows: "A British soldier shot dead in Basra was buried")
  // (nor where its with-word stands right after it, which an object would part from it: "truck drivers held hostage in Iraq")
  if (!t.lower.endsWith('ed') && !mainAuxAfter(tokens, i + 2) && withIndex !== i + 1) return false;
  return prev.kind === 'word' && !startsUpperAscii(prev.text) && !prev.lower.endsWith('ly') && !SUBJECT_WORDS.has(prev.lower);
}
function mainAuxAfter(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) if (MAIN_AUX.has(tokens[j].lower)) return true;
  return false;
}
const MAIN_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'remains', 'remained']);
const REDUCED_PREPS = new Set(['in', 'on', 'at', 'near', 'during', 'outside', 'inside', 'across', 'of']);
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that', 'and', 'or', 'but', 'also', 'then', 'had', 'has', 'have']);

/** A perfect or passive auxiliary ("hat", "wurde", "was", "has"). */
export function isAux(lex: LangLexicon, w: string): boolean {
  return lex.cues.passiveAux.has(w) || lex.cues.pastAux.has(w);
}

/** A word with a verb reading: an auxiliary, or a trigger's finite or participle form ("kämpfen", "griffen", "haben"). */
/** Whether token j is a noun of meeting or consultation (a noun pattern of root 04 other than a visit, 042/043: "Krisentreffen",
 * "Gipfel", "talks"), compounds by their head as the trigger finder reads them. */
export function isMeetingNoun(tokens: Token[], j: number, lex: LangLexicon): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  return triggerHits(tokens, j, lex).some((h) => h.value.type === 'noun' && h.value.pattern.code.startsWith('04') && !/^04[23]/.test(h.value.pattern.code));
}

export function hasVerbReading(tokens: Token[], j: number, lex: LangLexicon): boolean {
  return isAux(lex, tokens[j].lower) || (lex.triggers.startsAt(tokens, j) && lex.triggers.matchAtMemo(tokens, j).some((h) => h.value.type !== 'noun'));
}

/** Whether a form that is both finite and participle is the participle here: after an auxiliary, verb-final in German, before "by" in English. */
function hasAuxBefore(tokens: Token[], i: number, lex: LangLexicon, clause: Clause): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (isAux(lex, tokens[j].lower)) return true;
  // English reduced relatives: "hostages held by al-Shabaab gunmen"
  // (and a participle coordinated with one after an auxiliary: "was brutally beaten and executed")
  if (lex.lang === 'en') return (tokens[i + 1]?.lower === 'by' && i > 0 && tokens[i - 1].kind === 'word')
    || (/^(and|or)$/.test(tokens[i - 1]?.lower ?? '') && /(ed|en)$/.test(tokens[i - 2]?.lower ?? '') && hasAuxBefore(tokens, i - 2, lex, clause));
  // German puts the participle last: "Dabei wurden erneut Ministerien der Hamas … bombardiert", "die Stadt ist … besetzt worden"
  const next = tokens[i + 1];
  // right before "worden", "wurde", "ist" … a form is the participle, whatever the clause holds ("… Nguyen Van Ly aus dem Gefängnis entlassen worden")
  if (next && PARTICIPLE_AUX_AFTER.has(next.lower)) return true;
  // (a coordinated clause may follow: "wird … ein Reiseverbot verhängt und ihre Konten werden gesperrt")
  if (next && next.kind !== 'punct' && !isAux(lex, next.lower) && !/^(und|oder|sowie|aber)$/.test(next.lower) && i < clause.end) return false;
  for (let j = i - 4; j >= clause.start; j--) if (isAux(lex, tokens[j].lower)) return true;
  return false;
}

/** A German form that is both infinitive and participle ("entlassen", "empfangen") is the participle next to a perfect or passive
 * auxiliary ("entlassen worden", "hat … empfangen", "wurde … entlassen"), not after "werde"/"wird" (future). */
function perfectOrPassive(tokens: Token[], i: number, clause: Clause): boolean {
  if (PARTICIPLE_AUX_AFTER.has(tokens[i + 1]?.lower ?? '')) return true;
  for (let j = i - 1; j >= clause.start; j--) {
    const w = tokens[j].lower;
    if (FUTURE_AUX.has(w)) return false;
    if (PARTICIPLE_AUX_AFTER.has(w)) return true;
  }
  return false;
}
const FUTURE_AUX = new Set(['werde', 'werden', 'wird', 'würde', 'würden', 'wirst']);
const PARTICIPLE_AUX_AFTER = new Set(['worden', 'wurde', 'wurden', 'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'hat', 'haben', 'hatte', 'hatten', 'habe']);
const DATE_PREPS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'through', 'before', 'after']);
function isDateContext(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.kind === 'num' || tokens[i + 1]?.kind === 'num' || DATE_PREPS.has(tokens[i - 1]?.lower ?? '');
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j].kind === 'punct' && /["\u201e\u201c\u00bb\u00ab(]/.test(tokens[j].text)) continue;
    return tokens[j].kind === 'punct' && /[:.!?]/.test(tokens[j].text);
  }
  return true;
}

/** English: a word preceded by a determiner, possessive, adjective of nationality or number is a noun. */
/** In a title-case headline, a capitalised "-s" form with a verb reading, after a capitalised word and before a name (no
 * preposition, no verb) is the verb ("Chinese Premier Visits India", "U.S. Sanctions Syria"). */
function titleVerb(tokens: Token[], i: number, lex: LangLexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) && next !== undefined && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && !lex.cues.prepositions.has(next.lower)
    && !hasVerbReading(tokens, i + 1, lex) && hasVerbReading(tokens, i, lex);
}

/**
 * An English "-s" form after a name and before its object ("Israel attacks Gaza", "Italy's Interior Minister visits Libya",
 * "Britain charges Egyptian cleric"): the object is a capitalised word with no verb reading or a determiner, and the word
 * before is no adjective of nationality ("Israeli strikes on Gaza", "U.S. attacks kill 12" stay nouns).
 */
function verbBetweenNames(tokens: Token[], i: number, lex: LangLexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (the cheap tests first: this is asked of every plural noun)
  if (!prev || !next || next.kind !== 'word') return false;
  const subject = SUBJECT_PRONOUNS.has(prev.lower);
  if (!subject && !startsUpper(prev.text)) return false;
  if (!/^\p{Ll}+[^s]s$/u.test(t.lower)) return false;
  const object = OBJECT_DETERMINERS.has(next.lower) || (startsUpper(next.text) && !lex.cues.prepositions.has(next.lower) && !hasVerbReading(tokens, i + 1, lex));
  if (!object) return false;
  if (subject) return true;
  // (the word before may end a longer name: "Interior Minister"; an adjective of nationality qualifies the noun instead)
  for (let j = Math.max(0, i - 3); j < i; j++) if (lex.actors.matchAtMemo(tokens, j).some((h) => j + h.len === i && (h.value.kind === 'adjective' || h.value.kind === 'demonym'))) return false;
  return true;
}
/** The finite verb readings of an English "-s" form's stem ("attacks" → "attack"), for a form the lexicon lists by its stem only. */
export function stemVerbs(lower: string, lex: LangLexicon): TriggerEntry[] {
  return lex.triggers.getWord(lower.slice(0, -1)).filter((e) => e.type === 'finite');
}
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const AFTER_PARTICLE_PREPS = new Set(['on', 'against', 'in', 'at', 'into', 'across', 'near', 'along']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it']);

/** `titleVerb`: whether a capital before the word only says the headline is in title case and the word is the verb there */
function nounContext(tokens: Token[], i: number, titleVerb: () => boolean): boolean {
  const p = tokens[i - 1];
  if (!p) return true;
  // "accused of killing civilians", "capable of striking": a gerund after "of" is the verb
  if (p.lower === 'of' && tokens[i].lower.endsWith('ing') && tokens[i - 2]?.kind === 'word' && !DETERMINERS_EN.has(tokens[i - 2].lower)) return false;
  if (DETERMINERS_EN.has(p.lower)) return true;
  if (/^\p{Lu}/u.test(p.text) && i - 1 > 0) return !titleVerb(); // "Israeli strikes", "U.S. sanctions"
  if (p.kind === 'num') return true;
  // "stepped up attacks on Israel", "carried out raids in Baghdad": after a verb's particle, a word before a preposition
  if (/^(up|out)$/.test(p.lower) && AFTER_PARTICLE_PREPS.has(tokens[i + 1]?.lower ?? '')) return true;
  if (/^(new|more|further|fresh|tough|possible|any|some|many|several|two|three|first|last|joint|direct|peace|air|ground|rocket|mortar|suicide|bomb|border|trade)$/.test(p.lower)) return true;
  if (/(ed|al|ive|ic|ing|ary|ful|ous|ible|able|ish|less|ern|ant|ent|ate)$/.test(p.lower) && !/^(said|urged|called|asked|agreed|vowed|threatened|accused|announced|planned|decided|refused|failed|began|tried|wanted)$/.test(p.lower)) return true;
  return false;
}

/** Whether a without-word stands in the clause: a prefix or whole word other than the trigger, or a phrase anywhere. */
export function hasWithout(tokens: Token[], c: Clause, i: number, without: NonNullable<TriggerEntry['without']>): boolean {
  const last = Math.min(c.end, tokens.length - 1);
  for (let j = c.start; j <= last; j++) {
    const w = tokens[j].lower;
    const tail = w.length > 2 && w.includes('-') ? compoundTail(w) : null;
    if (j !== i && (without.exact.has(w) || without.prefixes.some((p) => w.startsWith(p) || (tail !== null && tail.startsWith(p))))) return true;
    for (const ph of without.phrases) {
      if (w !== ph[0] || j + ph.length - 1 > last) continue;
      let k = 1;
      while (k < ph.length && tokens[j + k].lower === ph[k]) k++;
      if (k === ph.length) return true;
    }
  }
  return false;
}

function clauseHas(tokens: Token[], c: Clause, pred: (lower: string, j: number) => boolean): boolean {
  for (let j = c.start; j <= c.end && j < tokens.length; j++) if (pred(tokens[j].lower, j)) return true;
  return false;
}

function findParticle(tokens: Token[], i: number, c: Clause, particle: string, lang: string): number | undefined {
  const p = particle.toLowerCase();
  if (lang === 'en') {
    for (let j = i + 1; j <= Math.min(c.end, i + 4); j++) if (tokens[j].lower === p) return j;
    return undefined;
  }
  for (let j = i + 1; j <= c.end && j < tokens.length; j++) {
    if (tokens[j].lower !== p) continue;
    const n = tokens[j + 1];
    if (!n || n.kind === 'punct' || PARTICLE_FOLLOW.has(n.lower) || j === c.end) return j;
  }
  // "griffen zwei Attentäter in Quetta, die im Grenzgebiet liegt, das Haus eines Generals an": past a relative clause set off
  // by commas, the main clause goes on to its particle
  let k = tokens[c.end]?.text === ',' ? c.end : tokens[c.end + 1]?.text === ',' ? c.end + 1 : -1;
  if (k < 0 || !RELATIVE_DE.test(tokens[k + 1]?.lower ?? '')) return undefined;
  k += 2;
  while (k < tokens.length && tokens[k].text !== ',' && !/^[.!?;:]$/.test(tokens[k].text)) k++;
  if (tokens[k]?.text !== ',') return undefined;
  for (let j = k + 1; j < tokens.length && !/^[,.!?;:]$/.test(tokens[j].text); j++) {
    if (tokens[j].lower !== p) continue;
    const n = tokens[j + 1];
    if (!n || n.kind === 'punct' || PARTICLE_FOLLOW.has(n.lower)) return j;
  }
  return undefined;
}
const RELATIVE_DE = /^(der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches|wo)$/;

function isZuInfinitive(tokens: Token[], i: number, e: TriggerEntry, lang: string): boolean {
  if (e.type === 'zu-infinitive') return true;
  const prev = tokens[i - 1]?.lower;
  return (lang === 'de' && prev === 'zu') || (lang === 'en' && prev === 'to' && e.type === 'finite');
}
