import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openStore, type Store } from '../store/database.ts';
import { rebuildAnalytics } from '../relations/refresh.ts';
import { computeGraph, relationGraph, windowGraph, type GraphOptions, type RelationGraph } from './graph.ts';
import { RELATION_TYPE_NAMES } from '../relations/types.ts';

/** A small deterministic generator for the fixture. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}

const ACTORS = ['ARM', 'AZE', 'CHN', 'DEU', 'FRA', 'IRN', 'ISR', 'PRK', 'RUS', 'SYR', 'UKR', 'USA'];
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
  '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

/**
 * Directed monthly dyad rows and relation rows (partial dates, open and bounded spans, both
 * directions, duplicates). Goldstein sums have one decimal like the scale's values: with more, a
 * sum that lands on a half cent may round either way depending on the order it was added in,
 * which already differs between dyad_months and graph_pair_months.
 */
async function fill(store: Store): Promise<void> {
  const r = rng(7), pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const dyads = new Map<string, { a: string; b: string; month: string; n: number; q1: number; q2: number; q3: number; q4: number; goldstein_sum: number }>();
  for (let i = 0; i < 400; i++) {
    const a = pick(ACTORS), b = pick(ACTORS), month = pick(MONTHS);
    if (a === b || dyads.has(`${a}|${b}|${month}`)) continue;
    const q = [0, 0, 0, 0].map(() => Math.floor(r() * 4));
    const n = q.reduce((x, y) => x + y, 0) + 1;
    dyads.set(`${a}|${b}|${month}`, { a, b, month, n, q1: q[0], q2: q[1], q3: q[2], q4: q[3], goldstein_sum: Math.round((r() * 40 - 20) * 10) / 10 });
  }
  await store.db.insertInto('dyad_months').values([...dyads.values()]).execute();
  const dates = [null, '2023', '2024', '2024-03', '2024-06-15', '2024-11', '2025-02', '2025-02-10'];
  const rows = [];
  for (let i = 0; i < 150; i++) {
    const a = pick(ACTORS), b = pick(ACTORS);
    if (a === b) continue;
    const start = pick(dates), end = r() < 0.7 ? null : pick(['2024-05', '2024-12', '2025-01-20', '2025']);
    rows.push({ a, b, a_code: `${a}GOV`, b_code: b, type: pick(RELATION_TYPE_NAMES), status: pick(['actual', 'alleged', 'planned']), start, end,
      doc: `d${i % 20}`, sentence: i, span_start: 0, span_end: 10, evidence: `Satz ${i}.`, rule: 'test.rule', event_id: null });
  }
  await store.db.insertInto('relations').values(rows).execute();
}

/** Every node in exactly one community, ids and members consistent with the nodes. */
function assertPartition(g: RelationGraph): void {
  const members = g.communities.flatMap((c) => c.members);
  assert.equal(members.length, g.nodes.length);
  assert.deepEqual(new Set(members), new Set(g.nodes.map((n) => n.id)));
  for (const c of g.communities) for (const m of c.members) assert.equal(g.nodes.find((n) => n.id === m)!.community, c.id);
}

describe('windowed relation graph from the graph window tables', () => {
  let store: Store;
  before(async () => {
    store = await openStore(':memory:');
    await fill(store);
    await rebuildAnalytics(store.db);
  });
  after(() => store.close());

  const windows: GraphOptions[] = [
    { from: '2025-01', to: '2025-03' }, { at: '2024-06' }, { from: '2024-03', to: '2024-03' }, { from: '2024-01', to: '2024-12' },
    { from: '2024-06-15', to: '2025-01-20' }, { at: '2024-06-20' }, { at: '2025' }, { from: '2024-05', minEvents: 3 }, { minEvents: 4 },
    { to: '2024-08', at: '2024-07' }, { from: '2024' }, { from: '2030-01', to: '2030-02' }, {},
  ];

  test('the tables are filled and marked', async () => {
    const meta = (await sql<{ k: string }>`SELECT ${sql.ref('key')} AS k FROM derived_meta ORDER BY k`.execute(store.db)).rows.map((x) => x.k);
    assert.deepEqual(meta, ['analytics', 'graph_windows']);
    const periods = (await sql<{ p: string }>`SELECT DISTINCT scope || ':' || period AS p FROM graph_communities ORDER BY p`.execute(store.db)).rows.map((x) => x.p);
    assert.deepEqual(periods, ['all:', ...MONTHS.map((m) => `at:${m}`), ...MONTHS.map((m) => `window:${m}`), 'window:2024', 'window:2025'].sort());
  });

  for (const o of windows) {
    test(`nodes, edges and weights equal the direct computation: ${JSON.stringify(o)}`, async () => {
      const direct = await computeGraph(store.db, o, false); // base tables, Louvain per call
      const w = await relationGraph(store.db, o);
      assert.deepEqual(w.edges, (await computeGraph(store.db, o, true)).edges); // and the analytics tables
      assert.ok(direct.edges.length > 0 || JSON.stringify(o).includes('2030'));
      if (Object.keys(o).length) assert.deepEqual(w, await windowGraph(store.db, o)); // relationGraph takes the window path
      assert.deepEqual(w.edges, direct.edges); // same values, same order, same relations
      assert.deepEqual(w.nodes.map((n) => [n.id, n.events]), direct.nodes.map((n) => [n.id, n.events]));
      assertPartition(w);
      assert.deepEqual(await relationGraph(store.db, o), w, 'deterministic');
    });
  }

  test('a request that is exactly a stored period gets the communities of the direct computation', async () => {
    for (const o of [{ from: '2024-03', to: '2024-03' }, { from: '2025-01', to: '2025-12' }, { at: '2024-06' }, { minEvents: 1, from: '' }]) {
      assert.deepEqual(await windowGraph(store.db, o), await computeGraph(store.db, o, false), JSON.stringify(o));
    }
  });

  test('without the graph window mark it falls back to the analytics tables, then to the base tables', async () => {
    const o = { from: '2025-01', to: '2025-03' };
    const withWindows = await relationGraph(store.db, o);
    await sql`DELETE FROM derived_meta WHERE ${sql.ref('key')} = 'graph_windows'`.execute(store.db);
    const analytics = await relationGraph(store.db, o);
    assert.deepEqual(analytics, await computeGraph(store.db, o, true));
    assert.deepEqual(analytics.edges, withWindows.edges);
    await sql`DELETE FROM derived_meta`.execute(store.db);
    assert.deepEqual(await relationGraph(store.db, o), await computeGraph(store.db, o, false));
    await rebuildAnalytics(store.db);
    assert.deepEqual(await relationGraph(store.db, o), withWindows);
  });
});
