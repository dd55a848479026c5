import { tokenize } from '../text/tokens.ts';
import type { Token } from '../types.ts';

/**
 * Longest-match lookup of token sequences. Keys are lower-cased; each phrase keeps a case mode:
 * `exact` for short acronyms ("US", "IS", "EU"), `cap` when the lexicon writes the phrase with a
 * capital (the text must too: English "Turkey" is not "turkey"), `any` otherwise.
 */
export type CaseMode = 'any' | 'cap' | 'exact';
interface Entry<T> { lower: string[]; surface: string[]; mode: CaseMode; value: T }

export class PhraseIndex<T> {
  private byFirst = new Map<string, Entry<T>[]>();
  size = 0;

  add(phrase: string, value: T, mode?: CaseMode): void {
    const toks = tokenize(phrase, 0, phrase.length).map((t) => t.text);
    if (toks.length === 0) return;
    const m = mode ?? caseModeOf(phrase);
    const e: Entry<T> = { lower: toks.map((t) => t.toLowerCase()), surface: toks, mode: m, value };
    const list = this.byFirst.get(e.lower[0]);
    if (list) {
      // keep longest first so the first hit is the longest match
      let i = 0;
      while (i < list.length && list[i].lower.length >= e.lower.length) i++;
      list.splice(i, 0, e);
    } else this.byFirst.set(e.lower[0], [e]);
    this.size++;
  }

  // one-slot memo: stages query the same sentence's tokens several times, one sentence at a time
  private memoTokens: Token[] | null = null;
  private memo: Array<Array<{ len: number; value: T }> | undefined> = [];
  /** As matchAt, remembered for the current token array: for indexes several stages query on the same sentence. */
  matchAtMemo(tokens: Token[], i: number): Array<{ len: number; value: T }> {
    if (!this.byFirst.has(tokens[i].lower)) return EMPTY as Array<{ len: number; value: T }>;
    if (this.memoTokens !== tokens) { this.memoTokens = tokens; this.memo = new Array(tokens.length); }
    return (this.memo[i] ??= this.matchAt(tokens, i));
  }

  /** All entries matching at token i, longest first, as [length, value]. */
  matchAt(tokens: Token[], i: number): Array<{ len: number; value: T }> {
    const list = this.byFirst.get(tokens[i].lower);
    if (!list) return EMPTY as Array<{ len: number; value: T }>;
    const out: Array<{ len: number; value: T }> = [];
    outer: for (const e of list) {
      if (i + e.lower.length > tokens.length) continue;
      for (let k = 0; k < e.lower.length; k++) {
        const t = tokens[i + k];
        if (t.lower !== e.lower[k]) continue outer;
        if (e.mode === 'exact' && t.text !== e.surface[k]) continue outer;
        if (e.mode === 'cap' && k === 0 && !/^\p{Lu}/u.test(t.text)) continue outer;
      }
      out.push({ len: e.lower.length, value: e.value });
    }
    return out;
  }

  /** Whether some phrase starts with this token (a cheap pre-check before matchAt). */
  startsAt(tokens: Token[], i: number): boolean {
    return this.byFirst.has(tokens[i].lower);
  }

  /** Lookup of a single word (compound parts). */
  getWord(word: string): T[] {
    const list = this.byFirst.get(word.toLowerCase());
    if (!list) return [];
    return list.filter((e) => e.lower.length === 1 && (e.mode !== 'exact' || e.surface[0] === word) && (e.mode !== 'cap' || /^\p{Lu}/u.test(word))).map((e) => e.value);
  }
}

const EMPTY: Array<{ len: number; value: never }> = Object.freeze([]) as unknown as Array<{ len: number; value: never }>;

export function caseModeOf(phrase: string): CaseMode {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'exact';
  if (/^\p{Lu}/u.test(phrase)) return 'cap';
  return 'any';
}
