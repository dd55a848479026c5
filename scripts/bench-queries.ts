/**
 * Median latency of the analytics queries on the synthetic database (scripts/gen-synthetic.ts).
 *   npm run bench:queries [-- file]   (defaults to <tmpdir>/lagebild-synthetic.db)
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/database.ts';
import { queryEvents } from '../src/store/events.repo.ts';
import { actorProfile, dbStats, dyadSeries, listActors, listRelations, relationGraph } from '../src/analytics/index.ts';

const file = process.argv[2] ?? join(tmpdir(), 'lagebild-synthetic.db');
const RUNS = 25;

async function median(fn: () => Promise<unknown>): Promise<{ median: number; size: number }> {
  let size = 0;
  const r = await fn(); // warm-up: page cache and prepared statements
  size = Array.isArray(r) ? r.length : 1;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) { const t = performance.now(); await fn(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], size };
}

async function main() {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run "tsx scripts/gen-synthetic.ts" first`);
  const store = await openStore(file);
  const db = store.db;
  const stats = await dbStats(db);
  console.log(`${file}: ${stats.events} events, ${stats.clusters} clusters, ${stats.relations} relation rows; median of ${RUNS} runs`);
  const cases: [string, () => Promise<unknown>][] = [
    ['dyad series USA–RUS per month', () => dyadSeries(db, 'USA', 'RUS', { interval: 'month' })],
    ['dyad series USA–RUS per week', () => dyadSeries(db, 'USA', 'RUS', { interval: 'week' })],
    ['dyad series IRN–SYR per month', () => dyadSeries(db, 'IRN', 'SYR')],
    ['events --dyad USA,RUS --from 2024-01 --to 2024-06 --limit 100', () => queryEvents(db, { dyad: ['USA', 'RUS'], from: '2024-01', to: '2024-06', limit: 100 })],
    ['events --dyad IRN,ISR --status actual --limit 1000', () => queryEvents(db, { dyad: ['IRN', 'ISR'], status: 'actual', limit: 1000 })],
    ['events --source PRK --root 19 --limit 100', () => queryEvents(db, { source: 'PRK', root: '19', limit: 100 })],
    ['relation graph (all time)', async () => (await relationGraph(db)).edges],
    ['relation graph 2025-01..2025-03', async () => (await relationGraph(db, { from: '2025-01', to: '2025-03' })).edges],
    ['relation graph at 2024-06', async () => (await relationGraph(db, { at: '2024-06' })).edges],
    ['relations --dyad USA,RUS', () => listRelations(db, { dyad: ['USA', 'RUS'] })],
    ['actor profile RUS', () => actorProfile(db, 'RUS')],
    ['actors', () => listActors(db)],
  ];
  for (const [name, fn] of cases) {
    const { median: m, size } = await median(fn);
    console.log(`${m.toFixed(1).padStart(8)} ms  ${name}  (${size} rows)`);
  }
  await store.close();
}

await main();
