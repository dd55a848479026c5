import type { Token } from '../types.ts';

/**
 * Tokens with document offsets. Words keep inner hyphens and apostrophes ("US-Militäraktion",
 * "al-Assad", "Kim Jong-un"); dotted abbreviations stay one token ("U.S.", "z.B."); a possessive
 * "'s" / "’s" / "#39;s" is its own token (its `lower` "'s") so that "Iran's" yields the name "Iran".
 */
const TOKEN_RE = /&?#39;s(?![\p{L}\p{N}])|&?#?(?:quot|amp|lt|gt|apos|nbsp|\d{2,4});|\p{N}+(?:[.,]\p{N}+)+(?![\p{L}])|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    let surface = m[0];
    let s = start + m.index;
    // ("China #39;s …": scraped text writes the apostrophe of a possessive as an entity)
    if (surface.endsWith(';s') && /^&?#39;s$/.test(surface)) { out.push(possessive(surface, s)); continue; }
    // split a trailing possessive 's / ’s off a word
    const last = surface.charCodeAt(surface.length - 1);
    const poss = (last === 115 || last === 83) && surface.length > 2 && (surface[surface.length - 2] === "'" || surface[surface.length - 2] === '\u2019') ? /^(.+?)(['\u2019]s)$/u.exec(surface) : null;
    if (poss && poss[1].length > 1 && /\p{L}/u.test(poss[1])) {
      out.push(mk(poss[1], s));
      out.push(possessive(poss[2], s + poss[1].length));
      continue;
    }
    out.push(mk(surface, s));
  }
  return out;
}

/** HTML entity debris left in scraped text ("quot;", "#39;", "&lt;") is punctuation that breaks nothing. */
export function isEntityDebris(t: Token): boolean {
  return t.kind === 'punct' && /^&?#?\w+;$/.test(t.text);
}

/** The possessive "'s" as a token of its own, whatever its apostrophe ("’s", "#39;s"): its `lower` is always "'s". */
function possessive(surface: string, s: number): Token {
  return { text: surface, start: s, end: s + surface.length, lower: "'s", kind: 'punct', vid: -2 };
}

function mk(surface: string, s: number, kind?: Token['kind']): Token {
  const k: Token['kind'] = kind ?? (surface.length === 1 ? (/[\p{L}]/u.test(surface) ? 'word' : /\p{N}/u.test(surface) ? 'num' : 'punct') : surface.endsWith(';') && /^&?#?\w+;$/.test(surface) ? 'punct' : /^\p{N}+(?:[.,]\p{N}+)*$/u.test(surface) ? 'num' : 'word');
  return { text: surface, start: s, end: s + surface.length, lower: surface.toLowerCase(), kind: k, vid: -2 };
}

/** Whether a word starts with a capital A–Z (English names and headlines). */
export function startsUpperAscii(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const CAPITAL = /^\p{Lu}/u;
/** Whether a word starts with a capital letter of any script (ASCII tested first, as most words are). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(text);
}

/** A headline in title case: most words of four letters or more start with a capital. */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 3 && caps >= words * 0.75;
}
