import { startsUpper, tokenize } from '../text/tokens.ts';
import type { Token } from '../types.ts';

/**
 * Longest-match lookup of token sequences. Keys are lower-cased; each phrase keeps a case mode:
 * `exact` for short acronyms ("US", "IS", "EU"), `cap` when the lexicon writes the phrase with a
 * capital (the text must too: English "Turkey" is not "turkey"), `any` otherwise.
 */
export type CaseMode = 'any' | 'cap' | 'exact';
/** `hit` is the entry's match record, made once: lookups return it without allocating */
interface Entry<T> { lower: string[]; surface: string[]; mode: CaseMode; value: T; hit: { len: number; value: T } }

/**
 * One vocabulary for the first words of all phrase indexes: a token is looked up once (its `vid`),
 * and every index then finds its entries by array position instead of hashing the word again.
 */
const VOCAB = new Map<string, number>();
/**
 * A one-hash Bloom filter over the vocabulary (2^20 bits, 128 KB, so it stays in cache): most
 * words of a text start no phrase, and the filter turns them away without the hash-table lookup,
 * whose cache misses in a table of ~50,000 words were the largest single cost of coding.
 */
const BLOOM_BITS = 20;
const BLOOM = new Uint32Array(1 << (BLOOM_BITS - 5));
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> (32 - BLOOM_BITS);
}
/**
 * A direct-mapped cache in front of the vocabulary, indexed by the Bloom hash: the common words of news ("the", "der",
 * "said") come again and again, and one string comparison is cheaper than a lookup in the large table.
 */
const CACHE_BITS = 12;
const CACHE_KEY: Array<string | undefined> = new Array(1 << CACHE_BITS).fill(undefined);
const CACHE_ID = new Int32Array(1 << CACHE_BITS);
function internWord(lower: string): number {
  let id = VOCAB.get(lower);
  if (id === undefined) {
    id = VOCAB.size;
    VOCAB.set(lower, id);
    const h = wordHash(lower);
    BLOOM[h >>> 5] |= 1 << (h & 31);
    CACHE_KEY[h & ((1 << CACHE_BITS) - 1)] = undefined;
  }
  return id;
}
function lookupWord(lower: string): number {
  const h = wordHash(lower);
  if ((BLOOM[h >>> 5] & (1 << (h & 31))) === 0) return -1;
  const slot = h & ((1 << CACHE_BITS) - 1);
  if (CACHE_KEY[slot] === lower) return CACHE_ID[slot];
  const id = VOCAB.get(lower) ?? -1;
  CACHE_KEY[slot] = lower;
  CACHE_ID[slot] = id;
  return id;
}
/** The token's vocabulary id, looked up on first use and kept on the token; -1 when no phrase of any index starts with it. */
export function tokenVid(t: Token): number {
  let id = t.vid;
  if (id === -2 || id === undefined) id = t.vid = lookupWord(t.lower);
  return id;
}

type Hit<T> = { len: number; value: T };
/** A word's entries: the phrases of several words, and the single words' hits for a lower-case and
 * a capitalised token (null when some single word must match exactly: then every entry is compared). */
interface Plan<T> { multi: Map<string, Entry<T>[]>; lowerHits: Hit<T>[] | null; capHits: Hit<T>[] | null }

function planOf<T>(list: Entry<T>[]): Plan<T> {
  // phrases of several words by their second word (longest first within each)
  const multi = new Map<string, Entry<T>[]>();
  for (const e of list) if (e.lower.length > 1) { const l = multi.get(e.lower[1]); if (l) l.push(e); else multi.set(e.lower[1], [e]); }
  const singles = list.filter((e) => e.lower.length === 1);
  if (singles.some((e) => e.mode === 'exact')) return { multi, lowerHits: null, capHits: null };
  return {
    multi,
    lowerHits: Object.freeze(singles.filter((e) => e.mode === 'any').map((e) => e.hit)) as Hit<T>[],
    capHits: Object.freeze(singles.map((e) => e.hit)) as Hit<T>[],
  };
}

/** The entries that match at token i, compared word by word. */
function matchEntries<T>(list: Entry<T>[], tokens: Token[], i: number, capital: boolean): Hit<T>[] {
  const out: Hit<T>[] = [];
  outer: for (const e of list) {
    const n = e.lower.length;
    if (i + n > tokens.length) continue;
    if (e.mode === 'cap' && !capital) continue;
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k];
      // the first word is the list's key
      if (k > 0 && t.lower !== e.lower[k]) continue outer;
      if (e.mode === 'exact' && t.text !== e.surface[k]) continue outer;
    }
    out.push(e.hit);
  }
  return out;
}

export class PhraseIndex<T> {
  /** entries by the vocabulary id of their first word, longest first */
  private byId: Array<Entry<T>[] | undefined> = [];
  size = 0;

  add(phrase: string, value: T, mode?: CaseMode): void {
    const toks = tokenize(phrase, 0, phrase.length).map((t) => t.text);
    if (toks.length === 0) return;
    const m = mode ?? caseModeOf(phrase);
    const e: Entry<T> = { lower: toks.map((t) => t.toLowerCase()), surface: toks, mode: m, value, hit: Object.freeze({ len: toks.length, value }) };
    const id = internWord(e.lower[0]);
    // grow both tables densely (a sparse array falls back to a hash table, one more hash lookup per token)
    while (this.byId.length <= id) { this.byId.push(undefined); this.plans.push(undefined); }
    const list = this.byId[id];
    if (list) {
      // keep longest first so the first hit is the longest match
      let i = 0;
      while (i < list.length && list[i].lower.length >= e.lower.length) i++;
      list.splice(i, 0, e);
    } else this.byId[id] = [e];
    this.plans[id] = undefined;
    this.size++;
  }

  /** per vocabulary id, how its entry list is matched (made on first lookup) */
  private plans: Array<Plan<T> | undefined> = [];

  // one-slot memo: stages query the same sentence's tokens several times, one sentence at a time
  private memoTokens: Token[] | null = null;
  private memo: Array<Array<{ len: number; value: T }> | undefined> = [];
  /** As matchAt, remembered for the current token array: for indexes several stages query on the same sentence. */
  matchAtMemo(tokens: Token[], i: number): Array<{ len: number; value: T }> {
    if (this.memoTokens !== tokens) { this.memoTokens = tokens; this.memo = new Array(tokens.length); }
    let r = this.memo[i];
    if (r === undefined) this.memo[i] = r = this.matchAt(tokens, i);
    return r;
  }

  /**
   * All entries matching at token i, longest first, as [length, value]. Single-word entries come
   * as a ready list per case of the token (shared and frozen: callers only read it); only phrases
   * of several words are compared word by word.
   */
  matchAt(tokens: Token[], i: number): Array<{ len: number; value: T }> {
    const id = tokenVid(tokens[i]);
    const list = id >= 0 ? this.byId[id] : undefined;
    if (!list) return EMPTY as Array<{ len: number; value: T }>;
    const plan = (this.plans[id] ??= planOf(list));
    const capital = startsUpper(tokens[i].text);
    if (!plan.lowerHits) return matchEntries(list, tokens, i, capital);
    const singles = capital ? plan.capHits! : plan.lowerHits;
    const next = plan.multi.size ? tokens[i + 1] : undefined;
    const cands = next && plan.multi.get(next.lower);
    if (!cands) return singles;
    const out = matchEntries(cands, tokens, i, capital);
    if (!out.length) return singles;
    for (const h of singles) out.push(h);
    return out;
  }

  /** Whether some phrase starts with this token (a cheap pre-check before matchAt). */
  startsAt(tokens: Token[], i: number): boolean {
    const id = tokenVid(tokens[i]);
    return id >= 0 && this.byId[id] !== undefined;
  }

  /** Lookup of a single word (compound parts). */
  getWord(word: string): T[] {
    const id = lookupWord(word.toLowerCase());
    const list = id < 0 ? undefined : this.byId[id];
    if (!list) return [];
    return list.filter((e) => e.lower.length === 1 && (e.mode !== 'exact' || e.surface[0] === word) && (e.mode !== 'cap' || startsUpper(word))).map((e) => e.value);
  }
}

const EMPTY: Array<{ len: number; value: never }> = Object.freeze([]) as unknown as Array<{ len: number; value: never }>;

export function caseModeOf(phrase: string): CaseMode {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'exact';
  if (/^\p{Lu}/u.test(phrase)) return 'cap';
  return 'any';
}
