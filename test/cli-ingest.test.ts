import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/database.ts';
import { countRows, listDocumentIds } from '../src/store/documents.repo.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const HAVE_SEEDS = existsSync(SEEDS);
const SEED_IDS = ['000_0169825192826345.txt', '004_53bb4f106ef3a107.txt'];

let tmp: string;
before(() => { tmp = mkdtempSync(join(tmpdir(), 'lagebild-cli-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function snapshot(db: string) {
  const s = await openStore(db);
  try {
    const counts = await countRows(s.db);
    const ids = (await s.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => r.id);
    return { counts, ids, docs: await listDocumentIds(s.db) };
  } finally { await s.close(); }
}

test('ingest stores the seeds; events --format jsonl prints exactly what code prints', async (t) => {
  if (!HAVE_SEEDS) return t.skip('../shared/seeds is absent');
  const db = join(tmp, 'seeds.db');
  const r = cli('ingest', SEEDS, '--db', db, '--quiet');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 new, 0 replaced, 0 unchanged, 0 rejected; \d+ event\(s\) stored/);
  const snap = await snapshot(db);
  assert.deepEqual(snap.docs, SEED_IDS);
  assert.ok(snap.counts.events > 0 && snap.counts.sentences > 0 && snap.counts.actors > 0, JSON.stringify(snap.counts));
  assert.match(r.stdout, new RegExp(`; ${snap.counts.events} event\\(s\\) stored`));

  const coded = cli('code', SEEDS, '--format', 'jsonl');
  assert.equal(coded.status, 0, coded.stderr);
  const stored = cli('events', '--db', db, '--format', 'jsonl', '--limit', '100000');
  assert.equal(stored.status, 0, stored.stderr);
  const lines = (s: string) => s.split('\n').filter(Boolean).sort();
  assert.equal(lines(stored.stdout).length, snap.counts.events);
  assert.deepEqual(lines(stored.stdout), lines(coded.stdout), 'stored records equal coded records, byte for byte');

  const exported = join(tmp, 'all.jsonl');
  const ex = cli('export', '--db', db, '--out', exported);
  assert.equal(ex.status, 0, ex.stderr);
  const exLines = readFileSync(exported, 'utf8').split('\n').filter(Boolean);
  assert.deepEqual([...exLines].sort(), lines(coded.stdout));
  const order = exLines.map((l) => JSON.parse(l)).map((e) => [e.doc, e.sentence, e.span[0]] as const);
  for (let i = 1; i < order.length; i++) {
    const [a, b] = [order[i - 1], order[i]];
    assert.ok(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2]))), `export order at ${i}`);
  }
  const csv = cli('export', '--db', db, '--format', 'csv').stdout.split('\n').filter(Boolean);
  assert.match(csv[0], /^id,doc,sentence,source_code/);

  const dyad = cli('events', '--db', db, '--dyad', 'RUS,IRN', '--format', 'jsonl');
  assert.equal(dyad.status, 0, dyad.stderr);
  const dy = dyad.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(dy.length > 0);
  for (const e of dy) {
    const [s, g] = [e.source?.code ?? '', e.target?.code ?? ''];
    assert.ok((s.startsWith('RUS') && g.startsWith('IRN')) || (s.startsWith('IRN') && g.startsWith('RUS')), `${s}→${g}`);
  }

  // Ingesting the same input again changes nothing.
  const again = cli('ingest', SEEDS, '--db', db, '--quiet');
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /0 new, 0 replaced, 2 unchanged, 0 rejected; 0 event\(s\) stored/);
  assert.deepEqual(await snapshot(db), snap);
});

test('bad inputs are rejected with file and line, good records are still stored, exit 1', async () => {
  const dir = join(tmp, 'bad');
  const db = join(tmp, 'bad.db');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x52, 0x75, 0x00, 0x01, 0x02, 0x0a]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Erste Zeile ist gut.\nZweite Zeile: Gr'), Buffer.from([0xfc]), Buffer.from('n.\n')]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'header.txt'), 'foo 2024-01-01\nRussland verurteilte die Angriffe.\n');
  writeFileSync(join(dir, 'records.jsonl'), [
    JSON.stringify({ id: 'good-1', text: 'Russland verurteilte am Montag die Angriffe der Ukraine.', published: '2024-03-04' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'good-2', text: 'Der Iran kritisierte die USA scharf.', published: '2024-03-05' }),
  ].join('\n') + '\n');
  writeFileSync(join(dir, 'good.txt'), 'date 2024-02-01\nFrankreich und Deutschland unterzeichneten ein Abkommen.\n');

  const r = cli('ingest', dir, '--db', db, '--quiet');
  assert.equal(r.status, 1, r.stderr);
  const at = (file: string, line?: number) => new RegExp(`${join(dir, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${line ? `:${line}` : ''}: `);
  assert.match(r.stderr, at('binary.txt'));
  assert.match(r.stderr, /binary\.txt: .*binary/);
  assert.match(r.stderr, at('latin1.txt', 2));
  assert.match(r.stderr, at('empty.txt'));
  assert.match(r.stderr, at('header.txt', 1));
  assert.match(r.stderr, /header\.txt:1: unknown header "foo"/);
  assert.match(r.stderr, at('records.jsonl', 2));
  assert.doesNotMatch(r.stderr, /records\.jsonl:[13]:/);
  assert.match(r.stdout, /3 new, 0 replaced, 0 unchanged, 5 rejected/);
  const snap = await snapshot(db);
  assert.deepEqual(snap.docs, ['good-1', 'good-2', 'good.txt']);
  assert.equal(snap.counts.documents, 3);
});

test('usage errors exit with status 2 and touch no database', () => {
  const db = join(tmp, 'usage.db');
  const fmt = cli('events', '--db', db, '--format', 'xml');
  assert.equal(fmt.status, 2);
  assert.match(fmt.stderr, /--format: "xml"/);
  assert.equal(existsSync(db), false);
  assert.equal(cli('export', '--db', db, '--format', 'xlsx').status, 2);
  assert.equal(cli('events', '--db', db, '--from', 'gestern').status, 2);
  assert.equal(cli('events', '--db', db, '--limit', '0').status, 2);
  const unknown = cli('ingest', '--db', db, '--format', 'jsonl', 'x.txt');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option/);
  const pub = cli('ingest', '--db', db, '--published', 'Montag', 'x.txt');
  assert.equal(pub.status, 2);
  assert.match(pub.stderr, /--published/);
  assert.equal(existsSync(db), false);
  const pg = cli('ingest', '--db', 'postgres://someone:pw@127.0.0.1:1/x', 'x.txt');
  assert.equal(pg.status, 2);
  assert.match(pg.stderr, /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/x: connection refused/);
});

test('start ingests the examples and prints events grouped by dyad with labels and evidence', async () => {
  const db = join(tmp, 'start.db');
  const r = cli('start', '--db', db, '--no-serve');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 new, 0 replaced, 0 unchanged, 0 rejected/);
  const snap = await snapshot(db);
  assert.deepEqual(snap.docs, SEED_IDS, 'the README beside the examples is not ingested');
  assert.match(r.stdout, new RegExp(`^${snap.counts.events} event\\(s\\) in 2 example article\\(s\\)`, 'm'));
  const groups = [...r.stdout.matchAll(/^(\S+) → (\S+)  \((\d+)\)$/gm)];
  assert.ok(groups.length > 0, r.stdout);
  assert.equal(groups.reduce((n, g) => n + Number(g[3]), 0), snap.counts.events, 'every stored event is listed once');
  // Each event line: code, CAMEO label from the lexicon, status, date; then its evidence with the trigger marked.
  assert.match(r.stdout, /^ {2}\d{3,4} [A-Z][^·]+ · (actual|planned|alleged|hypothetical|negated) · (\d{4}(-\d\d){0,2}|no date)/m);
  assert.doesNotMatch(r.stdout, /^ {2}\d{3,4} \? ·/m, 'every code has a label');
  assert.match(r.stdout, /»[^«]+«/);
  assert.match(r.stdout, /000_0169825192826345\.txt: no date in the file/);
  const again = cli('start', '--db', db, '--no-serve');
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /0 new, 0 replaced, 2 unchanged/);
  assert.deepEqual(await snapshot(db), snap);
});
