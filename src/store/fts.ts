/**
 * Full-text search on PostgreSQL: text_fts holds each sentence's text and a generated tsvector
 * (config 'simple' over lagebild_fold(text), GIN-indexed); see migration
 * 20250701T0000-relations-analytics. lagebild_fold lowercases and strips the diacritics of Latin
 * letters (the FOLD_* table below), as SQLite's FTS5 tokenizer does with remove_diacritics, so
 * "Verbundete" finds "Verbündete" on both. Queries are built here from the same words, folded
 * the same way, and snippets are cut in JavaScript with FTS5's markers and window.
 */

/** Letters with diacritics and their bases. Frozen: migration 20250701T0000 embeds them in lagebild_fold. */
export const FOLD_FROM = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž';
export const FOLD_TO = 'aaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiijjkkllllllllllnnnnnnoooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz';

const FOLD = new Map([...FOLD_FROM].map((c, i) => [c, FOLD_TO[i]]));

/** What lagebild_fold does in the database: lowercase, then the FOLD_* table. */
export function fold(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) out += FOLD.get(c) ?? c;
  return out;
}

export interface FtsTerm { parts: string[]; prefix: boolean }

const WORD = /[\p{L}\p{N}]+/gu;

/** The searchable words of a query, as FTS5 reads `"word"` / `"word"*` (a word with inner punctuation is a phrase of its parts). */
export function ftsTerms(words: string[]): FtsTerm[] {
  return words.map((w) => ({ parts: fold(w.replace(/\*+$/, '')).match(WORD) ?? [], prefix: /\*$/.test(w) })).filter((t) => t.parts.length > 0);
}

/** A tsquery text for to_tsquery('simple', …): terms joined by `&` (all) or `|` (any). */
export function toTsQuery(terms: FtsTerm[], op: '&' | '|'): string {
  return terms.map((t) => {
    const q = t.parts.map((p, i) => `'${p}'${t.prefix && i === t.parts.length - 1 ? ':*' : ''}`).join(' <-> ');
    return t.parts.length > 1 ? `(${q})` : q;
  }).join(` ${op} `);
}

/**
 * FTS5's snippet(…, '[', ']', '…', 16) in JavaScript: the window of at most `tokens` words with
 * the most matching words (the earliest on ties), matches in brackets, an ellipsis where the
 * window cuts the sentence.
 */
export function snippet(text: string, terms: FtsTerm[], tokens = 16): string {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, f: fold(m[0]) }));
  if (!words.length) return text;
  const hit = words.map((w) => terms.some((t) => t.parts.some((p, i) => (t.prefix && i === t.parts.length - 1 ? w.f.startsWith(p) : w.f === p))));
  let best = 0, bestN = -1;
  for (let s = 0; s <= Math.max(0, words.length - tokens); s++) {
    let n = 0;
    for (let i = s; i < Math.min(words.length, s + tokens); i++) if (hit[i]) n++;
    if (n > bestN) { best = s; bestN = n; }
  }
  const last = Math.min(words.length, best + tokens) - 1;
  let out = best > 0 ? '…' : '', pos = best > 0 ? words[best].start : 0;
  for (let i = best; i <= last; i++) {
    const w = words[i];
    out += text.slice(pos, w.start) + (hit[i] ? `[${text.slice(w.start, w.end)}]` : text.slice(w.start, w.end));
    pos = w.end;
  }
  return out + (last < words.length - 1 ? '…' : text.slice(pos));
}
