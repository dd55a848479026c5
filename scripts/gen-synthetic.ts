/**
 * Writes a synthetic database of one million events (default) for the query benchmark:
 * Zipf-distributed country dyads, CAMEO codes with their quad class and Goldstein score, dates
 * over four years, and stories told by one to five articles from thirty outlets, so dedup has
 * real work. Then derives clusters, dyad aggregates and relations as an ingest would.
 *   tsx scripts/gen-synthetic.ts [events] [file]   (file defaults to <tmpdir>/lagebild-synthetic.db)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../src/store/database.ts';
import { refreshDerived } from '../src/relations/refresh.ts';

const N = Number(process.argv[2] ?? 1_000_000);
export const SYNTHETIC_DB = process.argv[3] ?? join(tmpdir(), 'lagebild-synthetic.db');

const COUNTRIES = ['USA', 'RUS', 'CHN', 'UKR', 'IRN', 'ISR', 'DEU', 'FRA', 'GBR', 'TUR', 'PRK', 'KOR', 'JPN', 'IND', 'PAK', 'SYR', 'IRQ', 'SAU', 'EGY', 'WST',
  ...Array.from({ length: 180 }, (_, i) => 'X' + String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)))];
const ROLES = ['', 'GOV', 'MIL', 'ELI'];
// [code, quad, goldstein, evidence wording]
const CODES: [string, number, number, string][] = [
  ['010', 1, 0, 'made a statement about'], ['020', 1, 3, 'appealed to'], ['036', 1, 4, 'expressed intent to meet'], ['040', 1, 1, 'consulted'],
  ['042', 1, 1.9, 'visited'], ['043', 1, 2.8, 'hosted'], ['046', 1, 7, 'negotiated with'], ['051', 1, 3.4, 'praised'],
  ['057', 1, 8, 'signed a strategic partnership agreement with'], ['061', 2, 6.4, 'cooperated economically with'], ['070', 2, 7, 'gave aid to'],
  ['111', 3, -2, 'criticised'], ['112', 3, -2, 'accused'], ['120', 3, -4, 'rejected'], ['130', 3, -4.4, 'threatened'],
  ['163', 4, -8, 'imposed sanctions on'], ['172', 4, -5, 'coerced'], ['173', 4, -5, 'arrested citizens of'], ['190', 4, -10, 'waged war against'], ['193', 4, -10, 'fought'],
];
const STATUSES: [string, number][] = [['actual', 0.8], ['planned', 0.08], ['alleged', 0.07], ['hypothetical', 0.03], ['negated', 0.02]];

let seed = 42;
const rnd = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 4294967296; };
const zipfCum = COUNTRIES.map((_, i) => 1 / (i + 1) ** 1.1).reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], []);
const country = () => { const x = rnd() * zipfCum.at(-1)!; return COUNTRIES[zipfCum.findIndex((c) => c >= x)]; };
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const status = () => { let x = rnd(); for (const [s, p] of STATUSES) { if ((x -= p) < 0) return s; } return 'actual'; };
const day0 = Date.UTC(2022, 0, 1);

async function main() {
  rmSync(SYNTHETIC_DB, { force: true }); rmSync(SYNTHETIC_DB + '-wal', { force: true }); rmSync(SYNTHETIC_DB + '-shm', { force: true });
  const started = Date.now();
  await (await openStore(SYNTHETIC_DB)).close();
  const sq = new BetterSqlite3(SYNTHETIC_DB);
  sq.pragma('journal_mode = WAL'); sq.pragma('synchronous = OFF');
  const insDoc = sq.prepare(`INSERT INTO documents (id, content_hash, text, lang, source, published, published_precision, body_start, ingested_at) VALUES (?, ?, ?, 'en', ?, ?, 'day', 0, ?)`);
  const insEv = sq.prepare(`INSERT INTO events (id, doc, sentence, span_start, span_end, evidence, source_code, source_text, source_id, source_start, source_end,
    target_code, target_text, target_id, target_start, target_end, code, root, quad, goldstein, plover, trigger_text, trigger_start, trigger_end, trigger_rule,
    status, attribution, date, date_precision, date_text, place) VALUES (?, ?, ?, 0, ?, ?, ?, ?, NULL, 0, 3, ?, ?, NULL, 10, 13, ?, ?, ?, ?, NULL, 'x', 4, 5, 'synthetic', ?, NULL, ?, ?, NULL, NULL)`);
  const now = new Date().toISOString();
  let events = 0, docs = 0;
  const write = sq.transaction((batch: number) => {
    while (events < batch) {
      // A story: one happening, told by 1-5 articles (each article carries up to 10 events).
      const a = country(); let b = country(); while (b === a) b = country();
      const [code, quad, gold, words] = pick(CODES);
      const st = status();
      const day = new Date(day0 + Math.floor(rnd() * 4 * 365) * 86400000).toISOString().slice(0, 10);
      const p = rnd();
      const date = p < 0.05 ? null : p < 0.2 ? day.slice(0, 7) : day;
      const tellings = 1 + Math.floor(rnd() ** 2 * 5);
      for (let t = 0; t < tellings && events < batch; t++, events++) {
        if (events % 10 === 0) { docs++; insDoc.run(`d${docs}`, `h${docs}`, `synthetic article ${docs}`, `outlet${Math.floor(rnd() * 30)}`, day, now); }
        const s = a + pick(ROLES), g = b + pick(ROLES);
        const evidence = `${s} ${words} ${g}.`;
        insEv.run(`e${events}`, `d${docs}`, events % 10, evidence.length, evidence, s, s, g, g, code, code.slice(0, 2), quad, gold, st, date,
          date ? ['', 'year', 'month', 'day'][date.split('-').length] : null);
      }
    }
  });
  for (let k = 100_000; k <= N; k += 100_000) write(k);
  if (events < N) write(N);
  sq.close();
  const wrote = Date.now();
  const store = await openStore(SYNTHETIC_DB);
  const r = await refreshDerived(store.db);
  await store.close();
  writeFileSync(SYNTHETIC_DB + '.gen.json', JSON.stringify({ events, documents: docs, write_s: (wrote - started) / 1000, derive_s: (Date.now() - wrote) / 1000 }));
  console.log(`${events} events in ${docs} documents → ${SYNTHETIC_DB}; written in ${((wrote - started) / 1000).toFixed(1)} s, ` +
    `derived ${r.clusters} clusters and ${r.relations} relation rows in ${((Date.now() - wrote) / 1000).toFixed(1)} s`);
}

await main();
