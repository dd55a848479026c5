import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../src/store/database.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'test', 'fixtures', 'dedup');

let tmp: string, store: Store;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-dedup-'));
  const db = join(tmp, 'dedup.db');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', CORPUS, '--db', db, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  store = await openStore(db);
});
after(async () => { await store.close(); rmSync(tmp, { recursive: true, force: true }); });

async function clusters() {
  const rows = await store.db.selectFrom('event_clusters').selectAll().orderBy('date').orderBy('id').execute();
  const members = await store.db.selectFrom('event_cluster_members').innerJoin('events', 'events.id', 'event_cluster_members.event_id')
    .select(['cluster_id', 'events.doc', 'events.evidence']).execute();
  return rows.map((c) => ({ ...c, docs: members.filter((m) => m.cluster_id === c.id).map((m) => m.doc).sort(), evidence: members.filter((m) => m.cluster_id === c.id).map((m) => m.evidence) }));
}

test('one signing told by four articles in German and English is one event with real counts', async () => {
  const cs = await clusters();
  const signing = cs.filter((c) => c.code === '057' && c.status === 'actual' && c.date === '2025-01-17');
  assert.equal(signing.length, 1, JSON.stringify(cs.map((c) => [c.code, c.status, c.date, c.docs])));
  const s = signing[0];
  assert.deepEqual(s.docs, ['ap-1', 'reuters-1', 'reuters-2', 'tagesschau-1']);
  assert.equal(s.num_mentions, 4);
  assert.equal(s.num_documents, 4);
  assert.equal(s.num_sources, 3, 'two Reuters articles are one source ("reuters" and "Reuters")');
  assert.equal(s.evidence.length, 4, 'every mention keeps its evidence');
  assert.ok(s.evidence.some((e) => e.includes('Abkommen über eine strategische Partnerschaft')) && s.evidence.some((e) => e.includes('signed a strategic partnership treaty')));
});

test('the announcement is linked to the signing, not merged', async () => {
  const cs = await clusters();
  const plan = cs.find((c) => c.code === '057' && c.status === 'planned');
  const done = cs.find((c) => c.code === '057' && c.status === 'actual' && c.date === '2025-01-17');
  assert.ok(plan && done);
  assert.deepEqual(plan.docs, ['reuters-0']);
  assert.equal(done.realises, plan.id);
});

test('distinct events stay distinct: other target, other date', async () => {
  const cs = await clusters();
  const sanctions = cs.filter((c) => c.code === '163');
  assert.deepEqual(sanctions.map((c) => [c.b, c.num_mentions, c.num_sources]).sort(), [['IRN', 1, 1], ['RUS', 2, 2]]);
  const older = cs.filter((c) => c.code === '057' && c.date === '2024-06-10');
  assert.equal(older.length, 1);
  assert.deepEqual(older[0].docs, ['zeit-1']);
  assert.equal(cs.reduce((n, c) => n + c.num_mentions, 0), (await store.db.selectFrom('events').select('id').execute()).length, 'every mention is in exactly one cluster');
});
