import type { Sentence } from '../types.ts';

/**
 * Sentence boundaries for German and English news.
 * A boundary is a newline, or [.!?…] (optionally followed by closing quotes/brackets) followed by
 * white space and a plausible sentence start — unless the period ends a known abbreviation,
 * an ordinal number ("am 8. Dezember"), an initial ("George W. Bush") or a decimal number.
 */
export interface SentenceOptions { abbreviations: Set<string>; months: Set<string> }

const CLOSERS = new Set(['"', '\u201c', '\u201d', '\u2019', "'", ')', ']', '\u00bb', '\u00ab', '\u203a', '\u2039']);
const OPENERS = /["\u201e\u201c\u00bb\u00ab\u2018\u201a'(\[\p{Lu}\p{N}\u2013\u2014-]/u;

export function splitSentences(text: string, start: number, end: number, opts: SentenceOptions): Sentence[] {
  const out: Sentence[] = [];
  let segStart = start;
  const push = (s: number, e: number) => {
    // trim white space
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2029') {
      push(segStart, i);
      segStart = i + 1;
      i++;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < end && CLOSERS.has(text[j])) j++;
      if (j >= end) { i = j; continue; }
      if (!/[ \t\u00a0]/.test(text[j])) {
        // "… in Mombasa.Den Polizeibehörden zufolge": scraped text that lost the space after a full stop, before a word that
        // opens sentences (a lower-case word of three letters or more before it: no abbreviation, initial or address)
        if (ch === '.' && j === i + 1 && /\p{Ll}{3}$/u.test(text.slice(Math.max(start, i - 3), i)) && GLUED_OPENER.test(text.slice(j, j + 12))) {
          push(segStart, j);
          segStart = j;
        }
        i = j;
        continue;
      }
      let k = j;
      while (k < end && /[ \t\u00a0]/.test(text[k])) k++;
      if (k >= end || text[k] === '\n') { i = k; continue; }
      if (!OPENERS.test(text[k])) { i = k; continue; }
      if (ch === '.' && j === i + 1 && !isBoundaryAfterPeriod(text, segStart, i, k, opts)) { i = k; continue; }
      push(segStart, j);
      segStart = k;
      i = k;
      continue;
    }
    i++;
  }
  push(segStart, end);
  return out;
}

/** words that open a sentence glued to the previous one's full stop */
const GLUED_OPENER = /^(Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Er|Sie|Es|Im|Am|Auch|Nach|Laut|Bei|Zudem|Damit|Dabei|Demnach|Doch|Dies|Diese|Dieser|The|He|She|It|They|But|This|That|In)(?=[\s,])/u;

/** articles and contractions before a German ordinal ("des 16.", "zum 3.") */
const ORDINAL_DETERMINERS = /^(der|die|das|des|dem|den|am|im|zum|zur|vom|beim|ein|eine|einer|eines|einem|einen|seinem|seiner|seines|ihrem|ihrer|ihres)$/i;
function isBoundaryAfterPeriod(text: string, segStart: number, dot: number, next: number, opts: SentenceOptions): boolean {
  // word before the period
  let w = dot;
  while (w > segStart && /[\p{L}\p{N}.\-]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return true;
  const lastPart = word.split(/[-]/).pop() ?? word;
  if (opts.abbreviations.has(lastPart.toLowerCase()) || opts.abbreviations.has(lastPart)) return false;
  // single initial: "W." or "U.S." style dotted abbreviation
  if (/^\p{Lu}$/u.test(lastPart)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(lastPart)) {
    // "U.S." — ends a sentence only when the next word cannot continue it (a capitalised function word)
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
    return /^(The|A|An|In|On|It|He|She|They|We|But|And|Der|Die|Das|Er|Sie|Es|Ein|Eine)$/.test(nextWord);
  }
  if (/^\d{1,2}$/.test(lastPart)) {
    // ordinal "8. Dezember" / "am 3. Oktober": no boundary before a month name or a lower-case word
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
    if (opts.months.has(nextWord.toLowerCase())) return false;
    if (/^\d/.test(text[next])) return false;
    // "des 16. Jahrestages", "das 11. Weltsozialforum", "des … stationierten 1. Bataillons": an ordinal after an article or an
    // inflected adjective before a noun (not "auf Platz 3. Danach …")
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(segStart, w - 40), w))?.[1] ?? '';
    if (/^\p{Lu}/u.test(nextWord) && (ORDINAL_DETERMINERS.test(before) || /^\p{Ll}+(en|em|er|es|e)$/u.test(before) && !/^(oder|aber|sondern|denn|wenn|dann|wurden|waren|haben|hatten|sind|seien)$/.test(before))) return false;
  }
  return true;
}
