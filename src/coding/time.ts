import type { PartialDate, Token } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';
import { addDays, coarsen, fromUTC, isoWeekday, toUTC } from './dates.ts';

/**
 * Time expressions of a sentence and their resolution against the document date. An expression
 * keeps its token range; resolving needs the tense of the event it dates (past or future decides
 * which "Friday" is meant), and the result is never more precise than the document date allows.
 */
export type Tense = 'past' | 'present' | 'future';
export interface TimeExpr {
  tokenStart: number;
  tokenEnd: number;
  text: string;
  /** weak expressions (a bare year after "seit"/"since") are used only when nothing else is near */
  strength: number;
  resolve(pub: PartialDate | null, tense: Tense): PartialDate | null;
}

const YEAR = /^(1[89]\d\d|20\d\d)$/;

function span(text: string, tokens: Token[], a: number, b: number): string { return text.slice(tokens[a].start, tokens[b].end); }
function month(cues: CueSets, t: Token | undefined): number | undefined { return t ? cues.months.get(t.lower.replace(/\.$/, '')) : undefined; }
function isYear(t: Token | undefined): boolean { return Boolean(t && YEAR.test(t.text)); }

/* Resolvers made by module-level functions rather than written inline in object literals: tsx keeps function names,
 * and an arrow function written as a property value is named per object created, at a cost each time. */
/** "heute", "yesterday": n days from a publication date of day precision (else the publication date itself). */
function daysFromPublication(n: number): TimeExpr['resolve'] {
  return (pub) => (pub ? (pub.precision === 'day' ? fromUTC(addDays(toUTC(pub), n), 'day') : pub) : null);
}
/** "in the coming days": the month of the publication. */
const monthOfPublication: TimeExpr['resolve'] = (pub) => (pub ? coarsen(pub, 'month') : null);
/** a bare year */
function yearResolver(y: number): TimeExpr['resolve'] {
  return () => ({ value: String(y), precision: 'year' });
}

export function findTimeExpressions(tokens: Token[], cues: CueSets, text: string, timeWords?: Set<string>): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // most words cannot start a time expression: skip them cheaply
    if (timeWords && t.kind === 'word' && !timeWords.has(t.lower)) continue;
    if (t.kind === 'punct') continue;
    const next = tokens[i + 1];
    // day + month (+ year): "8. Dezember 2024", "8 December", "December 8, 2004"
    if (t.kind === 'num' && Number(t.text) >= 1 && Number(t.text) <= 31) {
      let j = i + 1;
      if (tokens[j]?.text === '.') j++;
      const mo = month(cues, tokens[j]);
      if (mo && /^\p{Lu}/u.test(tokens[j].text)) {
        let end = j;
        let year: number | null = null;
        if (isYear(tokens[j + 1])) { year = Number(tokens[j + 1].text); end = j + 1; }
        const day = Number(t.text);
        out.push(dayMonth(i, end, span(text, tokens, i, end), day, mo, year));
        i = end;
        continue;
      }
    }
    const mo = month(cues, t);
    if (mo && /^\p{Lu}/u.test(t.text) && (t.text.length > 3 || next?.text === '.' || next?.kind === 'num')) {
      // "December 8(, 2004)", "Sept. 7, 2004"
      const dot = next?.text === '.' ? 1 : 0;
      const dayTok = tokens[i + 1 + dot];
      if (dayTok?.kind === 'num' && Number(dayTok.text) >= 1 && Number(dayTok.text) <= 31 && !isYear(dayTok)) {
        let end = i + 1 + dot;
        let year: number | null = null;
        if (tokens[end + 1]?.text === ',' && isYear(tokens[end + 2])) { year = Number(tokens[end + 2].text); end += 2; }
        else if (isYear(tokens[end + 1])) { year = Number(tokens[end + 1].text); end += 1; }
        out.push(dayMonth(i, end, span(text, tokens, i, end), Number(dayTok.text), mo, year));
        i = end;
        continue;
      }
      // "(im|in|Anfang|Ende) Oktober (2023)" — the month needs a preposition or a year to be a date ("May" is also a verb)
      const prev = tokens[i - 1]?.lower;
      const hasYear = isYear(next);
      if (hasYear || (prev && ['im', 'in', 'anfang', 'mitte', 'ende', 'seit', 'since', 'early', 'late', 'mid', 'until', 'bis', 'by', 'last', 'next', 'this', 'vergangenen', 'letzten', 'kommenden', 'diesen'].includes(prev))) {
        const start = prev && ['im', 'in', 'anfang', 'mitte', 'ende', 'early', 'late', 'mid'].includes(prev) ? i - 1 : i;
        const end = hasYear ? i + 1 : i;
        const year = hasYear ? Number(next.text) : null;
        const rel = prev && (cues.lastWords.has(prev) ? -1 : cues.nextWords.has(prev) ? 1 : 0);
        out.push(monthExpr(start, end, span(text, tokens, start, end), mo, year, rel || 0, prev === 'seit' || prev === 'since' ? 1 : 3));
        i = end;
        continue;
      }
    }
    // weekday: "am Montag", "on Monday", "Monday"
    const wd = cues.weekdays.get(t.lower);
    if (wd && /^\p{Lu}/u.test(t.text)) {
      const prev = tokens[i - 1]?.lower;
      const start = prev && ['am', 'on', 'vom', 'seit', 'bis', 'last', 'next', 'this', 'vergangenen', 'kommenden', 'letzten', 'nächsten'].includes(prev) ? i - 1 : i;
      const rel = prev && cues.lastWords.has(prev) ? 'past' : prev && cues.nextWords.has(prev) ? 'future' : null;
      out.push(weekdayExpr(start, i, span(text, tokens, start, i), wd, rel));
      continue;
    }
    // relative days: heute, gestern, yesterday
    if (t.lower in cues.raw.relative_days) {
      const n = cues.raw.relative_days[t.lower];
      out.push({ tokenStart: i, tokenEnd: i, text: t.text, strength: 3, resolve: daysFromPublication(n) });
      continue;
    }
    // holidays with a fixed date: "an Weihnachten", "on Christmas Day" (the year from the document date and tense)
    const hol = cues.holidays.startsAt(tokens, i) ? cues.holidays.matchAt(tokens, i)[0] : undefined;
    if (hol && hol.value.monthDay) {
      const [mo, day] = hol.value.monthDay.split('-').map(Number);
      const end = i + hol.len - 1;
      const dm = dayMonth(i, end, span(text, tokens, i, end), day, mo, null);
      out.push({ ...dm, strength: 3 });
      i = end;
      continue;
    }
    // "in den kommenden Tagen", "in the coming days": soon after the document date, at month precision
    if ((t.lower === 'kommenden' || t.lower === 'nächsten' || t.lower === 'coming' || t.lower === 'next') && ['tagen', 'days'].includes(next?.lower ?? '')) {
      const start = ['den', 'the'].includes(tokens[i - 1]?.lower ?? '') ? (['in', 'im'].includes(tokens[i - 2]?.lower ?? '') ? i - 2 : i - 1) : i;
      out.push({ tokenStart: start, tokenEnd: i + 1, text: span(text, tokens, start, i + 1), strength: 2, resolve: monthOfPublication });
      i++;
      continue;
    }
    // weekend
    if (cues.weekendWords.has(t.lower)) {
      let start = i;
      while (start > 0 && start > i - 3 && ['am', 'at', 'the', 'over', 'this', 'last', 'vergangenen', 'letzten', 'kommenden', 'diesem', 'on'].includes(tokens[start - 1].lower)) start--;
      out.push(weekdayExpr(start, i, span(text, tokens, start, i), 6, null));
      continue;
    }
    // last/this/next week|month|year: "vergangene Woche", "im vergangenen Jahr", "last year"
    if (cues.lastWords.has(t.lower) || cues.nextWords.has(t.lower) || cues.thisWords.has(t.lower)) {
      const unit = next?.lower;
      const dir = cues.lastWords.has(t.lower) ? -1 : cues.nextWords.has(t.lower) ? 1 : 0;
      if (unit && (cues.weekWords.has(unit) || cues.monthWords.has(unit) || cues.yearWords.has(unit))) {
        let start = i;
        if (['im', 'in', 'am', 'the'].includes(tokens[i - 1]?.lower ?? '')) start = i - 1;
        const kind = cues.weekWords.has(unit) ? 'week' : cues.monthWords.has(unit) ? 'month' : 'year';
        out.push(relativeUnit(start, i + 1, span(text, tokens, start, i + 1), kind, dir));
        i++;
        continue;
      }
    }
    // explicit year: "im Jahr 2018", "in 2018", "2018"
    if (isYear(t)) {
      const prev = tokens[i - 1]?.lower ?? '';
      const prev2 = tokens[i - 2]?.lower ?? '';
      let start = i;
      let strength = 1;
      if (cues.yearWords.has(prev) || prev === 'jahre') { start = i - 1; strength = 3; if (prev2 === 'im' || prev2 === 'in') start = i - 2; }
      else if (prev === 'in' || prev === 'im') { start = i - 1; strength = 3; }
      else if (prev === 'seit' || prev === 'since' || prev === 'von' || prev === 'from' || prev === 'bis' || prev === 'until') strength = 0;
      const y = Number(t.text);
      out.push({ tokenStart: start, tokenEnd: i, text: span(text, tokens, start, i), strength, resolve: yearResolver(y) });
    }
  }
  return out;
}

function dayMonth(a: number, b: number, text: string, day: number, mo: number, year: number | null): TimeExpr {
  return {
    tokenStart: a, tokenEnd: b, text, strength: 4,
    resolve(pub, tense) {
      let y = year;
      if (y === null) {
        if (!pub) return null;
        y = Number(pub.value.slice(0, 4));
        const pm = pub.precision === 'year' ? null : Number(pub.value.slice(5, 7));
        if (pm !== null && tense === 'past' && mo > pm) y -= 1;
        if (pm !== null && tense === 'future' && mo < pm) y += 1;
      }
      const d = new Date(Date.UTC(y, mo - 1, day));
      return fromUTC(d, 'day');
    },
  };
}

function monthExpr(a: number, b: number, text: string, mo: number, year: number | null, rel: number, strength: number): TimeExpr {
  return {
    tokenStart: a, tokenEnd: b, text, strength,
    resolve(pub, tense) {
      let y = year;
      if (y === null) {
        if (!pub) return null;
        y = Number(pub.value.slice(0, 4));
        if (pub.precision !== 'year') {
          const pm = Number(pub.value.slice(5, 7));
          if ((rel < 0 || tense === 'past') && mo > pm) y -= 1;
          else if ((rel > 0 || tense === 'future') && mo < pm) y += 1;
        }
      }
      return { value: `${y}-${String(mo).padStart(2, '0')}`, precision: 'month' };
    },
  };
}

function weekdayExpr(a: number, b: number, text: string, wd: number, rel: Tense | null): TimeExpr {
  return {
    tokenStart: a, tokenEnd: b, text, strength: 3,
    resolve(pub, tense) {
      if (!pub) return null;
      if (pub.precision !== 'day') return pub.precision === 'month' ? pub : null;
      const base = toUTC(pub);
      const cur = isoWeekday(base);
      const dir = rel ?? (tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'past');
      let diff: number;
      if (dir === 'past') diff = -((cur - wd + 7) % 7);
      else diff = (wd - cur + 7) % 7;
      // "vergangenen Montag" / "next Monday" never mean the document's own day
      if (rel === 'past' && diff === 0) diff = -7;
      if (rel === 'future' && diff === 0) diff = 7;
      return fromUTC(addDays(base, diff), 'day');
    },
  };
}

function relativeUnit(a: number, b: number, text: string, unit: 'week' | 'month' | 'year', dir: number): TimeExpr {
  return {
    tokenStart: a, tokenEnd: b, text, strength: 3,
    resolve(pub) {
      if (!pub) return null;
      const base = toUTC(pub);
      if (unit === 'year') return { value: String(base.getUTCFullYear() + dir), precision: 'year' };
      if (pub.precision === 'year') return null;
      if (unit === 'month') {
        const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + dir, 1));
        return fromUTC(d, 'month');
      }
      // a week: the month it (mostly) lies in, at most month precision
      if (pub.precision === 'month') return pub;
      return fromUTC(addDays(base, dir * 7), 'month');
    },
  };
}
