import type { ActorMention, PartialDate, Token } from '../types.ts';
import type { ActorEntry, LangLexicon } from '../lexicon/compile.ts';
import { remember } from '../lexicon/memo.ts';
import { cmpPartial } from './dates.ts';
import { tokenVid } from '../lexicon/phrase-index.ts';
import { hasVerbReading, stemVerbs } from './triggers.ts';
import { isTitleCase } from '../text/tokens.ts';

/**
 * Actor mentions of one sentence: longest lexicon matches, hyphen compounds ("US-Präsident",
 * "Kreml-Chef"), then noun phrases composed from them: country adjective + agent ("der iranische
 * Außenminister" → IRNGOV), title + name ("Präsident Wladimir Putin"), agent + genitive country
 * ("der Präsident des Iran", "Iran's foreign minister"), title + unknown name ("President Mwai
 * Kibaki"). Agents and pronouns with no country are left for coreference (`code` = role only).
 */
interface Raw { i: number; len: number; e: ActorEntry; start: number; end: number; compoundAgent?: ActorEntry; alts?: ActorEntry[] }

const PREFER: Record<string, number> = { person: 7, organisation: 6, seat: 5, country: 4, capital: 3, demonym: 2, adjective: 1, agent: 0 };
const HYPHEN = /[-\u2010\u2011]/;
/** cheaper than HYPHEN.test (or three calls of includes) for the common word without a hyphen: one pass over its characters */
function hasHyphen(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

export function codeAtDate(e: ActorEntry, date: PartialDate | null, former = false): string {
  if (e.kind !== 'person' || !e.roles || e.roles.length === 0) return e.code;
  // with no date, the role held longest (an open one lasting until now): Gaddafi is the Libyan leader, not the fugitive of his last weeks
  if (!date) return longestRole(e.roles).code;
  const d = date.value;
  for (const r of e.roles) {
    const from = r.from ?? '0000';
    const to = r.to ?? '9999';
    if (cmpPartial(d, from) >= 0 && cmpPartial(d, to) <= 0) return r.code;
  }
  // an office left in the last weeks: the story is about the ouster or its aftermath ("soldiers
  // ousted President Mohamed Bazoum", "Bazoum, who remains detained"), and tells of the office-holder
  const recent = former ? null : recentlyEnded(e.roles, d);
  if (recent) return recent.code;
  if (e.defaultCode) return e.defaultCode;
  // outside every role: the country of the nearest role, no role code
  let best = e.roles[0];
  let bestDist = Infinity;
  for (const r of e.roles) {
    const dist = Math.min(Math.abs(yearOf(d) - yearOf(r.from ?? d)), Math.abs(yearOf(d) - yearOf(r.to ?? d)));
    if (dist < bestDist) { best = r; bestDist = dist; }
  }
  return best.code.slice(0, 3);
}
const yearOf = (s: string) => Number(s.slice(0, 4));
/** Days after the end of an office in which a document still speaks of its holder in it. */
const RECENT_DAYS = 31;
function recentlyEnded<R extends { to?: string | null }>(roles: R[], d: string): R | null {
  if (d.length < 10) return null; // a month or year does not tell "weeks after"
  const at = Date.parse(d);
  for (const r of roles) {
    if (!r.to || r.to.length < 10) continue;
    const after = (at - Date.parse(r.to)) / 86_400_000;
    if (after > 0 && after <= RECENT_DAYS) return r;
  }
  return null;
}
function longestRole<R extends { from?: string | null; to?: string | null }>(roles: R[]): R {
  const now = today();
  // (asked for every mention of a person in an undated text: worked out once a day per person)
  const known = LONGEST.get(roles);
  if (known && known.now === now) return known.role as R;
  let best = roles[roles.length - 1];
  for (const r of roles) if (roleDays(r, now) > roleDays(best, now)) best = r;
  LONGEST.set(roles, { now, role: best });
  return best;
}
const LONGEST = new WeakMap<object, { now: string; role: object }>();
/** Today's date (UTC, as toISOString gives it), formatted once a day rather than for each call. */
let todayNumber = -1;
let todayText = '';
function today(): string {
  const ms = Date.now();
  const day = Math.floor(ms / 86_400_000);
  if (day !== todayNumber) { todayNumber = day; todayText = new Date(ms).toISOString().slice(0, 10); }
  return todayText;
}
/** How long a role lasted (an open one until `now`). (Not a named closure per call: tsx keeps function names, at a cost each time.) */
function roleDays(r: { from?: string | null; to?: string | null }, now: string): number {
  return (Date.parse(pad(r.to ?? now)) - Date.parse(pad(r.from ?? r.to ?? now))) / 86_400_000;
}
const pad = (d: string): string => (d.length === 4 ? d + '-07-01' : d.length === 7 ? d + '-15' : d);

function validAt(e: ActorEntry, date: PartialDate | null): boolean {
  if (!date) return true;
  if (e.from && cmpPartial(date.value, e.from) < 0) return false;
  if (e.to && cmpPartial(date.value, e.to) > 0) return false;
  return true;
}

/** the mark on the rule of a reading of the past */
const HISTORICAL = '.historical';
/** Among readings none of which is valid at `date`, the country or organisation whose time ended last before it (no person:
 * people keep their dated roles and a default). */
function historical(all: Array<{ len: number; value: ActorEntry }>, date: PartialDate): { len: number; value: ActorEntry } | undefined {
  let pick: { len: number; value: ActorEntry } | undefined;
  for (const h of all) {
    const e = h.value;
    if ((e.kind !== 'country' && e.kind !== 'organisation' && e.kind !== 'adjective' && e.kind !== 'demonym' && e.kind !== 'capital') || !e.to || cmpPartial(date.value, e.to) <= 0) continue;
    if (!pick || h.len > pick.len || (h.len === pick.len && cmpPartial(e.to, pick.value.to ?? '') > 0)) pick = h;
  }
  // (marked: a state of the past is no country the story is about, see coreference)
  return pick && { len: pick.len, value: { ...pick.value, rule: pick.value.rule + HISTORICAL } };
}

/** Whether a mention names a state or organisation of the past ("die Sowjetunion" in a text of 2005), by its rule's mark. */
export function isHistorical(m: { rule: string }): boolean {
  return m.rule.includes(HISTORICAL);
}

function findRaw(tokens: Token[], lex: LangLexicon, date: PartialDate | null, home?: () => string | undefined): Raw[] {
  const out: Raw[] = [];
  let shared = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') continue;
    const all = lex.actors.matchAtMemo(tokens, i);
    // the longest entry valid at the date, the most specific kind among those of that length (no arrays made: this runs for every word)
    let len = 0;
    let best: { len: number; value: ActorEntry } | undefined;
    let alts: ActorEntry[] | undefined;
    for (const h of all) {
      if (!validAt(h.value, date)) continue;
      if (!best) { best = h; len = h.len; continue; }
      if (h.len === len && PREFER[h.value.kind] > PREFER[best.value.kind]) { best = h; alts = undefined; }
      // a name two countries' bodies share ("die Grünen" of Germany and of Austria): decided below by the country in view
      else if (h.len === len && h.value.kind === best.value.kind && h.value.kind === 'organisation' && h.value.code.slice(0, 3) !== best.value.code.slice(0, 3)) (alts ??= []).push(h.value);
    }
    // a state or body that no longer existed at the text's date is named as history ("Die Sowjetunion marschierte 1979 in
    // Afghanistan ein", "Soldaten der Wehrmacht"): the latest of its readings that ended before it
    if (!best && all.length && date) best = historical(all, date);
    if (best) len = best.len;
    if (best) {
      // "Polizeichef Badredin Haiti", "police chief Badredin Haiti": a one-word country after a title and a capitalised word no
      // lexicon knows is the end of a person's name
      if (best.value.kind === 'country' && len === 1 && nameAfterTitle(tokens, i, out, lex)) continue;
      // "the Secret Islamic Army", "the Mahdi Army": English capitalised words no lexicon knows before "Army" name a group of
      // its own, an armed one outside the state's forces
      if (best.value.kind === 'agent' && best.value.role === 'MIL' && lex.lang === 'en' && len === 1 && namedBody(tokens, i, out)) {
        out.push({ i, len, e: { ...best.value, role: 'REB', rule: best.value.rule + '.named' }, start: t.start, end: t.end });
        continue;
      }
      // "Saleh Najar", "Abbas Araghchi": a one-word name of a known person before a capitalised word no lexicon knows is the
      // first name of someone else (English only: a German noun is capitalised too; not in a title-case headline, "Putin Signs")
      if (best.value.kind === 'person' && len === 1 && lex.lang === 'en' && unknownNameAfter(tokens, i, lex)) continue;
      // a party's or group's name that is another's: "BNP Paribas" (an unknown name after it, English), "die Demokratische
      // Partei Thailands", "Kosovo's Democratic Party" (another country qualifies it)
      if (best.value.kind === 'organisation' && (otherOrgName(tokens, i, len, lex, date, best.value.code.slice(0, 3), out)
        || (len === 1 && lex.lang === 'en' && best.value.orgKind === 'party' && unknownNameAfter(tokens, i, lex)))) {
        // (the word's reading as an agent noun stays: "die amerikanische Bundesregierung" is the United States' government)
        const agent = all.find((h) => h.len === len && h.value.kind === 'agent' && validAt(h.value, date));
        if (agent) out.push({ i, len, e: agent.value, start: t.start, end: tokens[i + len - 1].end });
        i += len - 1;
        continue;
      }
      // "im Indischen Ozean", "the Indian Ocean", "Arabische Halbinsel": an adjective opening a longer place name is that place
      // (so does a party's name: "in der Grünen Zone von Bagdad")
      // (and a person's name: "Sadr City")
      if ((best.value.kind === 'adjective' || best.value.kind === 'organisation' || best.value.kind === 'person') && lex.places.startsAt(tokens, i) && lex.places.matchAtMemo(tokens, i).some((h) => h.len > len)) { i += len - 1; continue; }
      // "Kurz vor dem Besuch …": a one-word surname that opens a German sentence before a preposition is the adverb it spells
      // (after a comma a capital is no sentence opening: "kündigte an, Betancourt in Paris zu empfangen")
      if (lex.lang === 'de' && best.value.kind === 'person' && len === 1 && (i === 0 || (tokens[i - 1].kind === 'punct' && tokens[i - 1].text !== ','))
        && lex.cues.prepositions.has(tokens[i + 1]?.lower ?? '')) continue;
      out.push({ i, len, e: best.value, start: t.start, end: tokens[i + len - 1].end, alts });
      if (alts) shared = true;
      i += len - 1;
      continue;
    }
    // "westsudanesischen", "nordkoreanische" is a name, but "ostkongolesischen" is an adjective of the country
    if (lex.lang === 'de' && t.text.length > 8 && REGION_PREFIX.test(t.text)) {
      const rest = t.text.replace(/^(nordost|nordwest|südost|südwest|nord|süd|ost|west|zentral|inner)/, '');
      // ("südamerikanisch", "nordamerikanisch" name continents, not the United States; a region the gazetteer knows by its own
      // adjective is of its own country: "nordirisch" is Northern Ireland's, the United Kingdom's, not Ireland's)
      const region = lex.places.getWord(t.text).find((v) => 'lat' in v && v.form === 'adjective' && v.country);
      const adj: ActorEntry | undefined = rest.startsWith('amerikan') ? undefined : region && 'lat' in region && region.country
        ? { kind: 'adjective', code: region.country, id: region.country.toLowerCase(), rule: `place.${region.name}` }
        : lex.actors.getWord(rest).find((e) => e.kind === 'adjective' && validAt(e, date));
      if (adj) { out.push({ i, len: 1, e: { ...adj, kind: 'adjective', rule: adj.rule + '.region' }, start: t.start, end: t.end }); continue; }
    }
    // "in der Ostukraine", "im Nordirak", "Südlibanon": a compass prefix before a country's name is a part of that country
    // (names the lexicon has, "Nordkorea", "Südafrika", "Nordirland", matched above)
    if (lex.lang === 'de' && t.text.length > 7 && REGION_PREFIX_CAP.test(t.text)) {
      const rest = t.text.replace(REGION_PREFIX_CAP, '');
      const land = lex.actors.getWord(rest.charAt(0).toUpperCase() + rest.slice(1)).find((e) => e.kind === 'country' && validAt(e, date));
      if (land) { out.push({ i, len: 1, e: { ...land, rule: land.rule + '.region' }, start: t.start, end: t.end }); continue; }
    }
    // German compound agents: "Polizeikräfte", "Regierungstruppen", "Rebellengruppe" → the head's role
    if (lex.lang === 'de' && t.text.length >= 9 && /^\p{Lu}/u.test(t.text) && !hasHyphen(t.text)) {
      const head = compoundAgent(t.text, lex);
      if (head) { out.push({ i, len: 1, e: head, start: t.start, end: t.end }); continue; }
      // "Israelbesuch", "Chinareise": the country a visit goes to, written into the noun
      const dest = visitDestination(t.text, lex, date);
      if (dest) { out.push({ i, len: 1, e: dest.e, start: t.start, end: t.start + dest.len }); continue; }
    }
    // (a word with a hyphen has a letter or digit on each side of it: no shorter token needs the look)
    if (t.text.length > 2 && hasHyphen(t.text)) {
      const parts = t.text.split(HYPHEN);
      const first = parts[0];
      const last = parts[parts.length - 1];
      // "US-based", "Russian-made": a place of origin, not a party
      if (lex.cues.originSuffixes.has(last.toLowerCase())) continue;
      // "Ex-Staatschef", "Ex-Außenministerin", "ex-minister": a former holder of the office the title after the prefix names
      if (parts.length === 2 && isFormerWord(first.toLowerCase() + '-', lex.cues)) {
        const office = formerOffice(last, lex);
        if (office) { out.push({ i, len: 1, e: office, start: t.start, end: t.end }); continue; }
      }
      // "rebel-held towns", "von Rebellen kontrollierte" is not covered: the agent holding the place (its country from coreference)
      if (parts.length === 2 && lex.cues.holderSuffixes.has(last.toLowerCase())) {
        const holder = lex.actors.getWord(first).find((e) => e.kind === 'agent' && e.role && !/^(GOV|MIL|COP)$/.test(e.role))
          ?? lex.actors.getWord(first[0].toUpperCase() + first.slice(1)).find((e) => e.kind === 'agent' && e.role && !/^(GOV|MIL|COP)$/.test(e.role));
        if (holder) { out.push({ i, len: 1, e: holder, start: t.start, end: t.start + first.length }); continue; }
      }
      const head = lex.actors.getWord(first).filter((e) => e.kind !== 'agent' && e.kind !== 'person' && validAt(e, date));
      if (head.length) {
        const e = head.sort((a, b) => PREFER[b.kind] - PREFER[a.kind])[0];
        // ("Grünen-Bildungssprecher": a name two countries' parties share, decided as for the name alone)
        const others = e.kind === 'organisation' ? head.filter((x) => x !== e && x.kind === 'organisation' && x.code.slice(0, 3) !== e.code.slice(0, 3)) : [];
        const alts = others.length ? others : undefined;
        if (alts) shared = true;
        const agent = lex.actors.getWord(last[0].toUpperCase() + last.slice(1)).find((x) => x.kind === 'agent')
          ?? lex.actors.getWord(last).find((x) => x.kind === 'agent');
        if (agent) out.push({ i, len: 1, e, start: t.start, end: t.end, compoundAgent: agent, alts });
        else out.push({ i, len: 1, e: { ...e, kind: e.kind === 'seat' ? 'seat' : 'adjective' }, start: t.start, end: t.start + first.length, alts: alts?.map((x) => ({ ...x, kind: 'adjective' as const })) });
      }
    }
  }
  if (shared) chooseByCountry(out, home);
  return out;
}

/** A capitalised agent word ("Army") after capitalised words that are no actor and do not open the sentence. */
function namedBody(tokens: Token[], i: number, out: Raw[]): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}/u.test(t.text) || i < 2) return false;
  const prev = tokens[i - 1];
  if (prev.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(prev.text) || out.some((r) => r.i + r.len - 1 === i - 1)) return false;
  const determiner = (k: number) => /^(the|a|an|of)$/i.test(tokens[k]?.text ?? '');
  // one unknown word after a determiner, with no capital after "Army" (not a headline in title case): "the Mahdi Army"
  const oneWord = determiner(i - 2) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  // two: "the Secret Islamic Army"
  const twoWords = /^\p{Lu}\p{Ll}/u.test(tokens[i - 2].text) && !out.some((r) => r.i + r.len - 1 === i - 2) && determiner(i - 3);
  return oneWord || twoWords;
}

/** A name several countries' bodies share takes the one of a country the sentence names otherwise, else of the country the
 * document is about so far ("Die Grünen" in a story from Vienna are Austria's), else the first listed. */
function chooseByCountry(raw: Raw[], home?: () => string | undefined): void {
  const named = new Set(raw.filter((r) => !r.alts).map((r) => r.e.code.slice(0, 3)));
  let topic: string | undefined | null = null;
  for (const r of raw) {
    if (!r.alts) continue;
    const choices = [r.e, ...r.alts];
    let pick = choices.find((e) => named.has(e.code.slice(0, 3)));
    if (!pick) {
      if (topic === null) topic = home?.();
      pick = topic ? choices.find((e) => e.code.startsWith(topic!)) : undefined;
    }
    if (pick) r.e = pick;
  }
}

function otherOrgName(tokens: Token[], i: number, len: number, lex: LangLexicon, date: PartialDate | null, own: string, out: Raw[]): boolean {
  const next = tokens[i + len];
  // a country after it that is not the organisation's: "Demokratische Partei Thailands", "Democratic Party of Japan"
  if (next && next.kind === 'word') {
    const after = next.lower === 'of' ? lex.actors.matchAtMemo(tokens, i + len + 1) : lex.actors.matchAtMemo(tokens, i + len);
    if (after.some((h) => h.value.kind === 'country' && validAt(h.value, date) && h.value.code.slice(0, 3) !== own)) return true;
  }
  // (also before punctuation: "Die italienischen Sozialdemokraten (PD)")
  // another country's name or adjective right before it: "Kosovo's Democratic Party", "die thailändische Demokratische Partei"
  const prev = out[out.length - 1];
  const gap = prev ? i - (prev.i + prev.len) : -1;
  return prev !== undefined && (gap === 0 || (gap === 1 && /^['’]s$/.test(tokens[i - 1].text))) && (prev.e.kind === 'country' || prev.e.kind === 'adjective')
    && prev.e.code.slice(0, 3) !== own && /^[A-Z]{3}$/.test(own) && !isCollective(own);
}

function unknownNameAfter(tokens: Token[], i: number, lex: LangLexicon): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && tokenVid(next) < 0 && !lex.timeWords.has(next.lower)
    && !isTitleCase(tokens);
}

function nameAfterTitle(tokens: Token[], i: number, out: Raw[], lex: LangLexicon): boolean {
  const prev = tokens[i - 1];
  const last = out[out.length - 1];
  return i >= 2 && /^\p{Lu}\p{Ll}/u.test(prev.text) && tokenVid(prev) < 0 && !isVerbS(prev, lex)
    && last !== undefined && last.i + last.len === i - 1 && last.e.kind === 'agent' && last.e.title === true;
}

/** An English verb's "-s" form the lexicon lists by its stem only ("Thanks", "Urges"): in a title-case headline it looks like a
 * name, after a title ("Iraqi Leader Thanks U.S."). */
function isVerbS(t: Token, lex: LangLexicon): boolean {
  return lex.lang === 'en' && /[^s]s$/.test(t.lower) && stemVerbs(t.lower, lex).length > 0;
}

/** A German visit noun with a country or capital written before its head ("Israelbesuch", "Moskaureise"): that place, the
 * length of its name in the word. (Only visits: in "Irakkrieg" or "Gasstreit" the first part is no destination.) */
function visitDestination(word: string, lex: LangLexicon, date: PartialDate | null): { e: ActorEntry; len: number } | null {
  // (where the visit noun starts is the word's alone, worked out once per word: this runs for every long capitalised word)
  let k = lex.memo.visit.get(word);
  if (k === undefined) k = remember(lex.memo.visit, word, visitHeadAt(word, lex));
  if (k < 0) return null;
  const place = lex.actors.getWord(word.slice(0, k)).find((e) => (e.kind === 'country' || e.kind === 'capital') && validAt(e, date));
  return place ? { e: { ...place, kind: 'adjective', rule: place.rule + '.visit' }, len: k } : null;
}
/** Where the first visit noun in the word starts (the length of what stands before it), or -1. */
function visitHeadAt(word: string, lex: LangLexicon): number {
  for (let k = 3; k <= word.length - 5; k++) {
    const head = word.charAt(k).toUpperCase() + word.slice(k + 1);
    if (lex.triggers.getWord(head).some((x) => x.type === 'noun' && isVisitCode(x.pattern.code))) return k;
  }
  return -1;
}
/** CAMEO's visits: made (042) or hosted (043). */
export function isVisitCode(code: string): boolean {
  return code.startsWith('042') || code.startsWith('043');
}

function compoundAgent(word: string, lex: LangLexicon): ActorEntry | null {
  const hit = lex.memo.agent.get(word);
  if (hit !== undefined) return hit;
  return remember(lex.memo.agent, word, compoundAgentUncached(word, lex));
}

function compoundAgentUncached(word: string, lex: LangLexicon): ActorEntry | null {
  for (let k = 3; k <= word.length - 5; k++) {
    const head = word.charAt(k).toUpperCase() + word.slice(k + 1);
    const hit = lex.actors.getWord(head).find((e) => e.kind === 'agent');
    if (hit) {
      // "Wiedereinführung", "Entführung": particles and a verbal noun, not a leadership
      if (lex.cues.particlesOnly?.test(word.slice(0, k).toLowerCase())) return null;
      // "Talibankämpfer", "Bundeswehrsoldaten", "Wehrmachtssoldaten": an organisation named in the first part is whose they are
      const prefix = word.slice(0, k);
      const org = [prefix, prefix.replace(/s$/, '')].flatMap((p) => lex.actors.getWord(p)).find((e) => e.kind === 'organisation' && /^[A-Z]{3}/.test(e.code));
      if (org && !hit.title) return { ...hit, kind: 'organisation', code: org.code, id: org.id, rule: `${org.rule}+${hit.rule}.compound`, from: org.from, to: org.to };
      // ("Bundestagspräsident", "Bundeswehrgeneral": a title in a state organ is of that organ, whatever country is in view)
      if (org && /^[A-Z]{3}(GOV|LEG|JUD|MIL|COP|SPY)$/.test(org.code)) return { ...hit, code: org.code, rule: `${org.rule}+${hit.rule}.compound`, from: org.from, to: org.to };
      return { ...hit, rule: hit.rule + '.compound' };
    }
  }
  return null;
}

const REGION_PREFIX = /^(nord|süd|ost|west|nordost|nordwest|südost|südwest|zentral|inner)\p{Ll}{5,}/u;
const REGION_PREFIX_CAP = /^(Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral)(?=\p{Ll}{4,}$)/u;
/** the roles of the state and its organs */
export const STATE_ROLE = /^(GOV|MIL|COP|JUD|LEG|SPY)$/;
/** the roles of armed non-state groups, which an ideology word before them does not change */
const ARMED_HEAD = /^(REB|INS|UAF|SEP)$/;
/** offices a title before a name gives (generic titles such as "leader", which any group has, are listed in the cues) */
const TITLE_ROLE = /^(GOV|MIL|JUD|LEG|COP|OPP)$/;
/** The title of an office (a title agent of the state or the opposition) as its former holders' title: role ELI. */
function formerOffice(word: string, lex: LangLexicon): ActorEntry | null {
  const forms = lex.lang === 'de' ? [word] : [word, word.charAt(0).toUpperCase() + word.slice(1)];
  for (const w of forms) {
    const office = lex.actors.getWord(w).find((e) => e.kind === 'agent' && e.title && e.role !== undefined && TITLE_ROLE.test(e.role));
    if (office) return { ...office, role: 'ELI', rule: office.rule + '.former' };
  }
  return null;
}
const COLLECTIVE_CODES = new Set(['UNO', 'NAT', 'EUU', 'IGO', 'IMG', 'WST', 'INT', 'EUR', 'NGO', 'NGM', 'MNC']);
/** Organisations and collectives that are no country (the UN, NATO, the EU, other IGOs, transnational militants, the West, Europe). */
export function isCollective(code: string): boolean {
  return COLLECTIVE_CODES.has(code.slice(0, 3));
}

/** a weapon's model name between nationality and agent: "Thai F-16 fighter jets", "russische Su-25-Kampfjets" */
const MODEL_NAME = /^\p{Lu}\p{L}{0,3}-\d{1,3}\p{Lu}?$/u;
/** roles an English agent noun gives the agent noun after it: sides and groups ("rebel commander", "police officers") */
const MODIFIER_ROLES = /^(REB|INS|OPP|RAD|UAF|CRM|SEP|COP|SPY|JUD|LAB|EDU|MED|REF|BUS|NGO|REL)$/;
/** English words that end a noun phrase or join two: no noun modifiers */
const EN_FUNCTION = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'who', 'which', 'said', 'says', 'say', 'has', 'have', 'had', 'was', 'were', 'are', 'is', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'also', 'after', 'before', 'when', 'while', 'than', 'all', 'some', 'many', 'most', 'other', 'two', 'three', 'four', 'five']);
const MODIFIER_GAP = /^(ehemalig|früher|neu|oberst|stellvertretend|amtierend|damalig|designiert|scheidend|politisch|former|new|top|acting|outgoing|deputy|then|chief|senior|interim|incoming|late|political)/i;

/** What a mention needs of its sentence (a module-level helper, not a closure per sentence: the
 * runtime keeps names of local functions at a cost per creation). */
/** `former`: ids of people the document has called former office-holders; later mentions of them are former too */
export interface MentionContext { tokens: Token[]; sentence: number; text: string; former: Set<string> }

/** A mention over tokens a..b of the sentence. */
export function makeMention(cx: MentionContext, a: number, b: number, code: string, id: string | null, kind: ActorMention['kind'], rule: string, gender?: ActorMention['gender'], modifier?: boolean): ActorMention {
  const { tokens } = cx;
  // every mention has the same fields in the same order, the optional ones undefined where not given (then left out of JSON
  // as before): mentions of one shape keep the code that reads them (roles, coreference) optimised for that one shape
  // (gender and modifier as arguments, not an object of extra fields spread in: this runs for every mention)
  return { sentence: cx.sentence, start: tokens[a].start, end: tokens[b].end, text: cx.text.slice(tokens[a].start, tokens[b].end), code, id, tokenStart: a, tokenEnd: b, kind, rule, gender, modifier, named: undefined };
}

/** A word that says an office is no longer held ("former", "ehemaligen", "Ex-Präsident": cue `former_words`, as word beginnings). */
export function isFormerWord(lower: string, cues: LangLexicon['cues']): boolean {
  return cues.formerWords.some((f) => lower.startsWith(f));
}

/** A person's code at the document date, unless the words before the mention (the two before
 * it, those between its start and the name, or its own title) say the person is out of the office ("former president", "der entmachtete
 * Regionalpräsident"; a participle only after an article or possessive: "soldiers ousted President
 * Bazoum" is about the office-holder). */
function personCode(cx: MentionContext, a: number, e: ActorEntry, date: PartialDate | null, lex: LangLexicon, title?: ActorEntry, titleCountry?: string, nameAt = a): string {
  let former = false;
  const { cues } = lex;
  // (and the words of the mention before the name: "Frankreichs früherer Staatschef Nicolas Sarkozy")
  for (let j = Math.max(0, a - 2); j <= Math.max(a, nameAt - 1) && !former; j++) {
    const w = cx.tokens[j].lower;
    if (isFormerWord(w, cues)) former = true;
    else if (cues.formerParticiples.some((f) => w.startsWith(f))) {
      const before = cx.tokens[j - 1]?.lower ?? '';
      former = before === 'the' || before === 'a' || before === 'an' || before === "'s" || cues.subjectArticles.has(before) || cues.objectArticles.has(before) || isPossessive(before, lex);
    }
  }
  // (once called former, a person stays so in the document: "den abgewählten Staatschef Laurent Gbagbo" … "Gbagbos Sprecher")
  if (e.id !== null) {
    if (former) cx.former.add(e.id);
    else former = cx.former.has(e.id);
  }
  const code = codeAtDate(e, date, former);
  // "Armeechef Abdel Fattah al-Burhan", "Regierungschefin Aung San Suu Kyi": the office the text gives the person, in the
  // person's own country, over the role the lexicon dates (a text names the office held when it was written)
  if (!former && title?.title && title.role && TITLE_ROLE.test(title.role) && !cues.genericTitles.has(cx.tokens[a].lower)) {
    const c3 = code.slice(0, 3);
    // (people of organisations and collectives keep the lexicon's code)
    if (/^[A-Z]{3}$/.test(c3) && !isCollective(c3) && (!titleCountry || titleCountry === c3)) return c3 + title.role;
  }
  return code;
}

function mk(cx: MentionContext, a: number, b: number, code: string, id: string | null, kind: ActorMention['kind'], rule: string, gender?: ActorMention['gender'], modifier?: boolean): ActorMention {
  return makeMention(cx, a, b, code, id, kind, rule, gender, modifier);
}

/** The mention, marked as ending in a name its title took in when `absorbed` (see ActorMention.named). */
function titled(m: ActorMention, absorbed: boolean): ActorMention {
  if (absorbed) m.named = true;
  return m;
}

export function findActors(tokens: Token[], sentence: number, lex: LangLexicon, date: PartialDate | null, text: string, former: Set<string> = new Set(), home?: () => string | undefined): ActorMention[] {
  const raw = headOfAgentPairs(findRaw(tokens, lex, date, home));
  const out: ActorMention[] = [];
  const cx: MentionContext = { tokens, sentence, text, former };
  for (let k = 0; k < raw.length; k++) {
    k += composeMention(cx, raw, k, out, lex, date);
    // (an entry inside the span of the mention just made is part of it: a surname its title took in as an unknown name's end)
    const made = out[out.length - 1];
    while (made && raw[k + 1] !== undefined && raw[k + 1].i > made.tokenStart && raw[k + 1].i + raw[k + 1].len - 1 <= made.tokenEnd && made.sentence === sentence) k++;
  }
  return out;
}

/**
 * "Ethnic minority rebels", "civilian militias": a plain word for people right before an agent of a specific role names no
 * actor of its own; the agent after it is the head, whose role the pair has.
 */
function headOfAgentPairs(raw: Raw[]): Raw[] {
  let out: Raw[] | null = null;
  for (let k = 0; k + 1 < raw.length; k++) {
    const a = raw[k], b = raw[k + 1];
    if (a.e.kind !== 'agent' || b.e.kind !== 'agent' || a.i + a.len !== b.i || a.e.role !== 'CVL' || b.e.role === 'CVL' || b.e.title) continue;
    out ??= raw.slice();
    const at = out.indexOf(a);
    out.splice(at, 2, { ...b, i: a.i, len: a.len + b.len, start: a.start });
  }
  return out ?? raw;
}

/**
 * The mention raw match k starts, composed with the matches after it (a nationality and an agent, a title and a person, …),
 * pushed to `out`; returns how many of the following matches it took as well. (A function of its own: see code-document.ts,
 * DocState, on why hot code is kept in functions of modest size.)
 */
function composeMention(cx: MentionContext, raw: Raw[], k: number, out: ActorMention[], lex: LangLexicon, date: PartialDate | null): number {
  const { tokens } = cx;
  const r = raw[k];
  const nxt = raw[k + 1];
  const last = r.i + r.len - 1;
  // "der israelische UNO-Botschafter", "Israel's U.N. ambassador": an envoy to an organisation, of the country named before
  const apostrophe = tokens[last + 1]?.lower === "'s";
  if ((r.e.kind === 'adjective' || r.e.kind === 'demonym' || (r.e.kind === 'country' && (apostrophe || r.e.rule.endsWith('.genitive')))) && nxt?.e.kind === 'organisation') {
    const possessive = apostrophe ? 1 : 0;
    const envoy = nxt.compoundAgent && nxt.i === last + 1 + possessive ? nxt.compoundAgent
      : raw[k + 2]?.e.kind === 'agent' && nxt.i === last + 1 + possessive && raw[k + 2].i === nxt.i + nxt.len ? raw[k + 2].e : undefined;
    // "Pakistan's ISI", "Irans Revolutionsgarden", "die iranischen Revolutionsgarden": a state's own body, named after the state
    if (!nxt.compoundAgent && nxt.i === last + 1 + possessive && nxt.e.code.slice(0, 3) === r.e.code.slice(0, 3) && /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)$/.test(nxt.e.code)) {
      out.push(mk(cx, r.i, nxt.i + nxt.len - 1, nxt.e.code, nxt.e.id, 'organisation', `${r.e.rule}+${nxt.e.rule}`));
      return 1;
    }
    if (envoy && lex.cues.envoyAgents.has(envoy.rule)) {
      const end = envoy === nxt.compoundAgent ? nxt.i + nxt.len - 1 : raw[k + 2].i + raw[k + 2].len - 1;
      out.push(mk(cx, r.i, end, r.e.code.slice(0, 3) + (envoy.role ?? ''), null, 'agent', `${r.e.rule}+${envoy.rule}`));
      return envoy === nxt.compoundAgent ? 1 : 2;
    }
    // "Bosnia's top international administrator": a country's possessive before an international body's name only says where
    // it serves (a modifier, no party of its own)
    if (apostrophe && nxt.i <= last + 3 && isCollective(nxt.e.code)) {
      out.push(mk(cx, r.i, last, r.e.code, r.e.id, r.e.kind, r.e.rule, undefined, true));
      return 0;
    }
  }
  // "UN-Generalsekretär Kofi Annan", "EU-Kommissar Olli Rehn": an office the lexicon names as its body, right before a person of
  // that body, is the person's title (one mention, the person's)
  if (r.e.kind === 'organisation' && !r.compoundAgent && nxt?.e.kind === 'person' && nxt.i === last + 1) {
    const code = personCode(cx, r.i, nxt.e, date, lex, undefined, undefined, nxt.i);
    if (code.slice(0, 3) === r.e.code.slice(0, 3)) {
      out.push(mk(cx, r.i, nxt.i + nxt.len - 1, code, nxt.e.id, 'person', nxt.e.rule, nxt.e.gender));
      return 1;
    }
  }
  // compound "US-Präsident", "Kreml-Chef"
  if (r.compoundAgent) {
    // (an organisation with a four-letter code stays itself: "NATO-geführte Schutztruppe" is NATO, not "NAT" + role)
    const code = r.e.kind === 'organisation' && r.e.code.length === 4 ? r.e.code : r.e.code.slice(0, 3) + r.compoundAgent.role;
    const person = nxt && nxt.e.kind === 'person' && nxt.i === last + 1 ? nxt : null;
    if (person) { out.push(mk(cx, r.i, person.i + person.len - 1, personCode(cx, r.i, person.e, date, lex, r.e.kind === 'organisation' ? undefined : r.compoundAgent, r.e.code.slice(0, 3), person.i), person.e.id, 'person', person.e.rule, person.e.gender)); return 1; }
    const end = absorbName(tokens, last, lex);
    // ("SPÖ-Politikerin", "CDU-Generalsekretär Peter Tauber": a party's politician or official is of the party, told apart from
    // another party of the same code)
    if (r.e.kind === 'organisation' && r.e.orgKind === 'party' && /^(ELI|LEG)$/.test(r.compoundAgent.role ?? '')) {
      // (one of two titles of one person: "Der CDU-Politiker und deutsche Verteidigungsminister Franz Josef Jung")
      const secondTitle = end === last && /^(und|and)$/.test(tokens[last + 1]?.lower ?? '') && nxt !== undefined && nxt.i <= last + 3 && (nxt.e.kind === 'agent' || nxt.e.kind === 'person' || nxt.e.kind === 'adjective');
      out.push(secondTitle ? mk(cx, r.i, last, r.e.code, r.e.id, 'adjective', r.e.rule, undefined, true)
        : titled(mk(cx, r.i, end, r.e.code, r.e.id, 'organisation', `${r.e.rule}+${r.compoundAgent.rule}`), end > last));
      return 0;
    }
    out.push(titled(mk(cx, r.i, end, code, null, 'agent', `${r.e.rule}+${r.compoundAgent.rule}`), end > last));
    return 0;
  }
  // "zwischen aserbaidschanischen und armenischen Truppen": coordinated adjectives share the agent
  // ("British and US troops": the second may be a name used as an adjective)
  if ((r.e.kind === 'adjective' || r.e.kind === 'demonym') && nxt && (nxt.e.kind === 'adjective' || nxt.e.kind === 'demonym' || nxt.e.kind === 'country') && raw[k + 2]?.e.kind === 'agent' && nxt.i === last + 2
    && /^(und|and|oder|or|sowie)$/.test(tokens[last + 1].lower) && raw[k + 2].i === nxt.i + nxt.len) {
    const agent = raw[k + 2];
    const agentEnd = agent.i + agent.len - 1;
    out.push(mk(cx, r.i, last, r.e.code.slice(0, 3) + (agent.e.role ?? ''), null, 'agent', `${r.e.rule}+${agent.e.rule}`));
    out.push(mk(cx, nxt.i, agentEnd, nxt.e.code.slice(0, 3) + (agent.e.role ?? ''), null, 'agent', `${nxt.e.rule}+${agent.e.rule}`));
    return 2;
  }
  // "französische und UN-Kampfhubschrauber", "British and US troops": an adjective shares the agent of a hyphenated compound after "und"
  if ((r.e.kind === 'adjective' || r.e.kind === 'demonym') && nxt?.compoundAgent && nxt.i === last + 2 && /^(und|and|oder|or|sowie)$/.test(tokens[last + 1].lower)) {
    out.push(mk(cx, r.i, last, r.e.code.slice(0, 3) + nxt.compoundAgent.role, null, 'agent', `${r.e.rule}+${nxt.compoundAgent.rule}`));
    return 0;
  }
  // country adjective / name / possessive + (modifier words) + agent (+ person)
  // (not a German genitive organisation before the next noun phrase: "nach Angaben der Muslimbruderschaft Demonstranten fest")
  const genitiveOrg = lex.lang === 'de' && r.e.kind === 'organisation' && /^(der|des)$/.test(tokens[r.i - 1]?.lower ?? '');
  // (nor a city after a preposition: "hatte er in Khartum Präsident Omar al-Baschir aufgefordert" names a place, then a person)
  const placeFirst = r.e.kind === 'capital' && lex.cues.placePreps.has(tokens[r.i - 1]?.lower ?? '');
  if ((r.e.kind === 'adjective' || r.e.kind === 'demonym' || r.e.kind === 'country' || r.e.kind === 'capital' || r.e.kind === 'seat' || r.e.kind === 'organisation') && nxt && nxt.e.kind === 'agent' && !genitiveOrg && !placeFirst) {
    let gapOk = true;
    for (let g = last + 1; g < nxt.i; g++) {
      const tok = tokens[g];
      // (a German inflected adjective between them, not a verb: "Russlands reguläre Truppen", not "In Syrien kämpfen Regierungstruppen")
      if (!(MODIFIER_GAP.test(tok.text) || MODEL_NAME.test(tok.text) || tok.lower === "'s" || (lex.lang === 'de' && /^\p{Ll}/u.test(tok.text) && /(e|en|er|es|em)$/.test(tok.text) && !lex.cues.prepositions.has(tok.lower) && !lex.cues.subjectArticles.has(tok.lower) && !lex.cues.objectArticles.has(tok.lower) && !hasVerbReading(tokens, g, lex))
        // (an English noun modifier between a nationality and its agent: "Italian aid workers", "Chinese oil engineers")
        || (lex.lang === 'en' && (r.e.kind === 'adjective' || r.e.kind === 'demonym' || (r.e.kind === 'organisation' && nxt.e.role !== undefined && /^\p{Ll}/u.test(tokens[nxt.i].text))) && tok.kind === 'word' && /^\p{Ll}{3,}$/u.test(tok.text) && !/(ed|ing|ly)$/.test(tok.lower)
          // (a word that could be a verb only after a plural demonym: "Italians aid workers", not "Italian aid workers")
          && !lex.cues.prepositions.has(tok.lower) && !EN_FUNCTION.has(tok.lower) && (!/s$/.test(tokens[last].lower) || !hasVerbReading(tokens, g, lex))))) gapOk = false;
    }
    if (gapOk && nxt.i - last - 1 <= 2) {
      const agentEnd = nxt.i + nxt.len - 1;
      const person = raw[k + 2] && raw[k + 2].e.kind === 'person' && raw[k + 2].i === agentEnd + 1 ? raw[k + 2] : null;
      if (person) {
        out.push(mk(cx, r.i, person.i + person.len - 1, personCode(cx, r.i, person.e, date, lex, r.e.kind === 'organisation' ? undefined : nxt.e, r.e.code.slice(0, 3), person.i), person.e.id, 'person', person.e.rule, person.e.gender));
        return 2;
      }
      // "Sudanese government troops", "Kenyan police officers": an English agent noun right after the first one is the head
      const head = raw[k + 2];
      if (lex.lang === 'en' && r.e.kind !== 'organisation' && r.e.code.length === 3 && head && head.e.kind === 'agent' && head.i === agentEnd + 1 && head.e.role && nxt.e.role
        && !nxt.e.title && /^\p{Ll}/u.test(tokens[nxt.i].text) && /^\p{Ll}/u.test(tokens[head.i].text)) {
        const role = MODIFIER_ROLES.test(nxt.e.role) ? nxt.e.role : head.e.role;
        out.push(mk(cx, r.i, head.i + head.len - 1, r.e.code + role, null, 'agent', `${r.e.rule}+${(role === nxt.e.role ? nxt : head).e.rule}`));
        return 2;
      }
      // (an organisation, also one named in an adjective such as "NATO-geführte", keeps its own code)
      const org = r.e.kind === 'organisation' || r.e.code.length === 4;
      const code = (org ? r.e.code : r.e.code.slice(0, 3)) + (org ? '' : nxt.e.role ?? '');
      const end = nxt.e.title ? absorbName(tokens, agentEnd, lex) : agentEnd;
      out.push(titled(mk(cx, r.i, end, code, r.e.kind === 'organisation' ? r.e.id : null, 'agent', `${r.e.rule}+${nxt.e.rule}`), end > agentEnd));
      return 1;
    }
  }
  if (r.e.kind === 'agent') {
    // an ideology before an armed group's noun: "Islamist militants", "radical rebels" are the armed group
    if (r.e.role === 'RAD' && nxt && nxt.e.kind === 'agent' && nxt.i === last + 1 && ARMED_HEAD.test(nxt.e.role ?? '')) {
      const end = nxt.i + nxt.len - 1;
      out.push(mk(cx, r.i, end, nxt.e.role ?? 'UNK', nxt.e.id, 'agent', `${nxt.e.rule}.ideology`));
      return 1;
    }
    // a group's generic title: "gang leader", "rebel leader", "Oppositionsführer" written apart ("the opposition leader") is of the group's role
    if (nxt && nxt.e.kind === 'agent' && nxt.i === last + 1 && r.e.role && lex.cues.genericTitles.has(tokens[nxt.i].lower) && !r.e.title) {
      const person = raw[k + 2] && raw[k + 2].e.kind === 'person' && raw[k + 2].i === nxt.i + nxt.len ? raw[k + 2] : null;
      if (person) {
        out.push(mk(cx, r.i, person.i + person.len - 1, personCode(cx, r.i, person.e, date, lex, undefined, undefined, person.i), person.e.id, 'person', person.e.rule, person.e.gender));
        return 2;
      }
      const end = absorbName(tokens, nxt.i + nxt.len - 1, lex);
      out.push(titled(mk(cx, r.i, end, r.e.role, r.e.id, 'agent', `${r.e.rule}.title`), end > nxt.i + nxt.len - 1));
      return 1;
    }
    // "a rebel commander", "a militant gang", "police officers": an English agent noun right before another is one agent, of the
    // first's role where that names a side or a group, else of the head's ("government troops" are troops)
    if (lex.lang === 'en' && nxt && nxt.e.kind === 'agent' && nxt.i === last + 1 && r.e.role && nxt.e.role && !r.e.title
      && /^\p{Ll}/u.test(tokens[r.i].text) && /^\p{Ll}/u.test(tokens[nxt.i].text)) {
      const first = MODIFIER_ROLES.test(r.e.role);
      const end = nxt.e.title ? absorbName(tokens, nxt.i + nxt.len - 1, lex) : nxt.i + nxt.len - 1;
      // (a bare agent still: coreference gives it its country)
      out.push(titled(mk(cx, r.i, end, first ? r.e.role : nxt.e.role, null, 'agent', `${(first ? r : nxt).e.rule}.compound`), end > nxt.i + nxt.len - 1));
      return 1;
    }
    // "the leader of the main gang coalition", "der Anführer der Rebellen": a generic title of a group is of the group's role
    if (nxt && nxt.e.kind === 'agent' && nxt.e.role && lex.cues.genericTitles.has(tokens[last].lower) && nxt.i > last + 1 && nxt.i - last - 1 <= 3
      && /^(of|des|der)$/.test(tokens[last + 1].lower) && tokens.slice(last + 2, nxt.i).every((t) => /^\p{Ll}/u.test(t.text))) {
      out.push(mk(cx, r.i, nxt.i + nxt.len - 1, nxt.e.role, nxt.e.id, 'agent', `${nxt.e.rule}.title`, r.e.gender));
      return 1;
    }
    // title + person, agent + named group ("die Islamistenmiliz HTS", "the militant group Hamas")
    if (nxt && (nxt.e.kind === 'person' || nxt.e.kind === 'organisation') && nxt.i === last + 1) {
      if (nxt.e.kind === 'organisation') {
        out.push(mk(cx, r.i, nxt.i + nxt.len - 1, nxt.e.code, nxt.e.id, 'organisation', nxt.e.rule));
        return 1;
      }
      // (a title after another agent is that agent's: "opposition leader", "Rebellenführer …" are not the state's)
      const afterAgent = k > 0 && raw[k - 1].i + raw[k - 1].len === r.i && (raw[k - 1].e.kind === 'agent' || raw[k - 1].e.kind === 'organisation');
      out.push(mk(cx, r.i, nxt.i + nxt.len - 1, personCode(cx, r.i, nxt.e, date, lex, afterAgent ? undefined : r.e, undefined, nxt.i), nxt.e.id, 'person', nxt.e.rule, nxt.e.gender));
      return 1;
    }
    // agent + s-genitive country: "der Botschafter Myanmars", "die Regierung Irans"
    if (nxt && nxt.e.kind === 'country' && nxt.i === last + 1 && nxt.e.rule.endsWith('.genitive') && STATE_ROLE.test(r.e.role ?? '') && r.e.title) {
      out.push(mk(cx, r.i, nxt.i + nxt.len - 1, nxt.e.code.slice(0, 3) + (r.e.role ?? ''), null, 'agent', `${r.e.rule}+${nxt.e.rule}`));
      return 1 + listedCountries(cx, raw, k + 2, r.e, out);
    }
    // agent + genitive country: "Präsident des Iran", "president of Iran"; seat: "die Regierung in Kiew"
    if (nxt && (nxt.e.kind === 'country' || nxt.e.kind === 'organisation' || nxt.e.kind === 'capital') && nxt.i - last - 1 <= 2 && nxt.i > last + 1) {
      const between = tokens.slice(last + 1, nxt.i).map((t) => t.lower).join(' ');
      // (not "its troops from Georgia", "seine Truppen aus Georgien": an owner named before, the place they leave after)
      const owned = /^(from|aus)/.test(between) && isPossessive(tokens[r.i - 1]?.lower ?? '', lex);
      // (and an office at a body: "Ein Richter am Bundesgerichtshof", "a judge at the Supreme Court")
      if (!owned && (/^(des|der|of|of the|von|vom|from|aus|aus dem|aus der)$/.test(between) || (nxt.e.kind === 'capital' && /^(in)$/.test(between) && STATE_ROLE.test(r.e.role ?? ''))
        || (nxt.e.kind === 'organisation' && r.e.title && /^(am|beim|at|at the)$/.test(between)))) {
        const code = nxt.e.kind === 'organisation' ? nxt.e.code : nxt.e.code.slice(0, 3) + (r.e.role ?? '');
        const end = nxt.i + nxt.len - 1;
        out.push(mk(cx, r.i, end, code, nxt.e.kind === 'organisation' ? nxt.e.id : null, 'agent', `${r.e.rule}+${nxt.e.rule}`));
        return 1 + (nxt.e.kind === 'country' ? listedCountries(cx, raw, k + 2, r.e, out) : 0);
      }
    }
    // bare agent: coreference may give it a country; a title may carry an unknown name (a transnational one has none: NGO + role)
    const end = r.e.title ? absorbName(tokens, last, lex) : last;
    // (an agent whose compound names its state organ has its full code: see compoundAgent)
    out.push(titled(mk(cx, r.i, end, r.e.transnational || r.e.code.length > 3 ? r.e.code : r.e.role ?? 'UNK', r.e.id, 'agent', r.e.rule), end > last));
    return 0;
  }
  if (r.e.kind === 'person') {
    out.push(mk(cx, r.i, last, personCode(cx, r.i, r.e, date, lex), r.e.id, 'person', r.e.rule, r.e.gender));
    return 0;
  }
  // "SPÖ-Bundesgeschäftsführer Gerhard Schmid", "CDU-Generalsekretär Peter Tauber": a party's or body's compound title before
  // a name no lexicon knows is someone of that party or body (its code; told apart from another party of the same code)
  if (r.e.kind === 'adjective' && r.e.id && r.e.rule.startsWith('org.') && r.len === 1 && hasHyphen(tokens[r.i].text) && /[-\u2010\u2011]\p{Lu}/u.test(tokens[r.i].text)) {
    const end = absorbName(tokens, last, lex);
    if (end > last + (lex.lang === 'de' ? 1 : 0)) {
      out.push(titled(mk(cx, r.i, end, r.e.code, r.e.id, 'organisation', `${r.e.rule}.title-name`), true));
      return 0;
    }
  }
  const modifier = r.e.kind === 'adjective';
  out.push(mk(cx, r.i, last, r.e.code, r.e.id, r.e.kind, r.e.rule, undefined, modifier ? true : undefined));
  return 0;
}

/**
 * "the leaders of Sudan, Egypt and Chad", "die Außenminister Frankreichs, Deutschlands und Italiens": after an agent of a
 * country, the countries listed right after that one have the agent too (from raw[j] on); how many were taken.
 */
function listedCountries(cx: MentionContext, raw: Raw[], j: number, agent: ActorEntry, out: ActorMention[]): number {
  let used = 0;
  for (; j < raw.length && raw[j].e.kind === 'country'; j++) {
    const gap = cx.tokens.slice(raw[j - 1].i + raw[j - 1].len, raw[j].i).map((t) => t.lower);
    if (!gap.length || !gap.every((w) => LIST_GLUE.has(w))) break;
    out.push(mk(cx, raw[j].i, raw[j].i + raw[j].len - 1, raw[j].e.code.slice(0, 3) + (agent.role ?? ''), null, 'agent', `${agent.rule}+${raw[j].e.rule}.list`));
    used++;
  }
  return used;
}
const LIST_GLUE = new Set([',', 'and', 'und', 'sowie', 'or', 'oder']);

function isPossessive(w: string, lex: LangLexicon): boolean {
  return w === 'its' || lex.cues.possessiveM.has(w) || lex.cues.possessiveF.has(w) || lex.cues.possessivePlural.has(w);
}

/** A title followed by capitalised words not in the lexicon: take them as the (unknown) name. */
function absorbName(tokens: Token[], last: number, lex: LangLexicon): number {
  let end = last;
  for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !/^\p{Lu}[\p{Ll}\p{M}'\u2019-]+$/u.test(t.text)) break;
    if (lex.cues.weekdays.has(t.lower) || lex.cues.months.has(t.lower)) break;
    const named = lex.actors.matchAtMemo(tokens, j);
    // ("Defense Minister Jorge Uribe": after an unknown first name, a known surname is another person's, the name's end — unless
    // that first name opens the known person's name: "its president Nursultan Abish-uly Nazarbayev")
    if (named.length && j > last + 1 && end === j - 1 && named.every((h) => h.len === 1 && h.value.kind === 'person')
      && !(lex.surnames.get(tokens[j].text) ?? []).some((p) => p.names.some((n) => n.startsWith(tokens[last + 1].text + ' ')))) { end = j; break; }
    if (named.length || lex.triggers.matchAtMemo(tokens, j).length) break;
    // (nor an English verb's "-s" form a title-case headline capitalises: "Iraqi Leader Thanks U.S.")
    if (isVerbS(t, lex)) break;
    if (lex.lang === 'de' && j === last + 1 && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') ) {
      // a single capitalised German word after a title is usually a noun, not a name, unless a second name follows
      break;
    }
    end = j;
  }
  return end;
}
