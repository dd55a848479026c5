import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { countryOf } from '../relations/types.ts';
import { countIf, isPostgres } from '../store/dialect.ts';

export type Interval = 'week' | 'month';

export interface SeriesPoint {
  /** YYYY-MM, or YYYY-Www (weeks start on Monday, numbered as strftime %W) */
  period: string;
  events: number;
  q1: number; q2: number; q3: number; q4: number;
  goldstein_sum: number;
  goldstein_mean: number;
  /** cooperative (quad 1, 2) minus conflictual (quad 3, 4) events */
  net_cooperation: number;
}

/**
 * Deduplicated actual events between two country-level actors (either direction) per period.
 * Months come from the dyad_months aggregate; weeks need day-precise dates, read from the clusters.
 */
export async function dyadSeries(db: Kysely<Database>, a: string, b: string, o: { interval?: Interval; from?: string; to?: string } = {}): Promise<SeriesPoint[]> {
  const [x, y] = [countryOf(a), countryOf(b)];
  const q = (n: number) => countIf(db, sql`quad = ${sql.lit(n)}`);
  const rows = o.interval === 'week'
    ? await sql<Omit<SeriesPoint, 'goldstein_mean' | 'net_cooperation'>>`
        SELECT ${weekOf(db)} AS period, count(*) AS events, ${q(1)} AS q1, ${q(2)} AS q2, ${q(3)} AS q3,
          ${q(4)} AS q4, sum(goldstein) AS goldstein_sum
        FROM event_clusters WHERE ((a = ${x} AND b = ${y}) OR (a = ${y} AND b = ${x})) AND status = 'actual' AND length(date) = 10
          AND date >= ${o.from ?? ''} AND date <= ${o.to ? o.to + '-99' : '9999'}
        GROUP BY period ORDER BY period`.execute(db)
    : await sql<Omit<SeriesPoint, 'goldstein_mean' | 'net_cooperation'>>`
        SELECT month AS period, sum(n) AS events, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(goldstein_sum) AS goldstein_sum
        FROM dyad_months WHERE ((a = ${x} AND b = ${y}) OR (a = ${y} AND b = ${x}))
          AND month >= ${(o.from ?? '').slice(0, 7)} AND month <= ${(o.to ?? '9999').slice(0, 7)}
        GROUP BY month ORDER BY month`.execute(db);
  return rows.rows.map((r) => ({
    ...r, goldstein_sum: round(r.goldstein_sum), goldstein_mean: round(r.goldstein_sum / r.events), net_cooperation: r.q1 + r.q2 - r.q3 - r.q4,
  }));
}

/**
 * strftime('%Y-W%W', date): the year and the week number 00-53, weeks starting on Monday, week 01
 * from the year's first Monday. PostgreSQL has no %W (its IW is the ISO week), so it is computed
 * from the day of the year and the weekday.
 */
function weekOf(db: Kysely<Database>) {
  if (!isPostgres(db)) return sql<string>`strftime('%Y-W%W', date)`;
  const d = sql`to_date(date, 'YYYY-MM-DD')`;
  return sql<string>`to_char(${d}, 'YYYY') || '-W' || lpad(((extract(doy FROM ${d})::int + 6 - (extract(isodow FROM ${d})::int - 1)) / 7)::text, 2, '0')`;
}

const round = (n: number) => Math.round(n * 100) / 100;
