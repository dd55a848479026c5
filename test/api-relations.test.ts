/** The seed relations through the HTTP API (GET /relations), each with its evidence sentence. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../src/store/database.ts';
import { createCoder } from '../src/pipeline/processor.ts';
import { createServer } from '../src/server/app.ts';
import type { Relation } from '../src/relations/list.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = existsSync(join(ROOT, '..', 'shared', 'seeds')) ? join(ROOT, '..', 'shared', 'seeds') : join(ROOT, 'examples');

let tmp: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-api-rel-'));
  store = await openStore(join(tmp, 'api.db'));
  app = await createServer({ store, coder: await createCoder() });
  // as the CLI ingests them: the files' own dates only
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const r = await app.inject({ method: 'POST', url: `/documents?id=${f}`, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: readFileSync(join(SEEDS, f), 'utf8') });
    assert.equal(r.statusCode, 200, r.body);
  }
});
after(async () => { await app.close(); await store.close(); rmSync(tmp, { recursive: true, force: true }); });

function find(rels: Relation[], a: string, type: string, b: string): Relation | undefined {
  return rels.find((r) => r.type === type && ((r.a === a && r.b === b) || (r.symmetric && r.a === b && r.b === a)));
}
function evidence(r: Relation | undefined, quote: string): void {
  assert.ok(r, 'relation missing');
  assert.ok(r.evidence.some((e) => e.text.includes(quote)), `no evidence containing "${quote}"`);
}

test('GET /relations gives every seed relation with its evidence sentence', async () => {
  const res = await app.inject({ method: 'GET', url: '/relations' });
  assert.equal(res.statusCode, 200, res.body);
  const rels = res.json().relations as Relation[];
  const rusIrn = find(rels, 'RUS', 'partnership', 'IRN');
  evidence(rusIrn, 'eine „strategische Partnerschaft“ vereinbaren');
  assert.equal(rusIrn!.status, 'planned');
  assert.equal(rusIrn!.start, '2025-01');
  evidence(find(rels, 'WST', 'sanctions', 'RUS'), 'mit weitreichenden Sanktionen belegt');
  evidence(find(rels, 'WST', 'sanctions', 'IRN'), 'mit weitreichenden Sanktionen belegt');
  const rusPrk = find(rels, 'RUS', 'partnership', 'PRK');
  evidence(rusPrk, 'bereits mit Nordkorea ein Abkommen');
  assert.equal(rusPrk!.start, '2024');
  evidence(find(rels, 'RUS', 'war', 'UKR'), 'einen schweren Krieg in der Ukraine führt');
  for (const a of ['IRN', 'RUS']) evidence(find(rels, a, 'ally', 'SYR'), 'Verbündete des langjährigen syrischen Machthabers');
});

test('GET /dyads/RUS/IRN carries the partnership and the alliance with evidence', async () => {
  const res = await app.inject({ method: 'GET', url: '/dyads/RUS/IRN' });
  assert.equal(res.statusCode, 200, res.body);
  const types = (res.json().relations as Relation[]).map((r) => r.type);
  assert.ok(types.includes('partnership') && types.includes('ally'), types.join(','));
});
