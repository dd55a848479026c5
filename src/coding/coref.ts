import type { ActorMention, PartialDate, Token } from '../types.ts';
import type { LangLexicon } from '../lexicon/compile.ts';
import { STATE_ROLE, codeAtDate, isCollective, isHistorical, makeMention, type MentionContext } from './actors.ts';
import { hasVerbReading, isMeetingNoun } from './triggers.ts';

export { isCollective };

/**
 * Coreference across a document, sentence by sentence: personal pronouns ("er", "he") take the
 * last person of that gender; possessive + agent ("seinen Außenminister", "its army", "dessen
 * Armee") take the country of the nearest earlier actor; definite descriptions ("das Land", "the
 * country") the last country; "beide Länder" / "both countries" the last two countries. Agents
 * that stay without a country are dropped.
 */
/** The country of which both the state (government, army, police) and its armed or political opponents are among the mentions. */
function civilWarCountry(mentions: ActorMention[]): string | undefined {
  const sides = new Map<string, number>();
  for (const x of mentions) {
    if (!/^[A-Z]{6}$/.test(x.code) || isCollective(x.code)) continue;
    const role = x.code.slice(3);
    const bit = /^(GOV|MIL|COP)$/.test(role) ? 1 : /^(REB|INS|SEP|OPP|UAF)$/.test(role) ? 2 : 0;
    if (bit) sides.set(x.code.slice(0, 3), (sides.get(x.code.slice(0, 3)) ?? 0) | bit);
  }
  for (const [c, b] of sides) if (b === 3) return c;
  return undefined;
}

/** Whether `x` opens the clause that `m` ends in: at the sentence's start or after a comma or "and", with no punctuation up to `m`. */
function ownClauseSubject(tokens: Token[], x: ActorMention, m: ActorMention): boolean {
  if (x.sentence !== m.sentence || x.tokenEnd >= m.tokenStart) return false;
  if (x.tokenStart > 0 && !/^(,|;|and|und|but|aber)$/.test(tokens[x.tokenStart - 1].lower)) return false;
  for (let j = x.tokenEnd + 1; j < m.tokenStart; j++) if (tokens[j].kind === 'punct') return false;
  return true;
}

/** Whether a comma and a clause opener stand between two mentions ("…, während …", "…, after …"). */
function clauseBetween(tokens: Token[], a: ActorMention, b: ActorMention, cues: LangLexicon['cues']): boolean {
  const from = Math.min(a.tokenEnd, b.tokenEnd);
  const to = Math.max(a.tokenStart, b.tokenStart);
  for (let j = from + 1; j < to; j++) if (tokens[j].text === ',' && cues.clauseOpeners.has(tokens[j + 1]?.lower ?? '')) return true;
  return false;
}

/** Whether the word before token `start` is "in"/"im". */
function afterIn(tokens: Token[], start: number): boolean {
  return /^(in|im)$/.test(tokens[start - 1]?.lower ?? '');
}

/** A place of the sentence: a capital, or a country something is "in". */
function isHere(x: ActorMention, tokens: Token[]): boolean {
  // (a region too: "in Afrika … von staatlichen Behörden festgenommen" are African authorities, not those of the last country named)
  return x.kind === 'capital' || (x.kind === 'country' && locatedIn(tokens, x.tokenStart))
    || (x.kind === 'organisation' && x.rule.startsWith('org.region_') && afterIn(tokens, x.tokenStart));
}

/** The side of a domestic conflict a role is on: the state, or its own for rebels, insurgents, separatists and the opposition. */
function sideOf(role: string): string {
  return /^(GOV|MIL|COP)$/.test(role) ? 'STATE' : /^(REB|INS|SEP|OPP)$/.test(role) ? role : '';
}
/* Module-level helpers rather than named closures per mention: tsx keeps function names, at a cost for each closure created. */
/** A person of the pronoun's gender. */
function isPersonOf(x: ActorMention, g: 'm' | 'f'): boolean {
  return x.kind === 'person' && x.gender === g;
}
/** A collective that "it" or "they" (the pronoun `m`) may stand for. */
function collectiveFor(x: ActorMention, m: ActorMention): boolean {
  return !x.modifier && x.kind !== 'person' && x.kind !== 'pronoun' && /^[A-Z]{3}/.test(x.code) && (m.code === '*THEY' || x.kind !== 'agent' || x.code.length > 3)
    && !isRegion(x);
}
/** A region of the world ("Osteuropa", "the Middle East", the lexicon's organisations of kind region, ids region_…): a place
 * named as the scene, never what "sie"/"they"/"it" stands for. */
function isRegion(x: ActorMention): boolean {
  return x.rule.startsWith('org.region_');
}
/** A country named as a place ("in the DRC"; an abbreviation in parentheses is where its long form is: "in the eastern Democratic Republic of Congo (DRC)"). */
function placedIn(x: ActorMention, tokens: Token[], resolved: ActorMention[]): boolean {
  return locatedIn(tokens, x.tokenStart)
    || (tokens[x.tokenStart - 1]?.text === '(' && resolved.some((y) => y.tokenEnd === x.tokenStart - 2 && y.code === x.code && locatedIn(tokens, y.tokenStart)));
}
/** Who a person is, for telling people apart. */
function personKey(p: ActorMention): string {
  return p.id ?? p.code;
}
/** A place of the sentence that the agent `m` is at (not in another clause). */
function placeOf(m: ActorMention, x: ActorMention, tokens: Token[], cues: LangLexicon['cues']): boolean {
  return x !== m && isHere(x, tokens) && !clauseBetween(tokens, m, x, cues);
}

/** Whether the place `m`, named after "in", is where a meeting is held: a noun of meeting a few words before it in the same
 * phrase ("ein Krisentreffen in Kairo", "Krisentreffen der Arabischen Liga am Dienstag in Kairo", "talks in Geneva"), with no
 * punctuation or verb between. */
function isVenue(tokens: Token[], m: ActorMention, lex: LangLexicon): boolean {
  const prep = m.tokenStart - 1;
  if (!afterIn(tokens, m.tokenStart)) return false;
  for (let j = prep - 1; j >= Math.max(0, prep - 7); j--) {
    if (tokens[j].kind === 'punct') return false;
    if (isMeetingNoun(tokens, j, lex)) return true;
    if (hasVerbReading(tokens, j, lex) && !/^\p{Lu}/u.test(tokens[j].text)) return false;
  }
  return false;
}

const COORD_OR_ARTICLE = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Whether the organisation named next stands right after the agent `m` (in English after at most two lower-case words:
 * "militant group Hamas", "media watchdog Reporters Without Borders"; in German right after it: "Terrormiliz IS"). */
function describesNameAfter(m: ActorMention, all: ActorMention[], tokens: Token[], lex: LangLexicon): boolean {
  const k = all.indexOf(m);
  const next = all[k + 1];
  if (!next || next.kind !== 'organisation') return false;
  const gap = next.tokenStart - m.tokenEnd - 1;
  if (gap === 0) return true;
  if (lex.lang !== 'en' || gap > 2) return false;
  for (let j = m.tokenEnd + 1; j < next.tokenStart; j++) {
    const w = tokens[j];
    if (w.kind !== 'word' || !/^\p{Ll}+$/u.test(w.text) || lex.cues.prepositions.has(w.lower) || COORD_OR_ARTICLE.has(w.lower)) return false;
  }
  return true;
}

export class CorefState {
  private history: ActorMention[] = [];
  /** the document's date, for the role a person named by surname alone held then */
  date: PartialDate | null = null;
  /** the agents of the last sentence resolved that no country could be found for ("Aktivisten", "critics"): no mentions, no
   * antecedents, but they still stand where they stand in their clause */
  unknown: ActorMention[] = [];

  private recentWoman(): boolean {
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - 8); k--) if (this.history[k].kind === 'person' && this.history[k].gender === 'f') return true;
    return false;
  }

  /** Whether the latest sentence that named anyone opened with a woman ("Theresa May traf Boris Johnson."). */
  private womanOpenedLast(): boolean {
    const h = this.history;
    if (!h.length) return false;
    const last = h[h.length - 1].sentence;
    const first = h.find((x) => x.sentence === last);
    return first !== undefined && first.kind === 'person' && first.gender === 'f';
  }

  /** Countries the document places events in ("in northern Mali", "in Kabul"): each such mention counts once more for the topic. */
  private placed = new Map<string, number>();
  /** Places named as where a meeting is held ("ein Krisentreffen in Kairo", "talks in Geneva"): they say nothing of whom the
   * story is about, and count for no topic. */
  private venues = new WeakSet<ActorMention>();

  /** the town a story that has named no country yet was last placed in ("In Dortmund …"): the country of its bare agents */
  private town: ActorMention | undefined;

  /** Countries and towns named as where something is or happens ("nach den Anschlägen in Paris", "in der Ukraine"): places,
   * not actors a later statement is aimed at. */
  private locatives = new WeakSet<ActorMention>();
  isLocative(m: ActorMention): boolean {
    return this.locatives.has(m);
  }

  /** surnames of the people named in full so far ("Taylor" of "Charles Taylor"), each with its latest mention */
  private surnames = new Map<string, ActorMention>();
  private noteSurname(m: ActorMention, tokens: Token[]): void {
    if (m.tokenEnd <= m.tokenStart) return;
    const last = tokens[m.tokenEnd];
    // (a capitalised word of three letters or more that names no one else already)
    if (last.kind !== 'word' || last.text.length < 3 || !/^\p{Lu}\p{Ll}/u.test(last.text)) return;
    const other = this.surnames.get(last.text);
    // (two people no lexicon knows are told apart by their codes)
    if (other && (other.id !== m.id || (m.id === null && other.code !== m.code))) { this.surnames.delete(last.text); this.ambiguous.add(last.text); return; }
    if (!this.ambiguous.has(last.text)) this.surnames.set(last.text, m);
  }
  /** surnames two people of the document share: neither is meant by it alone */
  private ambiguous = new Set<string>();

  /** The country the document is mostly about so far (most mentions, a place counting twice; the first named on a tie). */
  private topic(current: ActorMention[], exclude?: string): ActorMention | undefined {
    const count = new Map<string, { n: number; last: ActorMention }>();
    const h = this.history;
    for (let k = 0; k < h.length + current.length; k++) {
      const x = k < h.length ? h[k] : current[k - h.length];
      if (this.venues.has(x)) continue;
      if (!isCountryLevel(x) && !(x.kind === 'person' && /^[A-Z]{3}(GOV|MIL|OPP|REB)$/.test(x.code))) continue;
      const c = x.code.slice(0, 3);
      if (c === exclude) continue;
      const e = count.get(c);
      if (e) { e.n++; e.last = x; } else count.set(c, { n: 1, last: x });
    }
    for (const [c, n] of this.placed) { const e = count.get(c); if (e) e.n += n; }
    let best: { n: number; last: ActorMention } | undefined;
    let second = 0;
    for (const e of count.values()) {
      if (!best || e.n > best.n) { second = best?.n ?? 0; best = e; } else if (e.n > second) second = e.n;
    }
    this.topicLead = best ? { n: best.n, second } : { n: 0, second: 0 };
    return best?.last;
  }
  /** how far the topic found last leads: its count and the runner-up's */
  private topicLead = { n: 0, second: 0 };

  /** topicCountry as a function value, for the actor finder to call only when a name is shared between countries */
  readonly homeCountry = (): string | undefined => this.topicCountry();

  /** The country the document is mostly about, as far as it has been read (its three-letter code). */
  topicCountry(): string | undefined {
    return this.topicMention()?.code.slice(0, 3);
  }

  /** The country the document is mostly about, as the latest mention of it (undefined for a collective such as "the West"). */
  topicMention(): ActorMention | undefined {
    const t = this.topic([]);
    return t && !isCollective(t.code) ? t : undefined;
  }

  /** The topic country only when the story is clearly about it: named three times at least and half as often again as any other. */
  clearTopic(): ActorMention | undefined {
    const t = this.topicMention();
    return t && this.topicLead.n >= 3 && this.topicLead.n >= 1.5 * this.topicLead.second ? t : undefined;
  }

  /** The latest actor of the same country in another of the roles that face each other at home (government, military,
   * rebels, opposition), among the last `within` mentions: the other side of a domestic conflict. */
  latestOtherSide(code: string, within = 12): ActorMention | undefined {
    const c = code.slice(0, 3);
    const mine = sideOf(code.slice(3, 6));
    if (!mine) return undefined;
    for (let k = this.history.length - 1; k >= Math.max(0, this.history.length - within); k--) {
      const x = this.history[k];
      if (x.code.slice(0, 3) !== c) continue;
      const other = sideOf(x.code.slice(3, 6));
      if (other && other !== mine && (mine === 'STATE' || other === 'STATE')) return x;
    }
    return undefined;
  }

  /** The latest mention of the document that satisfies `ok`. */
  latest(ok: (x: ActorMention) => boolean): ActorMention | undefined {
    for (let k = this.history.length - 1; k >= 0; k--) if (ok(this.history[k])) return this.history[k];
    return undefined;
  }

  /** The latest country-level actor of the document other than `country` ("die Vorfälle" in a story about Uzbekistan). */
  focusOtherThan(countries: ReadonlySet<string>, skip?: (x: ActorMention) => boolean): ActorMention | undefined {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const x = this.history[k];
      if (skip?.(x) || this.venues.has(x)) continue;
      // (a newspaper or broadcaster reports on a country, it is not the one: "die britische Tageszeitung")
      if (!countries.has(x.code.slice(0, 3)) && /^[A-Z]{3}/.test(x.code) && !isCollective(x.code) && !x.code.endsWith('MED') && (isCountryLevel(x) || (x.kind === 'person' && !isHistorical(x)))) return x;
    }
    return undefined;
  }

  /** Descriptions and pronouns found by a scan of the tokens no lexicon mention holds. (A method of its own: see
   * code-document.ts, DocState, on why hot code is kept in functions of modest size.) */
  private scanMentions(tokens: Token[], covered: Uint8Array, cx: MentionContext, lex: LangLexicon): ActorMention[] {
    const cues = lex.cues;
    const extra: ActorMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      // "Charles Taylor … Taylor wurde per Flugzeug …": the surname of a person the document has named in full
      // (a capitalised word only: the cheap test first, this runs for every word no mention holds)
      const tk = tokens[i];
      const nameLike = tk.kind === 'word' && tk.text.charCodeAt(0) !== tk.lower.charCodeAt(0);
      let named = nameLike && this.surnames.size ? this.surnames.get(tk.text) : undefined;
      // ("Milinkewitschs Pressesprecher": a German genitive in -s)
      const genitive = !named && nameLike && this.surnames.size > 0 && lex.lang === 'de' && tk.text.length > 4 && tk.text.endsWith('s') && !tk.text.endsWith('ss');
      if (genitive) named = this.surnames.get(tk.text.slice(0, -1));
      if (named) {
        // ("Thousands of Zelaya supporters": before an English agent noun the name qualifies it, no party of its own)
        // (`covered` is shared between sentences and cleared only up to this one's length: look at a next token only if there is one)
        const qualifies = lex.lang === 'en' && i + 1 < tokens.length && covered[i + 1] === 1 && /^\p{Ll}/u.test(tokens[i + 1].text);
        extra.push(makeMention(cx, i, i, named.code, named.id, 'person', `coref.surname→${named.rule}${genitive ? '.genitive' : ''}`, named.gender, qualifies || undefined));
        continue;
      }
      // (also before the full name, in the headline and lead, which name people before the text does in full: "Powell urges …"
      // in a headline over "Secretary of State Colin Powell said …"; one person of the lexicon with that surname whose full
      // name the document has)
      const people = nameLike && cx.sentence <= 1 ? lex.surnames.get(tk.text) : undefined;
      if (people && !this.ambiguous.has(tk.text)) {
        const inDoc = people.filter((p) => p.names.some((n) => cx.text.includes(n)));
        if (inDoc.length === 1) {
          const e = inDoc[0].entry;
          extra.push(makeMention(cx, i, i, codeAtDate(e, this.date, false), e.id, 'person', `coref.surname→${e.rule}`, e.gender));
          continue;
        }
      }
      // (a country description none of whose words a lexicon mention holds: "Die Regierung" is the agent "Regierung" already;
      // a pair description stands over its agent: "the two leaders")
      const ph = cues.descriptions.startsAt(tokens, i) ? cues.descriptions.matchAt(tokens, i).find((h) => h.value.kind === 'pair-description' || !covered.subarray(i, i + h.len).includes(1)) : undefined;
      if (ph) {
        const end = i + ph.len - 1;
        const placeholder = mk(cx, i, end, ph.value.kind === 'pair-description' ? '*PAIR' : ph.value.kind === 'organisation-description' ? '*ORG' : '*COUNTRY', 'description', `coref.${ph.value.kind}`);
        extra.push(placeholder);
        i = end;
        continue;
      }
      // "zwei Iraner … Der Erste wurde am Mittwoch festgenommen": a German ordinal standing for a noun is one of the people
      // named last (a demonym of the last two sentences)
      if (nameLike && lex.lang === 'de' && ORDINAL_PEOPLE.test(tk.text) && /^(der|die|den|dem)$/.test(tokens[i - 1]?.lower ?? '')
        && (tokens[i + 1] === undefined || tokens[i + 1].kind === 'punct' || /^\p{Ll}/u.test(tokens[i + 1].text))) {
        const ante = findBack([], this.history, Infinity, (x) => x.sentence >= cx.sentence - 2 && x.rule.endsWith('.demonym') && /^[A-Z]{3}$/.test(x.code));
        if (ante) { extra.push(makeMention(cx, i, i, ante.code, ante.id, 'description', `coref.ordinal→${ante.rule}`, undefined, undefined)); continue; }
      }
      const w = tokens[i].lower;
      if (tokens[i].kind !== 'word' || w.length > cues.pronounMaxLength) continue;
      if (cues.pronounsM.has(w) && (tokens[i].text === tokens[i].text.toLowerCase() || i === 0)) {
        extra.push(mk(cx, i, i, '*M', 'pronoun', 'coref.pronoun.m'));
      } else if (lex.lang === 'en' && cues.pronounsF.has(w) && (w === 'she' || i === 0)) {
        extra.push(mk(cx, i, i, '*F', 'pronoun', 'coref.pronoun.f'));
      } else if (lex.lang === 'en' && (w === 'it' || w === 'they') && tokens[i + 1]?.kind === 'word' && !/^(is|was|be)$/.test(tokens[i + 1]?.lower ?? '') || (lex.lang === 'en' && (w === 'it' || w === 'they') && /^(was|is)$/.test(tokens[i + 1]?.lower ?? '') && /(ed|en)$/.test(tokens[i + 2]?.lower ?? '')
          // (not an expletive "it": "it was revealed that", "it is believed"; "it is reported to be keen on" is one)
          && !isExpletiveIt(tokens, i, cues.expletiveParticiples))) {
        // "said it would send", "they had taken control": a collective actor (not "it is raining")
        extra.push(mk(cx, i, i, w === 'it' ? '*IT' : '*THEY', 'pronoun', `coref.pronoun.${w}`));
      } else if (lex.lang === 'de' && w === 'es' && /^(werde|werden|wird|habe|hat|hatte|sei|wolle|will|müsse|muss|könne|solle|plane|plant|lehne|lehnt|fordere|fordert|betrachte|sehe|verurteile|setze|stelle|ziehe|breche|beende|unterstütze|liefere|schicke|entsende|begrüße|prüfe|erwäge|biete|verlange|weise)$/.test(tokens[i + 1]?.lower ?? '')) {
        // "teilte mit, es werde seine Militärhilfe überprüfen": the state or organisation that speaks
        extra.push(mk(cx, i, i, '*IT', 'pronoun', 'coref.pronoun.es'));
      } else if (lex.lang === 'de' && w === 'sie' && (tokens[i].text === 'sie' || i === 0) && this.recentWoman() && (/^(hat|hatte|habe|sei|war|ist|wird|werde|will|wolle|kündigte|forderte|sagte|erklärte|warf|rief|kritisierte|betonte|traf|reiste|lehnte|verurteilte|wies|drohte|bat|sprach|nannte|bezeichnete)$/.test(tokens[i + 1]?.lower ?? '')
        // (or any verb in the singular opening a clause: "Sie sicherte dabei Johnson ihre volle Unterstützung zu", not "nahm sie fest")
        // (when the sentence before opens with her: "sie" is as often a body, "Die Bundespolizei … Sie stellte … fest")
        || ((i === 0 || /^(,|und|aber|doch|denn|dann)$/.test(tokens[i - 1].lower)) && /^\p{Ll}{2,}(te|t)$/u.test(tokens[i + 1]?.text ?? '') && this.womanOpenedLast()))) {
        // "sie" before a verb in the singular, with a woman just named: she ("Benazir Bhutto … Sie kündigte Massenproteste an")
        extra.push(mk(cx, i, i, '*F', 'pronoun', 'coref.pronoun.f'));
      } else if (lex.lang === 'de' && w === 'sie' && (tokens[i].text === 'sie' || i === 0) && !this.recentWoman()) {
        // "sie" with no woman in sight: the actors just named ("die Rebellen … sie")
        extra.push(mk(cx, i, i, '*THEY', 'pronoun', 'coref.pronoun.sie'));
      } else if (lex.lang === 'de' && w === 'man' && (tokens[i + 1]?.lower === 'sich' || tokens[i - 1]?.lower === 'sich')
        && tokens.slice(Math.max(0, i - 2), i + 4).some((t) => /^(einig|geeinigt|verständig|verständigt)/.test(t.lower))) {
        // "einigte man sich über …": the two sides just named, as "beide Seiten"
        extra.push(mk(cx, i, i, '*PAIR', 'description', 'coref.pair-description.man'));
      }
    }
    return extra;
  }

  /** `dateline`: the index of the dash that ends a dateline opening the sentence (-1 for none); a place named there is not where its agents are */
  resolveSentence(tokens: Token[], mentions: ActorMention[], lex: LangLexicon, sentence: number, text: string, dateline = -1): ActorMention[] {
    const cues = lex.cues;
    const out: ActorMention[] = [];
    if (this.unknown.length) this.unknown = [];
    if (COVERED.length < tokens.length) COVERED = new Uint8Array(tokens.length * 2);
    const covered = COVERED;
    covered.fill(0, 0, tokens.length);
    for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd + 1);
    const resolved: ActorMention[] = [];
    const history = this.history;
    const cx: MentionContext = { tokens, sentence, text, former: NO_FORMER };
    for (const m of mentions) {
      if (!((m.kind === 'country' && locatedIn(tokens, m.tokenStart)) || (m.kind === 'capital' && afterIn(tokens, m.tokenStart)))) continue;
      this.locatives.add(m);
      if (isVenue(tokens, m, lex)) { this.venues.add(m); continue; }
      this.placed.set(m.code.slice(0, 3), (this.placed.get(m.code.slice(0, 3)) ?? 0) + 1);
    }
    // descriptions and pronouns found by token scan, merged in token order with the lexicon mentions
    const extra = this.scanMentions(tokens, covered, cx, lex);
    const all = inTokenOrder(mentions, extra);
    let cityMemo: ActorMention | null | undefined;
    // "die Koalitionstruppen unter Führung der Vereinigten Staaten": the leadership that says whose the agent before it is
    const leaders = lex.lang === 'de' ? leadOf(all, tokens) : null;
    for (let m of all) {
      if (leaders?.skip.has(m)) continue;
      const led = leaders?.led.get(m);
      if (led) { resolved.push({ ...m, code: led.code.slice(0, 3) + m.code, rule: `${m.rule}→led:${led.rule}` }); continue; }
      if (m.code === '*M' || m.code === '*F') {
        const g = m.code === '*M' ? 'm' : 'f';
        // the pronoun prefers a person of its own sentence before it, else the first (subject-most) one of the latest sentence naming one
        let ante = resolved.filter((x) => x.tokenEnd < m.tokenStart && isPersonOf(x, g)).pop();
        if (!ante) {
          const latest = history.findLast((x) => isPersonOf(x, g));
          ante = latest && history.find((x) => x.sentence === latest.sentence && isPersonOf(x, g));
        }
        if (ante) resolved.push({ ...m, code: ante.code, id: ante.id, gender: g, rule: `${m.rule}→${ante.rule}` });
        continue;
      }
      if (m.code === '*THEY') {
        // "Silvio Berlusconi and Vladimir Putin said they welcome …": people named together just before are "they"
        const pair = coordinatedPeople(resolved, tokens, m.tokenStart);
        if (pair.length >= 2) {
          for (const p of pair) resolved.push({ ...m, code: p.code, id: p.id, rule: `${m.rule}→${p.rule}` });
          continue;
        }
      }
      if (m.code === '*IT' || m.code === '*THEY') {
        // the subject-most collective of this sentence before the pronoun, else of the latest sentence naming one
        // (not the agency a dateline credits: "AFP - Sudan has condemned … but said it would abide")
        let ante = resolved.find((x) => x.tokenEnd < m.tokenStart && x.tokenStart > dateline && collectiveFor(x, m));
        // (right after a noun it is the subject of a clause about that noun: "urged Iraqi militants to free two French
        // journalists they were holding" — the actor named last before that noun)
        const head = lex.lang === 'en' && m.code === '*THEY' ? resolved.find((x) => x.tokenEnd === m.tokenStart - 1 && x.kind === 'agent') : undefined;
        if (head) ante = resolved.findLast((x) => x.tokenEnd < head.tokenStart && x.tokenStart > dateline && collectiveFor(x, m) && x.code !== head.code) ?? ante;
        if (!ante) {
          const latest = history.findLast((x) => collectiveFor(x, m));
          ante = latest && history.find((x) => x.sentence === latest.sentence && collectiveFor(x, m));
        }
        if (ante) resolved.push({ ...m, code: ante.code, id: ante.id, rule: `${m.rule}→${ante.rule}` });
        continue;
      }
      if (m.code === '*ORG') {
        // "Nach Angaben der Muslimbruderschaft … Mitglieder der Organisation": the organisation or group named last, within
        // the sentence or the two before (not a state's body, not an international organisation)
        // (it stands for the organisation: a mention of it, not a description of a country)
        // (nor a news agency that only credits the story: "AFP - The group loyal to al-Zarqawi claimed …")
        const ante = findBack(resolved, history, m.tokenStart, (x) => x.kind === 'organisation' && x.sentence >= m.sentence - 2 && !isCollective(x.code) && !STATE_ROLE.test(x.code.slice(3)) && !x.code.endsWith('MED') && !x.rule.startsWith('org.region_'));
        if (ante) resolved.push({ ...m, code: ante.code, id: ante.id, kind: 'organisation', rule: `${m.rule}→${ante.rule}` });
        continue;
      }
      if (m.code === '*COUNTRY') {
        // "condemned actions by Rwanda in the DRC and demanded the country withdraw": an actor, not a place named with "in"
        // (an abbreviation in parentheses is where its long form is: "in the eastern Democratic Republic of Congo (DRC)")
        let ante = resolved.findLast((x) => x.tokenEnd < m.tokenStart && isCountryLevel(x) && !placedIn(x, tokens, resolved))
          ?? findBack(resolved, history, m.tokenStart, (x) => isCountryLevel(x));
        // not the subject of its own clause ("… and Germany suspended development aid to the country"): the country the story is about
        if (ante && ownClauseSubject(tokens, ante, m)) {
          const topic = this.topicMention();
          ante = topic && topic.code.slice(0, 3) !== ante.code.slice(0, 3) ? topic : undefined;
        }
        if (ante) resolved.push({ ...m, code: ante.code.slice(0, 3), id: ante.code.slice(0, 3).toLowerCase(), rule: `${m.rule}→${ante.rule}` });
        continue;
      }
      if (m.code === '*PAIR' && /leader|president|präsident|staatschef|chef/i.test(m.text)) {
        // "both leaders", "die beiden Staatschefs": the last two people named (of one country or two), with their roles
        const people: ActorMention[] = [];
        // (not the one person of this sentence who speaks of them: "Anwar Ibrahim called both leaders")
        const here = resolved.filter((x) => x.kind === 'person' && x.tokenEnd < m.tokenStart);
        const speaker = here.length === 1 ? personKey(here[0]) : undefined;
        for (const x of [...before(resolved, history, m.tokenStart)].reverse()) {
          if (x.kind !== 'person' || !/^[A-Z]{3}/.test(x.code) || personKey(x) === speaker || people.some((p) => personKey(p) === personKey(x))) continue;
          people.push(x);
          if (people.length === 2) break;
        }
        if (people.length === 2) for (const p of people.reverse()) resolved.push({ ...m, code: p.code, id: p.id, rule: `${m.rule}→${p.rule}`, kind: 'description' });
        else {
          // no two people named: the governments of the last two countries (not those of whoever speaks in this sentence)
          const speakers = new Set(resolved.filter((x) => x.tokenEnd < m.tokenStart).map((x) => x.code.slice(0, 3)));
          const seen: string[] = [];
          for (const x of [...history].reverse()) {
            if (!isCountryLevel(x) || isCollective(x.code) || speakers.has(x.code.slice(0, 3))) continue;
            const c = x.code.slice(0, 3);
            if (!seen.includes(c)) seen.push(c);
            if (seen.length === 2) break;
          }
          if (seen.length === 2) for (const c of seen.reverse()) resolved.push({ ...m, code: c + 'GOV', id: c.toLowerCase(), rule: `${m.rule}→${c}`, kind: 'description' });
        }
        continue;
      }
      if (m.code === '*PAIR') {
        const earlier = before(resolved, history, m.tokenStart);
        // "both sides" of a civil war: the country whose state and whose rebels or opposition were named last
        const home = /side|seite/i.test(m.text) ? civilWarCountry(earlier.slice(-15)) : undefined;
        if (home) {
          resolved.push({ ...m, code: home, id: home.toLowerCase(), rule: `${m.rule}→${home}`, kind: 'description' });
          continue;
        }
        const seen: string[] = [];
        for (const x of [...earlier].reverse()) {
          // (not the UN's secretary-general who appeals to them)
          if ((!isCountryLevel(x) && x.kind !== 'person') || isCollective(x.code)) continue;
          const c = x.code.slice(0, 3);
          if (!seen.includes(c)) seen.push(c);
          if (seen.length === 2) break;
        }
        if (seen.length === 2) {
          // "die Präsidenten beider Länder", "the leaders of both countries": the agent before the pair is one for each
          const k = resolved.findIndex((x) => x.kind === 'agent' && x.code.length === 6 && x.rule.includes('→focus:')
            && (x.tokenEnd === m.tokenStart - 1 || (x.tokenEnd === m.tokenStart - 2 && /^(of|der)$/.test(tokens[m.tokenStart - 1].lower))));
          if (k >= 0) {
            const agent = resolved[k];
            resolved.splice(k, 1);
            for (const c of seen.reverse()) resolved.push({ ...agent, code: c + agent.code.slice(3), rule: `${agent.rule.split('→')[0]}→of:${m.rule}→${c}` });
            continue;
          }
          for (const c of seen.reverse()) resolved.push({ ...m, code: c, id: c.toLowerCase(), rule: `${m.rule}→${c}`, kind: 'description' });
        }
        continue;
      }
      // "Der Kommissionspräsident der Afrikanischen Union": a one-word name the lexicon gives one body (the EU's), right before
      // the genitive of another body, is that body's
      if (m.kind === 'organisation' && m.tokenStart === m.tokenEnd && /^(der|des|of)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '')) {
        const owner = all.find((y) => y.tokenStart === m.tokenEnd + 2 || (y.tokenStart === m.tokenEnd + 3 && tokens[m.tokenEnd + 2].lower === 'the'));
        if (owner && owner.kind === 'organisation' && owner.code.slice(0, 3) !== m.code.slice(0, 3)) { resolved.push({ ...m, code: owner.code, id: owner.id, rule: `${m.rule}→of:${owner.rule}` }); continue; }
      }
      if (m.kind === 'agent' && m.code.length === 3 && !m.rule.includes('+')) {
        // "the militant group Hamas", "media watchdog Reporters Without Borders", "die Terrormiliz IS": an agent noun that
        // describes the organisation named right after it is that organisation, no actor of its own
        if (describesNameAfter(m, all, tokens, lex)) continue;
        // an agent without a country: a possessive before it points to its owner
        const prev = tokens[m.tokenStart - 1]?.lower ?? '';
        const poss = cues.possessiveM.has(prev) || cues.possessiveF.has(prev) || cues.possessivePlural.has(prev) || prev === 'its';
        if (poss) {
          // ("his"/"sein…", "her"/"ihr…" in the singular: a person of that gender named before, ahead of any office or country)
          const g = cues.possessiveM.has(prev) ? 'm' : cues.possessiveF.has(prev) && lex.lang === 'en' ? 'f' : null;
          const person = g ? findBack(resolved, history, m.tokenStart, (x) => isPersonOf(x, g) && x.sentence >= m.sentence - 1) : undefined;
          let ante = person ?? findBack(resolved, history, m.tokenStart, (x) => x.kind !== 'agent' || x.code.length > 3);
          // (a state's organ is no militant group's: "Pakistan says al-Qaeda suspects were killed after its security forces …")
          if (!person && ante && STATE_ROLE.test(m.code) && /^(IMG|[A-Z]{3}(REB|INS|SEP|UAF|RAD|CRM))/.test(ante.code)) {
            ante = findBack(resolved, history, m.tokenStart, (x) => isCountryLevel(x)) ?? ante;
          }
          // "warned that his supporters would continue": a person's followers are of the person's side (the opposition leader's, the president's)
          if (person && SUPPORTERS.has(m.text.toLowerCase()) && /^[A-Z]{3}(GOV|OPP|REB|MIL)$/.test(person.code)) {
            resolved.push({ ...m, start: tokens[m.tokenStart - 1].start, text: text.slice(tokens[m.tokenStart - 1].start, m.end), tokenStart: m.tokenStart - 1, code: person.code, rule: `${m.rule}→of:${person.rule}` });
            continue;
          }
          if (ante && ante.code.length >= 3) {
            const country = ante.code.slice(0, 3);
            // "Boko Haram … its leader", "die Hamas und ihre Kämpfer": the organisation itself
            const own = ante.kind === 'organisation' && ante.code.length > 3 && !/(GOV|MIL|COP|JUD|LEG|SPY)$/.test(ante.code);
            // (any country, Europe too — "Europe's armies" — but no other collective)
            if (own || (/^[A-Z]{3}$/.test(country) && (!isCollective(country) || country === 'EUR'))) {
              resolved.push({ ...m, start: tokens[m.tokenStart - 1].start, text: text.slice(tokens[m.tokenStart - 1].start, m.end), tokenStart: m.tokenStart - 1, code: own ? ante.code : country + m.code, rule: `${m.rule}→${ante.rule}` });
            }
          }
          continue;
        }
        // "Seinen ersten Auslandsbesuch als Bundespräsident machte Joachim Gauck in Polen", "Merkel, as chancellor, …": an office
        // after "als"/"as" is that of the person the clause names
        if (/^(als|as)$/.test(prev)) {
          const person = all.filter((x) => x.kind === 'person' && /^[A-Z]{3}/.test(x.code) && !isCollective(x.code))
            .sort((a, b) => Math.abs(a.tokenStart - m.tokenStart) - Math.abs(b.tokenStart - m.tokenStart))[0];
          if (person && Math.abs(person.tokenStart - m.tokenStart) <= 8) { resolved.push({ ...m, code: person.code.slice(0, 3) + m.code, rule: `${m.rule}→as:${person.rule}` }); continue; }
        }
        // "Soldaten der NATO-geführten Schutztruppe", "Kämpfer der Hamas": a German genitive owner right after the agent
        const owner = lex.lang === 'de' ? genitiveOwner(m, all, tokens) : undefined;
        // ("der Sprecher des Oppositionsführers", an office of a side whose country is still to find: the office takes that side's
        // role, and its country as a bare agent does)
        if (owner && owner.kind === 'agent' && owner.code.length === 3) m = { ...m, code: owner.code, rule: `${m.rule}→of:${owner.rule}` };
        else if (owner) { resolved.push({ ...m, code: owner.kind === 'organisation' || owner.code.length > 3 ? owner.code : owner.code + m.code, rule: `${m.rule}→of:${owner.rule}` }); continue; }
        // "foreign governments", "ausländische Truppen": of some other country, not the one in focus
        if (FOREIGN.has(prev)) { resolved.push(m); continue; }
        // "In Italien … Der dortige Kassationsgerichtshof", "die dortige Polizei": of the country or town named last
        if (/^dortig(e|en|er|es|em)$/.test(prev)) {
          const there = findBack(resolved, history, m.tokenStart, (x) => (x.kind === 'country' || x.kind === 'capital') && /^[A-Z]{3}$/.test(x.code) && !isCollective(x.code) && !isHistorical(x));
          if (there) { resolved.push({ ...m, code: there.code + m.code, rule: `${m.rule}→there:${there.rule}` }); continue; }
        }
        // a bare agent ("die Regierung", "Rebellen", "officials") belongs to the country in focus:
        // the last country named before it in the document
        // preference: a place in the same sentence ("militiamen in Baghdad", "Police in Kenya"), then the last country before
        // state agents ("troops", "die Polizei") continue the last actor with the same role ("Israeli forces … and troops")
        // and a definite non-state agent continues the last one of its role ("M23 rebels … the rebels", "die Rebellen")
        // a town or region that qualifies the agent is its place before any earlier agent it might continue ("Die Staatsanwaltschaft
        // … Die römische Staatsanwaltschaft", "die Moskauer Polizei")
        // (so is a German town named right after it: "die Staatsanwaltschaft Gießen", "das Landgericht Hamburg")
        const qualified = adjacentCity(tokens, lex, m) ?? (lex.lang === 'de' ? townRightAfter(tokens, lex, m) : undefined);
        if (qualified && qualified.code && !isCollective(qualified.code)) { resolved.push({ ...m, code: qualified.code.slice(0, 3) + m.code, rule: `${m.rule}→focus:${qualified.rule}` }); continue; }
        const definite = /^(the|der|die|den|dem|des|these|those|diese|dieser|diesen)$/.test(tokens[m.tokenStart - 1]?.lower ?? '');
        // a definite agent continues the last agent named with the same noun, whatever its role ("400 Kenyan police officers
        // arrived … welcomed the officers" → KENCOP, not the country in focus's military)
        // (not an office: "the president", "the government" are those of the country in focus)
        const sameNoun = definite && m.code !== 'GOV' ? findBack(resolved, history, m.tokenStart, (x) => x.kind === 'agent' && x.code.length >= 6 && !isCollective(x.code) && endsWithWord(x.text, m.text)) : undefined;
        if (sameNoun) { resolved.push({ ...m, code: sameNoun.code, rule: `${m.rule}→same:${sameNoun.rule}` }); continue; }
        // "die Polizei … Die Beamten setzten Tränengas ein": a plain noun continuing a recent agent of another role
        const contRole = definite ? cues.raw.continuing_agents[m.text.toLowerCase()] : undefined;
        const cont = contRole ? findBack(resolved, history, m.tokenStart, (x) => x.sentence >= m.sentence - 2 && x.code.length === 6 && x.code.endsWith(contRole) && !isCollective(x.code)) : undefined;
        if (cont) { resolved.push({ ...m, code: cont.code, rule: `${m.rule}→cont:${cont.rule}` }); continue; }
        const sameRole0 = STATE_ROLE.test(m.code) || (definite && /^(REB|INS|SEP|UAF|OPP|RAD)$/.test(m.code))
          ? findBack(resolved, history, m.tokenStart, (x) => x.code.length === 6 && x.code.endsWith(m.code) && !isCollective(x.code) && !isHistorical(x)) : undefined;
        // (one of an earlier sentence yields to a place this sentence names for the agent: "In Syrien kämpfen Regierungstruppen")
        const sameRole = sameRole0 && sameRole0.sentence < m.sentence && (placeRightAfter(tokens, lex, m, all)
          ?? all.find((x) => x.tokenStart > dateline && x.tokenEnd < m.tokenStart && isCountryLevel(x) && lex.cues.placePreps.has(tokens[x.tokenStart - 1]?.lower ?? '')))
          ? undefined : sameRole0;
        // "die IS-Terrormiliz … Die Jihadisten haben die Stadt erobert": definite fighters with no fighters of a country before
        // them continue a transnational militant group named in the last sentences
        const militants = !sameRole && definite && /^(REB|INS|UAF|RAD)$/.test(m.code)
          ? findBack(resolved, history, m.tokenStart, (x) => x.kind === 'organisation' && x.code.startsWith('IMG') && x.sentence >= m.sentence - 3) : undefined;
        if (militants) { resolved.push({ ...m, code: militants.code, rule: `${m.rule}→same:${militants.rule}` }); continue; }
        // (a dateline's place only when the sentence names no other: "CAIRO (AFP) -- rebel groups in Sudan")
        // (and not a place of another clause: "Soldaten umstellten den Regierungssitz, während sich Thaksin in New York aufhielt")
        const here = sameRole ? undefined : placeRightAfter(tokens, lex, m, all) ?? possessivePlace(tokens, lex, m) ?? (all.find((x) => x.tokenStart > dateline && placeOf(m, x, tokens, cues)) ?? all.find((x) => placeOf(m, x, tokens, cues)))
          ?? adjacentCity(tokens, lex, m) ?? (cityMemo === undefined ? (cityMemo = cityHere(tokens, lex, m) ?? null) : cityMemo) ?? undefined;
        // (a rebel, militant or protester is not of the country the sentence sets them against: "Die Islamisten riefen zum Krieg gegen Äthiopien auf")
        const against = !sameRole && !here && NON_STATE.has(m.code) ? all.find((x) => x.tokenStart > m.tokenEnd && isCountryLevel(x) && /^(gegen|against)$/.test(tokens[x.tokenStart - 1]?.lower ?? '')) : undefined;
        const focus = sameRole ?? here ?? this.topic(resolved, against?.code.slice(0, 3))
          ?? findBack(resolved, history, m.tokenStart, (x) => isCountryLevel(x) || (x.kind === 'person' && /^[A-Z]{3}(GOV|MIL|OPP|REB)$/.test(x.code)))
          // (a country named later in the sentence, but not the object of a verb after the agent: "Aktivisten machen Russland
          // … verantwortlich", "Activists blamed Russia"; "rejected talks with the government of Nepal" is the agents' own)
          // (nor across a dash, after which another statement begins: "… verantwortlich – Türkei droht Kurden")
          // (an opposition or rebels set against a state's organ are of that state: "The opposition accused Zimbabwe's government")
          ?? all.find((x) => x.tokenStart > m.tokenEnd && isCountryLevel(x) && (!objectOfVerb(tokens, m.tokenEnd, x.tokenStart, lex) || opposesOrgan(m, x))
            && !dashBetween(tokens, m.tokenEnd, x.tokenStart) && !ORIGIN_NOUNS.has(tokens[x.tokenEnd + 1]?.lower ?? ''));
        // (police, in a story that has named no country yet, are those of the town it is set in: "In Dortmund hat es einen
        // Anschlag gegeben. Dabei nahmen Polizisten … fest"; not a government, whose town may be a venue: "vor dem IGH in Den Haag")
        const inTown = focus ?? (m.code === 'COP' ? this.town : undefined);
        if (inTown && !isCollective(inTown.code)) resolved.push({ ...m, code: inTown.code.slice(0, 3) + m.code, rule: `${m.rule}→focus:${inTown.rule}` });
        else this.unknown.push(m);
        continue;
      }
      resolved.push(m);
    }
    for (const m of resolved) out.push(m);
    // (until the story names a country, the latest town it places things in)
    if (!this.history.some(isCountryLevel) && !out.some(isCountryLevel)) this.town = townOf(tokens, lex, sentence) ?? this.town;
    this.history.push(...out.filter((m) => !m.modifier || m.kind === 'adjective'));
    // (and a name no lexicon knows, after the title that introduced it, once the mention is placed: "der weißrussische
    // Oppositionsführer Aljaksandr Milinkewitsch" … "Milinkewitsch sagte")
    for (const m of out) if ((m.kind === 'person' && m.id && m.rule.startsWith('person.')) || (m.named && !m.code.startsWith('*') && !isBareRole(m))) this.noteSurname(m, tokens);
    if (this.history.length > 60) this.history.splice(0, this.history.length - 60);
    return out;
  }
}

/** The mentions of both lists in token order, those of the first before those of the second at the same token (as a stable
 * sort of the two lists one after the other gives them). Both come in token order as a rule: then a merge does, and most
 * sentences have no pronoun or description, when the first list is the answer as it is. */
function inTokenOrder(mentions: ActorMention[], extra: ActorMention[]): ActorMention[] {
  if (!ordered(mentions) || !ordered(extra)) return [...mentions, ...extra].sort((a, b) => a.tokenStart - b.tokenStart);
  if (!extra.length) return mentions;
  const out: ActorMention[] = [];
  let i = 0, j = 0;
  while (i < mentions.length || j < extra.length) {
    if (j >= extra.length || (i < mentions.length && mentions[i].tokenStart <= extra[j].tokenStart)) out.push(mentions[i++]);
    else out.push(extra[j++]);
  }
  return out;
}
function ordered(ms: ActorMention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (ms[k].tokenStart < ms[k - 1].tokenStart) return false;
  return true;
}

/** Whether `text` ends with the word(s) `tail` ("Kenyan police officers", "officers"), case-insensitively. */
function endsWithWord(text: string, tail: string): boolean {
  const a = text.toLowerCase();
  const b = tail.toLowerCase();
  return a === b || (a.endsWith(b) && a.charAt(a.length - b.length - 1) === ' ');
}

/** People of this sentence named in a row joined by "and"/"und" before token tok (the last such row). */
function coordinatedPeople(resolved: ActorMention[], tokens: Token[], tok: number): ActorMention[] {
  const people = resolved.filter((x) => x.kind === 'person' && x.tokenEnd < tok && /^[A-Z]{3}/.test(x.code));
  const row: ActorMention[] = [];
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    if (row.length) {
      const between = tokens.slice(p.tokenEnd + 1, row[0].tokenStart).map((t) => t.lower);
      if (!(between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === 'und' || w === ',' || w === 'sowie'))) break;
    }
    row.unshift(p);
  }
  // (and they stand close before the pronoun: "X and Y said they")
  return row.length && tok - row[row.length - 1].tokenEnd <= 8 ? row : [];
}

/** A gazetteer city the sentence places things in ("in the holy Iraqi city of Najaf"): its country, as a mention-like anchor. */
/** "a Basra hotel worker", "the Kabul police": a town named right before the agent, with at most one word between. */
/** A place whose possessive the agent follows ("Darfur's rebel leaders"): the agent is of that place's country. */
function possessivePlace(tokens: Token[], lex: LangLexicon, m: ActorMention): ActorMention | undefined {
  const k = m.tokenStart - 1;
  if (tokens[k]?.lower !== "'s") return undefined;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    if (!/^\p{Lu}/u.test(tokens[j].text)) continue;
    const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value && j + h.len === k);
    if (hit) return { ...m, code: hit.value.country, kind: 'capital', rule: `place.${hit.value.name}` };
  }
  return undefined;
}

/** "unter Führung der USA", "unter der Führung Frankreichs": leadership mentions of a country right after "unter" ("der") and
 * right after a bare agent, which take their country from it (null when the sentence has none). */
function leadOf(all: ActorMention[], tokens: Token[]): { led: Map<ActorMention, ActorMention>; skip: Set<ActorMention> } | null {
  let out: { led: Map<ActorMention, ActorMention>; skip: Set<ActorMention> } | null = null;
  for (let k = 1; k < all.length; k++) {
    const x = all[k];
    if (!x.rule.startsWith('de.agent.fuehrung') && !x.rule.includes('+de.agent.fuehrung')) continue;
    // ("unter Führung der USA" is one mention; "unter der Führung Frankreichs" the office and the genitive after it)
    const article = tokens[x.tokenStart - 1]?.lower === 'der' ? 1 : 0;
    if (tokens[x.tokenStart - 1 - article]?.lower !== 'unter') continue;
    const agent = all[k - 1];
    if (agent.kind !== 'agent' || agent.code.length !== 3 || agent.tokenEnd !== x.tokenStart - 2 - article) continue;
    const owner = x.code.length === 6 ? x : all[k + 1]?.tokenStart === x.tokenEnd + 1 && all[k + 1].kind === 'country' && all[k + 1].rule.endsWith('.genitive') ? all[k + 1] : undefined;
    if (!owner) continue;
    out ??= { led: new Map(), skip: new Set() };
    out.led.set(agent, owner);
    out.skip.add(x);
    if (owner !== x) out.skip.add(owner);
  }
  return out;
}

/** A town of the gazetteer right after a German agent of the state's local offices ("Staatsanwaltschaft Gießen", "Polizei Köln"). */
function townRightAfter(tokens: Token[], lex: LangLexicon, m: ActorMention): ActorMention | undefined {
  const j = m.tokenEnd + 1;
  if (!/^(JUD|COP|GOV|LEG)$/.test(m.code) || !tokens[j] || !/^\p{Lu}/u.test(tokens[j].text) || !lex.places.startsAt(tokens, j)) return undefined;
  const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value && h.value.form !== 'adjective' && (h.value.kind === undefined || h.value.kind === 'city'));
  return hit ? { ...m, code: hit.value.country, kind: 'capital', rule: `place.${hit.value.name}` } : undefined;
}

function adjacentCity(tokens: Token[], lex: LangLexicon, m: ActorMention): ActorMention | undefined {
  for (let j = Math.max(0, m.tokenStart - 3); j < m.tokenStart; j++) {
    // (or the place's adjective: "die bayerische Polizei", "die römische Staatsanwaltschaft")
    const cap = /^\p{Lu}/u.test(tokens[j].text);
    if (!cap && !lex.places.startsAt(tokens, j)) continue;
    const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value && (cap || h.value.form === 'adjective'));
    if (!hit || j + hit.len > m.tokenStart || m.tokenStart - (j + hit.len) > 1) continue;
    if (m.tokenStart - (j + hit.len) === 1 && !/^\p{Ll}+$/u.test(tokens[j + hit.len].text)) continue;
    return { ...m, code: hit.value.country, kind: 'capital', rule: `place.${hit.value.name}` };
  }
  return undefined;
}

/**
 * The place named right after the agent ("rebels in Darfur", "Polizisten im Norden Malis", "troops in the southern town of
 * Kismayo"): a country or town after "in"/"im"/"near" (a determiner, direction or kind of place may stand between). It is
 * where the agent is, whatever other places the sentence names later ("… ahead of peace talks in Nigeria").
 */
function placeRightAfter(tokens: Token[], lex: LangLexicon, m: ActorMention, all: ActorMention[]): ActorMention | undefined {
  if (!NEAR_PREPS.has(tokens[m.tokenEnd + 1]?.lower ?? '')) return undefined;
  for (let j = m.tokenEnd + 2; j <= m.tokenEnd + 5 && j < tokens.length; j++) {
    const t = tokens[j];
    if (/^\p{Lu}/u.test(t.text)) {
      const named = all.find((x) => x.tokenStart === j);
      if (named) return named.kind === 'country' || named.kind === 'capital' ? { ...m, code: named.code.slice(0, 3), kind: 'capital', rule: `place.${named.rule}` } : undefined;
      const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value);
      if (hit) return { ...m, code: hit.value.country, kind: 'capital', rule: `place.${hit.value.name}` };
      // ("im Norden Malis": a direction noun before the name)
      if (!DIRECTION_NOUNS.has(t.lower)) return undefined;
      continue;
    }
    if (!PLACE_FILLERS.has(t.lower) && !lex.cues.placeNouns.has(t.lower)) return undefined;
  }
  return undefined;
}
const NEAR_PREPS = new Set(['in', 'im', 'near', 'nahe']);
/** roles of the sides an office may belong to other than the government's */
const SIDE_ROLES = /^(OPP|REB|INS|SEP|RAD)$/;

/** nouns after which a nationality says where a person comes from, not which country acts ("ein Mann türkischer Herkunft") */
const ORIGIN_NOUNS = new Set(['staatsangehörigkeit', 'herkunft', 'abstammung', 'nationalität', 'origin', 'descent', 'nationality', 'extraction']);
const SUPPORTERS = new Set(['supporters', 'followers', 'loyalists', 'anhänger', 'anhängern', 'unterstützer', 'unterstützern', 'gefolgsleute']);
/** words that may stand between the preposition and the place's name */
/** English words of direction before a place's name ("in northern Mali", "in the southern town of …") */
const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const PLACE_FILLERS = new Set([...COMPASS, 'the', 'der', 'dem', 'den', 'des', 'of', 'nördlichen', 'südlichen', 'östlichen', 'westlichen', 'zentralen']);
const DIRECTION_NOUNS = new Set(['norden', 'süden', 'osten', 'westen', 'nordosten', 'nordwesten', 'südosten', 'südwesten', 'zentrum']);

/** A town in the sentence named after a preposition of place ("in Nairobi"), not across a clause boundary from the agent. */
function cityHere(tokens: Token[], lex: LangLexicon, m: ActorMention): ActorMention | undefined {
  for (let j = 0; j < tokens.length; j++) {
    // (or the place's adjective: "die bayerische Polizei", "die römische Staatsanwaltschaft")
    const cap = /^\p{Lu}/u.test(tokens[j].text);
    if (!cap && !lex.places.startsAt(tokens, j)) continue;
    const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value && (cap || h.value.form === 'adjective'));
    if (!hit) continue;
    const preps = tokens.slice(Math.max(0, j - 5), j).map((t) => t.lower);
    if (!preps.some((w) => ['in', 'im', 'near', 'bei', 'nahe', 'of', 'von'].includes(w))) continue;
    if (clauseBetween(tokens, m, { ...m, tokenStart: j, tokenEnd: j }, lex.cues)) continue;
    return { ...m, code: hit.value.country, kind: 'capital', rule: `place.${hit.value.name}` };
  }
  return undefined;
}

/** The first gazetteer town the sentence names right after a preposition of place ("In Dortmund", "bei Kabul"), as a
 * mention-like anchor of its country. */
function townOf(tokens: Token[], lex: LangLexicon, sentence: number): ActorMention | undefined {
  for (let j = 1; j < tokens.length; j++) {
    if (!/^\p{Lu}/u.test(tokens[j].text) || !TOWN_PREPS.has(tokens[j - 1].lower)) continue;
    const hit = lex.places.matchAtMemo(tokens, j).find((h) => 'lat' in h.value);
    if (hit) {
      const end = j + hit.len - 1;
      return { text: tokens.slice(j, end + 1).map((t) => t.text).join(' '), code: hit.value.country, id: null, kind: 'capital', rule: `place.${hit.value.name}`,
        sentence, tokenStart: j, tokenEnd: end, start: tokens[j].start, end: tokens[end].end };
    }
  }
  return undefined;
}
const TOWN_PREPS = new Set(['in', 'im', 'bei', 'nahe', 'near', 'at', 'aus', 'from']);

/** Whether the token at b is the object of a verb after token a: the word before it (past an article) has a verb reading (a
 * trigger's, an auxiliary, a verb of saying). */
function objectOfVerb(tokens: Token[], a: number, b: number, lex: LangLexicon): boolean {
  let j = b - 1;
  if (j > a && OBJECT_ARTICLES.has(tokens[j].lower)) j--;
  if (j <= a) return false;
  return lex.cues.speechVerbs.has(tokens[j].lower) || hasVerbReading(tokens, j, lex);
}
const OBJECT_ARTICLES = new Set(['the', 'der', 'die', 'das', 'den', 'dem']);
/** An opposition, rebels or insurgents (a bare role) and an organ of a state (its government, army, police, courts, parliament). */
function opposesOrgan(m: ActorMention, x: ActorMention): boolean {
  return /^(OPP|REB|INS|SEP)$/.test(m.code) && x.kind === 'agent' && /^[A-Z]{3}(GOV|MIL|COP|JUD|LEG)$/.test(x.code);
}
function dashBetween(tokens: Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (tokens[j].text === '\u2013' || tokens[j].text === '\u2014') return true;
  return false;
}

/** "in Mali", "in northern and central Mali", "im Norden Malis", "im kommunistischen Kuba", "in war-torn Somalia" is not
 * covered: a preposition of place a few words before, past compass words and adjectives. */
function locatedIn(tokens: Token[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 4); j--) {
    const w = tokens[j].lower;
    if (w === 'in' || w === 'im' || w === 'within' || w === 'across' || w === 'throughout') return true;
    if (!COMPASS.has(w) && !/^(and|the|der|dem|den)$/.test(w) && !(tokens[j].kind === 'word' && PLACE_ADJECTIVE.test(tokens[j].text))) return false;
  }
  return false;
}
/** a lower-case word that may be an adjective before a country's name: a German inflected one ("kommunistischen", "benachbarten")
 * or an English one of a shape adjectives have ("neighbouring", "war-torn", "oil-rich", "troubled") */
const PLACE_ADJECTIVE = /^(\p{Ll}{3,}(en|em)|\p{Ll}+-\p{Ll}+|\p{Ll}{3,}(ing|ed))$/u;

/** which tokens of the current sentence lexicon mentions cover (one buffer, reused sentence after sentence) */
let COVERED = new Uint8Array(256);
const FOREIGN = new Set(['foreign', 'international', 'ausländische', 'ausländischen', 'ausländischer', 'fremde', 'fremden', 'internationale', 'internationalen']);
const NON_STATE = new Set(['REB', 'RAD', 'INS', 'SEP', 'UAF', 'OPP', 'CVL']);


function isCountryLevel(m: ActorMention): boolean {
  return (m.kind === 'country' || m.kind === 'capital' || m.kind === 'seat' || m.kind === 'adjective' || m.kind === 'description' || (m.kind === 'agent' && m.code.length > 3))
    && /^[A-Z]{3}/.test(m.code) && !isCollective(m.code)
    // (a state of the past, "die Sowjetunion" in a text of 2005, is named as history: no country in view)
    && !isHistorical(m);
}

/** the most recent earlier mention satisfying pred: this sentence first (before tok), then earlier sentences */
/** The owner in a German genitive right after an agent: "der"/"des", lower-case words, then an organisation or an agent with
 * a country ("Soldaten der NATO-geführten Schutztruppe", "Kämpfer der Hamas", "Sprecher der russischen Armee"). */
function genitiveOwner(m: ActorMention, all: ActorMention[], tokens: Token[]): ActorMention | undefined {
  // "die Armee Malis", "die Regierung Österreichs": a country's name in the genitive right after the agent
  const next = all[all.indexOf(m) + 1];
  // (a state of the past too, whose agent is history as it is: "die damalige Regierung Jugoslawiens")
  if (next && next.tokenStart === m.tokenEnd + 1 && next.kind === 'country' && /\.genitive(\.historical)?$/.test(next.rule)) return next;
  // "die Regierung von Präsident Saakaschwili", "die Armee von Mali": a "von" phrase naming a person or a state right after it
  // (past a first name the mention of a surname leaves out: "der persönliche Sprecher von Aljaksandr Milinkewitsch")
  if (/^(von|vom)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '') && next && next.tokenStart <= m.tokenEnd + 4 && (next.kind === 'person' || next.kind === 'country')
    && tokens.slice(m.tokenEnd + 2, next.tokenStart).every((t, k, gap) => (/^(der|dem|den)$/.test(t.lower) && gap.length === 1)
      || (next.kind === 'person' && next.rule.startsWith('coref.surname') && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) return next;
  // "Putins Sprecher", "Milinkewitschs Pressesprecher": a person's genitive right before the agent
  const prev = all[all.indexOf(m) - 1];
  if (prev && prev.tokenEnd === m.tokenStart - 1 && prev.kind === 'person' && prev.tokenEnd === prev.tokenStart && /\p{Ll}s$/u.test(tokens[prev.tokenEnd].text)) return prev;
  if (!/^(der|des)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '')) return undefined;
  // "der Pressesprecher des Wahlkampfteams von Aljaksandr Milinkewitsch": the owner of a body no lexicon names, one noun away
  const team = tokens[m.tokenEnd + 2];
  if (team && /^\p{Lu}\p{Ll}+s$/u.test(team.text) && /^(von|vom)$/.test(tokens[m.tokenEnd + 3]?.lower ?? '') && !all.some((x) => x.tokenStart === m.tokenEnd + 2)) {
    const owner = all.find((x) => x.tokenStart > m.tokenEnd + 3 && x.tokenStart <= m.tokenEnd + 5 && (x.kind === 'person' || x.kind === 'organisation'));
    if (owner && tokens.slice(m.tokenEnd + 4, owner.tokenStart).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return owner;
  }
  for (const x of all) {
    if (x.tokenStart <= m.tokenEnd + 1 || x.tokenStart > m.tokenEnd + 3) continue;
    for (let j = m.tokenEnd + 2; j < x.tokenStart; j++) if (!/^\p{Ll}|-/u.test(tokens[j].text)) return undefined;
    if (x.kind === 'organisation' || (x.kind === 'agent' && x.code.length > 3)) return x;
    // (an office of a side not yet placed: "der Sprecher des Oppositionsführers")
    if (x.kind === 'agent' && m.code === 'GOV' && SIDE_ROLES.test(x.code)) return x;
    return undefined;
  }
  return undefined;
}

/** A mention whose code is a role alone ("GOV"), which neither the lexicon nor coreference gave a country or body. */
export function isBareRole(m: ActorMention): boolean {
  return m.code.length === 3 && !m.rule.includes('+') && !m.rule.includes('→');
}

/** (coreference makes no person mentions of its own: no document memory of former office-holders needed) */
const NO_FORMER = new Set<string>();

/** nominalised ordinals that stand for one of several people ("der Erste", "den Zweiten", "der Letztere") */
const ORDINAL_PEOPLE = /^(Erste|Ersten|Zweite|Zweiten|Dritte|Dritten|Letztere|Letzteren|Erstere|Ersteren)$/;

function findBack(resolved: ActorMention[], history: ActorMention[], tok: number, pred: (x: ActorMention) => boolean): ActorMention | undefined {
  for (let k = resolved.length - 1; k >= 0; k--) if (resolved[k].tokenEnd < tok && pred(resolved[k])) return resolved[k];
  for (let k = history.length - 1; k >= 0; k--) if (pred(history[k])) return history[k];
  return undefined;
}

/** every mention before token tok: earlier sentences, then this one */
function before(resolved: ActorMention[], history: ActorMention[], tok: number): ActorMention[] {
  return [...history, ...resolved.filter((m) => m.tokenEnd < tok)];
}

function mk(cx: MentionContext, a: number, b: number, code: string, kind: ActorMention['kind'], rule: string): ActorMention {
  return makeMention(cx, a, b, code, null, kind, rule);
}

/** An expletive "it" at token i before a participle of reporting ("after it was revealed that", "it is believed"), not one
 * before "to" ("it is reported to be keen on buying": there "it" names someone). */
export function isExpletiveIt(tokens: Token[], i: number, participles: ReadonlySet<string>): boolean {
  return tokens[i]?.lower === 'it' && /^(is|was)$/.test(tokens[i + 1]?.lower ?? '')
    && participles.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower !== 'to';
}
