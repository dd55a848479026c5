import { openStore } from '../../store/database.ts';
import { searchText } from '../../analytics/search.ts';
import { parseRowFormat, writeRows } from '../rows.ts';
import { UsageError } from '../errors.ts';

export async function run(query: string, o: { db: string; limit: string; format: string }): Promise<void> {
  const format = parseRowFormat(o.format);
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: "${o.limit}" must be a positive whole number`);
  const store = await openStore(o.db);
  try {
    const hits = await searchText(store.db, query, { limit });
    await writeRows(hits.map(({ text: _t, ...h }) => h), format, { columns: ['doc', 'sentence', 'events', 'rank', 'snippet'], full: hits, width: 120 });
  } finally {
    await store.close();
  }
}
