import type { PartialDate, Precision } from '../types.ts';

/** Small helpers over partial dates (YYYY, YYYY-MM, YYYY-MM-DD). All arithmetic in UTC. */
/** Compares partial dates ("2024", "2024-12", "2024-12-08") at the coarser of the two precisions. */
export function cmpPartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

export function parsePartialDate(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(s.trim());
  if (!m) return null;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return null;
  if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > 31)) return null;
  if (m[3]) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCMonth() !== Number(m[2]) - 1) return null;
    return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  }
  if (m[2]) return { value: `${m[1]}-${m[2]}`, precision: 'month' };
  return { value: m[1], precision: 'year' };
}

export function toUTC(d: PartialDate): Date {
  const [y, m = 1, day = 1] = d.value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day));
}

export function fromUTC(d: Date, precision: Precision): PartialDate {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return { value: precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${day}`, precision };
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
/** Coarsens a date to at most the given precision: never finer than the inputs allow. */
export function coarsen(d: PartialDate, max: Precision): PartialDate {
  if (RANK[d.precision] <= RANK[max]) return d;
  return fromUTC(toUTC(d), max);
}
export function finerOrEqual(a: Precision, b: Precision): boolean {
  return RANK[a] >= RANK[b];
}
/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function isoWeekday(d: Date): number {
  return ((d.getUTCDay() + 6) % 7) + 1;
}
