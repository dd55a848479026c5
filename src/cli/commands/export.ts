import { openStore } from '../../store/database.ts';
import { streamEvents } from '../../store/events.repo.ts';
import { csvHeader, csvRow } from '../format.ts';
import { lineWriter } from '../output.ts';
import { UsageError } from '../errors.ts';

export interface ExportOptions { db: string; format: string; out?: string }

/** Every stored event, ordered by document, sentence and span, streamed so memory stays flat. */
export async function run(o: ExportOptions): Promise<void> {
  if (!['jsonl', 'csv'].includes(o.format)) throw new UsageError(`--format: "${o.format}" must be jsonl or csv`);
  const store = await openStore(o.db);
  const out = lineWriter(o.out);
  let n = 0;
  try {
    if (o.format === 'csv') await out.write(csvHeader() + '\n');
    for await (const e of streamEvents(store.db)) {
      await out.write(o.format === 'csv' ? csvRow(e) + '\n' : JSON.stringify(e) + '\n');
      n++;
    }
    await out.close();
  } finally {
    await store.close();
  }
  if (o.out) process.stderr.write(`${n} event(s) written to ${o.out}\n`);
}
