import { openStore } from '../../store/database.ts';
import { EXPORT_FORMATS, exportChunks, isExportFormat } from '../../export/index.ts';
import { lineWriter } from '../output.ts';
import { UsageError } from '../errors.ts';

export interface ExportOptions { db: string; format: string; out?: string; header?: boolean }

/**
 * Every stored event, ordered by document, sentence and span, streamed so memory stays flat
 * (the graph formats gather the network first). Formats: JSONL event records, CSV, GDELT 2.0
 * event TSV, PLOVER JSONL, GEXF and GraphML.
 */
export async function run(o: ExportOptions): Promise<void> {
  const format = o.format;
  if (!isExportFormat(format)) throw new UsageError(`--format: "${o.format}" must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (o.header && format !== 'gdelt') throw new UsageError('--header only applies to --format gdelt');
  const store = await openStore(o.db);
  const out = lineWriter(o.out);
  let n = 0;
  let skipped = 0;
  try {
    for await (const chunk of exportChunks(store.db, format, { header: o.header, onSkip: () => { skipped++; } })) {
      await out.write(chunk);
      n++;
    }
    await out.close();
  } finally {
    await store.close();
  }
  if (skipped) process.stderr.write(`${skipped} event(s) left out: their CAMEO code has no PLOVER category (CAMEO 01, make public statement)\n`);
  if (o.out) process.stderr.write(`${format === 'gexf' || format === 'graphml' ? 'network' : `${n - (format === 'csv' || o.header ? 1 : 0)} record(s)`} written to ${o.out}\n`);
}
