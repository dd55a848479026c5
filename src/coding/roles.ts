import { isTitleCase } from '../text/tokens.ts';
import type { ActorMention, Token, Trigger } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';
import type { Clause } from './clauses.ts';
import { isVisitCode } from './actors.ts';
import { reducedRelative } from './triggers.ts';

/**
 * Source and target of a trigger from word order, prepositions, case articles and voice.
 * Works on coordination groups: "Der Westen und die Ukraine werfen Pjöngjang vor" gives two
 * sources, "sowohl Russland als auch den Iran" two targets.
 */
export interface Group { members: ActorMention[]; tokenStart: number; tokenEnd: number; prep: string | null; article: string | null; modifier: boolean }
export interface Roles { sources: ActorMention[]; targets: ActorMention[]; passive: boolean }

const SKIP_BEFORE = /^(der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer|the|a|an|its|their|his|her|this|these|those)$/;
const GROUP_GLUE = new Set(['und', 'sowie', 'sowohl', 'als', 'auch', 'and', 'both', 'as', 'well', ',', 'der', 'die', 'das', 'den', 'dem', 'des', 'the', 'ihre', 'seine', 'ihren', 'seinen']);
const COORD_WORDS = new Set(['and', 'und', 'or', 'oder', 'but', 'aber', 'sowie']);
const AGENT_WORDS = new Set(['von', 'vom', 'durch', 'by']);
/** "appealed to both sides", "called on Nigeria", "appellierte an Russland" */
const APPEAL_PREPS = new Set(['to', 'on', 'upon', 'an']);
const OBJECT_CONTROL = /^(urged?|urges|urging|asked?|asks|called|calls|told|tells|ordered|orders|forced|forces|persuaded|invited|invites|allowed|allows|pressed|pressured|encouraged|encourages|appealed|demanded|wants|wanted)$/;
/** "protested to China", "protestierte bei China" as well as "against" */
const PROTEST_PREPS = new Set(['gegen', 'against', 'auf', 'on', 'to', 'bei']);
const QUANTITY = /^(tens|hundreds|thousands|millions|dozens|scores|lots|number|numbers|crowd|crowds|group|groups|band|bands|hunderte|tausende|company|battalion|battalions|contingent|contingents|unit|units|team|teams|delegation|detachment|squad|convoy|platoon|brigade|brigades|column|columns|force)$/;
/** roles of armed forces and armed groups (also used by code-document for force without a named victim) */
export const ARMED_ROLES = /^(MIL|REB|INS|SEP|UAF|COP|SPY)/;
const COOP_PREPS = new Set(['mit', 'with', 'zu', 'zur', 'zum', 'to', 'an', 'gegenüber', 'towards', 'toward', 'für', 'for']);
const CONFLICT_PREPS = new Set(['gegen', 'against', 'auf', 'on']);
const COORD_DE = new Set(['und', 'oder', 'sowie']);
/** German forms of "sein" (a state passive: "ist gefasst") and of "haben" (a perfect, no passive) */
const SEIN_AUX = ['ist', 'sind', 'war', 'waren', 'sei', 'seien'];
const HABEN_AUX = ['hat', 'haben', 'hatte', 'hatten', 'habe'];
/** auxiliaries that make a participle passive: English within three words before it, German anywhere in its clause */
export const PASSIVE_AUX: Record<'de' | 'en', string[]> = {
  en: ['was', 'were', 'been', 'being', 'is', 'are', 'be'],
  de: ['wurde', 'wurden', 'worden', 'wird', 'werden', 'würde', 'würden'],
};
const VISIT_PREPS = new Set(['nach', 'to', 'in', 'im']);
/** English verbs of a lasting state before a participle: "remains detained" */
const STATE_VERBS = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed']);

export function buildGroups(tokens: Token[], mentions: ActorMention[], cues: CueSets, lang: 'de' | 'en' = 'de', clauseOf?: number[]): Group[] {
  const sorted = [...mentions].sort((a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd);
  const groups: Group[] = [];
  for (const m of sorted) {
    const g = groups[groups.length - 1];
    if (g && g.members.some((x) => x.tokenStart === m.tokenStart && x.tokenEnd === m.tokenEnd)) { g.members.push(m); continue; }
    if (g && !m.modifier && !g.modifier && m.tokenStart > g.tokenEnd) {
      const between = tokens.slice(g.tokenEnd + 1, m.tokenStart).map((t) => t.lower);
      // "Frankreich, Großbritannien und die USA": a comma joins list members when the list goes on
      // (not a person's name set off by commas after a body or office, "… im Deutschen Bundestag, Renate Künast, …": an apposition)
      const apposition = m.kind === 'person' && g.members[g.members.length - 1].kind !== 'person' && tokens[m.tokenEnd + 1]?.text === ',';
      // (that person is the body's or office's holder, one party with it, when the commas leave both in one clause: "Die
      // Fraktionschefin der Grünen, Renate Künast, äußerte sich")
      if (apposition && between.length === 1 && between[0] === ',' && g.prep === null && clauseOf && clauseOf[g.tokenStart] === clauseOf[m.tokenStart]) { g.tokenEnd = m.tokenEnd; continue; }
      const listComma = between[0] === ',' && !apposition && (between.length === 1 || (between.length === 2 && /^(the|der|die|das)$/.test(between[1]))) && isListable(g.members[0]) && isListable(m) && /^(,|und|and|sowie|or|oder)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '');
      // ", and" joins list members only at the end of a list of three ("France, Britain, and the United States");
      // after a single actor it joins clauses ("Peru sent troops, and the United States offered aid")
      const clauseComma = between[0] === ',' && (between[1] === 'and' || between[1] === 'und') && g.members.length < 2;
      const hasCoord = !clauseComma && (listComma || between.some((w) => w === 'und' || w === 'and' || w === 'sowie' || w === 'als'));
      // "die Armee und die paramilitärischen Rapid Support Forces": an adjective after an article, right before the next actor
      if (between.length > 0 && between.length <= 4 && hasCoord && between.every((w, k) => GROUP_GLUE.has(w) || cues.coordinators.has(w)
        || (lang === 'de' && k === between.length - 1 && k > 0 && /^(der|die|das|den|dem|des)$/.test(between[k - 1]) && /^\p{Ll}+(e|en|er|es|em)$/u.test(tokens[g.tokenEnd + 1 + k].text)))) {
        g.members.push(m);
        g.tokenEnd = m.tokenEnd;
        continue;
      }
    }
    let { prep, article } = m.kind === 'pronoun' ? pronounPrep(tokens, m.tokenStart, cues) : prepOf(tokens, m.tokenStart, cues, lang);
    // "den Umgang Israels mit …", "die Politik Russlands": a German genitive name right after a noun is that noun's attribute
    // (a noun an object's article marks: "der Vertreter Libyens rief …" is Libya's subject, "in Gewahrsam Litauens" Lithuania's custody)
    if (prep === null && lang === 'de' && m.rule.endsWith('.genitive') && m.tokenStart > 1 && isCommonNoun(tokens[m.tokenStart - 1], cues)
      && cues.objectArticles.has(tokens[m.tokenStart - 2].lower)) prep = 'gen';
    groups.push({ members: [m], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, prep, article, modifier: Boolean(m.modifier) });
  }
  return groups;
}

/** A short sentence with no article, as an English headline is written ("Iran given nuclear deadline"). */
function isBareHeadline(tokens: Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (++words > 14 || HEADLINE_ARTICLES.has(t.lower)) return false;
  }
  return true;
}
const HEADLINE_ARTICLES = new Set(['the', 'a', 'an']);
/** Whether a headline's participle of an act of this root has no object, so that it is passive: the headline ends after it
 * (past a particle: "Colombia militant gunned down"), or, of coercion or force, a preposition of place or time follows
 * ("kidnapped in Baghdad"; not "clashed with", "fired at"), or, of words, "over" ("CIA accused over Iraq detainees"). */
function noObjectAfter(tokens: Token[], k: number, root: number, cues: CueSets): boolean {
  if (/^(down|up|out|off)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (t === undefined || (t.kind === 'punct' && t.text !== '-' && t.text !== ':')) return true;
  if (root >= 17) return cues.prepositions.has(t.lower) && !/^(with|to|against|on|at)$/.test(t.lower);
  return root >= 10 && root <= 12 && t.lower === 'over';
}

/** An auxiliary of tense, of the passive or of the future ("has", "wurde", "will", "werde"). */
export function isAuxiliary(cues: CueSets, w: string): boolean {
  return cues.pastAux.has(w) || cues.passiveAux.has(w) || cues.future.has(w);
}

/** A capitalised German word that is no preposition, article or conjunction (a noun before a genitive attribute). */
function isCommonNoun(t: Token, cues: CueSets): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !cues.prepositions.has(t.lower) && !cues.subjectArticles.has(t.lower) && !cues.objectArticles.has(t.lower) && !cues.coordinators.has(t.lower);
}

function pronounPrep(tokens: Token[], start: number, cues: CueSets): { prep: string | null; article: string | null } {
  const w = tokens[start - 1]?.lower ?? '';
  return { prep: cues.prepositions.has(w) && !(w === 'um' && tokens[start - 2]?.text === ',') ? w : null, article: null };
}

/** Whether one of the words stands within the three tokens before the group ("von der Armee", "by Hezbollah militants"). */
function precededBy(tokens: Token[], g: Group, words: Set<string>): boolean {
  for (let j = g.tokenStart - 1; j >= Math.max(0, g.tokenStart - 3); j--) if (words.has(tokens[j].lower)) return true;
  return false;
}

/** "der Sprecher von Präsident Putin wurde festgenommen": a "von" phrase right after an agent noun that coreference gave to its
 * owner ("Sprecher" → of Putin) names whose the agent is, not the agent of a passive. */
function ownsAgentBefore(tokens: Token[], g: Group, groups: Group[]): boolean {
  for (let j = g.tokenStart - 1; j >= Math.max(1, g.tokenStart - 3); j--) {
    if (!/^(von|vom)$/.test(tokens[j].lower)) continue;
    return groups.some((o) => o.members.some((m) => m.tokenEnd === j - 1 && m.rule.includes('→of:')));
  }
  return false;
}

/** A group introduced by "von"/"of" right after an event noun ("Besuch von Präsident Obama"): that event's actor, no passive agent. */
function ofEventNoun(tokens: Token[], g: Group, triggerTokens: Set<number>): boolean {
  // (with an article the phrase is the agent as often: "ein Besuch war von der Junta abgelehnt worden")
  for (let j = g.tokenStart - 1; j >= Math.max(1, g.tokenStart - 3); j--) if (/^(von|of)$/.test(tokens[j].lower)) return triggerTokens.has(j - 1) && !/^(der|dem|den|einer|einem|the|a|an)$/.test(tokens[j + 1]?.lower ?? '');
  return false;
}

/** Whether a German genitive group owns the object after the subject: article, a noun that names no event, "des"/"der", the
 * group ("erkannte die Unabhängigkeit des Kosovo an"; not "die Unterstützung der NATO", which may be the NATO's). */
function ownsObject(g: Group, source: Group | undefined, tokens: Token[], cues: CueSets, triggerTokens: Set<number>): boolean {
  const h = g.tokenStart - 2;
  return Boolean(source) && h - 1 > source!.tokenEnd && /^(der|des)$/.test(tokens[g.tokenStart - 1].lower) && isCommonNoun(tokens[h], cues)
    && (cues.objectArticles.has(tokens[h - 1].lower) || cues.subjectArticles.has(tokens[h - 1].lower)) && !triggerTokens.has(h);
}

/** The "by"/"durch" phrase after an event noun's "of" or genitive phrase, with nothing but that phrase between (no comma, no
 * other preposition): "the arrest of the opposition leader by Zimbabwean police". */
function agentAfterPatient(trig: Trigger, groups: Group[], tokens: Token[], cues: CueSets): Group | undefined {
  const first = tokens[trig.tokenEnd + 1]?.lower;
  if (first !== 'of' && first !== 'des' && first !== 'der') return undefined;
  for (let j = trig.tokenEnd + 2; j <= trig.tokenEnd + 10 && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (w === 'by' || w === 'durch') {
      // (not the agent of a participle the patient has: "the release of women held by U.S.-led forces")
      if (PARTICIPLE_LIKE.test(tokens[j - 1].lower)) return undefined;
      const g = groups.find((x) => x.tokenStart > j && x.tokenStart <= j + 3 && !x.modifier);
      return g && tokens.slice(j + 1, g.tokenStart).every((t) => t.kind === 'word' && !cues.prepositions.has(t.lower)) ? g : undefined;
    }
    if (tokens[j].kind === 'punct' || (cues.prepositions.has(w) && w !== 'of')) return undefined;
  }
  return undefined;
}

/** an English or German word that looks like a participle ("held", "killed", "taken", "unterstützten") */
const PARTICIPLE_LIKE = /^(\p{Ll}+(ed|en|wn)|held|led|made|run|hit|shot|set|put|kept|sent|built|brought|caught|fought|bought|sold|told|found|won|lost|left|met|paid|ge\p{Ll}+(t|te|ten|en))$/u;

function isListable(m: ActorMention): boolean {
  // (and a state's agent: "Leaders from Spain, Portugal and their former colonies")
  return ['country', 'capital', 'organisation', 'person'].includes(m.kind) || (m.kind === 'agent' && /^[A-Z]{3}(GOV|MIL|LEG|JUD|COP)$/.test(m.code));
}

/** Whether a speaker's preposition ("laut", "nach Angaben") opens the one to three capitalised words that end at `end`. */
function afterAttributionPrep(tokens: Token[], end: number, cues: CueSets): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
    if (cues.attributionPreps.startsAt(tokens, k)) return true;
    if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
  }
  return false;
}

function prepOf(tokens: Token[], start: number, cues: CueSets, lang: 'de' | 'en'): { prep: string | null; article: string | null } {
  let article: string | null = null;
  for (let j = start - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const w = tokens[j].lower;
    // (German "an" is a preposition, "an der Grenze", not the English article)
    if (SKIP_BEFORE.test(w) && !(lang === 'de' && w === 'an')) {
      if (article === null) article = w;
      // German genitive attribute "des Gipfels der Brics-Staaten": a noun before the article
      const before = tokens[j - 1];
      // (not a name a speaker's "laut" takes: "laut Sergei Voznyak der persönliche Sprecher")
      if ((w === 'der' || w === 'des') && before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && j - 1 > 0 && !cues.prepositions.has(before.lower)
        && !afterAttributionPrep(tokens, j - 1, cues)) return { prep: 'gen', article };
      continue;
    }
    if (w === 'sowohl' || w === 'both') continue;
    // "im Norden Afghanistans", "in der Hauptstadt Somalias": a genitive name right after a noun of place is where, no subject
    if (lang === 'de' && n === 0 && j > 0 && (COMPASS_DE.test(w) || cues.placeNouns.has(w)) && /\p{Ll}s$/u.test(tokens[start].text)) return { prep: 'gen', article };
    // "in der Hauptstadt Khartum", "in the capital Kabul": a kind of place before the name
    if (n < 3 && cues.placeNouns.has(w)) continue;
    // "tens of thousands of people", "dozens of protesters": a quantity, not an attribute
    if (w === 'of' && j > 0 && QUANTITY.test(tokens[j - 1].lower)) return { prep: null, article };
    if ((w === 'von' || w === 'of') && j > 0 && tokens[j - 1].kind === 'word' && (w === 'of' || /^\p{Lu}/u.test(tokens[j - 1].text)) && !cues.prepositions.has(tokens[j - 1].lower)) {
      // "den Flughafen von Mogadischu", "the capital of Somalia": an attribute of the noun before
      return { prep: 'gen', article };
    }
    if (cues.prepositions.has(w)) {
      // "…, um Präsident Putin um Hilfe zu bitten": "um" right after a comma opens an infinitive clause
      // a conjunction that is also a preposition ("während", "seit", "bis") opens a clause after a comma
      if ((w === 'um' || cues.clauseOpeners.has(w)) && (j === 0 || tokens[j - 1].text === ',')) return { prep: null, article };
      // "rief von New York aus die Armee auf": "aus" closes a "von … aus" phrase, it does not govern what follows
      if (lang === 'de' && w === 'aus' && tokens.slice(Math.max(0, j - 4), j).some((t) => t.lower === 'von')) return { prep: null, article };
      return { prep: w, article };
    }
    // German inflected adjectives between preposition and noun ("gegen die ukrainische Armee")
    if (lang === 'de' && tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && /(e|en|er|es|em)$/.test(w) && n < 3 && !cues.coordinators.has(w)) continue;
    // English adjectives and numbers ("against the ruling party", "to 20 protesters") are a single step at most
    if (lang === 'en' && n < 2 && (tokens[j].kind === 'num' || /^(ruling|main|local|national|former|new|several|many|some|other|two|three|four|five|hundreds|thousands|dozens|more|than)$/.test(w))) continue;
    // and where in a place ("in eastern Indonesia", "in busy central Baghdad")
    if (lang === 'en' && n < 3 && EN_PLACE_ADJECTIVE.test(w)) continue;
    break;
  }
  return { prep: null, article };
}

const COMPASS_DE = /^(nord|süd|ost|west|nordost|nordwest|südost|südwest)(en|e)?$|^zentrum$|^grenzgebiet$|^grenzregion$/;
const EN_PLACE_ADJECTIVE = /^((north|south)(east|west)?(ern)?|east(ern)?|west(ern)?|central|busy|neighbou?ring|restive|remote|rural|downtown|volatile|troubled|mainly|mostly|predominantly)$/;

/** Roles from a source and a target group; the target keeps only members that are not the source.
 * (Module-level helpers rather than named closures per call: tsx keeps function names, at a cost for each closure created.) */
function result(s: Group | undefined, t: Group | undefined, passive = false): Roles {
  // (a source's own code is no target, neither as named nor once a seat of power has become the government)
  return {
    sources: s ? s.members : [],
    targets: t && t !== s ? t.members.filter((m) => !isSourceCode(s, m) && !(m.code.length === 3 && !isSeatOfPower(m) && isDomestic(s, m)))
      .map((m) => isSeatOfPower(m) && isDomestic(s, m) ? { ...m, code: m.code + 'GOV' } : m)
      .filter((m) => !isSourceCode(s, m)) : [],
    passive,
  };
}
/** Whether the source group holds an actor of the country `m` names. */
function isDomestic(s: Group | undefined, m: ActorMention): boolean {
  return Boolean(s?.members.some((x) => x.code.slice(0, 3) === m.code));
}
/** a capital or seat of power named by an actor of its own country stands for the government ("Sudanese rebels accused Khartoum") */
function isSeatOfPower(m: ActorMention): boolean {
  return m.code.length === 3 && (m.kind === 'capital' || m.kind === 'seat');
}
function isSourceCode(s: Group | undefined, m: ActorMention): boolean {
  return Boolean(s?.members.some((x) => isSameActor(x, m)));
}

const ASKED_PREPS = new Set(['on', 'upon', 'to']);
const DE_OBJECT_CONTROL = /^(forderte|fordert|forderten|fordern|aufgefordert|rief|ruft|riefen|rufen|aufgerufen|bat|bittet|baten|bitten|gebeten|drängte|drängt|drängten|gedrängt|ermahnte|ermahnt|ermahnten|zwang|zwingt|zwangen|gezwungen|verpflichtete|verpflichtet|ermutigte|ermutigt|ersuchte|ersucht)$/;

/** In the clause before a zu-infinitive, the object of a verb of asking or ordering: the group after
 * the verb that is not its subject (the subject stands before the verb, or first after it). */
function askedInGoverningClause(groups: Group[], tokens: Token[], gov: Clause): Group | undefined {
  let ctl = -1;
  for (let j = gov.start; j <= gov.end && j < tokens.length; j++) if (DE_OBJECT_CONTROL.test(tokens[j].lower)) { ctl = j; break; }
  if (ctl < 0) return undefined;
  const inClause = groups.filter((g) => g.tokenStart >= gov.start && g.tokenEnd <= gov.end && g.prep === null && !g.modifier);
  const after = inClause.filter((g) => g.tokenStart > ctl);
  const subjectBefore = inClause.some((g) => g.tokenEnd < ctl);
  return after.length >= (subjectBefore ? 1 : 2) ? after[after.length - 1] : undefined;
}

/** A zu-infinitive, or an English verb right after "to". */
export function isInfinitive(trig: Trigger, tokens: Token[], lang: string): boolean {
  return trig.form === 'zu-infinitive' || (lang === 'en' && tokens[trig.tokenIndex - 1]?.lower === 'to');
}

export function assignRoles(trig: Trigger, groups: Group[], tokens: Token[], clauses: Clause[], clauseOf: number[], cues: CueSets, lang: string, hasVerbTriggerInClause: boolean, triggerTokens: Set<number> = new Set(), nextVerb = Infinity): Roles {
  const ci = clauseOf[trig.tokenIndex];
  const clause = clauses[ci];
  // a list "Frankreich, Großbritannien und die USA" spans commas: it belongs to the clause it ends in
  const local = groups.filter((g) => (clauseOf[g.tokenStart] === ci || clauseOf[g.tokenEnd] === ci) && (g.tokenEnd < trig.tokenIndex || g.tokenStart > trig.tokenEnd))
    // "after Cambodian troops fired rockets": a conjunction that is also a preposition opened the clause, its subject has no preposition
    .map((g) => clause.openerToken !== null && g.prep === clause.opener && g.tokenStart > clause.openerToken && g.tokenStart - clause.openerToken <= 4 ? { ...g, prep: null } : g);

  if (trig.kind === 'noun') return nounRoles(trig, groups, local, tokens, cues, hasVerbTriggerInClause, clauses, clauseOf);

  // passive: "wurde … gestürzt", "was attacked by"
  // a title-case headline drops its auxiliaries: "14 Palestinian Militants Killed in Gaza"
  // (so does a headline in sentence case, a short first sentence with no article, when no object follows the participle:
  // "Briton, two Americans kidnapped in Baghdad", "Turkey-EU deal welcomed"; "Israel bombed targets in Gaza", "clashed with
  // police", "Putin arrived in Ankara" are active)
  const headlinePassive = lang === 'en' && trig.tokenIndex > 0 && ((/^\p{Lu}\p{Ll}+(ed|en)$/u.test(tokens[trig.tokenIndex].text) && isTitleCase(tokens))
    || (trig.sentence === 0 && (trig.form === 'participle' || /^\p{Ll}+(ed|en)$/u.test(tokens[trig.tokenIndex].text))
      && noObjectAfter(tokens, trig.tokenEnd + 1, Number(trig.code.slice(0, 2)), cues) && isBareHeadline(tokens)));
  // a state that lasts: "Bazoum, who remains detained" (coercion and force only: "remains committed" is no passive)
  const statePassive = lang === 'en' && STATE_VERBS.has(tokens[trig.tokenIndex - 1]?.lower ?? '') && /(ed|en)$/.test(tokens[trig.tokenIndex].lower) && Number(trig.code.slice(0, 2)) >= 17;
  const passive = headlinePassive || statePassive || trig.form === 'participle' && (lang === 'en'
    ? enPassiveAuxBefore(tokens, trig.tokenIndex)
      // a reduced relative: "hostages held by al-Shabaab gunmen", "villages attacked by Russian troops", "engineers kidnapped in Pakistan"
      || tokens[trig.tokenEnd + 1]?.lower === 'by' || reducedRelative(tokens, trig.tokenIndex, trig.targetPreps, trig.particleIndex !== undefined ? tokens[trig.particleIndex].lower : null, trig.withIndex)
    : clauseHasAny(tokens, clause, PASSIVE_AUX.de) || attributiveWithAgent(tokens, trig.tokenIndex, cues)
      // (a state passive with "sein" of an arrest, an assault or a killing: "Der dritte Attentäter ist längst gefasst", "sind
      // festgenommen"; not the perfect of a verb of motion, "ist einmarschiert", nor of one whose target a preposition names, "ist gegen
      // die Zeitung vorgegangen")
      || (/^(17|18|20)/.test(trig.code) && !trig.targetPreps.length && clauseHasAny(tokens, clause, SEIN_AUX) && !clauseHasAny(tokens, clause, HABEN_AUX)));
  if (passive) {
    // (not the "von" of an event noun: "kurz vor dem Besuch von Präsident Obama … entlassen worden")
    const byAgent = local.find((g) => g.tokenStart < trig.tokenIndex + 6 && precededBy(tokens, g, cues.agentPreps) && !ofEventNoun(tokens, g, triggerTokens) && !ownsAgentBefore(tokens, g, groups));
    // "UN sanctions were imposed on Iraq", "die EU-Sanktionen gegen Iran wurden verhängt", "US-Hilfe wurde ausgesetzt": with no
    // agent named, the actor that qualifies the with-noun of a pattern of aid or sanctions (whose sanctions or aid they are)
    // is the agent. (An organisation, or a German adjective or short prefix: "Iran sanctions", "Russland-Sanktionen" are
    // sanctions against the country named.)
    const w = trig.withIndex;
    const agent = byAgent ?? (w === undefined || w > trig.tokenIndex || !OWNED_WITH_ROOTS.test(trig.code) ? undefined
      : local.find((g) => g.prep === null && (g.tokenEnd === w - 1 || (g.tokenStart === w && g.tokenEnd === w))
        && g.members.every((m) => m.kind === 'organisation' || COLLECTIVE_OWNER.test(m.code) || (lang === 'de' && OWNER_FORM.test(m.rule)))))
      ?? (Number(trig.code.slice(0, 2)) >= 18 ? originOfMeans(groups, tokens, triggerTokens, clauseOf, ci) : undefined);
    // the patient: the passive subject, else a target phrase ("wird gegen Gaddafi ein Reiseverbot verhängt")
    const root = Number(trig.code.slice(0, 2));
    // a reduced relative's patient is the noun it follows ("freed hostages held by al-Shabaab gunmen")
    const reduced = lang === 'en' && (tokens[trig.tokenEnd + 1]?.lower === 'by' || reducedRelative(tokens, trig.tokenIndex, trig.targetPreps, null, trig.withIndex))
      ? local.find((g) => g.tokenEnd === trig.tokenIndex - 1 && g !== agent) : undefined;
    // (in English the subject stands right before the auxiliaries: "claims a Basra hotel worker was beaten to death by UK soldiers")
    const nextToAux = lang === 'en' && !reduced ? local.find((g) => g.prep === null && !g.modifier && g !== agent && g.tokenEnd === beforeAuxiliaries(tokens, trig.tokenIndex)) : undefined;
    const subj = reduced ?? nextToAux ?? local.find((g) => g.prep === null && !g.modifier && g !== agent)
      ?? local.find((g) => g !== agent && g.prep !== null && (trig.targetPreps.includes(g.prep) || (root >= 10 ? CONFLICT_PREPS : COOP_PREPS).has(g.prep)))
      // "wurden Stellungen der Hamas bombardiert": the owner of a subject that names no actor
      ?? (lang === 'de' ? local.find((g) => g !== agent && g.prep === 'gen' && g.tokenEnd < trig.tokenIndex) : undefined)
      ?? subjectFromLeft(groups, clauses, ci, clauseOf);
    return result(agent, subj, true);
  }

  // an attributive English participle: "gave a visiting U.N. official", "met the visiting Chinese premier" — the actor it
  // qualifies acts, towards the clause's subject
  if (lang === 'en' && /ing$/.test(tokens[trig.tokenIndex].lower) && /^(a|an|the|his|her|its|their)$/.test(tokens[trig.tokenIndex - 1]?.lower ?? '')) {
    const qualified = local.find((g) => g.tokenStart === trig.tokenEnd + 1 && g.prep === null);
    if (qualified) {
      const subj = local.find((g) => g.tokenEnd < trig.tokenIndex - 1 && g.prep === null && !g.modifier);
      return result(qualified, subj);
    }
  }

  // "a video showing Iraqi militants beheading a Turkish hostage", "arrested protesters demanding …": an English -ing verb right
  // after an actor that is no subject of its own clause has that actor as its subject
  if (isEnglishIng(trig, tokens, lang)) {
    const before = local.find((g) => g.tokenEnd === trig.tokenIndex - 1 && g.prep === null && !g.modifier);
    const first = local.find((g) => g.prep === null && !g.modifier && g.tokenEnd < trig.tokenIndex);
    if (before && first && before !== first) {
      const object = local.find((g) => g.tokenStart > trig.tokenEnd && g.tokenStart < nextVerb && (g.prep === null || (trig.targetPreps.length ? trig.targetPreps.includes(g.prep) : CONFLICT_PREPS.has(g.prep))));
      return result(before, object);
    }
  }
  // infinitive clauses have the subject of the clause they depend on
  let source: Group | undefined;
  const isInfClause = isInfinitive(trig, tokens, lang) || clause.opener === 'um';
  // (English "who"/"which" after a noun is relative without a comma: "a boycott by rebels who accused Khartoum")
  const relative = clause.opener && ['which', 'who', 'der', 'die', 'das', 'welche', 'welcher'].includes(clause.opener) && clause.openerToken !== null
    && (tokens[clause.openerToken - 1]?.text === ',' || (lang === 'en' && (clause.opener === 'who' || clause.opener === 'which')))
    // (so is an English "that" with no subject of its own before the verb: "violence that has killed", not "said that Russia …")
    || (lang === 'en' && clause.opener === 'that' && clause.openerToken !== null && clause.openerToken < trig.tokenIndex
      && tokens.slice(clause.openerToken + 1, trig.tokenIndex).every((t) => isAuxiliary(cues, t.lower)));
  // "two French journalists they were holding hostage", "soldiers they had held": an English pronoun right before the verb's
  // auxiliaries is its subject, and the noun before it what the verb is done to
  const auxAt = lang === 'en' && !isInfClause && trig.kind === 'verb' ? beforeAuxiliaries(tokens, trig.tokenIndex) : -1;
  const pronounSubject = auxAt > 0 ? local.find((g) => g.tokenStart === auxAt && g.tokenEnd === auxAt && g.prep === null && g.members.every((m) => m.kind === 'pronoun')) : undefined;
  if (pronounSubject) {
    const object = local.find((g) => g.tokenEnd === auxAt - 1 && g !== pronounSubject && g.members.every((m) => m.kind !== 'pronoun'));
    if (object) return result(pronounSubject, object);
  }
  // (so does a name right after the noun it is done to: "the number of Palestinians Israel has killed")
  const namedSubject = auxAt > 0 && auxAt < trig.tokenIndex - 1 ? local.find((g) => g.tokenEnd === auxAt && g.prep === null && !g.modifier && g.members.every((m) => m.kind === 'country' || m.kind === 'person' || m.kind === 'organisation')) : undefined;
  if (namedSubject) {
    // (not an apposition, which names the same side: "Pakistani President General Pervez Musharraf has arrived")
    const object = local.find((g) => g.tokenEnd === namedSubject.tokenStart - 1 && g !== namedSubject && !g.modifier && g.members.every((m) => m.kind !== 'pronoun')
      && g.members.every((m) => namedSubject.members.every((x) => x.code.slice(0, 3) !== m.code.slice(0, 3))));
    if (object) return result(namedSubject, object);
  }
  // "Russia plans to sign an agreement", "Putin is expected to sign": in English the subject often stands in the same clause
  if (isInfClause && lang === 'en') {
    const before = local.filter((g) => g.tokenEnd < trig.tokenIndex && g.prep === null && !g.modifier);
    source = before[0];
    // "the UN urged Israel to withdraw": after a verb of asking or ordering, the one asked acts
    // (also with a preposition: "called on Russia to withdraw", "appealed to both sides to respect")
    const asked = before.length ? local.find((g) => g.tokenStart > before[0].tokenEnd && g.tokenEnd < trig.tokenIndex && !g.modifier && (g.prep === null || ASKED_PREPS.has(g.prep))
      && tokens.slice(before[0].tokenEnd + 1, g.tokenStart).some((t) => OBJECT_CONTROL.test(t.lower))) : undefined;
    if (asked) source = asked;
  }
  // "Deutschland forderte Ägypten auf, Mursi freizulassen": the one asked acts (the object after the verb of asking)
  if (isInfClause && lang === 'de' && ci > 0) source = askedInGoverningClause(groups, tokens, clauses[ci - 1]) ?? source;
  if (isInfClause && !source) source = subjectFromLeft(groups, clauses, ci, clauseOf, false);
  // a coordinated predicate ("China insists that … and has threatened to attack") shares the main clause's subject
  const p1 = tokens[trig.tokenIndex - 1]?.lower ?? '';
  const p2 = tokens[trig.tokenIndex - 2]?.lower ?? '';
  const coordinated = COORD_WORDS.has(p1) || (COORD_WORDS.has(p2) && isAuxiliary(cues, p1));
  if (!source && coordinated && clause.opener) {
    source = groups.find((g) => g.tokenEnd < trig.tokenIndex && g.prep === null && !g.modifier && !clauses[clauseOf[g.tokenStart]].opener);
  }
  // German: "Der UN-Hochkommissar für Menschenrechte, Seid Ra'ad al-Hussein, hat Myanmar … vorgeworfen": after an apposition
  // the clause opens with its finite verb, and the apposition names the subject
  if (!source && !isInfClause && lang === 'de' && ci >= 1 && !clause.opener) {
    const first = tokens[clause.start]?.lower ?? '';
    const verbFirst = clause.start === trig.tokenIndex || isAuxiliary(cues, first);
    const prev = clauses[ci - 1];
    const appo = verbFirst && !prev.opener && tokens[prev.end]?.text === ',' ? groups.find((g) => g.tokenStart <= prev.start && g.tokenEnd === prev.end - 1 && !g.modifier) : undefined;
    // (the name in the apposition, not the head it was listed with: "Der oberste Führer des Iran, Ayatollah Ali Khamenei, schickte")
    if (appo && (ci === 1 || tokens[clauses[ci - 2].end]?.text === ',')) source = { ...appo, members: appo.members.filter((m) => m.tokenStart >= prev.start) };
    // "Russland, das den Sieg beanspruchte, griff die Ukraine an": after a relative clause the main clause goes on with its
    // finite verb, and the noun the relative clause follows is its subject (unless an article marks it as the object)
    else if (verbFirst && ci >= 2 && isRelativeClause(prev, tokens)) source = antecedentOf(groups, tokens, clauses[ci - 2], cues);
  }
  if (!source && !isInfClause) {
    const before = local.filter((g) => g.tokenEnd < trig.tokenIndex && g.prep === null && !g.modifier);
    const nominative = before.filter((g) => !(g.article && cues.objectArticles.has(g.article)));
    // (in a German relative clause whose only actors carry an object's article the relative pronoun is the subject:
    // "Der israelische UNO-Botschafter, der dem UNHRC Parteilichkeit vorwirft")
    source = nominative[0] ?? (relative && lang === 'de' && before.length ? undefined : before[0]);
    // "Israelische Kampfflugzeuge griffen … an", "An Iraqi group killed": a nationality adjective on the subject noun
    source ??= local.find((g) => g.tokenEnd < trig.tokenIndex && g.prep === null && g.modifier && !(g.article && cues.objectArticles.has(g.article)) && !isTriggerNounAfter(tokens, g, triggerTokens));
  }
  // "violence that has killed at least 20 people", "die Gewalt, die … getötet hat": a relative clause on a noun that names no
  // actor has that noun as its subject, and no actor of the sentence stands in for it
  // (English: a lower-case noun before the pronoun; a German noun's capital does not tell it from a name or a place)
  const nounAntecedent = !source && relative && lang === 'en' && clause.openerToken !== null && !namesActorBefore(groups, tokens, clause.openerToken, cues);
  if (!source && relative) source = lastGroupBefore(groups, clause.start);
  // "Delegates at Iraq's National Conference called on …", "Officials in Kabul said": the body a subject noun belongs to
  if (!source && lang === 'en') source = local.find((g) => g.tokenEnd < trig.tokenIndex && (g.prep === 'at' || g.prep === 'in' || g.prep === 'of' || g.prep === 'from') && !g.modifier
    && prepTokenBefore(tokens, g) >= 0 && prepTokenBefore(tokens, g) <= clause.start + 4);
  let subjectless = false;
  // "…, killing dozens of civilians and wounding 30": an English participle clause has the main clause's subject
  if (!source && lang === 'en' && ci > 0 && /ing$/.test(tokens[trig.tokenIndex].lower)
    && (trig.tokenIndex <= clause.start + 1 || COORD_WORDS.has(tokens[trig.tokenIndex - 1]?.lower ?? ''))) {
    source = subjectFromLeft(groups, clauses, ci, clauseOf, true);
    // (a subject stands at the head of its clause: "A powerful earthquake in Costa Rica shook presidents … while damaging
    // houses" has no actor as its subject, and the presidents after its verb are none)
    if (source && !headsItsClause(tokens, source, clauses[clauseOf[source.tokenStart]], cues)) { source = undefined; subjectless = true; }
  }
  // "Raketen aus dem Gazastreifen trafen Israel", "Politiker aus Polen kritisierten …": a subject noun that names no actor,
  // opening the clause, takes the one it comes from
  if (!source && lang === 'de' && !isInfClause) source = local.find((g) => g.tokenEnd < trig.tokenIndex && g.prep === 'aus' && !g.modifier && opensClauseBefore(tokens, clause, prepTokenBefore(tokens, g), cues));
  if (!source) {
    // German inversion: "Letzte Woche rief er …", "kündigte der Kreml an"; English inverts only speech ("…, said the minister")
    // and otherwise takes an interrupted subject ("Algeria, which had opposed intervention, agreed to …")
    source = local.find((g) => g.tokenStart > trig.tokenIndex && g.prep === null && !g.modifier && !(g.article && cues.objectArticles.has(g.article))
      && (lang !== 'en' || (trig.code.startsWith('01') && g.tokenStart <= trig.tokenEnd + 3)));
  }
  if (!source && !isInfClause) source = subjectFromLeft(groups, clauses, ci, clauseOf, true);
  if (nounAntecedent || subjectless) source = undefined;
  // "Peace talks between Darfur rebels and the Sudanese Government have resumed": with no subject, a pair after "between" acts with each other
  if (!source) {
    const pair = groups.find((g) => (g.prep === 'between' || g.prep === 'zwischen') && g.members.length >= 2 && clauseOf[g.tokenStart] === ci);
    const others = pair ? pair.members.slice(1).filter((m) => m.code !== pair.members[0].code) : [];
    if (pair && others.length) return { sources: [pair.members[0]], targets: others, passive: false };
  }

  // target
  // (not a genitive country right after the subject, its owner: "Die Armee Malis hat Waffen der Rebellen beschlagnahmt")
  const cands = local.filter((g) => g !== source && !sameActors(g, source)
    && !(source && g.tokenStart === source.tokenEnd + 1 && g.members.every((m) => m.rule.endsWith('.genitive')))
    // (nor the object of an event noun after the verb: "verweisen auf einen Anschlag auf die US-Botschaft", "condemned an
    // attack on the embassy": the embassy is the attack's target)
    && !ofNounAfter(trig, g, tokens, triggerTokens)
    // (nor a country that names the topic: "asked for support on the Iraq issue", "over the Gaza pullout")
    && !namesTopic(g, tokens, cues)
    // (nor a nationality that only says where a border runs: "houses in a refugee camp on the Egyptian border")
    && !namesBorder(g, tokens));
  let target: Group | undefined;
  // "Sanktionen gegen Libyen … beschlossen": the target attaches to the pattern's `with` noun first
  if (trig.withIndex !== undefined) {
    const w = trig.withIndex;
    const root = Number(trig.code.slice(0, 2));
    // "Sanktionen gegen Libyen", "zur Unterstützung der russischen Truppen" (genitive object of the noun)
    target = cands.find((g) => g.tokenStart > w && g.tokenStart <= w + 4 && g.prep !== null
      && (g.prep === 'für' || g.prep === 'for' || (trig.targetPreps.length ? trig.targetPreps.includes(g.prep) : root >= 10 ? CONFLICT_PREPS.has(g.prep) : COOP_PREPS.has(g.prep)) || (g.prep === 'gen' && g.tokenStart <= w + 3)));
  }
  if (!target && trig.targetPreps.length) target = nearest(cands.filter((g) => g.prep !== null && trig.targetPreps.includes(g.prep)), trig.tokenIndex);
  if (!target) {
    const root = trig.code.slice(0, 2);
    const preps = ['03', '04', '05', '06'].includes(root) ? COOP_PREPS : root === '02' ? APPEAL_PREPS : root === '14' ? PROTEST_PREPS : Number(root) >= 10 ? CONFLICT_PREPS : new Set<string>();
    // (German "an" marks an object of many verbs: "lieferte Waffen an die Ukraine", "übergab die Macht an eine Zivilregierung")
    const objs = cands.filter((g) => g.prep === null || g.prep === 'an' || preps.has(g.prep) || (trig.code.startsWith('042') && VISIT_PREPS.has(g.prep))).filter((g) => !(lang === 'en' && g.tokenEnd < trig.tokenIndex && g.prep === null && !g.modifier));
    // (not beyond the next verb, whose object it is: "condemned the attack and offered Nairobi assistance")
    const after = objs.filter((g) => g.tokenStart > trig.tokenEnd && g.tokenStart < nextVerb);
    let between = objs.filter((g) => g.tokenEnd < trig.tokenIndex && (!source || g.tokenStart > source.tokenEnd));
    // "hatten den Palast gestürmt und den Präsidenten gefangen genommen": in German a participle and "und" before the verb's
    // own objects close the objects of the verb before it
    if (lang === 'de' && between.length > 1) {
      let k = trig.tokenIndex - 1;
      // (a verb right after a noun or "zu", not an adjective after an article: "einer norwegischen und einer chinesischen Geisel")
      while (k > between[0].tokenEnd && !(COORD_DE.has(tokens[k].lower) && /^\p{Ll}+(t|en)$/u.test(tokens[k - 1]?.text ?? '')
        && (/^\p{Lu}/u.test(tokens[k - 2]?.text ?? '') || tokens[k - 2]?.lower === 'zu'))) k--;
      if (k > between[0].tokenEnd) between = between.filter((g) => g.tokenStart > k);
    }
    if (lang === 'de') target = trig.form === 'finite' && !isVerbFinal(trig, clause) ? after[0] ?? between[0] : between[0] ?? after[0];
    else target = after[0] ?? between[between.length - 1];
    // "die Beziehungen zwischen Teheran und Moskau gelobt": the pair other than the source
    target ??= cands.find((g) => g.prep === 'zwischen' || g.prep === 'between');
    // "bombardierten den Flughafen von Mogadischu": the owner of the attacked or visited object
    // (the nearest, not the owner of the subject itself: "Die Armee Malis hat Waffen der Rebellen beschlagnahmt")
    // (so of what is recognised, praised or supported, when that is no event of its own: "erkannte die Unabhängigkeit des Kosovo
    // an", "lobte die Politik der Ukraine"; "die Unterstützung der NATO" may be the NATO's)
    target ??= nearest(cands.filter((g) => g.prep === 'gen' && Math.abs(g.tokenStart - trig.tokenIndex) <= 6 && !g.modifier
      && (Number(root) >= 10 || (lang === 'de' && ownsObject(g, source, tokens, cues, triggerTokens)))
      && !(source && g.tokenStart === source.tokenEnd + 1)), trig.tokenIndex);
    // "führt einen Krieg in der Ukraine": fighting in a country is fighting against it
    if (!target && Number(root) >= 18) target = cands.find((g) => (g.prep === 'in' || g.prep === 'im') && g.tokenStart > trig.tokenIndex - 8 && g.members.every((m) => m.kind === 'country'));
  }
  return result(source, target);
}

/**
 * "18 von Taliban-Kämpfern als Geiseln genommene Insassen", "die von Rebellen kontrollierte Stadt": a German participle before
 * the noun it qualifies, with "von"/"durch" a few words before it, is passive, its agent that phrase.
 */
function attributiveWithAgent(tokens: Token[], i: number, cues: CueSets): boolean {
  if (!/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || tokens[i + 1].kind !== 'word') return false;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (cues.agentPreps.has(tokens[j].lower)) return true;
  }
  return false;
}

/** roots whose with-noun is what the agent gives or imposes: aid (07), sanctions and cuts (16), restrictions (17) */
const OWNED_WITH_ROOTS = /^(07|16|17)/;
/** an organisation or collective in a compound ("UN-Sanktionen"), and the German adjective and prefix forms of a country */
const COLLECTIVE_OWNER = /^(UNO|EUU|NAT|IGO|WST)/;
const OWNER_FORM = /^(country\.[A-Z]{3}\.(adjective|prefix)|org\.)/;

/** The index of the word before the English auxiliaries and adverbs that precede a participle ("worker was allegedly beaten"). */
function beforeAuxiliaries(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && EN_AUX_CHAIN.has(tokens[k].lower)) k--;
  return k < i - 1 ? k : -1;
}
const EN_AUX_CHAIN = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'reportedly', 'allegedly', 'apparently', 'also']);

/** Whether a noun phrase opens the clause right before token p: its noun (capitalised) just before p, and before that at most
 * an article, the sentence's first word and lower-case words ("Raketen", "Die abgefeuerten Raketen", "Zwei Politiker"; not
 * "haben Sie Erfahrungen"). */
function opensClauseBefore(tokens: Token[], clause: Clause, p: number, cues: CueSets): boolean {
  if (p <= clause.start || p > clause.start + 3 || !/^\p{Lu}/u.test(tokens[p - 1].text)) return false;
  for (let j = clause.start; j < p - 1; j++) {
    const t = tokens[j];
    if (!(t.kind === 'num' || /^\p{Ll}/u.test(t.text) || j === 0 || (j === clause.start && cues.subjectArticles.has(t.lower)))) return false;
  }
  return true;
}

/** The index of the preposition that introduces a group (the first of up to four tokens before it that is one). */
function prepTokenBefore(tokens: Token[], g: Group): number {
  for (let j = g.tokenStart - 1; j >= Math.max(0, g.tokenStart - 4); j--) if (tokens[j].lower === g.prep) return j;
  return -1;
}

/** The subject after the finite verb of a German clause that opens with the noun phrase of `trig` (up to three words before it,
 * none of them an actor): the first lower-case word after the noun that is no preposition or article is taken for the verb. */
function subjectAfterFrontedObject(trig: Trigger, local: Group[], tokens: Token[], clause: Clause, cues: CueSets): Group | undefined {
  const i = trig.tokenIndex;
  if (i - clause.start > 3 || local.some((g) => g.tokenEnd < i && g.tokenStart >= clause.start)) return undefined;
  // (not a noun a preposition governs, an adjunct: "Nach den Anschlägen von November hatte Moskau …")
  for (let j = clause.start; j < i; j++) if (cues.prepositions.has(tokens[j].lower) || tokens[j].lower === 'um') return undefined;
  let v = trig.tokenEnd + 1;
  while (v <= Math.min(clause.end, trig.tokenEnd + 4) && !(tokens[v].kind === 'word' && /^\p{Ll}/u.test(tokens[v].text) && !cues.prepositions.has(tokens[v].lower)
    && !cues.subjectArticles.has(tokens[v].lower) && !cues.objectArticles.has(tokens[v].lower) && !/^(als|wie|und|oder|sowie)$/.test(tokens[v].lower))) v++;
  if (v > clause.end || tokens[v].kind !== 'word') return undefined;
  // (a name that qualifies the noun after it is that noun's owner, the object: "Die Ermittlungen … machten Rousseffs Abgang …")
  const subj = local.find((g) => g.tokenStart === v + 1 && g.prep === null && !g.modifier);
  return subj && !/^\p{Lu}/u.test(tokens[subj.tokenEnd + 1]?.text ?? '') ? subj : undefined;
}

/** A country named before a noun of topic after "on", "over", "about" ("on the Iraq issue", "over the Iran nuclear dispute"). */
function namesTopic(g: Group, tokens: Token[], cues: CueSets): boolean {
  if (g.prep === null || !TOPIC_PREPS.has(g.prep) || !g.members.every((m) => m.kind === 'country' || m.kind === 'adjective' || m.kind === 'demonym')) return false;
  for (let j = g.tokenEnd + 1; j <= g.tokenEnd + 3 && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (cues.topicNouns.has(w)) return true;
    if (tokens[j].kind !== 'word' || !/^\p{Ll}/u.test(tokens[j].text)) return false;
  }
  return false;
}
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding', 'concerning']);

/** A country's adjective or name before "border"/"Grenze" in a phrase of place ("on the Egyptian border", "an der syrischen Grenze"). */
function namesBorder(g: Group, tokens: Token[]): boolean {
  if (g.prep === null || !BORDER_PREPS.has(g.prep) || !g.members.every((m) => m.kind === 'adjective' || m.kind === 'demonym' || m.kind === 'country')) return false;
  return BORDER_NOUNS.has(tokens[g.tokenEnd + 1]?.lower ?? '');
}
const BORDER_PREPS = new Set(['on', 'at', 'along', 'near', 'across', 'an', 'entlang', 'nahe', 'zur', 'bei']);
const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'grenze']);

/** Whether the phrase `g` after the trigger hangs on an event noun between them by its preposition ("einen Anschlag auf die Botschaft"). */
function ofNounAfter(trig: Trigger, g: Group, tokens: Token[], triggerTokens: Set<number>): boolean {
  if (g.prep === null || g.prep === 'gen' || g.tokenStart <= trig.tokenEnd) return false;
  const p = prepTokenBefore(tokens, g);
  // (not the verb's own with-noun: "erhob Anklage gegen den früheren Präsidenten", the charges are the verb's)
  return p > trig.tokenEnd + 1 && triggerTokens.has(p - 1) && p - 1 !== trig.withIndex && CONFLICT_PREPS.has(g.prep);
}

function isTriggerNounAfter(tokens: Token[], g: Group, triggerTokens: Set<number>): boolean {
  for (let j = g.tokenEnd + 1; j < Math.min(tokens.length, g.tokenEnd + 3); j++) if (triggerTokens.has(j)) return true;
  return false;
}

function isVerbFinal(trig: Trigger, clause: Clause): boolean {
  return trig.tokenIndex >= clause.end - 1 || trig.form !== 'finite';
}

function nounRoles(trig: Trigger, groups: Group[], local: Group[], tokens: Token[], cues: CueSets, hasVerb: boolean, clauses: Clause[], clauseOf: number[]): Roles {
  const i = trig.tokenIndex;
  // "soldiers were killed in two attacks blamed on Kurdish rebels": who it is blamed on did it, to the clause's subject
  if (/^(blamed|attributed)$/.test(tokens[trig.tokenEnd + 1]?.lower ?? '') && /^(on|to)$/.test(tokens[trig.tokenEnd + 2]?.lower ?? '')) {
    const agent = groups.find((g) => g.tokenStart > trig.tokenEnd + 2 && g.tokenStart <= trig.tokenEnd + 5 && !g.modifier);
    if (agent) {
      const patient = local.find((g) => g.tokenEnd < i && g.prep === null && !g.modifier);
      return { sources: agent.members, targets: patient ? patient.members : [], passive: false };
    }
  }
  // source: a modifier right before the noun ("die israelischen Angriffe", "US-Angriffe", "Russia's invasion")
  let source = groups.find((g) => g.tokenEnd < i && g.tokenEnd >= i - 3 && onlyAdjectivesBetween(tokens, g.tokenEnd, i) && (g.modifier || tokens[g.tokenEnd + 1]?.lower === "'s" || g.tokenEnd === i - 1 || g.tokenStart === i));
  // a place written into a visit noun is where the visit goes ("bei ihrem Israel-Besuch", "Chinareise"), not who makes it
  let destination = isVisitCode(trig.code) ? groups.find((g) => g.tokenStart === i && g.tokenEnd === i && g.members.every((m) => m.kind === 'adjective' || m.kind === 'country' || m.kind === 'capital')) : undefined;
  // "the Armenian genocide", "der armenische Völkermord": the qualifier names the victims
  if (trig.qualifierIsTarget && source && (source.modifier || source.tokenStart === i || source.tokenEnd === i - 1)) destination = source;
  if (source === destination) source = undefined;
  // compound prefix inside the noun token itself ("US-Militäraktion")
  // (not a bare agent word that is part of a multiword trigger, "military actions by Rwanda": the by-phrase names the actor)
  source ??= groups.find((g) => g !== destination && g.tokenStart === i && !(trig.tokenEnd > i && g.tokenEnd <= trig.tokenEnd && g.members.every((m) => m.kind === 'agent')));
  // possessive pronoun: "seine Militäroffensive", "its offensive" → the nearest actor before it
  const prevTok = tokens[i - 1]?.lower ?? '';
  // (but "seiner Verhaftung", "his arrest", "ihre Entführung": of an arrest, expulsion, abduction or killing, the one it befalls)
  let possessed: Group | undefined;
  const ownersWord = cues.possessiveM.has(prevTok) || cues.possessivePlural.has(prevTok) || prevTok === 'its';
  if (!source && (ownersWord || cues.possessiveF.has(prevTok))) {
    // (a person of the possessive's gender; else the subject or object before it rather than a place or setting: "Cameron will
    // beim EU-Gipfel seine Forderungen durchsetzen", "an assassination attempt against President Bush during his visit")
    const g1 = cues.possessiveM.has(prevTok) ? 'm' : cues.possessiveF.has(prevTok) && !cues.possessivePlural.has(prevTok) ? 'f' : null;
    const owner = (g1 ? groups.findLast((g) => g.tokenEnd < i - 1 && !g.modifier && g.members.some((m) => m.kind === 'person' && m.gender === g1)) : undefined)
      ?? groups.findLast((g) => g.tokenEnd < i - 1 && !g.modifier && g.prep === null) ?? groups.findLast((g) => g.tokenEnd < i - 1 && !g.modifier && g.prep !== 'gen');
    if (PATIENT_NOUN_CODES.test(trig.code)) possessed = owner;
    else if (ownersWord) source = owner;
  }
  // genitive or "von"/"by" after the noun: "der Angriff Israels", "attacks by rebels"
  source ??= groups.find((g) => g.tokenStart > trig.tokenEnd && g.tokenStart <= trig.tokenEnd + 3 && (precededBy(tokens, g, AGENT_WORDS) || (g.prep === null && g.article === null && /s$/.test(tokens[g.tokenEnd].text) && cues.prepositions.has('von'))));
  // (past the patient's "of"/genitive phrase: "the killing of three Palestinians by Israeli troops", "die Festnahme des
  // Oppositionsführers durch die Polizei")
  source ??= agentAfterPatient(trig, groups, tokens, cues);
  // genitive right after the noun: "der Staatsbesuch des französischen Präsidenten", "the visit of the French president"
  const nounRoot = Number(trig.code.slice(0, 2));
  // the genitive of a visit or an agreement is its agent; of an arrest or an attack, its victim (below)
  if (nounRoot < 10) source ??= groups.find((g) => g.prep === 'gen' && g.tokenStart > trig.tokenEnd && g.tokenStart <= trig.tokenEnd + 4 && !g.modifier && g.members.every((m) => m.kind === 'person' || m.kind === 'agent' || m.kind === 'country')
    && tokens.slice(trig.tokenEnd + 1, g.tokenStart).every((t) => /^(der|des|of|the|von|vom)$/i.test(t.text) || /^\p{Ll}/u.test(t.text)));
  // so is the German genitive of a demand, a criticism, a rejection, a threat or a protest ("eine Forderung der EU-Außenminister nach …",
  // "die Kritik der Opposition an …"): words are said by someone; what they are about follows with a preposition
  if (nounRoot >= 10 && nounRoot <= 16) source ??= groups.find((g) => g.prep === 'gen' && g.tokenStart > trig.tokenEnd && g.tokenStart <= trig.tokenEnd + 3 && !g.modifier
    && g.members.every((m) => m.kind === 'person' || m.kind === 'agent' || m.kind === 'organisation' || m.kind === 'country')
    && tokens.slice(trig.tokenEnd + 1, g.tokenStart).every((t) => /^(der|des)$/.test(t.lower) || (/^\p{Ll}/u.test(t.text) && !cues.prepositions.has(t.lower))));
  // "ein Luftangriff der israelischen Armee", "attacks of the rebels": a genitive armed force is the attacker, not the victim
  // (so is it of a ban, "das Betätigungsverbot der Militärjunta"; of an arrest or a crackdown it is whom it befalls:
  // "die Niederschlagung der tamilischen Rebellen")
  if (nounRoot >= 18 || trig.code.startsWith('172')) source ??= groups.find((g) => g.prep === 'gen' && g.tokenStart > trig.tokenEnd && g.tokenStart <= trig.tokenEnd + 4 && !g.modifier
    && g.members.every((m) => ARMED_ROLES.test(m.code.slice(3)) || (m.kind === 'organisation' && /^(IMG|[A-Z]{3}(REB|INS|SEP|UAF|MIL))/.test(m.code)))
    && tokens.slice(trig.tokenEnd + 1, g.tokenStart).every((t) => /^(der|des|of|the)$/i.test(t.text) || (/^\p{Ll}/u.test(t.text) && !cues.prepositions.has(t.lower))));
  // "von X angeführte Offensive"
  source ??= groups.find((g) => g.tokenEnd < i && g.tokenEnd >= i - 3 && precededBy(tokens, g, AGENT_WORDS) && /(t|te|ten|ed)$/.test(tokens[i - 1]?.lower ?? ''));
  // "Artilleriefeuer aus Syrien", "rocket fire from Gaza": where force comes from is who uses it
  const origin = nounRoot >= 18 && !source ? groups.find((g) => (g.prep === 'aus' || g.prep === 'from') && g.tokenStart > trig.tokenEnd && g.tokenStart <= trig.tokenEnd + 3 && !g.modifier) : undefined;
  source ??= origin;
  // "der Terroranschlag von Paris", "the Madrid bombings", "Paris-Anschlag": a city an attack is named by is where it struck
  let struck: Group | undefined;
  // (so is a country's name written before a noun of force, "the Gaza offensive", "the Iraq war", "Ukraine-Krieg"; not its
  // adjective or a short form used as one: "Israeli offensive", "US strikes", "US-Angriffe"; not its possessive: "Russia's war")
  if (nounRoot >= 18 && source && (source.members.every((m) => m.kind === 'capital')
    || (source.members.every((m) => (m.kind === 'country' || (m.kind === 'adjective' && m.tokenStart === i && m.rule.endsWith('.name'))) && !/^[\p{Lu}.]+$/u.test(m.text.replace(/[-\u2010\u2011].*$/, ''))) && tokens[source.tokenEnd + 1]?.lower !== "'s"
      && (source.tokenEnd === i - 1 || source.tokenStart === i)))) { struck = source; source = undefined; }
  const between = groups.find((g) => g.prep === 'zwischen' || g.prep === 'between');
  if (!source && between && between.tokenStart > i && between.tokenStart <= i + 3 && between.members.length >= 2) {
    return { sources: [between.members[0]], targets: between.members.slice(1), passive: false };
  }
  // "wurden 30 Palästinenser durch Schüsse verletzt", "were wounded by gunfire": the subject of a passive the noun is the means of
  // is whom the force hit
  let patient: Group | undefined;
  // (not when the noun names whom it is aimed at: "Sie werden bei Luftangriffen auf Stellungen des IS eingesetzt")
  if (!source && !hasVerb && MEANS_PREPS.has(tokens[i - 1]?.lower ?? '') && clauseHasPassive(tokens, clauses[clauseOf[i]])
    && !tokens.slice(trig.tokenEnd + 1, trig.tokenEnd + 3).some((t) => trig.targetPreps.includes(t.lower))) {
    patient = local.find((g) => g.tokenEnd < i && g.prep === null && !g.modifier);
  }
  if (!source && !hasVerb && !patient) {
    const ci = clauseOf[i];
    source = local.find((g) => g.tokenEnd < i && g.prep === null && !g.modifier) ?? subjectFromLeftIfCoordinated(groups, clauses, ci, clauseOf, tokens);
  }
  // "Immer stärkere Drohungen hat Nordkorea … ausgesprochen", "Seinen ersten Auslandsbesuch machte Joachim Gauck in Polen": a German
  // event noun that opens its clause as the object is the act of the subject right after the finite verb
  const fronted = !source && !patient && cues.prepositions.has('von') ? subjectAfterFrontedObject(trig, local, tokens, clauses[clauseOf[i]], cues) : undefined;
  source ??= fronted;
  // (counted from the end of a genitive agent after the noun: "Staatsbesuch des französischen Staatspräsidenten Nicolas Sarkozy im Vereinigten Königreich")
  // (the whole clause after a fronted object's subject: "Drohungen hat Nordkorea in den letzten Tagen gegen … die USA ausgesprochen")
  const reach = fronted ? clauses[clauseOf[i]].end : Math.max(trig.tokenEnd, source && source.tokenStart > trig.tokenEnd ? source.tokenEnd : 0) + 6;
  const after = local.filter((g) => g.tokenStart > trig.tokenEnd && g !== source && g.tokenStart <= reach);
  // "Assad, der … durch eine Offensive gestürzt wurde": the noun is the means of a passive deed done to the antecedent
  const cl = clauses[clauseOf[i]];
  if (!after.some((g) => g.prep !== null && trig.targetPreps.includes(g.prep)) && cl.opener && ['der', 'die', 'das', 'who', 'which'].includes(cl.opener)
    && tokens.slice(i, cl.end + 1).some((t) => ['wurde', 'wurden', 'worden', 'was', 'were'].includes(t.lower))) {
    const ante = lastGroupBefore(groups, cl.start);
    if (ante && source && ante !== source) return { sources: source.members, targets: ante.members, passive: true };
  }
  let target = destination ?? patient ?? possessed ?? after.find((g) => g.prep !== null && trig.targetPreps.includes(g.prep));
  // "die Festnahme des Oppositionsführers", "the killing of the governor": the victim
  if (!target && nounRoot >= 10) target = after.find((g) => g.prep === 'gen' && g.tokenStart <= trig.tokenEnd + 3 && !g.modifier);
  // "Luftangriffe auf Stellungen der libyschen Armee": the owner of the object of the target preposition
  target ??= after.find((g) => g.prep === 'gen' && tokens.slice(trig.tokenEnd + 1, g.tokenStart).some((t) => trig.targetPreps.includes(t.lower)));
  if (!target && !trig.targetPreps.length) target = after.find((g) => g.prep === null || g.prep === 'an' || g.prep === 'gegen' || g.prep === 'against');
  if (!target) {
    const root = Number(trig.code.slice(0, 2));
    const preps = root >= 10 ? CONFLICT_PREPS : COOP_PREPS;
    target = after.find((g) => g.prep !== null && (preps.has(g.prep) || (isVisitCode(trig.code) && VISIT_PREPS.has(g.prep))));
  }
  // a war or offensive "in der Ukraine" is waged against that country
  if (!target && Number(trig.code.slice(0, 2)) >= 18) target = after.find((g) => (g.prep === 'in' || g.prep === 'im') && g.members.every((m) => m.kind === 'country'));
  target ??= struck;
  return { sources: source ? source.members : [], targets: target && !sameActors(target, source) ? target.members : [], passive: false };
}

/** Prepositions of the means a deed is done by ("bei einem Angriff", "durch Schüsse", "killed in an air strike"). */
const MEANS_PREPS = new Set(['bei', 'beim', 'durch', 'in', 'im', 'by']);
/** Nouns whose possessor is the one they befall: arrest, expulsion, abduction, killing, assassination ("seine Verhaftung"). */
const PATIENT_NOUN_CODES = /^(173|174|181|1823|186)/;

/** Whether the clause has a passive: an auxiliary of the passive and a participle after it ("wurden … verletzt", "were wounded"). */
function clauseHasPassive(tokens: Token[], clause: Clause): boolean {
  for (let j = clause.start; j <= clause.end && j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (!PASSIVE_AUX.de.includes(w) && !PASSIVE_AUX.en.includes(w)) continue;
    for (let k = j + 1; k <= clause.end && k < tokens.length; k++) if (tokens[k].kind === 'word' && /^\p{Ll}+(t|en|ed)$/u.test(tokens[k].text) && tokens[k].lower !== tokens[j].lower) return true;
  }
  return false;
}
/** Force said to come from somewhere in the noun a passive deed was done by ("bei einem Raketenangriff aus Syrien getötet",
 * "killed in rocket fire from Gaza"): that place, the attacker. */
function originOfMeans(groups: Group[], tokens: Token[], triggerTokens: Set<number>, clauseOf: number[], ci: number): Group | undefined {
  for (const k of triggerTokens) {
    if (clauseOf[k] !== ci || !tokens.slice(Math.max(0, k - 3), k).some((t) => MEANS_PREPS.has(t.lower))) continue;
    const g = groups.find((x) => (x.prep === 'aus' || x.prep === 'from') && x.tokenStart > k && x.tokenStart <= k + 3 && !x.modifier);
    if (g) return g;
  }
  return undefined;
}

/** An English passive auxiliary within three words before the participle at i, or before the participle it is coordinated with
 * ("was brutally beaten and executed"). */
function enPassiveAuxBefore(tokens: Token[], i: number): boolean {
  const near = (k: number) => PASSIVE_AUX.en.some((w) => tokens.slice(Math.max(0, k - 3), k).some((t) => t.lower === w));
  if (near(i)) return true;
  return /^(and|or)$/.test(tokens[i - 1]?.lower ?? '') && /(ed|en)$/.test(tokens[i - 2]?.lower ?? '') && near(i - 2);
}

const DETERMINER_WORDS = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|unser|unsere|unseren|unserem|unserer|his|her|its|their|our)$/;
function onlyAdjectivesBetween(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    const t = tokens[j];
    if (t.lower === "'s") continue;
    // (a possessive opens a noun phrase of its own: "beim EU-Gipfel seine Forderungen" are not the summit's)
    if (DETERMINER_WORDS.test(t.lower)) return false;
    if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text) && !/^[A-Z]/.test(t.text)) return false;
    if (!/^\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

function sameActors(a: Group, b: Group | undefined): boolean {
  return Boolean(b && a.members.every((m) => b.members.some((x) => isSameActor(x, m))));
}

/**
 * Whether two mentions are one actor: one code, and not two organisations the lexicon tells apart (two parties of one
 * government are two actors: "Die SPÖ warf der ÖVP Blockade vor", AUTGOV and AUTGOV). Other pairs of one code are one side
 * told twice as a rule ("its soldiers" after the country, a minister and his party, a group and its name after it).
 */
export function isSameActor(a: ActorMention, b: ActorMention): boolean {
  if (a.code !== b.code) return false;
  return !(a.kind === 'organisation' && b.kind === 'organisation' && a.id && b.id && a.id !== b.id && !a.rule.includes('→') && !b.rule.includes('→'));
}

function nearest(gs: Group[], i: number): Group | undefined {
  return [...gs].sort((a, b) => Math.abs(a.tokenStart - i) - Math.abs(b.tokenStart - i))[0];
}

/** A German relative clause set off by commas ("…, das den Sieg beanspruchte,"): it ends with its verb, where an apposition
 * ("Barack Obama, der Kandidat der Demokraten, hat …") ends with a noun. */
const RELATIVE_DE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'welchen', 'welchem']);
function isRelativeClause(c: Clause, tokens: Token[]): boolean {
  const last = tokens[c.end]?.text === ',' ? tokens[c.end - 1] : undefined;
  return c.opener !== null && c.openerToken !== null && RELATIVE_DE.has(c.opener) && tokens[c.openerToken - 1]?.text === ','
    && last !== undefined && last.kind === 'word' && /^\p{Ll}/u.test(last.text);
}
/** The subject of the part of a clause before a relative clause: before a finite verb German puts one phrase, so the first actor
 * with no preposition ("Die Opposition in Simbabwe, die …", "Die Oppositionspartei MDC, die …"), unless an article marks it as
 * the object ("Den Mann, der …, verhaftete die Polizei"). */
function antecedentOf(groups: Group[], tokens: Token[], c: Clause, cues: CueSets): Group | undefined {
  // (a subordinate clause ends with its verb: "dass Großbritannien … den Rest von Europa, das …, ignoriert")
  if (tokens[c.end]?.text !== ',' || c.opener !== null) return undefined;
  const g = groups.find((x) => x.tokenStart >= c.start && x.tokenEnd < c.end && x.prep === null && !x.modifier);
  return g && !(g.article && cues.objectArticles.has(g.article)) ? g : undefined;
}

const EN_FUNCTION_WORDS = /^(the|a|an|its|their|his|her|this|that|these|those|some|both|all|of|in|at|on|from|and|or|by|for|with|near)$/;
/** Whether an English group stands at the head of its clause: at most two content words in lower case before it (its own
 * adjectives: "hundreds of angry protesters"), not a noun and a verb ("earthquake … shook presidents"). */
function headsItsClause(tokens: Token[], g: Group, clause: Clause, cues: CueSets): boolean {
  let content = 0;
  for (let j = clause.start; j < g.tokenStart; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || EN_FUNCTION_WORDS.test(t.lower) || cues.prepositions.has(t.lower)) continue;
    if (++content > 2) return false;
  }
  return true;
}

/** Whether an actor, or a word that may name one (capitalised), ends right before token k (past a comma): the antecedent of a
 * relative pronoun at k. */
function namesActorBefore(groups: Group[], tokens: Token[], k: number, cues: CueSets): boolean {
  const end = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  if (!/^\p{Ll}/u.test(tokens[end]?.text ?? '') || groups.some((g) => g.tokenEnd === end)) return true;
  // (past a phrase of place or time the noun stands in: "Maasai protesters in the capital who are seeking")
  for (let p = end - 1; p >= Math.max(1, end - 3); p--) if (cues.prepositions.has(tokens[p].lower)) return groups.some((g) => g.tokenEnd === p - 1);
  return false;
}

function lastGroupBefore(groups: Group[], tok: number): Group | undefined {
  return groups.findLast((g) => g.tokenEnd < tok && !g.modifier);
}

/** The subject of the nearest clause to the left that has one (main clause for infinitives). */
function subjectFromLeft(groups: Group[], clauses: Clause[], ci: number, clauseOf: number[], skipSubordinate = false): Group | undefined {
  for (let c = ci - 1; c >= 0; c--) {
    const cl = clauses[c];
    if (skipSubordinate && cl.opener && c !== 0) continue;
    const g = groups.find((x) => clauseOf[x.tokenStart] === c && x.prep === null && !x.modifier);
    if (g) return g;
  }
  return undefined;
}

function subjectFromLeftIfCoordinated(groups: Group[], clauses: Clause[], ci: number, clauseOf: number[], tokens: Token[]): Group | undefined {
  const cl = clauses[ci];
  if (!cl.opener || !['und', 'and'].includes(tokens[cl.start]?.lower ?? '')) return undefined;
  return subjectFromLeft(groups, clauses, ci, clauseOf);
}

function clauseHasAny(tokens: Token[], c: Clause, words: string[]): boolean {
  for (let j = c.start; j <= c.end && j < tokens.length; j++) if (words.includes(tokens[j].lower)) return true;
  return false;
}

/** Whether the trigger is an English verb's "-ing" form ("threatening", "killing"). */
export function isEnglishIng(trig: Trigger, tokens: Token[], lang: string): boolean {
  return lang === 'en' && trig.kind === 'verb' && tokens[trig.tokenIndex].lower.endsWith('ing');
}
