import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { openStore, type Store } from '../src/store/database.ts';
import { ingestDocument } from '../src/store/ingest.ts';
import { queryEvents } from '../src/store/events.repo.ts';
import { readInput } from '../src/ingest/read.ts';
import { createCoder } from '../src/pipeline/processor.ts';
import { refreshDerived } from '../src/relations/refresh.ts';
import { exportChunks, type ExportFormat } from '../src/export/index.ts';
import { GDELT_COLUMNS, gdeltFields } from '../src/export/gdelt.ts';
import { splitActorCode } from '../src/export/cameo-actor.ts';
import { PLOVER_RECORD_SCHEMA } from '../src/export/plover-schema.ts';
import { graphFromEvents } from '../src/export/graph-from-events.ts';
import type { EventRecord } from '../src/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = existsSync(join(ROOT, '..', 'shared', 'seeds')) ? join(ROOT, '..', 'shared', 'seeds') : join(ROOT, 'examples');
const col = (name: string) => GDELT_COLUMNS.indexOf(name);

let tmp: string;
let store: Store;
let events: EventRecord[];

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
  store = await openStore(join(tmp, 'seeds.db'));
  const coder = await createCoder();
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    // Seed 000 carries no date: the gold file scores it as published on 2025-06-23.
    for (const d of readInput(join(SEEDS, f), { published: { value: '2025-06-23', precision: 'day' } }).docs) await ingestDocument(store.db, d, (x) => coder.code(x));
  }
  await refreshDerived(store.db);
  events = await queryEvents(store.db);
});
after(async () => { await store.close(); rmSync(tmp, { recursive: true, force: true }); });

async function exported(format: ExportFormat, o: Parameters<typeof exportChunks>[2] = {}): Promise<string> {
  let s = '';
  for await (const c of exportChunks(store.db, format, o)) s += c;
  return s;
}

/** Minimal XML well-formedness: declaration, every tag closed in order, attributes quoted, only the five entities. */
function assertWellFormedXml(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = re.exec(body))) {
    if (m[6]) assert.fail(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (m[5] !== undefined) {
      assert.ok(!/&(?!(amp|lt|gt|quot|apos);)/.test(m[5]), `bad entity in text: ${m[5].slice(0, 40)}`);
      if (!stack.length) assert.equal(m[5].trim(), '', 'text outside the root element');
      continue;
    }
    assert.ok(!/&(?!(amp|lt|gt|quot|apos);)/.test(m[3]), `bad entity in attributes of <${m[2]}>`);
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element`);
    else if (!m[4]) { if (!stack.length) roots++; stack.push(m[2]); } else if (!stack.length) roots++;
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
}

test('the seeds give events to export, including a zero-led CAMEO code', () => {
  assert.ok(events.length >= 5, `only ${events.length} events`);
  assert.ok(events.some((e) => e.code.startsWith('0')), 'a code with a leading zero');
});

describe('GDELT 2.0 event TSV', () => {
  test('has the 61 codebook columns in order', () => {
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.deepEqual(GDELT_COLUMNS.slice(0, 6), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    assert.equal(GDELT_COLUMNS[25], 'IsRootEvent');
    assert.deepEqual(GDELT_COLUMNS.slice(26, 35), ['EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    assert.equal(GDELT_COLUMNS[35], 'Actor1Geo_Type');
    assert.equal(GDELT_COLUMNS[51], 'ActionGeo_Type');
    assert.deepEqual(GDELT_COLUMNS.slice(59), ['DATEADDED', 'SOURCEURL']);
  });

  test('parses back with 61 columns a row, codes as zero-led strings, actors split', async () => {
    const tsv = await exported('gdelt');
    const rows = tsv.split('\n').filter(Boolean).map((l) => l.split('\t'));
    assert.equal(rows.length, events.length, 'one row per event, no header');
    const ids = new Set<string>();
    rows.forEach((r, i) => {
      const e = events[i];
      assert.equal(r.length, 61, `row ${i} has ${r.length} columns`);
      assert.match(r[col('GLOBALEVENTID')], /^\d+$/);
      ids.add(r[col('GLOBALEVENTID')]);
      assert.equal(r[col('EventCode')], e.code, 'code kept as a string');
      assert.match(r[col('EventCode')], /^\d{3,4}$/);
      assert.equal(r[col('EventBaseCode')], e.code.slice(0, 3));
      assert.match(r[col('EventRootCode')], /^\d{2}$/);
      assert.equal(r[col('EventRootCode')], e.code.slice(0, 2));
      assert.equal(r[col('QuadClass')], String(e.quad));
      assert.match(r[col('QuadClass')], /^[1-4]$/);
      assert.equal(Number(r[col('GoldsteinScale')]), e.goldstein);
      assert.equal(r[col('Actor1Code')], e.source?.code ?? '');
      assert.equal(r[col('Actor2Code')], e.target?.code ?? '');
      if (e.source && /^[A-Z]{3}(GOV|MIL)?$/.test(e.source.code)) assert.equal(r[col('Actor1CountryCode')], e.source.code.slice(0, 3));
      assert.ok(Number(r[col('NumMentions')]) >= 1);
      assert.equal(r[col('AvgTone')], '', 'tone we do not have stays empty');
      assert.equal(r[col('Actor1Geo_Lat')], '', 'actor geography we do not have stays empty');
      assert.match(r[col('DATEADDED')], /^\d{14}$/);
      if (e.date_precision === 'day') assert.equal(r[col('SQLDATE')], e.date!.replace(/-/g, ''));
      else assert.equal(r[col('SQLDATE')], '', 'no invented day');
      if (e.date) assert.equal(r[col('Year')], e.date.slice(0, 4));
    });
    assert.equal(ids.size, rows.length, 'GLOBALEVENTIDs are unique');
    const zero = rows.find((r) => r[col('EventCode')].startsWith('0'));
    assert.ok(zero, 'a zero-led code survives the round trip');
    const gov = rows.find((r) => /^[A-Z]{3}GOV$/.test(r[col('Actor1Code')]));
    assert.ok(gov, 'a government actor among the seeds');
    assert.equal(gov[col('Actor1CountryCode')], gov[col('Actor1Code')].slice(0, 3));
    assert.equal(gov[col('Actor1Type1Code')], 'GOV');
  });

  test('header only when asked; fields never contain tabs or newlines', async () => {
    const tsv = await exported('gdelt', { header: true });
    assert.equal(tsv.split('\n')[0], GDELT_COLUMNS.join('\t'));
    const e: EventRecord = { ...events[0], evidence: 'a\tb', source: { text: 'Line\none\tx', code: 'IMGMOSALQ', id: null, span: [0, 1] },
      date: '2025-01', date_precision: 'month', place: { name: 'Kasan', country: 'RUS', lat: 55.79, lon: 49.12 } };
    const f = gdeltFields(e, { id: 'd', url: 'https://example.org/a', title: null, lang: 'de', source: null, published: null, ingested_at: '2025-02-03T04:05:06.000Z' });
    assert.equal(f.length, 61);
    assert.ok(f.every((x) => !/[\t\n\r]/.test(x)));
    assert.deepEqual([f[col('SQLDATE')], f[col('MonthYear')], f[col('Year')], f[col('FractionDate')]], ['', '202501', '2025', '']);
    assert.deepEqual([f[col('Actor1Type1Code')], f[col('Actor1Religion1Code')], f[col('Actor1KnownGroupCode')]], ['IMG', 'MOS', 'ALQ']);
    assert.deepEqual([f[col('ActionGeo_Type')], f[col('ActionGeo_FullName')], f[col('ActionGeo_Lat')], f[col('ActionGeo_Long')]], ['4', 'Kasan', '55.79', '49.12']);
    assert.equal(f[col('DATEADDED')], '20250203040506');
    assert.equal(f[col('SOURCEURL')], 'https://example.org/a');
  });

  test('actor codes split into country, group, religion and type columns', () => {
    assert.deepEqual(splitActorCode('RUSGOV'), { country: 'RUS', knownGroup: '', ethnic: '', religion1: '', religion2: '', types: ['GOV', '', ''] });
    assert.equal(splitActorCode('IRNMIL').types[0], 'MIL');
    assert.deepEqual(splitActorCode('IGOUNOIAE').types, ['IGO', '', '']);
    assert.equal(splitActorCode('IGOUNOIAE').knownGroup, 'IAE');
    assert.equal(splitActorCode('UNOREFHCR').knownGroup, 'HCR');
    assert.equal(splitActorCode('USA').country, 'USA');
    assert.equal(splitActorCode('NATO').knownGroup, 'NATO');
  });
});

describe('PLOVER JSON', () => {
  test('every record passes the schema written from the manual', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(PLOVER_RECORD_SCHEMA);
    const lines = (await exported('plover')).split('\n').filter(Boolean);
    const withCategory = events.filter((e) => e.plover?.event);
    assert.equal(lines.length, withCategory.length, 'one record per event with a PLOVER category');
    assert.ok(lines.length > 0);
    for (const l of lines) {
      const r = JSON.parse(l);
      const valid: boolean = validate(r);
      assert.ok(valid, JSON.stringify(validate.errors));
      const e = events.find((x) => x.id === r.id)!;
      assert.deepEqual(r.event, [e.plover!.event]);
      assert.equal(r.quad_code, e.quad);
      if (e.source) assert.equal(r.actor[0].entity_text, e.source.text);
      if (e.status === 'planned') assert.ok(r.context.includes('future'), 'planned → auxiliary mode future');
    }
  });

  test('the schema rejects what the manual forbids', () => {
    const validate = new Ajv({ strict: false }).compile(PLOVER_RECORD_SCHEMA);
    const ok = { id: 'x', date: '2016-07-24', actor: [{ code: 'USA' }], recipient: [{ code: 'CAN' }], event: ['CONSULT'] };
    assert.ok(validate(ok), 'the manual\'s simplest record');
    assert.ok(!validate({ ...ok, event: ['MEET'] }), 'unknown category');
    assert.ok(!validate({ ...ok, date: '2016-07' }), 'date must be YYYY-MM-DD');
    assert.ok(!validate({ ...ok, quad_code: 5 }));
    const { actor: _a, ...noActor } = ok;
    assert.ok(!validate(noActor), 'actor is required');
  });
});

describe('graph exports', () => {
  test('GEXF and GraphML of the relation graph are well-formed with its node and edge counts', async () => {
    const { relationGraph } = await import('../src/analytics/index.ts');
    const g = await relationGraph(store.db);
    assert.ok(g.nodes.length >= 2 && g.edges.length >= 1, 'the seeds give a network');
    const gexf = await exported('gexf');
    assertWellFormedXml(gexf);
    assert.equal((gexf.match(/<node /g) ?? []).length, g.nodes.length);
    assert.equal((gexf.match(/<edge /g) ?? []).length, g.edges.length);
    assert.match(gexf, /defaultedgetype="undirected"/);
    const graphml = await exported('graphml');
    assertWellFormedXml(graphml);
    assert.equal((graphml.match(/<node /g) ?? []).length, g.nodes.length);
    assert.equal((graphml.match(/<edge /g) ?? []).length, g.edges.length);
    for (const n of g.nodes) assert.ok(graphml.includes(`<node id="${n.id}">`), n.id);
  });

  test('with an event filter, the network of the matching events', async () => {
    const g = graphFromEvents(events.filter((e) => e.source?.code.startsWith('RUS')));
    const gexf = await exported('gexf', { filter: { source: 'RUS' } });
    assertWellFormedXml(gexf);
    assert.equal((gexf.match(/<node /g) ?? []).length, g.nodes.length);
    assert.equal((gexf.match(/<edge /g) ?? []).length, g.edges.length);
    assert.ok(g.edges.every((e) => e.source === 'RUS'));
  });

  test('special characters are escaped', async () => {
    const { toGraphml } = await import('../src/export/graphml.ts');
    const { toGexf } = await import('../src/export/gexf.ts');
    const g = { nodes: [{ id: 'A&B', label: '<x> "q"' }, { id: 'C' }], edges: [{ source: 'A&B', target: 'C', weight: 2, note: "it's" }] };
    for (const xml of [toGraphml(g), toGexf(g)]) {
      assertWellFormedXml(xml);
      assert.ok(xml.includes('A&amp;B'));
    }
  });
});

describe('CLI export --format', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

  test('gdelt, plover and graphml write the same as the library; jsonl still works; unknown formats exit 2', async () => {
    const db = join(tmp, 'seeds.db');
    const gd = cli('export', '--db', db, '--format', 'gdelt');
    assert.equal(gd.status, 0, gd.stderr);
    assert.equal(gd.stdout, await exported('gdelt'));
    const out = join(tmp, 'net.graphml');
    const gm = cli('export', '--db', db, '--format', 'graphml', '--out', out);
    assert.equal(gm.status, 0, gm.stderr);
    assert.equal(readFileSync(out, 'utf8'), await exported('graphml'));
    const pl = cli('export', '--db', db, '--format', 'plover');
    assert.equal(pl.status, 0, pl.stderr);
    assert.equal(pl.stdout, await exported('plover'));
    const jl = cli('export', '--db', db, '--format', 'jsonl');
    assert.equal(jl.stdout.split('\n').filter(Boolean).length, events.length);
    const bad = cli('export', '--db', db, '--format', 'xlsx');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /must be one of jsonl, csv, gdelt, plover, gexf, graphml/);
  });
});
