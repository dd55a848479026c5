import { openStore } from '../../store/database.ts';
import { dyadHistory } from '../../analytics/history.ts';
import { dyadSeries, type Interval } from '../../analytics/series.ts';
import { lineWriter } from '../output.ts';
import { parseRowFormat, table, writeRows } from '../rows.ts';
import { UsageError } from '../errors.ts';
import { relationRow } from './relations.ts';

export interface DyadOptions { db: string; interval: string; from?: string; to?: string; format: string }

/** The series of a dyad (csv, jsonl: one line per period); the table adds its relations and key events. */
export async function run(a: string, b: string, o: DyadOptions): Promise<void> {
  const format = parseRowFormat(o.format);
  if (o.interval !== 'month' && o.interval !== 'week') throw new UsageError(`--interval: "${o.interval}" must be month or week`);
  const store = await openStore(o.db);
  try {
    const series = await dyadSeries(store.db, a, b, { interval: o.interval as Interval, from: o.from, to: o.to });
    if (format !== 'table') { await writeRows(series as unknown as Record<string, unknown>[], format); return; }
    const h = await dyadHistory(store.db, a, b);
    const out = lineWriter();
    await out.write(`${h.a} – ${h.b}\n\nRelations\n${table(h.relations.map(relationRow), ['a', 'type', 'b', 'status', 'start', 'end', 'mentions', 'evidence'])}\n`);
    await out.write(`\nKey events (deduplicated)\n${table(h.key_events as unknown as Record<string, unknown>[], ['date', 'a', 'b', 'code', 'status', 'num_mentions', 'num_documents', 'num_sources', 'evidence'])}\n`);
    await out.write(`\nSeries per ${o.interval} (actual events)\n${table(series as unknown as Record<string, unknown>[], ['period', 'events', 'q1', 'q2', 'q3', 'q4', 'goldstein_sum', 'goldstein_mean', 'net_cooperation'])}\n`);
    await out.close();
  } finally {
    await store.close();
  }
}
