import type { Token } from '../types.ts';
import type { TriggerEntry } from '../lexicon/compile.ts';

/**
 * The search for a pattern's `with` words among a sentence's tokens: a token matches when it starts with one of the words,
 * or when the head of a hyphenated compound does ("F-22-Kampfflugzeuge", "US-Firmen").
 *
 * The search runs for every reading with `with` words of every candidate word (some forms have 30 such readings), nearly
 * always in vain. A loop over the tokens that compared each one's first letter with the list's first letters cost more
 * than the rest of trigger finding; here the first letters of a sentence's tokens are one string, made once per sentence,
 * and the string's own `indexOf` finds the tokens a list's initials can match.
 */
export type WithWords = NonNullable<TriggerEntry['with']>;

/** The part of a hyphenated word after its last hyphen (null for a word without one). */
export function compoundTail(lower: string): string | null {
  const k = lower.lastIndexOf('-');
  return k > 0 && k < lower.length - 1 ? lower.slice(k + 1) : null;
}

/** one-slot memo: the sentence the initials are for, the first UTF-16 unit of each token's lower case, the compound heads */
let memoTokens: Token[] | null = null;
let initials = '';
let tailAt: number[] = [];
let tails: string[] = [];

function prepare(tokens: Token[]): void {
  memoTokens = tokens;
  const codes: number[] = [];
  tailAt = [];
  tails = [];
  for (let j = 0; j < tokens.length; j++) {
    const w = tokens[j].lower;
    codes.push(w.charCodeAt(0));
    const tail = w.length > 2 && w.includes('-') ? compoundTail(w) : null;
    if (tail) { tailAt.push(j); tails.push(tail); }
  }
  // (in slices: a run-on "sentence" of many thousand tokens must not exceed the limit on a call's arguments)
  let s = '';
  for (let k = 0; k < codes.length; k += 4096) s += String.fromCharCode(...codes.slice(k, k + 4096));
  initials = s;
}

/** The first token from `a` to `b` that starts with one of the words (or whose compound head does); -1 for none. */
export function firstWithWord(w: WithWords, tokens: Token[], a: number, b: number): number {
  if (memoTokens !== tokens) prepare(tokens);
  let best = -1;
  if (w.initials.length <= FEW_INITIALS) {
    for (let q = 0; q < w.initials.length; q++) {
      const c = w.initials.charAt(q);
      const stop = best < 0 ? b : best - 1;
      for (let j = initials.indexOf(c, a); j >= 0 && j <= stop; j = initials.indexOf(c, j + 1)) {
        if (startsWithOne(tokens[j].lower, w.byInitial[q])) { best = j; break; }
      }
    }
  } else {
    // (a list with many first letters: one pass over the tokens costs less than a search for each letter)
    for (let j = a; j <= b && j < initials.length; j++) {
      const q = w.initials.indexOf(initials.charAt(j));
      if (q >= 0 && startsWithOne(tokens[j].lower, w.byInitial[q])) { best = j; break; }
    }
  }
  for (let k = 0; k < tailAt.length; k++) {
    const j = tailAt[k];
    if (j < a) continue;
    if (j > b || (best >= 0 && j >= best)) break;
    const q = w.initials.indexOf(tails[k].charAt(0));
    if (q >= 0 && startsWithOne(tails[k], w.byInitial[q])) return j;
  }
  return best;
}
/** up to how many first letters a list is searched for letter by letter */
const FEW_INITIALS = 4;

function startsWithOne(t: string, words: string[]): boolean {
  for (let p = 0; p < words.length; p++) if (t.startsWith(words[p])) return true;
  return false;
}
