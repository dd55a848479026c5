import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Relation } from '../src/relations/list.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

let tmp: string, db: string;
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jsonl = <T>(s: string): T[] => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-rel-'));
  db = join(tmp, 'seeds.db');
  const r = cli('ingest', SEEDS, '--db', db, '--quiet');
  assert.equal(r.status, 0, r.stderr);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The relation of a type between two country-level actors (either order when the type is symmetric). */
function find(rels: Relation[], a: string, type: string, b: string, status?: string): Relation | undefined {
  return rels.find((r) => r.type === type && (!status || r.status === status) &&
    ((r.a === a && r.b === b) || (r.symmetric && r.a === b && r.b === a)));
}
function hasEvidence(r: Relation | undefined, quote: string): void {
  assert.ok(r, 'relation missing');
  assert.ok(r.evidence.some((e) => e.text.includes(quote)), `no evidence sentence containing "${quote}": ${JSON.stringify(r.evidence.map((e) => e.text))}`);
  for (const e of r.evidence) assert.ok(e.rule && e.doc && e.span[1] > e.span[0]);
}

test('relations --format jsonl shows every seed relation with its evidence sentence', () => {
  const r = cli('relations', '--db', db, '--format', 'jsonl');
  assert.equal(r.status, 0, r.stderr);
  const rels = jsonl<Relation>(r.stdout);

  const rusIrn = find(rels, 'RUS', 'partnership', 'IRN', 'planned');
  hasEvidence(rusIrn, 'eine „strategische Partnerschaft“ vereinbaren');
  assert.equal(rusIrn!.start, '2025-01');

  hasEvidence(find(rels, 'WST', 'sanctions', 'RUS'), 'Der Westen hat sowohl Russland als auch den Iran mit weitreichenden Sanktionen belegt');
  hasEvidence(find(rels, 'WST', 'sanctions', 'IRN'), 'Der Westen hat sowohl Russland als auch den Iran mit weitreichenden Sanktionen belegt');
  assert.equal(find(rels, 'RUS', 'sanctions', 'WST'), undefined, 'sanctions are directed: the West sanctions Russia, not the reverse');

  const rusPrk = find(rels, 'RUS', 'partnership', 'PRK', 'actual');
  hasEvidence(rusPrk, 'Im vergangenen Jahr hatte Russland bereits mit Nordkorea ein Abkommen');
  assert.equal(rusPrk!.start, '2024');

  hasEvidence(find(rels, 'RUS', 'war', 'UKR'), 'dessen Armee nun schon im vierten Jahr einen schweren Krieg in der Ukraine führt');
  hasEvidence(find(rels, 'RUS', 'ally', 'IRN'), 'Russland, ein langjähriger Verbündeter Teherans');

  for (const a of ['IRN', 'RUS']) {
    const ally = find(rels, a, 'ally', 'SYR');
    hasEvidence(ally, 'Der Iran und Russland waren auch Verbündete des langjährigen syrischen Machthabers');
    assert.ok([...ally!.a_codes, ...ally!.b_codes].includes('SYRGOV'), 'Assad stands for the Syrian government he led');
    assert.equal(ally!.end, '2024-12-08', 'the alliance with Assad ends with his fall');
  }
  // "Die Ukraine und ihre Verbündeten beschuldigen Teheran": unnamed allies, no relation.
  assert.equal(find(rels, 'UKR', 'ally', 'IRN'), undefined);
});

test('relations filters: --at leaves out the ended alliance with Assad; --type and --dyad narrow; csv has a header', () => {
  const at = jsonl<Relation>(cli('relations', '--db', db, '--format', 'jsonl', '--at', '2025-01').stdout);
  assert.equal(find(at, 'RUS', 'ally', 'SYR'), undefined);
  assert.ok(find(at, 'RUS', 'partnership', 'IRN'));
  const war = jsonl<Relation>(cli('relations', '--db', db, '--format', 'jsonl', '--type', 'war').stdout);
  assert.deepEqual(war.map((r) => r.type), war.map(() => 'war'));
  assert.ok(war.length >= 1);
  const dyad = jsonl<Relation>(cli('relations', '--db', db, '--format', 'jsonl', '--dyad', 'IRN,RUS').stdout);
  assert.deepEqual([...new Set(dyad.map((r) => r.type))].sort(), ['ally', 'partnership']);
  const csv = cli('relations', '--db', db, '--format', 'csv').stdout.split('\n');
  assert.match(csv[0], /^a,type,b,status,start,end/);
  assert.ok(csv.some((l) => l.startsWith('WST,sanctions,RUS,actual')));
  assert.equal(cli('relations', '--db', db, '--type', 'friendship').status, 2);
});

test('actors, dyad and search commands answer from the seeds', () => {
  const actors = cli('actors', '--db', db, '--format', 'csv');
  assert.equal(actors.status, 0, actors.stderr);
  for (const c of ['RUS', 'IRN', 'WST', 'PRK', 'UKR', 'SYR']) assert.ok(actors.stdout.split('\n').some((l) => l.startsWith(c + ',')), c);
  const profile = JSON.parse(cli('actors', 'RUS', '--db', db, '--format', 'jsonl').stdout);
  assert.equal(profile.code, 'RUS');
  assert.ok(profile.partners.some((p: { code: string }) => p.code === 'IRN'));
  assert.ok(profile.relations.some((r: Relation) => r.type === 'war'));
  const table = cli('dyad', 'RUS', 'IRN', '--db', db);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /partnership\s+RUS\s+planned\s+2025-01/);
  const series = jsonl<{ period: string; events: number; net_cooperation: number }>(cli('dyad', 'RUS', 'IRN', '--db', db, '--format', 'jsonl').stdout);
  const oct = series.find((p) => p.period === '2024-10');
  assert.ok(oct && oct.events >= 1 && oct.net_cooperation === oct.events, 'the October meeting in Kazan is cooperative');
  const hits = jsonl<{ doc: string; sentence: number; snippet: string }>(cli('search', 'Sanktionen', '--db', db, '--format', 'jsonl').stdout);
  assert.equal(hits.length, 1);
  assert.match(hits[0].snippet, /\[Sanktionen\]/);
  assert.equal(hits[0].sentence, 2);
});
