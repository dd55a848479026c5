import * as crypto from 'node:crypto';
import type { ActorMention, CodedDocument, Document, EventActor, EventRecord, Lang, PartialDate, Sentence, Token, Trigger } from '../types.ts';
import type { Lexicon, LangLexicon, TriggerEntry } from '../lexicon/compile.ts';
import { splitSentences, type SentenceOptions } from '../text/sentences.ts';
import { startsUpper, startsUpperAscii, tokenize } from '../text/tokens.ts';
import { detectLanguage } from '../text/language.ts';
import { STATE_ROLE, findActors, isFormerWord, isVisitCode } from './actors.ts';
import { CorefState, isBareRole, isCollective, isExpletiveIt } from './coref.ts';
import { segmentClauses, type Clause } from './clauses.ts';
import { findTriggers, hasVerbReading, isAux, stemVerbs, triggerHits } from './triggers.ts';
import { firstWithWord } from './with-words.ts';
import { ARMED_ROLES, PASSIVE_AUX, assignRoles, buildGroups, isEnglishIng, isInfinitive, isSameActor, type Group, type Roles } from './roles.ts';
import { eventStatus, tenseOf } from './status.ts';
import { findTimeExpressions, type TimeExpr } from './time.ts';
import { coarsen } from './dates.ts';
import { attributionFor, findAttributions, type Attribution } from './attribution.ts';
import { findPlace, statedCountry } from './place.ts';
import { conditionalThreat, linkThreats, threatCode, threatenedBy } from './threats.ts';

/** Codes one document: sentences → tokens → actors → coreference → triggers → events. */
export function codeDocument(doc: Document, lex: Lexicon): CodedDocument {
  const body = doc.text.slice(doc.bodyStart);
  const lang: Lang = doc.lang ?? detectLanguage(body);
  const L = lex[lang];
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length, sentenceOptions(L));
  const coref = new CorefState();
  // a dateline ("GAZA CITY, Gaza Strip Sept. 7, 2004 -") dates a document that carries no date of its own
  const published = doc.published ?? datelineDate(doc, sentences, L);
  coref.date = published;
  const actors: ActorMention[] = [];
  const events: EventRecord[] = [];
  const seen = new Set<string>();
  const lastByRoot = new Map<string, { sentence: number; actor: ActorMention }>();
  const dx: DocState = { doc, lex, lang, L, published, coref, actors, events, seen, lastByRoot, prevTimes: [], formerIds: new Set() };
  for (const s of sentences) codeSentence(dx, s);
  return { doc, lang, sentences, actors, events: withoutRestatedHeadline(events, sentences) };
}

/** The sentence splitter's options for a language, made once per lexicon rather than per document. */
function sentenceOptions(L: LangLexicon): SentenceOptions {
  let o = SENTENCE_OPTIONS.get(L);
  if (!o) SENTENCE_OPTIONS.set(L, (o = { abbreviations: L.cues.abbreviations, months: new Set(L.cues.months.keys()) }));
  return o;
}
const SENTENCE_OPTIONS = new WeakMap<LangLexicon, SentenceOptions>();

/**
 * What coding a document carries from sentence to sentence. (The document, its sentences and their triggers are coded
 * by separate functions rather than one large one: the runtime optimises a function only after it has run for a while in
 * proportion to its size, and one function for all of it was still unoptimised after several megabytes of text.)
 */
interface DocState {
  doc: Document; lex: Lexicon; lang: Lang; L: LangLexicon; published: PartialDate | null; coref: CorefState;
  actors: ActorMention[]; events: EventRecord[]; seen: Set<string>;
  lastByRoot: Map<string, { sentence: number; actor: ActorMention }>;
  /** the time expressions of the latest sentence that had some */
  prevTimes: TimeExpr[];
  /** people the document has called former office-holders ("den abgewählten Staatschef Laurent Gbagbo") */
  formerIds: Set<string>;
}

/** What the events of one sentence's triggers depend on. */
interface SentenceContext extends RoleContext {
  sentence: Sentence; mentions: ActorMention[]; threats: ReturnType<typeof linkThreats>; times: TimeExpr[]; atts: Attribution[];
  skipPlace: (j: number) => boolean;
  /** actors that only name the other side of an ally or neighbour ("a key U.S. ally"): no parties, no focus of this sentence */
  relatives: ActorMention[];
  /** agents of no known country: they hold their place in the clause, and an event they are the source of is none */
  unknown: ActorMention[];
}

/** Codes one sentence: tokens → actors → coreference → triggers, then the events of each trigger. */
function codeSentence(dx: DocState, s: Sentence): void {
  const { doc, lang, L, published, coref, actors } = dx;
  const tokens = tokenize(doc.text, s.start, s.end);
  if (!tokens.length) return;
  const found = findActors(tokens, s.index, L, published, doc.text, dx.formerIds, coref.homeCountry);
  // a dateline ("CAIRO, Dec 17 (AFP) --", "Bamako –") says where the text was filed: it counts for the story's country, but it is
  // no place of the sentence's agents and no party of its events
  const dateline = datelineEnd(tokens, L);
  const resolved = coref.resolveSentence(tokens, found, L, s.index, doc.text, dateline);
  const mentions = formerTitles(resolved.filter((m) => !isUnresolvedAgent(m)), tokens, L, dx.lex);
  actors.push(...mentions);
  // most sentences name no event: after actors and coreference (which later sentences need), stop early
  // (with no actor in the sentence, only an agentless passive can still be an event, continuing an earlier one: the cheaper
  // test first)
  if (!mentions.length && !mayBePassive(tokens, lang)) return;
  if (!mayHaveTrigger(tokens, L, doc.text)) return;
  const { clauses, clauseOf } = segmentClauses(tokens, L.cues, (j) => hasVerbReading(tokens, j, L),
    (j) => isAux(L, tokens[j].lower) || L.triggers.matchAtMemo(tokens, j).some((h) => h.value.type === 'finite'), lang === 'de');
  // plain speech verbs report other events and are none themselves
  let triggers = findTriggers(tokens, s.index, L, clauses, clauseOf, doc.text, mentions).filter((t) => !isSpeechVerb(t, tokens, L));
  // a trigger word inside a name ("Organization of American States", "Vereinte Nationen") is no event
  triggers = triggers.filter((t) => !mentions.some((m) => m.tokenStart <= t.tokenIndex && m.tokenEnd >= t.tokenIndex && m.kind !== 'adjective' && !(m.tokenStart === t.tokenIndex && m.tokenEnd === t.tokenIndex)));
  // "supporters of ousted President Aristide", "with jailed opposition leader X": an English participle between a preposition
  // and the actor it qualifies is an adjective
  // (so is an irregular participle: "trial over slain Gaza girl")
  if (lang === 'en') triggers = triggers.filter((t) => !(t.kind === 'verb' && (t.form === 'participle' || /ed$/.test(tokens[t.tokenIndex].lower)) && L.cues.prepositions.has(tokens[t.tokenIndex - 1]?.lower ?? '')
    && mentions.some((m) => m.tokenStart === t.tokenEnd + 1 || (m.tokenStart === t.tokenEnd + 2 && /^\p{Lu}/u.test(tokens[t.tokenEnd + 1].text)))));
  // "it was revealed that", "it is believed": an impersonal report names no one who reports
  if (lang === 'en') triggers = triggers.filter((t) => !isExpletiveReport(t, tokens, L));
  triggers = adoptCompoundObjects(triggers);
  triggers = suppressConsumedNouns(triggers, clauseOf, tokens, L);
  triggers = suppressBareIntents(triggers, tokens);
  triggers = suppressStatesLeft(triggers, tokens);
  triggers = suppressPlacedPostures(triggers, tokens);
  // "attacks blamed on Kurdish rebels": "blamed on" after an event noun names its agent (see nounRoles), no blaming of its own
  if (lang === 'en') triggers = triggers.filter((t) => !(t.kind === 'verb' && /^(blamed|attributed)$/.test(tokens[t.tokenIndex].lower)
    && /^(on|to)$/.test(tokens[t.tokenIndex + 1]?.lower ?? '') && triggers.some((o) => o.kind === 'noun' && o.tokenEnd === t.tokenIndex - 1)));
  if (!triggers.length) return;
  const atts = findAttributions(tokens, mentions, L.cues, doc.text);
  // speakers named in "nach Angaben der USA" are not parties of the event
  // media credited in parentheses ("(Reuters)", "(AP)") are sources of the text, not parties
  // the country or person an ally or neighbour is named by is none of the parties ("a key U.S. ally", "Irans Verbündete")
  const relatives = mentions.filter((m) => namesRelative(m, tokens, L.cues));
  const parties = relatives.length ? mentions.filter((m) => !relatives.includes(m)) : mentions;
  // an agent of no known country ("Aktivisten", "critics") still holds its place in the clause: no other actor becomes the
  // subject in its stead, and an event it is the source of is none
  const unknown = resolved.length === mentions.length && !coref.unknown.length ? NO_MENTIONS : [...resolved.filter(isUnresolvedAgent), ...coref.unknown];
  const placed = unknown.length ? [...parties, ...unknown].sort((a, b) => a.tokenStart - b.tokenStart) : parties;
  const groups = buildGroups(tokens, placed.filter((m) => !inAttribution(m, tokens, dateline, atts)), L.cues, lang, clauseOf);
  let times = triggers.length ? findTimeExpressions(tokens, L.cues, doc.text, L.timeWords) : [];
  // "bei dieser Gelegenheit", "on that occasion": the time of the previous sentence, anchored at its start
  if (!times.length && dx.prevTimes.length && hasAnaphoricTime(tokens, L)) times = dx.prevTimes.map((t) => ({ ...t, tokenStart: 0, tokenEnd: 0, strength: 3 }));
  if (times.length) dx.prevTimes = times;
  const triggerTokens = new Set(triggers.filter((t) => t.kind === 'noun').map((t) => t.tokenIndex));
  const threats = linkThreats(triggers, tokens, clauseOf, lang);
  const skipPlace = placeSkipper(dateline, atts, mentions, relatives);
  const sx: SentenceContext = { triggers, groups, tokens, clauses, clauseOf, L, lang, triggerTokens, sentence: s, mentions: parties, relatives, unknown, threats, times, atts, skipPlace };
  for (const original of triggers) codeTrigger(dx, sx, original);
}

/** The events of one trigger: its roles, worked out from the sentence and the document so far, with status, date and place.
 * (In steps of a few dozen lines each: see DocState on why not one function.) */
function codeTrigger(dx: DocState, sx: SentenceContext, original: Trigger): void {
  if (refusedContent(original, sx.triggers, sx.tokens)) return;
  const ts = initialRoles(dx, sx, original);
  if (sx.unknown.length && !withoutUnknown(sx, ts)) return;
  reactionRoles(dx, sx, ts);
  destinationRoles(dx, sx, ts);
  focusRoles(dx, sx, ts);
  if (!proposalRoles(sx, ts)) return;
  authorsAsGovernments(sx, ts);
  if (sx.unknown.length && !withoutUnknown(sx, ts)) return;
  if (keepsEvent(dx, sx, ts)) pushEvents(dx, sx, ts);
}

/** A trigger as its roles are worked out (its code may change on the way), with what later steps need of the first. */
interface TriggerState {
  trig: Trigger; roles: Roles; threatened: Trigger | undefined; threatOver: Trigger | undefined; governing: Trigger | null; goesOn: boolean;
  /** the earlier event a definite event noun tells again, whose time it keeps */
  toldBefore?: EventRecord;
  /** a warning about the speaker's own side ("warned that his fighters would resist"): an event with no target */
  ownWarning?: boolean;
  /** the noun is the deed an accusation names as its with-word ("warf Myanmar ethnische Säuberungen vor"): alleged */
  namedDeed: boolean;
  /** what a plan, proposal or resolution puts forward ("a US plan to send troops"): planned, or negated for no plan */
  proposed?: 'planned' | 'negated';
  /** a deed that was prevented ("talks to avert a military assault"): hypothetical */
  prevented?: boolean;
}

/** The roles of a trigger from the grammar of its sentence, corrected by coordination, threats, accusations and agentless passives. */
function initialRoles(dx: DocState, sx: SentenceContext, original: Trigger): TriggerState {
  const { coref, lastByRoot, events } = dx;
  const { triggers, groups, tokens, clauses, clauseOf, L, lang, mentions, threats, sentence: s } = sx;
  let trig = original;
  const roles = rolesOf(sx, trig);
  // "kritisierte in der Frankfurter Allgemeinen Sonntagszeitung", "told Reuters": the medium a statement is made in is no target
  if (Number(trig.code.slice(0, 2)) <= 16 && roles.targets.some((m) => m.code.endsWith('MED'))) roles.targets = roles.targets.filter((m) => !isMediumOfStatement(m, tokens, L));
  if (trig.kind === 'noun' && Number(trig.code.slice(0, 2)) >= 18) victimsOfNoun(sx, trig, roles);
  // "Anwar Ibrahim called both leaders and urged a ceasefire": an English verb coordinated with an earlier one shares its
  // subject; what stands between the two verbs is the first one's object
  if (lang === 'en' && trig.kind === 'verb' && /^(and|or|but)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? '')) {
    const prev = triggers.findLast((o) => o.kind === 'verb' && o.tokenIndex < trig.tokenIndex - 1);
    if (prev && (!roles.sources.length || roles.sources.every((m) => m.tokenStart > prev.tokenEnd && m.tokenEnd < trig.tokenIndex))) {
      const first = rolesOf(sx, prev).sources;
      if (first.length && first.every((m) => m.tokenEnd < prev.tokenIndex)) {
        roles.targets = roles.targets.filter((m) => !first.some((f) => f.code === m.code));
        roles.sources = first;
      }
    }
  }
  // "a response to Iraqi insurgents threatening to kill the hostage": an English "-ing" form right after an actor (no auxiliary
  // between) is that actor's act, a reduced relative
  const ingForm = isEnglishIng(trig, tokens, lang);
  if (ingForm) {
    const before = mentions.find((m) => m.tokenEnd === trig.tokenIndex - 1 && !m.modifier);
    // (not a place the phrase before names: "an agent in Benin claiming ties with …")
    if (before && !roles.sources.some((m) => m === before) && !/^(by|in|at|near|from|of|inside|outside)$/.test(tokens[before.tokenStart - 1]?.lower ?? '')) {
      roles.sources = [before];
      roles.targets = roles.targets.filter((m) => m !== before && m.code !== before.code);
    }
  }
  // "Eritrean deportees hijacked a plane that left Libya before surrendering to Sudanese forces": an English "-ing" form after a
  // conjunction of time is done by the subject of the main verb before it
  if (ingForm && ADVERBIAL_ING.has(tokens[trig.tokenIndex - 1]?.lower ?? '')) {
    const main = triggers.find((o) => o.kind === 'verb' && o.form === 'finite' && o.tokenIndex < trig.tokenIndex - 1);
    // (not across a clause the main verb governs, whose subject it may be: "Putin suggested that China's company could play a
    // role after signing …")
    const governs = main !== undefined && /^(that|,)$/.test(tokens[main.tokenEnd + 1]?.lower ?? '');
    const subject = main && !governs ? rolesOf(sx, main).sources : [];
    if (subject.length && subject.every((m) => m.tokenEnd < main!.tokenIndex)) {
      roles.sources = subject;
      roles.targets = roles.targets.filter((m) => !subject.some((x) => x.code === m.code));
    }
  }
  // "its charges that Damascus was sheltering insurgents": the accused is the subject of the clause the noun opens
  if (trig.kind === 'noun' && / that$/i.test(trig.text) && clauseOf[trig.tokenEnd + 1] !== undefined) {
    const c = clauseOf[trig.tokenEnd + 1];
    const accused = mentions.find((m) => m.tokenStart > trig.tokenEnd && clauseOf[m.tokenStart] === c && /^[A-Z]{3}/.test(m.code) && !L.cues.prepositions.has(tokens[m.tokenStart - 1]?.lower ?? ''));
    if (accused && !roles.sources.some((x) => x.code === accused.code)) roles.targets = [accused];
  }
  // "a new UN resolution calling on Khartoum to …": what a resolution says, the United Nations say (when the story names them)
  if (trig.kind === 'verb' && RESOLUTION.test(tokens[trig.tokenIndex - 1]?.lower ?? '') && /(ing|nd)$/.test(tokens[trig.tokenIndex].lower)) {
    const un = mentions.find((m) => m.code.startsWith('UNO') && m.tokenEnd < trig.tokenIndex) ?? coref.latest((x) => x.code.startsWith('UNO'));
    if (un) {
      roles.targets = roles.targets.filter((m) => !m.code.startsWith('UNO'));
      // (the one it calls on may be the main subject's own country: "Sudan condemned a UN resolution calling on Khartoum")
      if (!roles.targets.length) {
        const next = mentions.find((m) => m.tokenStart > trig.tokenEnd && m.tokenStart <= trig.tokenEnd + 3 && clauseOf[m.tokenStart] === clauseOf[trig.tokenIndex] && /^[A-Z]{3}/.test(m.code) && !m.code.startsWith('UNO'));
        if (next) roles.targets = [next];
      }
      roles.sources = [{ ...un, code: 'UNO' }];
    }
  }
  // a threat and what it threatens: the threat's kind and target come from the threatened act, whose actor is the one who threatens
  const threatened = threatenedBy(trig, threats);
  const threatOver = threats.get(trig)?.threat;
  if (threatened) {
    trig = { ...trig, code: threatCode(trig, threatened, tokens) };
    if (!roles.targets.length) {
      const c = rolesOf(sx, threatened);
      // (not the threatener's own side; the other side at home is a target: "warned that his supporters would continue to
      // blockade government offices" is the opposition's threat to the government)
      roles.targets = c.targets.filter((m) => clauseOf[m.tokenStart] === clauseOf[threatened.tokenIndex] && !roles.sources.some((s) => s.code.slice(0, 3) === m.code.slice(0, 3) && !opposedAtHome(s.code, m.code)));
    }
  }
  if (threatOver) {
    const t = rolesOf(sx, threatOver);
    if (t.sources.length) {
      roles.sources = t.sources;
      roles.targets = roles.targets.filter((m) => !t.sources.some((s) => s.code.slice(0, 3) === m.code.slice(0, 3)));
    }
  }
  // ("accused the RSF of killing civilians": the English gerund after "of" is the alleged deed, in the accusation's own clause)
  const ofGerund = lang === 'en' && tokens[trig.tokenIndex - 1]?.lower === 'of' && /ing$/.test(tokens[trig.tokenIndex].lower);
  // (not across a later verb of saying: "accused the rebels of … and said his troops would defend the capital")
  // ("warf Myanmar ethnische Säuberungen vor", "accused Russia of war crimes": an accusation's with-word naming a deed)
  const accusedDeed = trig.kind === 'noun' ? triggers.find((o) => o.complement === 'alleged' && o.withIndex !== undefined && o.withIndex >= trig.tokenIndex && o.withIndex <= trig.tokenEnd) : undefined;
  // (nor across a dash after which the verb has its own subject: "Aktivisten machen Russland … verantwortlich – Türkei droht Kurden")
  const governing = accusedDeed ?? triggers.find((o) => o !== trig && o.complement && o.tokenIndex < trig.tokenIndex && clauseOf[o.tokenIndex] < clauseOf[trig.tokenIndex] && !saidBetween(tokens, o.tokenIndex, trig.tokenIndex, L)
    && !newStatementAfterDash(tokens, o.tokenIndex, trig.tokenIndex, mentions, L)) ?? (ofGerund ? triggers.find((o) => o !== trig && o.complement && o.tokenIndex < trig.tokenIndex && o.tokenIndex >= trig.tokenIndex - 8) : undefined) ?? null;
  // (not a verb that goes on the main clause after "und": "Sie warf Musharraf vor, …, und kündigte Massenproteste an")
  // (nor a finite verb with a subject of its own after ", und": "Portugal bot an, Soldaten zu entsenden, und die USA verurteilten den Angriff")
  const cl = clauses[clauseOf[trig.tokenIndex]];
  const goesOn = (cl.start === trig.tokenIndex - 1 && /^(und|and|sowie)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? ''))
    || (trig.form === 'finite' && /^(und|and)$/.test(tokens[cl.start]?.lower ?? '') && tokens[cl.start - 1]?.text === ','
      && mentions.some((m) => m.tokenStart > cl.start && m.tokenEnd < trig.tokenIndex && !m.modifier && !L.cues.prepositions.has(tokens[m.tokenStart - 1]?.lower ?? '')));
  if (governing && (accusedDeed || governing.complement === 'alleged' && (trig.form === 'zu-infinitive' || ofGerund) || (governing.complement === 'alleged' && trig.kind === 'verb' && !goesOn && clauseOf[trig.tokenIndex] > clauseOf[governing.tokenIndex]))) {
    // "beschuldigen Teheran, Russland … zu beliefern": the accused is the actor of the alleged deed
    const gRoles = assignRoles(governing, groups, tokens, clauses, clauseOf, L.cues, lang, true);
    // (the accused is not the victim the deed's noun itself names: "des Völkermordes an den Armeniern")
    if (gRoles.targets.length && !(accusedDeed && gRoles.targets.some((a) => roles.targets.some((m) => m.code === a.code)))) {
      const accused = gRoles.targets;
      // (a deed's noun keeps only the victim it names itself)
      const rest = roles.targets.length || accusedDeed ? roles.targets : roles.sources;
      roles.sources = accused;
      roles.targets = rest.filter((m) => !accused.some((a) => a.code === m.code) && !gRoles.sources.some((s) => s.code === m.code));
    } else if (accusedDeed) {
      // (no accused told apart from the victim: the deed's actor is unknown)
      roles.sources = [];
    }
  }
  // "arrested five men suspected of plotting attacks", "a cleric accused of inciting violence": a participle of suspicion right
  // after a noun makes it the actor of the alleged deed (none of the clause's subject; nobody when the noun names no actor)
  if (ofGerund && SUSPICION_PARTICIPLES.has(tokens[trig.tokenIndex - 2]?.lower ?? '')) {
    const suspect = mentions.find((m) => m.tokenEnd === trig.tokenIndex - 3 && !m.modifier);
    roles.sources = suspect ? [suspect] : [];
    if (suspect) roles.targets = roles.targets.filter((m) => m.code !== suspect.code);
  }
  // a definite event noun with no actor in its sentence is the event told before: "Der Angriff hatte am Mittwoch begonnen"
  // (told by the same word within a few sentences, else the latest of its kind just before)
  let toldBefore: EventRecord | undefined;
  if (trig.kind === 'noun' && !roles.sources.length && !roles.targets.length && Number(trig.code.slice(0, 2)) >= 14
    && /^(der|die|das|den|dem|des|the|this|diese|dieser|diesen)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? '')) {
    toldBefore = toldAgain(events, trig, s.index);
    if (toldBefore?.source) {
      const at = mentions[0] ?? dummyMention(trig, s.index);
      roles.sources = [eventActorAsMention(toldBefore.source, at)];
      if (toldBefore.target) roles.targets = [eventActorAsMention(toldBefore.target, at)];
    }
  }
  // an agentless passive ("Der Erste wurde am Mittwoch festgenommen") continues the latest event of its kind
  if (roles.passive && !roles.sources.length) {
    const prev = lastByRoot.get(trig.code.slice(0, 2));
    // (not force its actor would do to its own country: "Israeli forces attacked … after rockets were fired at an Israeli
    // town": the rockets were the other side's)
    const ownCountry = Number(trig.code.slice(0, 2)) >= 18 && roles.targets.some((m) => m.code.length === 3 && m.code === prev?.actor.code.slice(0, 3));
    if (prev && s.index - prev.sentence <= 3 && !ownCountry) roles.sources = [prev.actor];
    // or the latest coercion or force done to the same person or body: "soldiers ousted President Bazoum" … "Bazoum, who remains detained"
    const patient = roles.targets.length === 1 ? roles.targets[0] : undefined;
    if (!roles.sources.length && patient && patient.id !== null && Number(trig.code.slice(0, 2)) >= 17) {
      const done = lastForceOn(events, patient, s.index);
      if (done?.source) roles.sources = [eventActorAsMention(done.source, patient)];
    }
    // else an arrest or a release from prison of someone of the country the story is about is the act of its state
    // ("… ist der Dissident Nguyen Van Ly aus dem Gefängnis entlassen worden" → VNMGOV), as is any act only a state does (the
    // pattern's `state_act`: "Zwei Männer wurden in Teheran hingerichtet")
    const role = trig.stateAct ?? STATE_PASSIVES[trig.code];
    // a charge or trial with no agent named is that of the court the last sentences named ("Taylor kommt vor ein Sondertribunal
    // für Sierra Leone. Er wird wegen Kriegsverbrechen angeklagt")
    if (!roles.sources.length && role === 'JUD' && roles.targets.length) {
      const court = latestCourt(dx.actors, s.index);
      if (court && !roles.targets.some((m) => m.code === court.code)) roles.sources = [court];
    }
    const home = coref.topicCountry();
    // ("der Sprecher von Aljaksandr Milinkewitsch wurde festgenommen": the owner an agent took its code from is no patient of its own)
    // (nor is one named before it in the genitive: "Milinkewitschs Pressesprecher wurde … entlassen")
    if (!roles.sources.length && role && roles.targets.length === 2 && roles.targets[0].code === roles.targets[1].code) {
      const agent = roles.targets.find((m) => m.rule.includes('→of:'));
      if (agent) roles.targets = [agent];
    }
    // (so are several people of one country named together: "Hussein wird mit seinem früheren Vizepräsidenten … angeklagt")
    if (!roles.sources.length && role && roles.targets.length && roles.targets.every((m) => !/(GOV|MIL|COP)$/.test(m.code) && m.code.slice(0, 3) === roles.targets[0].code.slice(0, 3))) {
      // (where the sentence places the act in a country, that country's, whoever the patient: "… Bemba … wurde in der Nähe von
      // Brüssel verhaftet", "Der Brite wurde in Thailand festgenommen")
      const placed = findPlace(trig, tokens, sx.L, sx.clauses, sx.clauseOf, sx.skipPlace)?.country;
      const there = placed && !isCollective(placed) ? placed : undefined;
      // (the country itself, of a measure only its government takes: "Die Grenzen des Landes werden geschlossen")
      const ownHome = home && roles.targets[0].code.slice(0, 3) === home && (roles.targets[0].code.length > 3 || trig.stateAct === 'GOV') ? home : undefined;
      // (a foreigner is the place's only when arrested there: a release may be the kidnappers', a sentence a court's at home —
      // "Turkish hostages freed in Iraq", "US soldier sentenced in Iraq")
      const arrest = role === 'COP' && !/sentenc|convict|verurteil/.test(trig.rule);
      const state = ownHome ? there ?? ownHome : arrest ? there : undefined;
      if (state) roles.sources = [{ ...roles.targets[0], code: state + role, id: null, kind: 'description', rule: `state-passive.${trig.code}` }];
    }
    // "A shoot-on-sight curfew imposed to prevent riots …", "wurde der Ausnahmezustand verhängt": a curfew or state of emergency
    // with no agent named is imposed by the government of the country the story is about, on its own ground
    const topic = !roles.sources.length && HOME_MEASURES.has(trig.code) && home ? coref.clearTopic() : undefined;
    if (topic && topic.code.startsWith(home!)) {
      roles.sources = [{ ...topic, code: home + 'GOV', id: null, kind: 'description', rule: `state-passive.${trig.code}` }];
      roles.targets = roles.targets.filter((m) => m.code.startsWith(home!));
    }
  }
  // "Die Terrormiliz IS reklamierte den Angriff für sich", "claimed responsibility for the attack": a claim of an act told
  // before is aimed at that act's victim
  if (trig.code === '015' && !roles.targets.length && roles.sources.length) {
    const deed = claimedDeed(events, trig, tokens, s.index);
    if (deed?.target && !roles.sources.some((m) => m.code.slice(0, 3) === deed.target!.code.slice(0, 3))) roles.targets = [eventActorAsMention(deed.target, roles.sources[0])];
  }
  // "kündigte an, 700 zusätzliche Soldaten in die Region zu verlegen": the forces a deployment moves are its object, not its
  // target, when coreference only guessed their country
  if (trig.code.startsWith('15') && trig.withIndex !== undefined) {
    const w = trig.withIndex;
    // (and those listed with them: "send police and troops")
    roles.targets = roles.targets.filter((m) => !(m.tokenEnd >= w - 3 && m.tokenStart <= w + 3 && m.kind === 'agent' && m.rule.includes('→focus:')));
  }
  // "Suu Kyis Partei forderte die Freilassung aller Festgenommenen", "forderte, Mursi freizulassen": a demand for a release
  // is put to whoever holds the prisoners (the latest arrest of the one named, else the latest arrest told)
  if (trig.code.startsWith('10') && roles.sources.length) {
    // (a release, not a return: "demanded Zelaya's return to office" is put to no captor)
    const releaseWord = trig.withIndex !== undefined && L.cues.raw.release_words.some((w) => tokens[trig.withIndex!].lower.startsWith(w));
    const release = trig.code.startsWith('1053') && releaseWord ? trig : triggers.find((o) => o.code.startsWith('084') && o.tokenIndex > trig.tokenEnd && o.tokenIndex - trig.tokenEnd <= 8);
    if (release) {
      const held = release === trig ? roles.targets[0] : rolesOf(sx, release).targets[0];
      const captor = latestArrest(events, held, s.index);
      if (captor?.source && !roles.sources.some((m) => m.code === captor.source!.code)) roles.targets = [eventActorAsMention(captor.source, roles.sources[0])];
      // (with no captor known, the ones to be released are not whom the demand is put to: "marched … to demand the release of
      // two aid workers")
      else if (release === trig && held) roles.targets = roles.targets.filter((m) => m !== held);
    }
  }
  // "Bei Zusammenstößen mit serbischen Demonstranten sind 30 Soldaten der KFOR verletzt worden": a clash with one side and no
  // actor of its own is between that side and the other party the clause names without a preposition
  if (trig.kind === 'noun' && trig.code.startsWith('19') && !roles.sources.length && roles.targets.length && trig.targetPreps.includes('mit')) {
    const withSide = groups.find((g) => g.members.includes(roles.targets[0]));
    const other = withSide?.prep === 'mit' ? groups.find((g) => g !== withSide && g.prep === null && !g.modifier && g.tokenStart > trig.tokenEnd
      && clauseOf[g.tokenStart] === clauseOf[trig.tokenIndex] && g.members.every((m) => m.code.slice(0, 3) !== roles.targets[0].code.slice(0, 3))) : undefined;
    if (other) { roles.sources = roles.targets; roles.targets = other.members; }
  }
  // "es setze seine Arbeit im Land vorerst aus", "suspended its operations in the country": aid given or stopped "in the
  // country" is for the country the story is about
  if (!roles.targets.length && roles.sources.length && /^(07|16)/.test(trig.code) && inTheCountry(trig, sx, L)) {
    const home = coref.topicMention();
    if (home && !roles.sources.some((m) => m.code.slice(0, 3) === home.code.slice(0, 3))) roles.targets = [{ ...home, code: home.code.slice(0, 3), rule: `topic:${home.rule}` }];
  }
  // "Armenien verhängte das Kriegsrecht und ordnete eine Generalmobilmachung an": the object of a second verb joined by "und"
  // has the subject the first one has
  if (trig.kind === 'noun' && !roles.sources.length) {
    const first = coordinatedObjectOf(trig, sx);
    if (first) {
      const r = rolesOf(sx, first);
      if (r.sources.length && !roles.targets.some((m) => r.sources.some((x) => x.code === m.code))) roles.sources = r.sources;
    }
  }
  // "Israel hat nach dem Großangriff der Hamas … verhängt", "after the rebel attack, Chad closed its border": an attack that
  // names no victim, told as what the clause's subject acts after, was on that subject
  if (!roles.targets.length && trig.kind === 'noun' && Number(trig.code.slice(0, 2)) >= 18 && roles.sources.length) {
    const victim = actingAfter(trig, sx, roles.sources);
    if (victim) roles.targets = [{ ...victim, code: victim.code.slice(0, 3) }];
  }
  return { trig, roles, threatened, threatOver, governing, goesOn, toldBefore, namedDeed: accusedDeed !== undefined };
}

/* Module-level helpers rather than named closures per trigger: tsx keeps function names, at a cost for each closure created. */
/** Whether an earlier event was aimed at the actor `me` (of country `src3`). */
function aimedAt(e: EventRecord, me: string, src3: string): boolean {
  return Boolean(e.target && e.source && (e.target.code.slice(0, 3) === src3 && e.source.code.slice(0, 3) !== src3
    || (me.length > 3 && e.target.code === me && e.source.code !== me)));
}
/** The earlier event a definite event noun tells again: one named by the same word within six sentences, else the latest
 * of its root within two. */
function toldAgain(events: EventRecord[], trig: Trigger, sentence: number): EventRecord | undefined {
  const root = trig.code.slice(0, 2);
  const word = trig.text.toLowerCase();
  let latest: EventRecord | undefined;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (e.root !== root || e.sentence >= sentence || sentence - e.sentence > 6 || !e.source || e.status !== 'actual') continue;
    if (e.trigger.text.toLowerCase() === word) return e;
    if (!latest && sentence - e.sentence <= 2) latest = e;
  }
  return latest;
}
/** Whether the trigger's clause says "im Land", "in the country" (the cue `in_country`). */
function inTheCountry(trig: Trigger, sx: SentenceContext, L: LangLexicon): boolean {
  const { tokens, clauseOf } = sx;
  const c = clauseOf[trig.tokenIndex];
  const ix = L.cues.inCountry;
  for (let j = 0; j < tokens.length; j++) if (clauseOf[j] === c && ix.startsAt(tokens, j) && ix.matchAt(tokens, j).length) return true;
  return false;
}
/** The latest arrest or detention (17x) within six sentences: of the person or body `held` names when given and found, else any. */
function latestArrest(events: EventRecord[], held: ActorMention | undefined, sentence: number): EventRecord | undefined {
  let any: EventRecord | undefined;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (sentence - e.sentence > 6) break;
    if (!/^17[23]/.test(e.code) || !e.source || (e.status !== 'actual' && e.status !== 'alleged')) continue;
    if (held && e.target?.code === held.code && (e.target.id ?? null) === held.id) return e;
    any ??= e;
  }
  return any;
}
/** The act a claim of responsibility names: told before by the same word within six sentences ("reklamierte den Angriff"), else
 * the latest act of force of the last two sentences ("claimed responsibility for the attack", "for the bombing"). */
function claimedDeed(events: EventRecord[], claim: Trigger, tokens: Token[], sentence: number): EventRecord | undefined {
  const words = new Set<string>();
  for (let j = claim.tokenEnd + 1; j < Math.min(tokens.length, claim.tokenEnd + 8); j++) words.add(tokens[j].lower);
  if (claim.withIndex !== undefined) words.add(tokens[claim.withIndex].lower);
  let latest: EventRecord | undefined;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (Number(e.root) < 18 || e.sentence >= sentence || sentence - e.sentence > 6 || e.status !== 'actual') continue;
    if (words.has(e.trigger.text.toLowerCase())) return e;
    if (!latest && sentence - e.sentence <= 2) latest = e;
  }
  return latest;
}
/** The latest coercion or force done to the very person or body `patient` names, within eight sentences. */
function lastForceOn(events: EventRecord[], patient: ActorMention, sentence: number): EventRecord | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (Number(e.root) >= 17 && e.source && e.target?.code === patient.code && (e.target.id ?? null) === patient.id && sentence - e.sentence <= 8) return e;
  }
  return undefined;
}
/** The actor that opens the clause a verb's "that" (or "dass") introduces right after it: "warned that Turkey could …". */
function thatClauseSubject(trig: Trigger, sx: SentenceContext): ActorMention | undefined {
  const { tokens, clauseOf, clauses, mentions } = sx;
  const j = trig.tokenEnd + 1 + (tokens[trig.tokenEnd + 1]?.text === ',' ? 1 : 0);
  if (!/^(that|dass)$/.test(tokens[j]?.lower ?? '') || clauses[clauseOf[j]].openerToken !== j) return undefined;
  // the clause's subject: the actor right after "that", or after an article or possessive ("that his fighters")
  const next = tokens[j + 1]?.lower ?? '';
  const at = /^(the|his|her|its|their|der|die|das|seine|ihre)$/.test(next) ? j + 2 : j + 1;
  return mentions.find((m) => (m.tokenStart === at || m.tokenStart === j + 1) && /^[A-Z]{3}/.test(m.code));
}
/** A visit (042) or hosting (043) in the last two sentences with `me` as visitor or host. */
function visitOf(events: EventRecord[], me: string, sentence: number): EventRecord | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (isVisitCode(e.code) && sentence - e.sentence <= 2 && e.source && e.target && (e.source.code === me || e.target.code === me)) return e;
  }
  return undefined;
}
/** The verb trigger before "und"/"and" + verb + article + this noun, in the same clause ("verhängte das Kriegsrecht und ordnete eine
 * Generalmobilmachung an", "declared martial law and ordered a general mobilization"). */
function coordinatedObjectOf(trig: Trigger, sx: SentenceContext): Trigger | undefined {
  const { tokens, triggers, clauseOf, L } = sx;
  const i = trig.tokenIndex;
  if (!/^(der|die|das|den|dem|ein|eine|einen|einer|the|a|an)$/.test(tokens[i - 1]?.lower ?? '') || !/^(und|and)$/.test(tokens[i - 3]?.lower ?? '')) return undefined;
  const verb = tokens[i - 2];
  if (!verb || verb.kind !== 'word' || (L.lang === 'de' && /^\p{Lu}/u.test(verb.text)) || sx.triggerTokens.has(i - 2)) return undefined;
  return triggers.findLast((o) => o.kind === 'verb' && o.tokenEnd < i - 3 && clauseOf[o.tokenIndex] === clauseOf[i]);
}
/** The index of the word that puts an event noun in a phrase "nach dem …"/"after the …" (the cue `after_words`), else -1. */
function afterPhrase(trig: Trigger, tokens: Token[], L: LangLexicon): number {
  const k = /^(dem|the|den)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? '') ? trig.tokenIndex - 2 : trig.tokenIndex - 1;
  return k >= 0 && L.cues.raw.after_words.includes(tokens[k].lower) ? k : -1;
}
/** The subject of the clause an event noun after "nach dem"/"after the" sits in: a country-level actor named before the
 * phrase with no preposition, of another country than the noun's actors. */
function actingAfter(trig: Trigger, sx: SentenceContext, sources: ActorMention[]): ActorMention | undefined {
  const { tokens, mentions, clauseOf, L } = sx;
  const k = afterPhrase(trig, tokens, L);
  if (k < 0) return undefined;
  const own = new Set(sources.map((m) => m.code.slice(0, 3)));
  return mentions.find((m) => m.tokenEnd < k && clauseOf[m.tokenStart] === clauseOf[trig.tokenIndex] && !m.modifier && /^[A-Z]{3}/.test(m.code)
    && !own.has(m.code.slice(0, 3)) && !isCollective(m.code) && !L.cues.prepositions.has(tokens[m.tokenStart - 1]?.lower ?? ''));
}
/** The latest force (17–20) by police or soldiers on a country's people in this sentence or the one before. */
function forceAgainst(events: EventRecord[], country: string, sentence: number): EventRecord | undefined {
  for (let k = events.length - 1; k >= 0 && sentence - events[k].sentence <= 1; k--) {
    const e = events[k];
    if (Number(e.root) >= 17 && e.source && /^[A-Z]{3}(COP|MIL)$/.test(e.source.code) && e.target?.code.slice(0, 3) === country && e.source.code.slice(0, 3) === country) return e;
  }
  return undefined;
}
/** Whether an event happened (actual or alleged, not only called for) and is the kind of act a reaction answers. */
function happenedAct(e: EventRecord, act: Trigger | undefined, sentence: number): boolean {
  return Number(e.root) >= 14 && (!act || e.root === act.code.slice(0, 2) || Number(e.root) >= 17) && sentence - e.sentence <= 6 && (e.status === 'actual' || e.status === 'alleged');
}
/** The latest event a reaction answers: (the act named by the same word first: "verurteilten den Angriff" is the "Angriff"
 * told before, not a later offensive). */
function answeredAct(events: EventRecord[], act: Trigger | undefined, sentence: number): EventRecord | undefined {
  let latest: EventRecord | undefined;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (!happenedAct(e, act, sentence)) continue;
    if (!act || e.trigger.text.toLowerCase() === act.text.toLowerCase()) return e;
    latest ??= e;
  }
  return latest;
}
/** Forces with a country from coreference just after another trigger of sending: what that trigger sends. */
function sentBy(t: ActorMention, trig: Trigger, triggers: Trigger[]): Trigger | undefined {
  return t.kind === 'agent' && /(MIL|PKO)$/.test(t.code) && t.rule.includes('→')
    ? triggers.find((o) => o !== trig && SENDING_ROOTS.has(o.code.slice(0, 2)) && t.tokenStart > o.tokenEnd && t.tokenStart <= o.tokenEnd + 4) : undefined;
}

/** Pairs, curfews, blockades, participle clauses, and the targets of reactions, denials and rejections. */
function reactionRoles(dx: DocState, sx: SentenceContext, ts: TriggerState): void {
  const { events } = dx;
  const { triggers, tokens, clauseOf, L, lang, sentence: s } = sx;
  let { trig } = ts;
  const { roles } = ts;
  // a reciprocal act pairs the members of its own clause's subject, not an inherited one
  if (roles.sources.length > 1 && clauseOf[roles.sources[0].tokenStart] === clauseOf[trig.tokenIndex]) pairWithinGroup(trig, roles, tokens);
  // curfews, bans and states of emergency (172x) are imposed by a government on its own country
  if (!roles.targets.length && roles.sources.length && trig.code.startsWith('172')) {
    const src = roles.sources[0];
    const country = src.code.slice(0, 3);
    if (/^[A-Z]{3}$/.test(src.code) && (src.kind === 'country' || src.kind === 'capital')) roles.sources = [{ ...src, code: country + 'GOV' }];
    if (!isCollective(country)) roles.targets = [{ ...src, code: country }];
  }
  // a blockade by soldiers or police is force (191), not a protest (144)
  if (trig.code.startsWith('144') && roles.sources.length && /^(MIL|COP|SPY)/.test(roles.sources[0].code.slice(3))) trig = { ...trig, code: '191' };
  // a protest a government or an intergovernmental body makes is an official complaint (114), no demonstration: "Russia protested
  // against the deployment", "Die UN reagierten mit Protesten"
  // (so does a country protesting to another: "Japan will protest to China"; people protest at home, "In Ungarn protestierten …")
  if ((trig.code === '140' || trig.code === '141') && roles.sources.length && roles.targets.length
    && roles.sources.every((m) => OFFICIAL.test(m.code) || (m.code.length === 3 && m.kind === 'country' && !isCollective(m.code)
      && roles.targets.every((t) => /^[A-Z]{3}/.test(t.code) && t.code.slice(0, 3) !== m.code && !isCollective(t.code))))) trig = { ...trig, code: '114' };
  // and "strikes" launched by armed forces or insurgents are attacks, no labour dispute: "Insurgents launched strikes on Saturday at …"
  if (trig.code === '143' && roles.sources.length && roles.sources.every((m) => ARMED.test(m.code))) trig = { ...trig, code: '190' };
  // killing or attacking done by a suicide bomber is a suicide bombing (1831), whatever the verb: "Suicide bomber kills at least 10"
  if (/^(180|190|1823|193)$/.test(trig.code) && roles.sources.length && roles.sources.every((m) => SUICIDE_BOMBER.test(m.rule))) trig = { ...trig, code: '1831' };
  // and an attack by protesters, rioters or villagers is a violent protest (145): "protesters attacked the embassies"
  if ((trig.code === '180' || trig.code === '190') && roles.sources.length && roles.targets.length && roles.sources.every((m) => PROTESTERS.test(m.rule) && !/(COP|MIL)$/.test(m.code))) trig = { ...trig, code: '145' };
  // an arrest or detention by rebels, militants, criminals or kidnappers is an abduction (181): only a state arrests
  // ("An Australian journalist was seized by militants", "Rebellen nahmen zwei Soldaten fest")
  // capturing a person is taking them prisoner, no conquest (192): "Iraqi troops captured a lieutenant of Zarqawi"
  if (trig.code === '192' && roles.targets.length && roles.targets.every((m) => m.kind === 'person')) trig = { ...trig, code: '173' };
  if (trig.code === '173' && roles.sources.length && roles.sources.every((m) => NON_STATE_CAPTORS.test(m.code))) trig = { ...trig, code: '181' };
  // ", setting fire to parts of the buildings": an English participle clause with no object of its own acts on the main verb's
  if (!roles.targets.length && isEnglishIng(trig, tokens, lang) && tokens[trig.tokenIndex - 1]?.text === ',') {
    const main = triggers.findLast((o) => o.kind === 'verb' && o.tokenIndex < trig.tokenIndex && clauseOf[o.tokenIndex] < clauseOf[trig.tokenIndex]);
    if (main) roles.targets = rolesOf(sx, main).targets;
  }
  // "condemned the attack", "claimed responsibility for the bombing": a reaction to an earlier act is aimed at its actor
  // (a claim of responsibility at its victim): that act's own actor in this sentence, else the latest such act before
  if (roles.sources.length && REACTION.test(trig.code)) {
    // the act is the object in the reaction's own clause: after the verb, or in German also before a verb-final one
    const act = triggers.find((n) => n.kind === 'noun' && Number(n.code.slice(0, 2)) >= 14 && clauseOf[n.tokenIndex] === clauseOf[trig.tokenIndex]
      && ((n.tokenIndex > trig.tokenEnd && n.tokenIndex <= trig.tokenEnd + 5) || (lang === 'de' && n.tokenIndex < trig.tokenIndex && n.tokenIndex >= trig.tokenIndex - 6)));
    const claim = trig.code.startsWith('015');
    const src3 = roles.sources[0].code.slice(0, 3);
    // "condemned reported military actions by Rwanda in the DRC": the act's named actor, over any other object
    // (never one of those who react: "Russia and the United States condemned the attack")
    const reacting = new Set(roles.sources.map((m) => m.code.slice(0, 3)));
    const own = act && !claim ? rolesOf(sx, act).sources.filter((m) => !reacting.has(m.code.slice(0, 3))) : [];
    if (own.length && roles.targets.length && !roles.targets.some((t) => own.some((o) => o.code === t.code))) roles.targets = [own[0]];
    // "bezeichnete das Vorgehen als Selbstverteidigung", "condemned the move": a word for any act stands for the latest one
    const anyAct = !act && !roles.targets.length && tokens.some((t, j) => L.cues.actWords.has(t.lower) && clauseOf[j] === clauseOf[trig.tokenIndex]
      && ((j > trig.tokenEnd && j <= trig.tokenEnd + 5) || (lang === 'de' && j < trig.tokenIndex && j >= trig.tokenIndex - 6)));
    if ((act || anyAct) && !roles.targets.length) {
      // (an act that happened, not one only called for or threatened)
      const prev = answeredAct(events, act, s.index);
      const ref = own[0]
        ?? (prev && (claim ? prev.target : prev.source) ? eventActorAsMention(claim ? prev.target! : prev.source!, roles.sources[0]) : undefined);
      // (the state itself when the act abroad was its army's or government's: "Die Arabische Liga verurteilte den Einmarsch"
      // names no army — the target is the country, as a target named as a state is)
      // (at home a state's bodies stay apart: "condemned the coup" is aimed at the army that took power)
      const abroad = prev?.target && prev.source && prev.target.code.slice(0, 3) !== prev.source.code.slice(0, 3);
      if (ref && !reacting.has(ref.code.slice(0, 3))) roles.targets = [ref === own[0] || !abroad ? ref : asStateTarget(ref)];
    }
  }
  // "Die TPLF wies die Vorwürfe zurück", "a charge Kigali has denied": a denial answers the latest accuser of the one who denies
  // "Das Außenministerium lehnte dies ab": a rejection answers the latest demand, proposal or accusation made to the one who rejects
  if (!roles.targets.length && roles.sources.length && (trig.code.startsWith('016') || trig.code.startsWith('12'))) {
    const me = roles.sources[0].code;
    const src3 = me.slice(0, 3);
    const answered = trig.code.startsWith('016') ? ANSWERED_BY_DENIAL : ANSWERED_BY_REJECTION;
    // (at home the two sides share the country and differ in role: "Die Regierung warf der TPLF … vor" … "Die TPLF wies die Vorwürfe zurück")
    const acc = events.findLast((e) => answered.has(e.root) && aimedAt(e, me, src3) && s.index - e.sentence <= (e.root === '11' ? 6 : 2));
    if (acc?.source) roles.targets = [eventActorAsMention(acc.source, roles.sources[0])];
    // "Former president Alvaro Uribe rejected the deal": a rejected deal, plan or offer is the one who made it
    else if (trig.code.startsWith('12') && clauseOf.some((c, j) => c === clauseOf[trig.tokenIndex] && j > trig.tokenIndex && DEAL_WORDS.test(tokens[j].lower))) {
      const deal = events.findLast((e) => /^(03|05|06|07|08)$/.test(e.root) && e.source && e.source.code !== me && s.index - e.sentence <= 3);
      if (deal?.source) roles.targets = [eventActorAsMention(deal.source, roles.sources[0])];
    }
  }
  ts.trig = trig;
}

/** Forces sent and their destination, conditions, resolutions, and force aimed at the place where it happens. */
function destinationRoles(dx: DocState, sx: SentenceContext, ts: TriggerState): void {
  const { coref } = dx;
  const { triggers, tokens, clauses, clauseOf, L, mentions, skipPlace } = sx;
  const { trig } = ts;
  const { roles, threatened } = ts;
  // "declined to send ground troops to Liberia", "ruled out sending its own troops": forces named with no nationality just
  // after a verb of sending are what would be sent, the source's own, not the target of the refusal (the destination is)
  if (roles.sources.length && roles.targets.length && !SENDING_ROOTS.has(trig.code.slice(0, 2))) {
    if (roles.targets.some((t) => sentBy(t, trig, triggers))) {
      const after = roles.targets.filter((t) => sentBy(t, trig, triggers)).reduce((a, t) => Math.max(a, t.tokenEnd), 0);
      const dest = mentions.find((m) => m.tokenStart > after && m.tokenStart <= after + 3 && /^[A-Z]{3}/.test(m.code) && DESTINATION_PREPS.has(tokens[m.tokenStart - 1]?.lower ?? ''));
      roles.targets = roles.targets.filter((t) => !sentBy(t, trig, triggers));
      if (!roles.targets.length && dest) roles.targets = [dest];
    }
  }
  // "is sending 600 marines to the Philippines": the forces or goods sent are the sender's own, the destination is the target
  // (also envoys recalled or expelled: "recalled its ambassador to the Netherlands", "rief ihren Botschafter aus Frankreich zurück")
  const envoy = trig.code.startsWith('16') && roles.targets.length > 0;
  const senders = new Set(roles.sources.map((m) => m.code.slice(0, 3)));
  // (an organisation's forces come from its members: "ECOWAS would deploy an advance force of Nigerian peacekeepers" sends, it does not target Nigeria)
  const forcesSent = roles.targets.length > 0 && roles.sources.every((m) => isCollective(m.code)) && roles.targets.every((t) => /(MIL|PKO)$/.test(t.code));
  if (roles.sources.length && (SENDING_ROOTS.has(trig.code.slice(0, 2)) || envoy) && (forcesSent || roles.targets.every((t) => senders.has(t.code.slice(0, 3))))) {
    const sent = new Set(forcesSent ? roles.targets.map((t) => t.code.slice(0, 3)) : []);
    const dest = mentions.find((m) => m.tokenStart > trig.tokenEnd && /^[A-Z]{3}/.test(m.code) && !senders.has(m.code.slice(0, 3)) && !sent.has(m.code.slice(0, 3)) && DESTINATION_PREPS.has(tokens[m.tokenStart - 1]?.lower ?? ''))
      ?? (() => { const p = findPlace(trig, tokens, L, clauses, clauseOf, skipPlace); return p?.country && !senders.has(p.country) ? placeMention(p, tokens, roles.sources[0]) : undefined; })()
      ?? (forcesSent ? (() => { const h = coref.clearTopic(); return h && !sent.has(h.code.slice(0, 3)) ? { ...h, code: h.code.slice(0, 3), rule: `topic:${h.rule}` } : undefined; })() : undefined);
    if (dest || !envoy) roles.targets = dest ? [dest] : forcesSent ? roles.targets : [];
  }
  // "droht mit Sanktionen, falls Khartum nicht handelt", "… unless Kenyan troops withdrew": the one the condition is put to
  // (so is the other side of a conditional offer: "prepared to halt operations if rebels withdraw")
  if (!roles.targets.length && roles.sources.length && CONDITIONAL_ROOTS.has(trig.code.slice(0, 2))) {
    const j = tokens.findIndex((t, k) => k > trig.tokenEnd && CONDITION_WORDS.has(t.lower));
    const src3 = roles.sources[0].code.slice(0, 3);
    // (within the condition's own clause: not "… if the crackdown continued, while China called for restraint")
    const m = j < 0 ? undefined : mentions.find((x) => x.tokenStart > j && x.tokenStart <= j + 6 && clauseOf[x.tokenStart] === clauseOf[j] && /^[A-Z]{3}/.test(x.code) && x.code.slice(0, 3) !== src3);
    if (m) roles.targets = [m];
  }
  // "stimmte der Resolution zu", "vetoed a resolution": a resolution is the United Nations' when the story has named them
  if (!roles.targets.length && roles.sources.length && !roles.sources.some((m) => m.code.startsWith('UNO'))
    && tokens.some((t, j) => clauseOf[j] === clauseOf[trig.tokenIndex] && RESOLUTION.test(t.lower))) {
    const un = coref.latest((x) => x.code.startsWith('UNO'));
    if (un) roles.targets = [{ ...un, code: 'UNO' }];
  }
  // force without a named victim is aimed at the country where it happens ("blocked roads in Gaza", "bombs in Spain");
  // a state's own forces acting at home act against their country's people
  // (so is a search by police or troops: "Polizisten durchsuchten eine Discothek in Wiesloch")
  const search = trig.code === '091' && ARMED_ROLES.test(roles.sources[0]?.code.slice(3) ?? '');
  if (!roles.targets.length && roles.sources.length && (PLACE_TARGET_ROOTS.has(trig.code.slice(0, 2)) || search)) {
    // a threat happens where the threatened act would
    const p = findPlace(threatened ?? trig, tokens, L, clauses, clauseOf, skipPlace)
      ?? (Number(trig.code.slice(0, 2)) >= 18 ? objectPlace(trig, tokens, L, clauseOf, skipPlace) : null);
    const src = roles.sources[0];
    const home = p?.country === src.code.slice(0, 3);
    if (p?.country && /^[A-Z]{3}$/.test(p.country) && (!home || (ARMED_ROLES.test(src.code.slice(3)) && (Number((threatened ?? trig).code.slice(0, 2)) >= 17 || search)))) {
      roles.targets = [placeMention(p, tokens, src)];
    }
  }
}

/** A target from the country in focus, and the army as the source of force against its own rebels. */
function focusRoles(dx: DocState, sx: SentenceContext, ts: TriggerState): void {
  const { coref } = dx;
  const { tokens, clauses, clauseOf, mentions, sentence: s } = sx;
  const { trig } = ts;
  const { roles, threatened } = ts;
  // a demand, accusation or use of force with an object that names no actor is aimed at the country in focus
  // (so is a threat to do what names no pattern: "threatened to sell the schoolgirls", "drohte mit der härtesten Reaktion")
  const threatOfDeed = trig.code.startsWith('13') && trig.kind === 'verb' && /^(to|mit|damit)$/.test(tokens[trig.tokenEnd + 1]?.lower ?? '');
  if (!roles.targets.length && roles.sources.length && (threatened || threatOfDeed || (!mayLackTarget(trig) && FOCUS_TARGET_ROOTS.has(trig.code.slice(0, 2))))) {
    // (none of the actors themselves: "Russia and the United States condemned the attack")
    // (an insurgent's or militia's force, though, is aimed at its own country when that is the topic: "Die Jihadisten haben die Hafenstadt … gebracht")
    const src0 = roles.sources[0];
    // (an actor whose country was itself only guessed from the focus does not count)
    const insurgent = Number(trig.code.slice(0, 2)) >= 17 && /^[A-Z]{3}(REB|INS|SEP|UAF)$/.test(src0.code) && roles.sources.length === 1 && !src0.rule.includes('focus:');
    // (so is the force of a country's police: "police used tear gas to drive them back")
    const police = Number(trig.code.slice(0, 2)) >= 17 && roles.sources.length === 1 && /^[A-Z]{3}COP$/.test(src0.code) && !isCollective(src0.code);
    // (in a story with no country in view yet, the insurgents' own: "Chechen rebels seized the town of Argun")
    const home = insurgent ? coref.topicCountry() ?? src0.code.slice(0, 3) : police ? src0.code.slice(0, 3) : undefined;
    // (and the demands and complaints of a country's opposition, people, students or workers are put to its own government:
    // "Suu Kyis Partei forderte die sofortige Freilassung aller Festgenommenen")
    // (so are the demands of its soldiers: "Mutinous soldiers demanding pay for peacekeeping duty abroad")
    const domestic = roles.sources.length === 1 && !isCollective(src0.code) && (/^(10|11)$/.test(trig.code.slice(0, 2)) && /^[A-Z]{3}(OPP|CVL|EDU|LAB)$/.test(src0.code)
      || (trig.code.startsWith('10') && /^[A-Z]{3}MIL$/.test(src0.code)));
    // (a state's forces using force at home in a story of its armed conflict fight the other side named last:
    // "die Armee habe eine Offensive zur Rückeroberung der Stadt begonnen" after "Islamistische Aufständische …")
    const rebels = Number(trig.code.slice(0, 2)) >= 18 && roles.sources.length === 1 && /^[A-Z]{3}(MIL|COP)$/.test(src0.code) && src0.code.slice(0, 3) === coref.topicCountry()
      ? coref.latestOtherSide(src0.code) : undefined;
    if (domestic) roles.targets = [ownGovernment(src0)];
    else if (rebels && /(REB|INS|SEP)$/.test(rebels.code)) roles.targets = [{ ...rebels, rule: `other-side:${rebels.rule}` }];
    else {
      // (nor where someone came from: "returned home from Britain to help broker an end to the fighting")
      // (a demand, accusation or rejection is not aimed at a place named as where something happened: "Nach den Anschlägen in
      // Paris … fordert Wolff")
      const verbal = VERBAL_ROOTS.has(trig.code.slice(0, 2));
      const f = home === src0.code.slice(0, 3) ? { ...src0, code: home } : coref.focusOtherThan(new Set(roles.sources.map((m) => m.code.slice(0, 3))), (x) => laterClause(x, s.index, trig, clauses, clauseOf) || sx.relatives.includes(x)
        || (x.sentence === s.index && ORIGIN_PREPS.has(tokens[x.tokenStart - 1]?.lower ?? ''))
        || (verbal && coref.isLocative(x)));
      if (f) roles.targets = [{ ...f, code: f.code.slice(0, 3) }];
    }
  }
  // an offensive, an attack or arrests with no actor named, aimed at a country's own rebels or insurgents, are its army's
  // ("nach Beginn einer Offensive gegen die Rebellen", "rebels were killed in fighting")
  if (!roles.sources.length && Number(trig.code.slice(0, 2)) >= 17 && roles.targets.length) {
    const c = roles.targets[0].code.slice(0, 3);
    // (unless the sentence names another country, whose actor the roles may have missed: "sein Land befinde sich im Krieg mit …")
    // (or names one right after the trigger: "Militants Killed in Israeli Raid")
    const foreign = mentions.some((m) => /^[A-Z]{3}/.test(m.code) && m.code.slice(0, 3) !== c
      && ((!m.modifier && m.tokenEnd < trig.tokenIndex) || (m.tokenStart > trig.tokenEnd && m.tokenStart <= trig.tokenEnd + 4)));
    if (!foreign && !isCollective(c) && roles.targets.every((m) => m.code.slice(0, 3) === c && /^[A-Z]{3}(REB|INS|SEP)$/.test(m.code))) {
      roles.sources = [{ ...roles.targets[0], code: c + 'MIL', id: null, kind: 'description', rule: `state-against-rebels.${trig.code}` }];
    }
  }
}

/** demands, disapproval and rejections: acts of words, aimed at actors rather than places */
const VERBAL_ROOTS = new Set(['10', '11', '12']);

/** conjunctions of time before an English "-ing" form whose subject is the main clause's */
const ADVERBIAL_ING = new Set(['before', 'after', 'while', 'since', 'upon', 'without', 'when']);

/** participles that make the noun before them a suspect of the deed an "of" gerund after them names */
const SUSPICION_PARTICIPLES = new Set(['suspected', 'accused', 'charged', 'convicted', 'indicted', 'alleged']);

/** a number word that counts a crowd on its own ("Thousands", "Zehntausende") */
const CROWD_COUNT = /^(hundreds|thousands|tens of thousands|dozens|hunderte|tausende|zehntausende|hunderttausende|dutzende)$/;

/** Whether the trigger makes an event (with what the roles still take from the story first). */
function keepsEvent(dx: DocState, sx: SentenceContext, ts: TriggerState): boolean {
  const { coref } = dx;
  const { tokens, clauseOf, mentions } = sx;
  const { trig } = ts;
  const { roles, threatened } = ts;
  // "kam es zu Demonstrationen gegen die Regierung von Präsident Saakaschwili", "protests against the government": protests that
  // name no protester, against a government, are its people's
  // (so do "Thousands protest in Manila against President Arroyo", "Zehntausende demonstrierten gegen die Regierung": a crowd
  // counted by a number word only)
  if (!roles.sources.length && (trig.kind === 'noun' || CROWD_COUNT.test(tokens[trig.tokenIndex - 1]?.lower ?? '')) && trig.code.startsWith('14') && roles.targets.length === 1 && /^[A-Z]{3}(GOV|LEG)$/.test(roles.targets[0].code) && !isCollective(roles.targets[0].code)) {
    roles.sources = [{ ...roles.targets[0], code: roles.targets[0].code.slice(0, 3), id: null, kind: 'agent', rule: `${roles.targets[0].rule}→people` }];
  }
  if (!roles.sources.length) return false;
  // "detonated a car bomb …, killing nine people": an English participle clause of killing or wounding after a bombing in the
  // clause before tells that act's toll, no second event
  if (isTollOf(trig, sx)) return false;
  // "Die Polizei vereitelte einen Anschlag", "the foiled attack", "hat den Anschlag verhindert": a deed that was prevented did
  // not happen, and whoever prevented it did not do it
  // (one whose actor the noun itself names is hypothetical: "talks to avert a military assault")
  if (trig.kind === 'noun') {
    const v = preventedAt(trig, tokens, sx.L);
    if (v >= 0) {
      if (!roles.sources.every((m) => (m.tokenStart > v && m.tokenEnd < trig.tokenIndex) || m.tokenStart > trig.tokenEnd)) return false;
      ts.prevented = true;
    }
  }
  // "threatened to kill a British hostage", "drohte mit Luftschlägen": the threat is the event (CAMEO 13x); the act it
  // threatens has not happened and is not coded on its own
  if (ts.threatOver) return false;
  // civilians travelling ("211 Passagiere flogen nach Bangkok") make no visit; police or soldiers guarding a demonstration do not protest
  // (nor do cheering crowds host one: "was greeted by cheering crowds")
  if (isVisitCode(trig.code) && roles.sources.every((m) => m.code.endsWith('CVL') || m.code.endsWith('REF') || PROTESTERS.test(m.rule) || /^(en|de)\.agent\.(crowd|menge|menschen|people|civilian|zivilist|bürger|resident|einwohner)/i.test(m.rule))) return false;
  if (trig.code.startsWith('14') && trig.kind === 'noun' && roles.sources.every((m) => /(COP|MIL)$/.test(m.code))) return false;
  // "Musharraf war nach heftigen Unruhen wieder gewählt worden": protests a clause about a government or a parliament names are
  // its people's, aimed at it (the source it has from the clause is where they are aimed)
  if (trig.code.startsWith('14') && trig.kind === 'noun' && !roles.targets.length && roles.sources.length
    && roles.sources.every((m) => /^[A-Z]{3}(GOV|LEG|JUD)$/.test(m.code) && m.tokenEnd < trig.tokenIndex - 1 && !isCollective(m.code))) {
    roles.targets = roles.sources;
    roles.sources = [{ ...roles.sources[0], code: roles.sources[0].code.slice(0, 3), rule: `${roles.sources[0].rule}→people` }];
  }
  // what a newspaper, broadcaster or news agency says is its reporting ("Die Medien sprechen von …", "Reuters said"): the
  // attribution of what it tells, not a statement of its own
  if (trig.code.startsWith('01') && roles.sources.every((m) => m.code.endsWith('MED'))) return false;
  // a riot with no target named answers the police or soldiers who just used force on the rioters' side ("Die Beamten setzten
  // Tränengas ein, die Demonstranten warfen Brandsätze", "police fired tear gas and protesters threw stones")
  if (!roles.targets.length && trig.code.startsWith('145') && roles.sources.length === 1) {
    const force = forceAgainst(dx.events, roles.sources[0].code.slice(0, 3), sx.sentence.index);
    if (force?.source) roles.targets = [eventActorAsMention(force.source, roles.sources[0])];
  }
  // a protest by a country's people, opposition, students or workers with no target named is aimed at its government
  if (!roles.targets.length && trig.code.startsWith('14') && roles.sources.length === 1) {
    const src = roles.sources[0];
    if (/^[A-Z]{3}(CVL|OPP|EDU|LAB|REL|AGR|HLH|MED)?$/.test(src.code) && !isCollective(src.code) && (src.kind !== 'country' || src.modifier)) {
      roles.targets = [ownGovernment(src)];
    }
  }
  // an agreement or cooperation of a visitor or a host that names no partner is with the other side of the visit told just
  // before ("Putin is making a visit to Turkey … Putin is expected to sign several economic cooperation agreements")
  if (!roles.targets.length && roles.sources.length === 1 && /^0[3-6]/.test(trig.code) && !/^04[234]/.test(trig.code)) {
    const me = roles.sources[0].code;
    const visit = visitOf(dx.events, me, sx.sentence.index);
    if (visit?.source && visit.target) {
      const other = visit.source.code === me ? visit.target : visit.source;
      if (other.code.slice(0, 3) !== me.slice(0, 3)) roles.targets = [eventActorAsMention(other, roles.sources[0])];
    }
  }
  // "warned that Turkey could not join the bloc if …": a warning or threat with a that-clause is aimed at the clause's subject;
  // one about the speaker's own side ("warned that his fighters would resist", "that security forces would act") has no target
  if (!roles.targets.length && trig.code.startsWith('13') && trig.kind === 'verb') {
    const subject = thatClauseSubject(trig, sx);
    // (a subject named, not one whose country coreference guessed: "warned that companies would …")
    if (subject && !subject.rule.includes('→') && !roles.sources.some((m) => m.code.slice(0, 3) === subject.code.slice(0, 3))) roles.targets = [{ ...subject, code: subject.code.slice(0, 3) }];
    // (only a warning about the speaker's own forces: "the government could decide …" or "US deficits" are no threat)
    else if (subject && ARMED_ROLES.test(subject.code.slice(3))) ts.ownWarning = true;
  }
  // "Die TPLF … erklärte, sie werde sich gegen jeden Angriff verteidigen": a threat of force with no one named, by one side of a
  // conflict at home, is aimed at the other side named last
  if (!roles.targets.length && trig.code.startsWith('138') && roles.sources.length === 1) {
    const src = roles.sources[0];
    const other = coref.latestOtherSide(src.code);
    if (other) roles.targets = [{ ...other, rule: `other-side:${other.rule}` }];
    // (with no other side named, rebels threaten their own country: "the Basque separatist group ETA threatened to set off bombs")
    else if (/^[A-Z]{3}(REB|INS|SEP)$/.test(src.code) && !isCollective(src.code)) roles.targets = [{ ...src, code: src.code.slice(0, 3), rule: `home:${src.rule}` }];
  }
  // "vetoed an Arab-backed resolution", "legte ein Veto gegen die Resolution ein": a veto is cast in the Security Council, against
  // its resolution, whatever the resolution is about
  if (trig.code.startsWith('129')) {
    for (let j = trig.tokenEnd + 1; j <= trig.tokenEnd + 6 && j < sx.tokens.length; j++) {
      if (!RESOLUTION.test(sx.tokens[j].lower) && !DRAFT.test(sx.tokens[j].lower)) continue;
      const un = sx.mentions.find((m) => m.code.startsWith('UNO')) ?? dx.coref.latest((x) => x.code.startsWith('UNO'));
      roles.targets = [{ ...(un ?? dummyMention(trig, sx.sentence.index)), code: 'UNO', rule: 'veto-of-resolution' }];
      break;
    }
  }
  // "rejected an attempt by the Sudanese government", "lehnte den Vorschlag der EU ab": aimed at the author of what it answers
  // (before any target named further on: "… to divide them ahead of peace talks in Nigeria")
  if (trig.kind === 'verb' && roles.targets.every((m) => m.tokenStart > trig.tokenEnd + 4)) {
    const author = objectAuthor(trig, sx);
    if (author && !roles.sources.some((m) => m.code === author.code) && roles.targets.every((m) => m.tokenStart > author.tokenEnd)) roles.targets = [author];
  }
  // an event needs a target, except where the code itself names none (statements, protests, …); decided here already
  // unless a refused yield (08) may still turn into a rejection below
  if (!roles.targets.length && !trig.code.startsWith('08') && !standsWithoutTarget(trig, ts, sx)) return false;
  // a worry or a hope about a country its own clause names is about that country ("sprach von einem Rückschlag für die Demokratie in Ägypten")
  if (!roles.targets.length && roles.sources.length && /^01[23]/.test(trig.code)) {
    const own = new Set(roles.sources.map((m) => m.code.slice(0, 3)));
    const about = mentions.find((m) => m.tokenStart > trig.tokenEnd && clauseOf[m.tokenStart] === clauseOf[trig.tokenIndex] && /^[A-Z]{3}/.test(m.code) && !own.has(m.code.slice(0, 3)) && !isCollective(m.code));
    if (about) roles.targets = [{ ...about, code: about.code.slice(0, 3) }];
  }
  // an appeal, promise, offer or concession by an actor from abroad that names no addressee is aimed at the country the
  // story is about (only an event that stands without a target anyway: the default adds no event) ("the United States offered security assistance" in a story on Ecuador, "China called for restraint")
  if (!roles.targets.length && roles.sources.length && !threatened && (COOPERATIVE_TOWARDS_TOPIC.has(trig.code.slice(0, 2)) || trig.code === '014') && (mayLackTarget(trig) || objectIsEventNoun(trig, tokens))) {
    const home = coref.clearTopic();
    const c = home?.code.slice(0, 3);
    if (home && c && roles.sources.every((m) => /^[A-Z]{3}/.test(m.code) && m.code.slice(0, 3) !== c)) roles.targets = [{ ...home, code: c, rule: `topic:${home.rule}` }];
    // at home, the other side of the country's conflict named last: the government's offer to the rebels, the rebels' truce with it
    else if (roles.sources.length === 1 && roles.sources[0].code.slice(0, 3) === coref.topicCountry()) {
      const other = coref.latestOtherSide(roles.sources[0].code);
      if (other) roles.targets = [{ ...other, rule: `other-side:${other.rule}` }];
    }
  }
  return true;
}

/**
 * "Russia rejected a US plan to send troops to Syria", "a UN resolution to punish it", "an offer by Japan to mediate", "lehnte
 * den Plan der USA ab, Truppen zu schicken": an infinitive right after a plan noun (cue `plan_nouns`; in German, the clause
 * after a comma) is what the plan puts forward, planned, by the plan's author where the text names one (an actor among the
 * words before the noun, a possessive, "by"/"from" or a genitive after it), not by whoever answers the plan; after a noun of
 * asking (cue `asking_nouns`: "a call to release", "Forderungen, … freizulassen") it is asked for and no event (as after a
 * verb of appeal). Returns false when the trigger makes no event.
 */
function proposalRoles(sx: SentenceContext, ts: TriggerState): boolean {
  const { tokens, mentions, L, lang } = sx;
  const { trig, roles } = ts;
  if (trig.kind !== 'verb') return true;
  let j: number;
  let author: ActorMention | undefined;
  // "vetoed an Arab-backed resolution demanding an end …", "a plan calling for talks": an English -ing form right after a plan
  // noun is what the plan does: its author's act, not the act of whoever answers the plan (and none when no author is named)
  const participle = lang === 'en' && tokens[trig.tokenIndex].lower.endsWith('ing') && L.cues.planNouns.has(tokens[trig.tokenIndex - 1]?.lower ?? '');
  if (participle) j = trig.tokenIndex - 1;
  else if (lang === 'en') {
    if (tokens[trig.tokenIndex - 1]?.lower !== 'to') return true;
    j = trig.tokenIndex - 2;
    // "a plan by Japan to …"
    author = mentions.find((m) => m.tokenEnd === j && isNamedActor(m) && AUTHOR_BEFORE.has(tokens[m.tokenStart - 1]?.lower ?? ''));
    if (author) j = author.tokenStart - 2;
  } else {
    // "den Plan der USA, Truppen zu schicken", "lehnte den Vorschlag ab, … zu verhängen": the noun a few words before the
    // comma that opens the infinitive's clause, its author a genitive between them
    const start = sx.clauses[sx.clauseOf[trig.tokenIndex]].start;
    if (trig.form !== 'zu-infinitive' || tokens[start - 1]?.text !== ',') return true;
    j = start - 2;
    while (j >= start - 5 && j >= 0 && !L.cues.planNouns.has(tokens[j].lower) && !L.cues.askingNouns.has(tokens[j].lower)) j--;
    author = mentions.find((m) => m.tokenStart > j && m.tokenEnd < start - 1 && isNamedActor(m) && AUTHOR_WORDS.has(tokens[m.tokenStart - 1]?.lower ?? ''))
      ?? mentions.find((m) => m.tokenStart === j + 1 && m.rule.endsWith('.genitive') && isNamedActor(m));
  }
  const noun = tokens[j]?.lower ?? '';
  if (L.cues.askingNouns.has(noun)) return false;
  const plot = L.cues.plotNouns.has(noun);
  if (!L.cues.planNouns.has(noun) && !plot) return true;
  // "Japan's plan", "a US plan", "a UN Security Council draft resolution": the actor named nearest before the noun, after its article
  for (let k = j - 1; !author && k >= Math.max(0, j - 7); k--) {
    const w = tokens[k].lower;
    if (isPossessive(tokens[k])) { author = mentions.find((m) => m.tokenEnd === k - 1 && isNamedActor(m)); break; }
    if (PLAN_DETERMINERS.has(w) || tokens[k].kind !== 'word') break;
    author = mentions.find((m) => m.tokenEnd === k && isNamedActor(m));
  }
  if (participle) {
    // (a resolution's, where the story names the United Nations, is theirs already: see initialRoles)
    if (!author) return roles.sources.some((m) => m.code.startsWith('UNO'));
  } else {
    // "has no plans to", "habe nicht die Absicht, … abzuziehen": what no plan puts forward is negated
    ts.proposed = tokens.slice(Math.max(0, j - 3), j).some((t) => NO_PLAN.has(t.lower)) ? 'negated' : 'planned';
  }
  // "Police foiled a plot to attack the embassy": a plot of no named plotter is none of whoever uncovers it
  if (plot && !author) return false;
  // "Iran would reject any proposal to halt enrichment", "Sudan accepted a plan to deploy AU troops": a plan of no named author
  // that the subject answers (rejects, accepts, discusses, criticises) is someone else's, and what it proposes no act of the subject's
  if (!author && !participle && sx.triggers.some((o) => o.kind === 'verb' && o !== trig && o.tokenIndex < j && j - o.tokenEnd <= 6 && ANSWERING_ROOTS.has(o.code.slice(0, 2)))) return false;
  // (not when a source of the author's own side names the plan: "Russia rejected a Russian plan"; rebels' plot foiled by police is theirs)
  if (author && !roles.sources.some((m) => m.code.slice(0, 3) === author.code.slice(0, 3) && !opposedAtHome(m.code, author.code))) {
    const a3 = author.code.slice(0, 3);
    roles.sources = [author];
    // (nor is another actor that qualifies the noun its target: "a US-sponsored UN draft resolution")
    let np = j - 1;
    while (np > 0 && np > j - 8 && tokens[np - 1].kind === 'word' && !PLAN_DETERMINERS.has(tokens[np - 1].lower)) np--;
    roles.targets = roles.targets.filter((m) => m.code.slice(0, 3) !== a3 && !(m.tokenStart >= np && m.tokenEnd < j));
  }
  return true;
}
const AUTHOR_BEFORE = new Set(['by', 'from']);
/** roots of answering a plan: discuss, endorse, yield to, criticise, reject */
const ANSWERING_ROOTS = new Set(['04', '05', '08', '11', '12']);
const PLAN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'any', 'no', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'eines', 'einer']);
const NO_PLAN = new Set(['no', 'not', 'never', 'nicht', 'kein', 'keine', 'keinen', 'keinerlei', 'nie']);
/** The possessive "'s" / "’s", a token of its own. */
function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && t.lower === "'s";
}
function isNamedActor(m: ActorMention): boolean {
  return /^[A-Z]{3}/.test(m.code) && m.kind !== 'pronoun';
}

/**
 * "shot down a German proposal", "lehnte den amerikanischen Vorschlag ab", "rejected Japan's plan", "den Plan der USA": a
 * country that a proposal or plan is named by, as the target of what answers it, is its government: states make proposals.
 */
function authorsAsGovernments(sx: SentenceContext, ts: TriggerState): void {
  const { tokens, L } = sx;
  const isProposal = (w: string | undefined) => w !== undefined && (L.cues.proposalNouns.has(w) || L.cues.planNouns.has(w));
  ts.roles.targets = ts.roles.targets.map((m) => {
    if (m.code.length !== 3 || isCollective(m.code) || !/^[A-Z]{3}$/.test(m.code) || ts.roles.sources.some((x) => x.code.startsWith(m.code))) return m;
    let k = m.tokenEnd + 1;
    if (isPossessive(tokens[k])) k++;
    const before = AUTHOR_WORDS.has(tokens[m.tokenStart - 1]?.lower ?? '') ? tokens[m.tokenStart - 2]?.lower : undefined;
    return isProposal(tokens[k]?.lower) || isProposal(before) ? { ...m, code: m.code + 'GOV' } : m;
  });
}

/** The events of a trigger with its final roles: status, tense, date, place and attribution. */
function pushEvents(dx: DocState, sx: SentenceContext, ts: TriggerState): void {
  const { doc, lex, published, events, seen, lastByRoot } = dx;
  const { triggers, tokens, clauses, clauseOf, L, lang, times, atts, skipPlace, sentence: s } = sx;
  let { trig } = ts;
  const { roles, threatened, governing, goesOn, toldBefore, namedDeed } = ts;
  // (the deed an accusation names as its with-word is alleged too: "warf Myanmar ethnische Säuberungen vor")
  let status = eventStatus(trig, tokens, clauses, clauseOf, L.cues, (trig.kind === 'verb' && !goesOn) || namedDeed ? governing : null, lang);
  // "sie werde sich gegen jeden Angriff verteidigen": a threat in the future tense is made when it is said
  if (status === 'planned' && trig.code.startsWith('13') && !governing) status = 'actual';
  // what an appeal or demand asks for has not happened: "urged Egypt to release Mursi", "forderte Ägypten auf, Mursi freizulassen".
  // The appeal is the event (CAMEO 02x, 10x, named for what it asks); the act asked for is none of its own
  if ((status === 'actual' || status === 'planned') && demanded(trig, triggers, tokens, lang)) return;
  if (ts.proposed && (status === 'actual' || ts.proposed === 'negated')) status = ts.proposed;
  if (ts.prevented && status !== 'negated') status = 'hypothetical';
  // "said it would widen its attacks if the bombing did not stop": an act announced on a condition is a threat, made now
  // (an act its actor announces: not a passive, "würden häufig dann angegriffen, wenn …")
  const asThreat = !threatened && !roles.passive ? conditionalThreat(trig, tokens, status) ?? ownSideCould(trig, tokens, status, roles, L, sx.mentions) : null;
  if (asThreat) { trig = { ...trig, code: asThreat }; status = 'actual'; }
  // "said he would not hand over power", "werde die Gefangenen nicht freilassen": a yield refused is a rejection (CAMEO 123x/124x)
  if (status === 'negated' && trig.code.startsWith('08') && volitionalBefore(trig, tokens)) {
    trig = { ...trig, code: refusalOf(trig.code) };
    status = 'actual';
  }
  const tense = tenseOf(trig, tokens, clauses, clauseOf, L.cues, status);
  const te = pickTime(trig, times, clauseOf, tokens);
  let date: PartialDate | null = te ? te.resolve(published, tense) : null;
  // (an event told again with no time of its own keeps the time it was told with)
  if (!te && toldBefore?.date && toldBefore.date_precision) date = { value: toldBefore.date, precision: toldBefore.date_precision };
  if (date && published && te && !/^\d{4}$/.test(te.text.trim().split(/\s+/).pop() ?? '')) date = coarsenToDoc(date, published, te);
  const place = findPlace(trig, tokens, L, clauses, clauseOf, skipPlace);
  const att = attributionFor(trig, atts, roles.sources);
  const info = lex.codes.get(trig.code);
  // an event needs a target, except where the code itself names none (statements, protests, …)
  // (nor where the pattern says its act is aimed at no one in particular: "ordnete eine Generalmobilmachung an")
  if (!roles.targets.length && !standsWithoutTarget(trig, ts, sx)) return;
  // "detained more than 7,500 soldiers, judges and police officers": a list of one country's people of different roles is
  // that country, not one event for each role
  const mixed = roles.targets.length > 1 && roles.targets.every((m) => m.kind === 'agent' && m.code.length === 6 && m.code.slice(0, 3) === roles.targets[0].code.slice(0, 3))
    && new Set(roles.targets.map((m) => m.code)).size > 1
    // (not the two sides of a conflict: "punish key government and rebel leaders" targets both)
    && new Set(roles.targets.map((m) => STATE_ROLE.test(m.code.slice(3)))).size === 1;
  const targets: (ActorMention | null)[] = mixed ? [{ ...roles.targets[0], code: roles.targets[0].code.slice(0, 3) }] : roles.targets.length ? roles.targets : [null];
  if (roles.sources[0]) lastByRoot.set(trig.code.slice(0, 2), { sentence: s.index, actor: roles.sources[0] });
  // (assault, fighting and mass violence: see rebelsAsRebels)
  const armed = Number(trig.code.slice(0, 2)) >= 18;
  for (const src of roles.sources) {
    const source = stateAsSource(src, trig.code, L, lex);
    for (const tgt of targets) {
      if (tgt && (isSameActor(src, tgt) || isSameActor(source, tgt))) continue;
      const key = `${s.index}|${trig.start}|${src.code}|${tgt?.code ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const id = sha1Hex(`${doc.id}|${key}|${trig.code}`).slice(0, 16);
      events.push({
        id, doc: doc.id, sentence: s.index, span: [s.start, s.end], evidence: s.text,
        source: sourceActor(src, source, armed), target: tgt ? eventActor(tgt, armed) : null,
        code: trig.code, root: trig.code.slice(0, 2), quad: info?.quad ?? 0, goldstein: info?.goldstein ?? 0,
        plover: info?.plover ?? null,
        trigger: { text: trig.text, span: [trig.start, trig.end], rule: trig.rule },
        status, attribution: att ? { text: att.text, code: att.code } : null,
        date: date?.value ?? null, date_precision: date?.precision ?? null, date_text: te?.text ?? null,
        place: place ? { name: place.name, country: place.country, lat: place.lat, lon: place.lon } : null,
      });
    }
  }
}

/** The SHA-1 of a string in hex: one call where Node has it (20.12 and later; a Hash object per event costs more), else through a Hash. */
const sha1Hex: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha1', s, 'hex')
  : (s) => crypto.createHash('sha1').update(s).digest('hex');

/**
 * "Sudan Rejects US-Sponsored Darfur Resolution. Sudan on Monday rejected a UN resolution …": an event of the first sentence
 * (a headline) that a later sentence tells again, with the same root and one of the same actors, is that event: the
 * body's telling, with its fuller roles and date, stands for both.
 */
function withoutRestatedHeadline(events: EventRecord[], sentences: { index: number; text: string }[]): EventRecord[] {
  if (sentences.length < 2 || !isHeadline(sentences[0].text)) return events;
  const first = sentences[0].index;
  return events.filter((e) => e.sentence !== first || !events.some((o) => o.sentence !== first && o.root === e.root
    && (country3(o.source) === country3(e.source) || (e.target && country3(o.target) === country3(e.target)))));
}
/** An event actor's country (its code's first three letters; '' for none). */
function country3(a: EventActor | null): string {
  return a?.code.slice(0, 3) ?? '';
}

/** A headline: a short first sentence in title case, or one without articles ("US vetoes Gaza resolution."). */
function isHeadline(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 14) return false;
  const long = words.filter((w) => w.length >= 4);
  const titleCase = long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75;
  const articles = words.some((w) => /^(the|a|an|der|die|das|den|dem|des|ein|eine|einen|einem|eines)$/i.test(w));
  return titleCase || !articles;
}

/**
 * A dateline or byline opening a sentence ("NEW DELHI, 7 September 2004 -", "ABUJA (Reuters) -",
 * "Reuters -", "Bamako –"): the index of its dash, or -1. Actors named there are no event parties.
 */
function datelineEnd(tokens: Token[], L: LangLexicon): number {
  // "SEOUL North Korea is …", "GAZA CITY: …": a place in capitals opening the sentence, with no dash
  let caps = 0;
  while (caps < tokens.length && caps < 4 && tokens[caps].kind === 'word' && tokens[caps].text.length >= 3 && /^\p{Lu}+$/u.test(tokens[caps].text)) caps++;
  if (caps > 0 && caps < tokens.length - 3 && /^\p{Lu}\p{Ll}/u.test(tokens[caps].text) && (L.places.matchAtMemo(tokens, 0).length > 0 || L.actors.matchAtMemo(tokens, 0).some((h) => h.value.kind === 'capital' || h.value.kind === 'country'))) return caps - 1;
  for (let j = 0; j < Math.min(tokens.length, 10); j++) {
    const t = tokens[j].text;
    if (t === '-' || t === '\u2013' || t === '\u2014' || t === '--') {
      if (j === 0) return -1;
      const head = tokens.slice(0, j);
      const words = head.filter((x) => x.kind === 'word');
      if (!words.length) return -1;
      const capsOrKnown = words.every((x) => /^\p{Lu}/u.test(x.text) || x.kind === 'num' || L.cues.months.has(x.lower));
      const hasTrigger = head.some((x, k) => L.triggers.matchAtMemo(tokens, k).length > 0 && /^\p{Ll}/u.test(x.text));
      return capsOrKnown && !hasTrigger ? j : -1;
    }
    if (tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && !L.cues.months.has(tokens[j].lower)) return -1;
  }
  return -1;
}

function datelineDate(doc: Document, sentences: { start: number; end: number }[], L: LangLexicon): PartialDate | null {
  for (const s of sentences.slice(0, 3)) {
    // a dateline needs a dash near the start of the sentence
    const head = doc.text.slice(s.start, Math.min(s.end, s.start + 80));
    if (!/ (-|--|\u2013|\u2014) /.test(head)) continue;
    const tokens = tokenize(doc.text, s.start, s.end);
    for (const te of findTimeExpressions(tokens, L.cues, doc.text)) {
      const after = tokens[te.tokenEnd + 1]?.text;
      if (te.strength >= 4 && (after === '-' || after === '--' || after === '\u2013' || after === '\u2014' || after === '(')) {
        const d = te.resolve(null, 'past');
        if (d && d.precision === 'day') return d;
      }
    }
  }
  return null;
}

/**
 * The author of a plan, offer, demand or charge a verb's object names ("rejected an attempt by the Sudanese government to
 * divide them", "welcomed an offer from Russia", "wies die Vorwürfe der Opposition zurück"): the noun (cue `proposal_nouns`)
 * a few words after the verb in its clause, then "by"/"from"/"von" or a genitive article, then the actor.
 */
function objectAuthor(trig: Trigger, sx: SentenceContext): ActorMention | undefined {
  const { tokens, clauseOf, mentions, L } = sx;
  const c = clauseOf[trig.tokenIndex];
  for (let j = trig.tokenEnd + 1; j <= trig.tokenEnd + 4 && j < tokens.length && clauseOf[j] === c; j++) {
    if (!L.cues.proposalNouns.has(tokens[j].lower)) {
      // (only articles, possessives and adjectives before the noun)
      if (tokens[j].kind !== 'word' || /^\p{Lu}/u.test(tokens[j].text) && L.lang === 'en') return undefined;
      continue;
    }
    if (!AUTHOR_WORDS.has(tokens[j + 1]?.lower ?? '')) return undefined;
    return mentions.find((m) => m.tokenStart > j + 1 && m.tokenStart <= j + 4 && clauseOf[m.tokenStart] === c && isNamedActor(m));
  }
  return undefined;
}
/** a draft resolution, which a veto may be cast against as against a resolution (RESOLUTION) */
const DRAFT = /^(draft|resolutionsentwurfs?)$/;
// (not English "of": "charges of genocide" names the deed, not who charges)
const AUTHOR_WORDS = new Set(['by', 'from', 'von', 'vom', 'der', 'des']);

/** "welcomed the agreement", "rejected the deal": the object is a decision or text, not an actor; the event names no target. */
const EVENT_OBJECTS = /^(agreement|deal|accord|treaty|resolution|decision|move|plan|proposal|ruling|verdict|elections?|vote|referendum|ceasefire|truce|abkommen|vereinbarung|vertrag|resolution|entscheidung|beschluss|schritt|plan|vorschlag|urteil|wahl|wahlen|waffenruhe|waffenstillstand|einigung)$/;
/**
 * Whether an event of this trigger stands with no target: the code names none (statements, protests, shows of force), it is a
 * threat or a warning about the speaker's own side, its object is a decision or text, the pattern's act is aimed at no one in
 * particular ("ordnete eine Generalmobilmachung an"), or disapproval names the deed it is about and no doer ("Das Massaker von
 * Srebrenica wurde vom Gerichtshof zum Völkermord erklärt"). (`trig` as it stands now: its code may have changed since `ts.trig`.)
 */
function standsWithoutTarget(trig: Trigger, ts: TriggerState, sx: SentenceContext): boolean {
  return mayLackTarget(trig) || isPosture(trig) || ts.threatened !== undefined || Boolean(ts.ownWarning) || objectIsEventNoun(trig, sx.tokens) || Boolean(trig.untargeted)
    || deedOfDisapproval(trig, sx);
}

/** A German passive of disapproval (root 11) whose clause names a deed of force (a noun of root 18–20) before the verb. */
function deedOfDisapproval(trig: Trigger, sx: SentenceContext): boolean {
  if (sx.lang !== 'de' || !trig.code.startsWith('11') || trig.kind !== 'verb' || trig.form !== 'participle') return false;
  const c = sx.clauseOf[trig.tokenIndex];
  return sx.triggers.some((o) => o !== trig && o.kind === 'noun' && o.tokenIndex < trig.tokenIndex && sx.clauseOf[o.tokenIndex] === c && Number(o.code.slice(0, 2)) >= 18);
}

function objectIsEventNoun(trig: Trigger, tokens: Token[]): boolean {
  if (!['05', '11', '12'].includes(trig.code.slice(0, 2))) return false;
  for (let j = trig.tokenEnd + 1; j <= trig.tokenEnd + 3 && j < tokens.length; j++) if (EVENT_OBJECTS.test(tokens[j].lower)) return true;
  for (let j = Math.max(0, trig.tokenIndex - 3); j < trig.tokenIndex; j++) if (EVENT_OBJECTS.test(tokens[j].lower)) return true;
  return false;
}

/**
 * Whether the sentence may hold an event trigger: a word with a reading that needs nothing else (and is no plain speech
 * verb, which reports and is no event), a long or hyphenated word that may be a compound, or a word whose readings need
 * `with` words of which one stands in the sentence. A cheap test before clauses and triggers are worked out: most
 * sentences of news have a "said" and no event.
 */
function mayHaveTrigger(tokens: Token[], L: LangLexicon, text: string): boolean {
  // (each list once: the finite and participle readings of a pattern share one `with` list; an array, not a Set made per sentence)
  let needed: NonNullable<TriggerEntry['with']>[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // (the word's own readings, else those of its compound's head: "US-Angriffen", "Militäroffensive", remembered per word, so a
    // sentence kept out costs a lookup the next time)
    for (const h of triggerHits(tokens, i, L)) {
      // (a phrasal or separable verb's reading needs its particle after it in the sentence: "take aim", "rise up", "bot … an")
      if (h.value.needsParticle && !particleAfter(tokens, i, h.value.pattern.particle)) continue;
      const w = h.value.with;
      if (w) { if (!needed) needed = [w]; else if (!needed.includes(w)) needed.push(w); }
      else if (h.value.type === 'noun' || !L.cues.speechVerbs.has(t.lower)) return true;
    }
    // (an "-s" form after a name whose stem is a verb: "Iraqi Leader Thanks U.S.", see findTriggers)
    // (a word with readings of its own is read by them)
    if (L.lang === 'en' && i > 0 && t.lower.endsWith('s') && startsUpperAscii(tokens[i - 1].text) && !L.cues.speechVerbs.has(t.lower)
      && !(L.triggers.startsAt(tokens, i) && L.triggers.matchAtMemo(tokens, i).length) && stemVerbs(t.lower, L).some((e) => !e.with)) return true;
  }
  if (needed === null) return false;
  let lowered: string | null = null;
  for (const w of needed) {
    if (w.phrases.length) lowered ??= text.slice(tokens[0].start, tokens[tokens.length - 1].end).toLowerCase();
    if (withWordIn(w, tokens, lowered ?? '')) return true;
  }
  return false;
}

/** Whether the particle stands somewhere after token i (the clause findTriggers searches for it is part of the sentence). */
function particleAfter(tokens: Token[], i: number, particle: string | null | undefined): boolean {
  if (!particle) return true;
  const p = particle.toLowerCase();
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].lower === p) return true;
  return false;
}

/** Whether one of the `with` words or phrases stands anywhere in the sentence (the trigger's clause is part of it). */
function withWordIn(w: NonNullable<TriggerEntry['with']>, tokens: Token[], lowered: string): boolean {
  if (w.phrases.length && w.phrases.some((p) => lowered.includes(p))) return true;
  return firstWithWord(w, tokens, 0, tokens.length - 1) >= 0;
}

/** A medium named after a word of cue `medium_words` ("in", "gegenüber", "told", "interview") with at most three words
 * between (article, adjectives, the rest of its name): "in der Frankfurter Allgemeinen Sonntagszeitung", "told the BBC". */
function isMediumOfStatement(m: ActorMention, tokens: Token[], L: LangLexicon): boolean {
  if (!m.code.endsWith('MED')) return false;
  for (let j = m.tokenStart - 1; j >= Math.max(0, m.tokenStart - 4); j--) {
    if (tokens[j].kind !== 'word') return false;
    if (L.cues.mediumWords.has(tokens[j].lower)) return true;
  }
  return false;
}

const CLAUSE_END_AUX = new Set(['können', 'konnte', 'konnten', 'wollen', 'wollte', 'sollen', 'sollte', 'werden', 'wurde', 'wurden', 'worden', 'haben', 'hat', 'hatte', 'ist', 'war']);
/** The index of a verb of preventing (cue preventing_verbs) that governs an event noun: before it past its article and
 * adjectives, or after it as the verb that ends the clause ("hat einen Anschlag auf den Flughafen verhindert."); else -1. */
function preventedAt(trig: Trigger, tokens: Token[], L: LangLexicon): number {
  const prevent = L.cues.preventingVerbs;
  if (!prevent.size) return -1;
  for (let j = trig.tokenIndex - 1; j >= Math.max(0, trig.tokenIndex - 4); j--) {
    if (prevent.has(tokens[j].lower)) return j;
    // (past articles, adjectives and the actor qualifying the noun, not past a preposition: "averted a crisis after the attack")
    if (tokens[j].kind !== 'word' || L.cues.prepositions.has(tokens[j].lower)) break;
  }
  // (or before the clause's last auxiliary: "haben eine Blockade … verhindern können.")
  for (let j = trig.tokenEnd + 1; j <= Math.min(tokens.length - 1, trig.tokenEnd + 10); j++) {
    if (tokens[j].kind !== 'word') return -1;
    if (prevent.has(tokens[j].lower)) return endsClause(tokens, j + 1) || (CLAUSE_END_AUX.has(tokens[j + 1].lower) && endsClause(tokens, j + 2)) ? j : -1;
  }
  return -1;
}
/** No token at k, or a punctuation mark. */
function endsClause(tokens: Token[], k: number): boolean {
  return tokens[k] === undefined || tokens[k].kind === 'punct';
}

/**
 * "der frühere Präsident Liberias", "Ex-Außenminister", "the former Iraqi defence minister": an office title the text says is no
 * longer held names one of the country's elites (ELI), not its government or army. (People are handled by their dated roles.)
 */
function formerTitles(mentions: ActorMention[], tokens: Token[], L: LangLexicon, lex: Lexicon): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== 'agent' || !/^[A-Z]{3}(GOV|MIL|JUD|LEG|COP)$/.test(m.code) || !isTitleAgent(m.rule, lex)) continue;
    let former = false;
    for (let j = Math.max(0, m.tokenStart - 2); j <= m.tokenStart && !former; j++) former = isFormerWord(tokens[j].lower, L.cues);
    if (!former) continue;
    out ??= [...mentions];
    out[k] = { ...m, code: m.code.slice(0, 3) + 'ELI', rule: `${m.rule}→former` };
  }
  return out ?? mentions;
}
const TITLE_AGENTS = new WeakMap<Lexicon, Set<string>>();
/** Whether the agent a mention's rule names (its first agent id) is an office title. */
function isTitleAgent(rule: string, lex: Lexicon): boolean {
  let ids = TITLE_AGENTS.get(lex);
  if (!ids) TITLE_AGENTS.set(lex, (ids = new Set([...lex.raw.agents.de, ...lex.raw.agents.en].filter((a) => a.title).map((a) => a.id))));
  const m = /(?:^|\+)((?:de|en)\.agent\.[a-z0-9_.-]+?)(?:\.compound)?(?:$|[+→])/.exec(rule);
  return m !== null && ids.has(m[1]);
}

/** The words that roles.ts reads as marks of a passive: its auxiliaries, and "by" after an English reduced relative. */
const PASSIVE_MARKS: Record<Lang, Set<string>> = { en: new Set([...PASSIVE_AUX.en, 'by']), de: new Set(PASSIVE_AUX.de) };
function mayBePassive(tokens: Token[], lang: Lang): boolean {
  const marks = PASSIVE_MARKS[lang];
  for (let i = 0; i < tokens.length; i++) if (marks.has(tokens[i].lower)) return true;
  return false;
}

function hasAnaphoricTime(tokens: Token[], L: LangLexicon): boolean {
  for (let i = 0; i < tokens.length; i++) if (L.cues.anaphoricTime.startsAt(tokens, i) && L.cues.anaphoricTime.matchAt(tokens, i).length) return true;
  return false;
}

const COUNTRY_CODES = new WeakMap<Lexicon, Set<string>>();
const STATE_KINDS = new Set<ActorMention['kind']>(['country', 'capital', 'seat', 'pronoun', 'description']);

/** A named state (its name, capital or seat of power, or a pronoun or description standing for it)
 * as the source of an event takes the role the language's coding convention gives it (cue
 * `state_source_roles`); adjectives and demonyms ("Chinese", "Italians") stay the bare country. */
function stateAsSource(m: ActorMention, code: string, L: LangLexicon, lex: Lexicon): ActorMention {
  const roles = L.cues.raw.state_source_roles;
  if (!roles || m.code.length !== 3 || !STATE_KINDS.has(m.kind)) return m;
  let countries = COUNTRY_CODES.get(lex);
  if (!countries) COUNTRY_CODES.set(lex, (countries = new Set(lex.raw.countries.map((c) => c.code))));
  if (!countries.has(m.code)) return m;
  // (the most specific key: a full code, its three-digit parent, its root, then the default)
  const role = roles[code] ?? roles[code.slice(0, 3)] ?? roles[code.slice(0, 2)] ?? roles.default;
  return role ? { ...m, code: m.code + role } : m;
}

/** Event sources whose role only the language's convention for a named state gave (stateAsSource), not the text. */
const STATE_ROLE_ADDED = new WeakSet<EventActor>();
/** The event's source actor, remembering when its role came from the convention for named states. */
function sourceActor(named: ActorMention, roled: ActorMention, armed: boolean): EventActor {
  const a = eventActor(roled, armed);
  if (roled !== named) STATE_ROLE_ADDED.add(a);
  return a;
}
function eventActor(m: ActorMention, armed = false): EventActor {
  return { text: m.text, code: rebelsAsRebels(civiliansAsCountry(m).code, armed), id: m.id, span: [m.start, m.end] };
}

/** Insurgents (INS) and separatists (SEP), CAMEO's refinements of armed opposition, are written as rebels (REB) in the
 * events, the practice of the gold standards ("Tamil Tigers" LKAREB, "ETA" ESPREB); mentions keep the finer role. */
function rebelsAsRebels(code: string, armed: boolean): string {
  if (code.length !== 6) return code;
  const role = code.slice(3);
  // (radicals in armed conflict, as the attacker or the attacked, are armed opposition too: "bombed Islamist positions")
  return role === 'INS' || role === 'SEP' || (armed && role === 'RAD') ? code.slice(0, 3) + 'REB' : code;
}

/** Unnamed civilians, protesters and crowds are coded as their country (the practice of the gold standards), not XXXCVL. */
function civiliansAsCountry(m: ActorMention): ActorMention {
  return /^[A-Z]{3}CVL$/.test(m.code) ? { ...m, code: m.code.slice(0, 3) } : m;
}

const NO_MENTIONS: ActorMention[] = [];
/** Drops agents of no known country from a trigger's targets; false when one is its source (then the event is none). */
function withoutUnknown(sx: SentenceContext, ts: TriggerState): boolean {
  if (ts.roles.sources.some((m) => sx.unknown.includes(m))) return false;
  ts.roles.targets = ts.roles.targets.filter((m) => !sx.unknown.includes(m));
  return true;
}
function isUnresolvedAgent(m: ActorMention): boolean {
  return (m.kind === 'agent' || m.kind === 'pronoun' || m.kind === 'description') && (m.code.startsWith('*') || isBareRole(m));
}

/** The time expression for a trigger: one in its clause (strongest, nearest), else the nearest strong one before it in the sentence. */
function pickTime(trig: Trigger, times: TimeExpr[], clauseOf: number[], tokens: Token[]): TimeExpr | null {
  const ci = clauseOf[trig.tokenIndex];
  // ("Das Massaker von Srebrenica 1995 wurde … erklärt": a bare year right after a name or noun dates that, not the verb)
  const same = times.filter((t) => clauseOf[t.tokenStart] === ci && t.strength > 0 && !(trig.kind === 'verb' && attributiveYear(t, tokens))).sort((a, b) => b.strength - a.strength || timeDistance(a, trig) - timeDistance(b, trig));
  if (same.length) return same[0];
  const before = times.filter((t) => t.tokenEnd < trig.tokenIndex && t.strength >= 3).sort((a, b) => timeDistance(a, trig) - timeDistance(b, trig));
  return before[0] ?? null;
}

function attributiveYear(t: TimeExpr, tokens: Token[]): boolean {
  const prev = tokens[t.tokenStart - 1];
  return t.tokenStart === t.tokenEnd && t.tokenStart > 1 && /^(1[89]\d\d|20\d\d)$/.test(tokens[t.tokenStart].text) && prev !== undefined && prev.kind === 'word' && startsUpper(prev.text)
    && !/^(im|in|seit|bis|ab|von|vor|nach|since|until|in|from|of|by|before|after|jahr|jahres|year)$/i.test(prev.text) && !TIME_OF_YEAR.test(prev.text);
}
/** words that place a year's part ("Sommer 2014", "Mitte 2014", "Spring 2005") and month names: with the year a time of its own */
const TIME_OF_YEAR = /^(frühling|frühjahr|sommer|herbst|winter|mitte|anfang|ende|beginn|jahresmitte|jahresende|jahresanfang|jahresbeginn|spring|summer|autumn|fall|mid|early|late|end|januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)\.?$/i;

/** Expressions relative to the document date cannot be finer than the document date. */
function coarsenToDoc(d: PartialDate, pub: PartialDate, te: TimeExpr): PartialDate {
  if (/\d/.test(te.text)) return d;
  return coarsen(d, pub.precision);
}

/**
 * A noun that a verb pattern used as its `with` word ("mit Sanktionen belegt", "über die Ermordung
 * spekuliert") is part of that event, not a second one; so is a noun of the same root in its clause.
 */
function suppressConsumedNouns(triggers: Trigger[], clauseOf: number[], tokens: Token[], L: LangLexicon): Trigger[] {
  // (an accusation's with-word is the deed it alleges, an event of its own: "warf Myanmar ethnische Säuberungen vor")
  const verbs = triggers.filter((t) => t.kind === 'verb' && t.withMatched && t.complement !== 'alleged');
  return triggers.filter((t) => {
    // "calls off visit to Egypt", "lodges protest with China": a word another verb took as its `with` word is no event of its own
    // (an infinitive it governs stays: "threatened to attack", "prepared to halt operations")
    if (t.kind !== 'noun') return t.form === 'zu-infinitive' || t.form === 'infinitive' || !verbs.some((v) => v !== t && v.withIndex === t.tokenIndex);
    // (an earlier event the clause acts after is another one: "hat nach dem Großangriff der Hamas eine Blockade verhängt")
    return !verbs.some((v) => v.withIndex === t.tokenIndex || (clauseOf[v.tokenIndex] === clauseOf[t.tokenIndex] && v.code.slice(0, 2) === t.code.slice(0, 2) && afterPhrase(t, tokens, L) < 0));
  });
}

/**
 * "ordered the release of Khaleda Zia from house arrest", "aus der Haft entlassen": the detention a release ends is the
 * state left, no arrest of its own (a detention noun after "from"/"aus" within a few words of a release, 084x).
 */
/** "A roadside bomb exploded near an American military patrol", "bei einer Patrouille": a patrol, convoy or checkpoint (root 15)
 * a locative names is where something happened, not a show of force. */
function suppressPlacedPostures(triggers: Trigger[], tokens: Token[]): Trigger[] {
  return triggers.filter((t) => !(t.kind === 'noun' && t.code.startsWith('15') && tokens.slice(Math.max(0, t.tokenIndex - 4), t.tokenIndex).some((x) => LOCATIVES.has(x.lower))));
}
const LOCATIVES = new Set(['near', 'outside', 'at', 'behind', 'beside', 'alongside', 'nahe', 'neben', 'bei', 'beim', 'vor']);

function suppressStatesLeft(triggers: Trigger[], tokens: Token[]): Trigger[] {
  return triggers.filter((t) => !(t.code.startsWith('17') && /^(from|aus|of)$/.test(tokens[t.tokenIndex - 1]?.lower === 'house' ? tokens[t.tokenIndex - 2]?.lower ?? '' : tokens[t.tokenIndex - 1]?.lower ?? '')
    && triggers.some((r) => r !== t && r.code.startsWith('084') && r.tokenIndex < t.tokenIndex && t.tokenIndex - r.tokenEnd <= 10)));
}

/**
 * "have agreed to cancel 80 per cent of the debt", "versprach, die Gefangenen freizulassen": a bare intent (030, no `with`
 * word) whose infinitive is an event of its own is told by that event, with its status planned.
 */
function suppressBareIntents(triggers: Trigger[], tokens: Token[]): Trigger[] {
  return triggers.filter((t) => !(t.kind === 'verb' && t.code === '030' && !t.withMatched
    && triggers.some((o) => o !== t && o.kind === 'verb' && o.tokenIndex > t.tokenEnd && o.tokenIndex <= t.tokenEnd + 3
      && (o.form === 'zu-infinitive' || tokens[o.tokenIndex - 1]?.lower === 'to'))));
}

/**
 * "have refused to meet ECOWAS envoys", "has refused to accept its terms", "weigerte sich, … zu treffen": what a refusal
 * refuses does not happen; the refusal (12) is the event, the refused act none of its own. (The trigger stays in the
 * sentence's list: the refusal's roles may need it, as in "declined to send ground troops to Liberia".)
 */
function refusedContent(t: Trigger, triggers: Trigger[], tokens: Token[]): boolean {
  return t.kind === 'verb' && (t.form === 'zu-infinitive' || tokens[t.tokenIndex - 1]?.lower === 'to')
    && triggers.some((o) => o !== t && o.kind === 'verb' && o.code.startsWith('12') && o.tokenEnd < t.tokenIndex && t.tokenIndex - o.tokenEnd <= (t.form === 'zu-infinitive' ? 8 : 2)
      && REFUSING.test(tokens[o.tokenIndex].lower));
}
const REFUSING = /^(refus|declin|weiger|verweiger|lehnt|lehnte)/;

/** demands, disapproval, rejection and threats: verbs that frame what a noun they govern names */
const FRAMING_ROOTS = new Set(['10', '11', '12', '13']);
/**
 * "launched air strikes": a light verb whose `with` word sits inside a longer noun pattern of another
 * root ("air strikes" 195, not a labour strike 143) takes that noun's code.
 */
function adoptCompoundObjects(triggers: Trigger[]): Trigger[] {
  return triggers.map((t) => {
    // (an accusation keeps its own code: the deed it alleges is an event of its own)
    if (t.kind !== 'verb' || !t.withMatched || t.withIndex === undefined || t.complement === 'alleged') return t;
    // (a verb that answers, demands or threatens what the noun names keeps its own code: "rejected peace talks" is 125,
    // "demanded a ceasefire" 107, not the talks or the ceasefire)
    if (FRAMING_ROOTS.has(t.code.slice(0, 2))) return t;
    // (a noun that opens a clause is no compound: "rejected allegations that …" stays a denial)
    const n = triggers.find((x) => x.kind === 'noun' && x.tokenEnd > x.tokenIndex && t.withIndex! >= x.tokenIndex && t.withIndex! <= x.tokenEnd && !/ that$/i.test(x.text));
    return n && n.code.slice(0, 2) !== t.code.slice(0, 2) ? { ...t, code: n.code, rule: `${t.rule}+${n.rule}` } : t;
  });
}

/** A mention of this sentence in a contrasting clause after the trigger ("threatened sanctions if the crackdown continued, while China …"):
 * no focus for it (a relative clause still is: "test-fired a missile that could hit India"). */
function laterClause(x: ActorMention, sentence: number, trig: Trigger, clauses: Clause[], clauseOf: number[]): boolean {
  if (x.sentence !== sentence || x.tokenStart <= trig.tokenEnd) return false;
  for (let c = clauseOf[trig.tokenIndex] + 1; c <= clauseOf[x.tokenStart]; c++) if (CONTRAST.has(clauses[c]?.opener ?? '')) return true;
  return false;
}
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'während', 'aber', 'jedoch', 'sondern', 'obwohl']);

/** "… verantwortlich – Türkei droht Kurden": a dash between two tokens after which an actor with no preposition stands before the
 * second, its subject: a statement of its own, not the content of a verb before the dash. */
function newStatementAfterDash(tokens: Token[], a: number, b: number, mentions: ActorMention[], L: LangLexicon): boolean {
  let d = -1;
  for (let j = a + 1; j < b; j++) if (DASHES.has(tokens[j].text)) d = j;
  return d >= 0 && mentions.some((m) => m.tokenStart > d && m.tokenEnd < b && !m.modifier && !L.cues.prepositions.has(tokens[m.tokenStart - 1]?.lower ?? ''));
}
const DASHES = new Set(['\u2013', '\u2014', '-', '--']);

/**
 * "Five Iraqi policemen died in a car bombing", "Zwei Soldaten starben bei einem Anschlag der Taliban": the subject of a verb of
 * dying (cue `victim_verbs`) in the noun's clause before it is the victim of the deed the noun names, not its actor.
 */
function victimsOfNoun(sx: SentenceContext, trig: Trigger, roles: Roles): void {
  const { tokens, clauseOf, mentions, L } = sx;
  const c = clauseOf[trig.tokenIndex];
  let d = -1;
  for (let j = trig.tokenIndex - 1; j >= 0 && clauseOf[j] === c; j--) {
    if (L.cues.victimVerbs.startsAt(tokens, j) && L.cues.victimVerbs.matchAt(tokens, j).length) { d = j; break; }
  }
  // (or after it in a German clause: "sind einem Anschlag der Hamas zum Opfer gefallen"; the words of the phrase hold no target)
  if (d < 0 && sx.lang === 'de') {
    for (let j = trig.tokenEnd + 1; j < tokens.length && clauseOf[j] === c; j++) {
      const hit = L.cues.victimVerbs.startsAt(tokens, j) ? L.cues.victimVerbs.matchAt(tokens, j)[0] : undefined;
      if (hit) {
        const end = j + hit.len - 1;
        roles.targets = roles.targets.filter((m) => m.tokenStart < j || m.tokenStart > end);
        d = trig.tokenIndex;
        break;
      }
    }
  }
  if (d < 0) return;
  const victims = mentions.filter((m) => m.tokenEnd < d && clauseOf[m.tokenStart] === c && !m.modifier && !L.cues.prepositions.has(tokens[m.tokenStart - 1]?.lower ?? ''));
  if (!victims.length) return;
  roles.sources = roles.sources.filter((m) => !victims.includes(m));
  if (!roles.targets.length || roles.targets.every((m) => victims.some((v) => v.code.slice(0, 3) === m.code.slice(0, 3)))) roles.targets = victims;
}

/** Whether a verb of saying stands between two tokens. */
function saidBetween(tokens: Token[], a: number, b: number, L: LangLexicon): boolean {
  for (let j = a + 1; j < b; j++) if (L.cues.speechVerbs.has(tokens[j].lower)) return true;
  return false;
}

/** Plain speech verbs ("sagte", "said") report; they attribute other events and are no events themselves. */
function isSpeechVerb(t: Trigger, tokens: Token[], L: LangLexicon): boolean {
  return t.kind === 'verb' && !t.withMatched && L.cues.speechVerbs.has(tokens[t.tokenIndex].lower);
}

/** A show of force told by a verb may be aimed at no one the text names, when the story names no other country it could be
 * aimed at ("Pakistan has successfully test fired a nuclear-capable missile"): an event with no target. */
function isPosture(trig: Trigger): boolean {
  return trig.code.startsWith('15') && trig.kind === 'verb';
}

/** Codes whose events often name no target: comments other than plain statements, protests, and specific appeals or offers ("rief zur Ruhe auf"). */
function mayLackTarget(trig: Trigger): boolean {
  const root = trig.code.slice(0, 2);
  if (root === '01') return trig.code !== '010';
  if (root === '14') return true;
  // (mediation names the parties it stands between often only elsewhere: "Egypt has tried to broker a truce")
  // (as a verb beyond doubt: "tried to broker", "brokered", "mediating"; not "insurance broker")
  const mediation = trig.code === '045' && trig.kind === 'verb' && (trig.form === 'zu-infinitive' || /(ed|ing|te|ten|t)$/i.test(trig.text));
  return mediation || (trig.withMatched && ['02', '03', '08'].includes(root));
}
const FOCUS_TARGET_ROOTS = new Set(['06', '07', '10', '11', '12', '15', '17', '18', '19', '20']);
/** appeals, intents, cooperation, aid and concessions (and policy options considered, 014): aimed at the country in focus when they name no one */
const COOPERATIVE_TOWARDS_TOPIC = new Set(['02', '03', '05', '06', '07', '08']);
const PLACE_TARGET_ROOTS = new Set(['13', '17', '18', '19', '20']);
/** disapproval, rejection, claims of responsibility, praise and verbal defence: reactions to an earlier act */
const REACTION = /^(11|12|015|051|052)/;
const ANSWERED_BY_DENIAL = new Set(['11']);
const ANSWERED_BY_REJECTION = new Set(['02', '03', '05', '10', '11', '13', '16']);
const SENDING_ROOTS = new Set(['06', '07', '15']);
const DESTINATION_PREPS = new Set(['to', 'into', 'nach', 'in', 'an']);
/** A place named in the sentence as the country it stands for (the victim of force there, the destination of troops sent there). */
function placeMention(p: { name: string; country: string | null; tokenStart: number }, tokens: Token[], like: ActorMention): ActorMention {
  const tok = tokens[p.tokenStart];
  const code = p.country ?? '';
  return { ...like, code, id: code.toLowerCase(), kind: 'country', text: tok.text, start: tok.start, end: tok.end, tokenStart: p.tokenStart, tokenEnd: p.tokenStart, rule: `place.${p.name}`, modifier: false };
}
/** "eroberten die Stadt Goma", "shelled Kharkiv": a town named as the object of an attack, with its country. */
function objectPlace(trig: Trigger, tokens: Token[], L: LangLexicon, clauseOf: number[], skip: (j: number) => boolean): { name: string; country: string | null; tokenStart: number } | null {
  for (let j = 0; j < tokens.length; j++) {
    if (j === trig.tokenIndex || clauseOf[j] !== clauseOf[trig.tokenIndex] || skip(j) || !/^\p{Lu}/u.test(tokens[j].text)) continue;
    const hit = L.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value && h.value.country && h.value.form !== 'adjective');
    if (hit) return { name: hit.value.name, country: statedCountry(tokens, j + hit.len, L) ?? hit.value.country, tokenStart: j };
  }
  return null;
}
/** prepositions of where someone or something comes from */
const ORIGIN_PREPS = new Set(['from', 'aus']);
/** international courts and tribunals (the International Criminal Court, war crimes tribunals, the International Court of Justice) */
const COURT_CODES = new Set(['IGOICC', 'IGOWCT', 'IGOICJ']);
/** The court or tribunal named last in this or the two sentences before (a judiciary agent or an international court). */
function latestCourt(actors: ActorMention[], sentence: number): ActorMention | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const m = actors[k];
    if (m.sentence < sentence - 2) return undefined;
    if (m.sentence <= sentence && (m.code.endsWith('JUD') || COURT_CODES.has(m.code))) return m;
  }
  return undefined;
}
/** agentless passives that are acts of the state of the country the story is about: arrest by police, release by the government */
const STATE_PASSIVES: Record<string, string> = { '173': 'COP', '0841': 'GOV' };
/** measures a government imposes on its own ground: curfew, state of emergency or martial law */
const HOME_MEASURES = new Set(['1723', '1724']);
/** what an agreement or an offer is called ("the deal", "den Plan", "das Abkommen") */
const DEAL_WORDS = /^(deal|deals|agreement|agreements|accord|accords|treaty|pact|plan|proposal|proposals|offer|offers|abkommen|vereinbarung|vertrag|pläne|vorschlag|vorschläge|angebot|einigung)$/;
/** An English "…, killing/wounding …" participle (root 18–20) after a bombing or assault (root 18) of an earlier clause. */
function isTollOf(trig: Trigger, sx: SentenceContext): boolean {
  const { tokens, clauseOf, lang } = sx;
  if (!isEnglishIng(trig, tokens, lang) || tokens[trig.tokenIndex - 1]?.text !== ',') return false;
  if (!/^(18|19|20)/.test(trig.code)) return false;
  // (of a bombing or an assault: the toll of shelling or air strikes, "shelled Monrovia, killing dozens of civilians", is coded as
  // killing of its own)
  if (sx.triggers.some((o) => o !== trig && o.tokenIndex < trig.tokenIndex && clauseOf[o.tokenIndex] < clauseOf[trig.tokenIndex] && o.code.startsWith('18'))) return true;
  // (and of an accident, which is no force: "A military plane crashed in Iran, killing 25 people")
  for (let j = trig.tokenIndex - 2; j >= 0 && clauseOf[j] === clauseOf[trig.tokenIndex - 2]; j--) if (ACCIDENTS.test(tokens[j].lower)) return true;
  return false;
}
/** English verbs of accidents, whose toll is no act of force */
const ACCIDENTS = /^(crash|crashed|crashes|collided|collide|sank|sink|capsized|derailed|collapsed|overturned|plunged)$/;
/** the agents of suicide attacks */
const SUICIDE_BOMBER = /(en\.agent\.suicide-bomber|de\.agent\.selbstmordattentaeter)/;
/** governments and intergovernmental bodies */
const OFFICIAL = /^([A-Z]{3}GOV|UNO|IGO|EUU|NATO?)/;
/** armed actors: a state's military, rebels, insurgents, armed groups, transnational militants */
const ARMED = /^([A-Z]{3}(MIL|REB|INS|UAF)|IMG)/;
/** An English participle of reporting after an expletive "it is/was" ("after it was revealed that"): no event. */
function isExpletiveReport(t: Trigger, tokens: Token[], L: LangLexicon): boolean {
  return t.kind === 'verb' && isExpletiveIt(tokens, t.tokenIndex - 2, L.cues.expletiveParticiples);
}
/** roles of actors outside the state that cannot arrest anyone: rebels, insurgents, armed groups, criminals, transnational militants */
const NON_STATE_CAPTORS = /^([A-Z]{3}(REB|INS|UAF|CRM|SEP|RAD)|IMG)/;
/** agents that protest: protesters, demonstrators, rioters, crowds ("Demonstranten", "Randalierer") */
const PROTESTERS = /(^|\+)(en|de)\.agent\.(protest|demonstr|riot|crowd|mob|randal)/i;
/** "resolution", "Resolution(en)": with the United Nations named, theirs */
const RESOLUTION = /^resolution(s|en)?$/;
const CONDITIONAL_ROOTS = new Set(['03', '08', '13', '16']);
const CONDITION_WORDS = new Set(['if', 'unless', 'falls', 'wenn', 'sofern', 'solange']);
/** The government of an actor's own country, as the target of its people's protests and demands. */
function ownGovernment(m: ActorMention): ActorMention {
  return { ...m, code: m.code.slice(0, 3) + 'GOV', id: null, rule: `${m.rule}→own-government` };
}
/** A mention placed at a trigger, for actors carried over from an earlier event into a sentence that names none. */
function dummyMention(trig: Trigger, sentence: number): ActorMention {
  return { sentence, start: trig.start, end: trig.end, text: trig.text, code: '', id: null, tokenStart: trig.tokenIndex, tokenEnd: trig.tokenIndex, kind: 'description', rule: 'event-reference' };
}
/** A state body carried over from an earlier event (its army, government, police …) as the bare country. */
function asStateTarget(m: ActorMention): ActorMention {
  return /^[A-Z]{3}$/.test(m.code.slice(0, 3)) && !isCollective(m.code) && STATE_ROLE.test(m.code.slice(3)) ? { ...m, code: m.code.slice(0, 3) } : m;
}
/** An actor of an earlier event as the target of a reaction to it (its span is where that event named it). */
function eventActorAsMention(a: EventActor, like: ActorMention): ActorMention {
  // (a state named by its name or capital carries the role only the source of that event gave it: as the target of a
  // denial, "a charge Kigali has denied" after "Congo accused …", it is the bare country again)
  const named = STATE_ROLE_ADDED.has(a);
  return { ...like, code: named ? a.code.slice(0, 3) : a.code, id: a.id, text: a.text, start: a.span[0], end: a.span[1], kind: 'description', rule: 'event-reference', modifier: false };
}
/** Two codes of one country on opposite sides of its politics: the state (GOV, MIL, COP …) and its opposition or rebels. */
function opposedAtHome(a: string, b: string): boolean {
  const side = (c: string) => /^(GOV|MIL|COP|JUD|LEG|SPY)$/.test(c.slice(3)) ? 'state' : /^(OPP|REB|INS|SEP|RAD)$/.test(c.slice(3)) ? 'against' : '';
  const x = side(a), y = side(b);
  return x !== '' && y !== '' && x !== y;
}
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '08', '18', '19']);
const RECIPROCAL_WORDS = new Set(['gegenseitig', 'einander', 'miteinander', 'each', 'mutual', 'mutually']);
/** acts done for or to a third party even within a reciprocal root: offering aid or mediation, visiting, hosting, mediating, defending, rallying, recognising, apologising, forgiving */
const ONE_WAY = /^(033|034|039|042|043|045|051|052|053|054|055|056)/;
/** "Russland und der Iran wollen … vereinbaren", "beide Länder … ausgebaut": a cooperative act of a pair with no other target is between the two. */
/** roles that take sides in fighting at home */
const ARMED_SIDE = /^(GOV|MIL|COP|REB|INS|SEP|UAF|RAD)$/;
function pairWithinGroup(trig: Trigger, roles: { sources: ActorMention[]; targets: ActorMention[] }, tokens: Token[]): void {
  if (roles.targets.length || roles.sources.length < 2) return;
  // "dass beide Länder sich … Hilfe leisten": a reflexive with a plural subject is reciprocal
  if ((!RECIPROCAL_ROOTS.has(trig.code.slice(0, 2)) || ONE_WAY.test(trig.code)) && !tokens.some((t) => RECIPROCAL_WORDS.has(t.lower) || t.lower === 'sich')) return;
  const [a, ...rest] = roles.sources;
  roles.sources = [a];
  // (sides of one country fight each other: "haben sich die Armee und die RSF Gefechte geliefert")
  const armed = Number(trig.code.slice(0, 2)) >= 18;
  roles.targets = rest.filter((m) => m.code.slice(0, 3) !== a.code.slice(0, 3) || (armed && m.code !== a.code && ARMED_SIDE.test(m.code.slice(3)) && ARMED_SIDE.test(a.code.slice(3))));
}

/** Whether token k stands inside an opening parenthesis a few tokens before it ("(AP)", "(CBS/AP)"). */
function inParentheses(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (tokens[j].text === '(') return true;
    if (tokens[j].text === ')' || (tokens[j].kind === 'word' && !/^\p{Lu}+$/u.test(tokens[j].text))) return false;
  }
  return false;
}
/** Speakers named in "nach Angaben der USA", media credited in parentheses ("(Reuters)", "(AP)")
 * and actors in the dateline are sources of the text, not parties of the event. */
function inAttribution(m: ActorMention, tokens: Token[], dateline: number, atts: Attribution[]): boolean {
  if (m.tokenEnd <= dateline) return true;
  // (credits in parentheses: "(AP)", "(CBS/AP)")
  if (m.code.endsWith('MED') && inParentheses(tokens, m.tokenStart)) return true;
  return atts.some((a) => a.kind === 'prep' && m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
}

/**
 * "a key U.S. ally", "Russia's ally Belarus", "Irans Verbündete", "Verbündete der USA", "an ally of Russia": a country's name, a
 * person or an agent that qualifies a relational noun (cue `relational_nouns`) names the other side of the relation, not the
 * actor meant.
 * (Not an organisation or collective: "NATO allies", "EU partners" are its members; nor a name right after the noun, which is
 * the relative itself: "beim Bündnispartner Saudi-Arabien".)
 */
function namesRelative(m: ActorMention, tokens: Token[], cues: LangLexicon['cues']): boolean {
  // (an adjective says what the relative itself is: "its Japanese rival Nissan")
  if (m.kind === 'organisation' || m.kind === 'adjective' || m.kind === 'demonym' || !/^[A-Z]{3}/.test(m.code) || isCollective(m.code)) return false;
  let k = m.tokenEnd + 1;
  if (isPossessive(tokens[k])) k++;
  if (cues.relationalNouns.has(tokens[k]?.lower ?? '')) return true;
  // after the noun: a genitive ("Partner Russlands") or "der"/"des"/"of" before the name
  let j = m.tokenStart - 1;
  if (m.rule.endsWith('.genitive')) return cues.relationalNouns.has(tokens[j]?.lower ?? '');
  let linked = false;
  if (j >= 0 && RELATIVE_LINKS.has(tokens[j].lower)) { j--; linked = true; }
  if (j >= 0 && tokens[j].lower === 'of') { j--; linked = true; }
  return linked && j >= 0 && cues.relationalNouns.has(tokens[j].lower);
}
const RELATIVE_LINKS = new Set(['the', 'der', 'des']);

/** Tokens no place is taken from: the dateline, attributions and names of organisations and people. (Module-level helpers rather than
 * named closures per sentence: tsx keeps function names, at a cost for each closure created.) */
function placeSkipper(dateline: number, atts: Attribution[], mentions: ActorMention[], relatives: ActorMention[]): (j: number) => boolean {
  // nor a word that names an organisation or a person ("Stellungen der Hamas" is not the Syrian town Hama), nor the country
  // an ally is named by ("a key U.S. ally")
  const named = mentions.filter((m) => m.kind === 'organisation' || m.kind === 'person' || relatives.includes(m));
  return (j) => j <= dateline || atts.some((a) => j >= a.tokenStart && j <= a.tokenEnd) || named.some((m) => j >= m.tokenStart && j <= m.tokenEnd);
}

/** What the roles of one sentence's triggers depend on. */
interface RoleContext {
  triggers: Trigger[]; groups: Group[]; tokens: Token[]; clauses: Clause[]; clauseOf: number[];
  L: LangLexicon; lang: Lang; triggerTokens: Set<number>;
}

function rolesOf(sx: RoleContext, trig: Trigger): Roles {
  const { clauseOf } = sx;
  const verbInClause = sx.triggers.some((o) => o !== trig && o.kind === 'verb' && clauseOf[o.tokenIndex] === clauseOf[trig.tokenIndex]);
  // the next verb trigger of the clause after a coordinating word ("… and offered"): objects beyond it are its own
  const next = sx.triggers.find((o) => o.kind === 'verb' && o.tokenIndex > trig.tokenEnd && clauseOf[o.tokenIndex] === clauseOf[trig.tokenIndex]
    && /^(and|or|but|und|oder|aber|sowie)$/.test(sx.tokens[o.tokenIndex - 1]?.lower ?? ''));
  // (two verbs joined directly share the object: "threaten or put pressure on Tehran")
  let limit = next && next.tokenIndex - trig.tokenEnd > 2 ? next.tokenIndex : Infinity;
  // an English participle that qualifies the object starts what it says itself: "vetoed a resolution demanding a pullout of Israeli forces"
  if (sx.lang === 'en' && trig.kind === 'verb') {
    const qualifier = sx.triggers.find((o) => o.kind === 'verb' && o.tokenIndex > trig.tokenEnd + 1 && o.tokenIndex < limit && clauseOf[o.tokenIndex] === clauseOf[trig.tokenIndex]
      && /ing$/.test(sx.tokens[o.tokenIndex].lower) && sx.tokens[o.tokenIndex - 1].kind === 'word' && !/^(of|for|by|to|and|or|after|before|while|without|from|in|on|at|is|was|are|were|be|been)$/.test(sx.tokens[o.tokenIndex - 1].lower));
    if (qualifier) limit = qualifier.tokenIndex;
  }
  const roles = assignRoles(trig, sx.groups, sx.tokens, sx.clauses, clauseOf, sx.L.cues, sx.lang, verbInClause, sx.triggerTokens, limit);
  return trig.subjectIsTarget ? undergoerRoles(sx, trig, roles) : roles;
}

/**
 * "Das Vorhaben der Bildungsbehörde stieß in Polen auf Kritik", "the plan drew criticism from rights groups": the subject (or
 * the owner of the subject noun) undergoes the act, and the actors after the pattern's source prepositions in the clause do it.
 */
function undergoerRoles(sx: RoleContext, trig: Trigger, roles: Roles): Roles {
  const c = sx.clauseOf[trig.tokenIndex];
  const preps = trig.sourcePreps ?? [];
  const inClause = sx.groups.filter((g) => sx.clauseOf[g.tokenStart] === c && !g.modifier);
  const doers = inClause.filter((g) => g.prep !== null && preps.includes(g.prep));
  const undergoer = roles.sources.length ? roles.sources
    : inClause.find((g) => g.tokenEnd < trig.tokenIndex && (g.prep === null || g.prep === 'gen') && !doers.includes(g))?.members ?? [];
  return { sources: doers.flatMap((g) => g.members), targets: undergoer.filter((m) => !doers.some((g) => g.members.includes(m))), passive: false };
}

/** An infinitive governed by an appeal or demand (roots 02, 10) shortly before it. */
function demanded(trig: Trigger, triggers: Trigger[], tokens: Token[], lang: Lang): boolean {
  if (!isInfinitive(trig, tokens, lang)) return false;
  return triggers.some((o) => o !== trig && o.kind === 'verb' && (o.code.startsWith('02') || o.code.startsWith('10')) && o.tokenIndex < trig.tokenIndex && trig.tokenIndex - o.tokenIndex <= 12);
}

/**
 * "A senior Iranian military official said … it could strike back anywhere in Israel": force or sanctions a side says it
 * could use is a threat (CAMEO 13x), made when it is said. Only when the speaker is of the side that would act (another's
 * "could" is speculation) and a modal of possibility stands right before the verb.
 */
function ownSideCould(trig: Trigger, tokens: Token[], status: string, roles: Roles, L: LangLexicon, mentions: ActorMention[]): string | null {
  if (status !== 'hypothetical' || Number(trig.code.slice(0, 2)) < 16 || roles.sources.length !== 1 || trig.kind !== 'verb') return null;
  if (!CAPABILITY_MODALS.has(tokens[trig.tokenIndex - 1]?.lower ?? '') && !CAPABILITY_MODALS.has(tokens[trig.tokenIndex - 2]?.lower ?? '')) return null;
  const said = tokens.findIndex((t, j) => j < trig.tokenIndex && L.cues.speechVerbs.has(t.lower));
  if (said < 0) return null;
  const own = roles.sources[0].code.slice(0, 3);
  // (the speaker: the actor named last before the verb of saying)
  const speaker = mentions.findLast((m) => m.tokenEnd < said && /^[A-Z]{3}/.test(m.code));
  return speaker?.code.slice(0, 3) === own ? threatCode({ ...trig, code: '130' }, trig, []) : null;
}
const CAPABILITY_MODALS = new Set(['could', 'can', 'might', 'könnte', 'könnten', 'kann', 'können']);
/** Refusing to yield: each 08 code's counterpart in CAMEO 123 (political reform) and 124 (refuse to yield). */
const REFUSAL: Record<string, string> = {
  '081': '1241', '082': '1242', '0831': '1231', '0832': '1232', '0833': '1233', '0834': '1234', '083': '123',
  '084': '1243', '085': '1244', '086': '1245', '087': '1246',
};
function refusalOf(code: string): string {
  return REFUSAL[code] ?? REFUSAL[code.slice(0, 3)] ?? '124';
}

/** A will or modal shortly before the trigger ("would not hand over", "werde … nicht freilassen"): a stated intention. */
function volitionalBefore(trig: Trigger, tokens: Token[]): boolean {
  for (let j = Math.max(0, trig.tokenIndex - 6); j < trig.tokenIndex; j++) if (VOLITIONAL.has(tokens[j].lower)) return true;
  return false;
}
const VOLITIONAL = new Set(['will', 'would', "won't", 'wo', 'shall', 'werde', 'werden', 'wird', 'würde', 'würden', 'wolle', 'wollen']);

function timeDistance(t: TimeExpr, trig: Trigger): number {
  return Math.min(Math.abs(t.tokenStart - trig.tokenIndex), Math.abs(t.tokenEnd - trig.tokenIndex));
}
