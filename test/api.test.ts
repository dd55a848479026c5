import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openStore, type Store } from '../src/store/database.ts';
import { createCoder } from '../src/pipeline/processor.ts';
import { createServer } from '../src/server/app.ts';
import type { EventRecord } from '../src/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = existsSync(join(ROOT, '..', 'shared', 'seeds')) ? join(ROOT, '..', 'shared', 'seeds') : join(ROOT, 'examples');

let tmp: string;
let store: Store;
let app: FastifyInstance;
let seeded: EventRecord[] = [];

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-api-'));
  store = await openStore(join(tmp, 'api.db'));
  app = await createServer({ store, coder: await createCoder() });
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const r = await app.inject({ method: 'POST', url: `/documents?id=${f}&published=2025-06-23`, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: readFileSync(join(SEEDS, f), 'utf8') });
    assert.equal(r.statusCode, 200, r.body);
    seeded.push(...r.json().events);
  }
});
after(async () => { await app.close(); await store.close(); rmSync(tmp, { recursive: true, force: true }); });

/** A bad request answers 4xx with {error: {code, message}} and the expected code. */
async function assertError(res: Awaited<ReturnType<FastifyInstance['inject']>>, status: number, code: string, message?: RegExp) {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /application\/json/);
  const b = res.json();
  assert.equal(b.error.code, code);
  assert.equal(typeof b.error.message, 'string');
  if (message) assert.match(b.error.message, message);
}
const get = (url: string) => app.inject({ method: 'GET', url });

describe('OpenAPI', () => {
  test('the document validates and lists every endpoint; the docs page is served locally', async () => {
    const r = await get('/openapi.json');
    assert.equal(r.statusCode, 200);
    const spec = r.json();
    const res = await new Validator().validate(spec);
    assert.ok(res.valid, JSON.stringify(res.errors));
    assert.equal(spec.openapi, '3.1.0');
    for (const p of ['/documents', '/events', '/events/{id}', '/actors', '/actors/{code}', '/dyads/{a}/{b}', '/relations', '/graph', '/search', '/stats', '/export']) assert.ok(spec.paths[p], p);
    assert.ok(spec.components.schemas.Event && spec.components.schemas.Error);
    const docs = await get('/docs/');
    assert.equal(docs.statusCode, 200);
    assert.doesNotMatch(docs.body, /https?:\/\/(cdn|unpkg|cdnjs)/i, 'no CDN assets');
    assert.equal((await get('/docs/static/swagger-ui-bundle.js')).statusCode, 200);
  });
  test('an unknown route is a JSON 404', async () => assertError(await get('/nope'), 404, 'route_not_found'));
});

describe('POST /documents', () => {
  test('codes and stores text, and returns the events', () => {
    assert.ok(seeded.length >= 5);
    assert.ok(seeded.some((e) => e.doc === '004_53bb4f106ef3a107.txt' && e.code === '043'), 'Putin receives Pezeshkian');
  });
  test('JSONL and JSON records; the same content again is unchanged', async () => {
    const rec = { id: 'en-1', text: 'Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Moscow on Friday.', published: '2025-01-17', lang: 'en' };
    const a = await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/x-ndjson' }, payload: JSON.stringify(rec) + '\n{"id": "bad"}\n' });
    assert.equal(a.statusCode, 200, a.body);
    assert.equal(a.json().documents[0].status, 'new');
    assert.ok(a.json().events.length >= 1);
    assert.deepEqual(a.json().rejected, [{ line: 2, reason: 'field "text" is missing or empty' }]);
    const b = await app.inject({ method: 'POST', url: '/documents', payload: [rec] });
    assert.equal(b.json().documents[0].status, 'unchanged');
    assert.deepEqual(b.json().events, a.json().events);
  });
  test('bad requests', async () => {
    await assertError(await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }), 415, 'unsupported_media_type');
    await assertError(await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }), 400, 'invalid_json');
    await assertError(await app.inject({ method: 'POST', url: '/documents', payload: { title: 'no text' } }), 400, 'invalid_request', /"text" is required/);
    await assertError(await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/x-ndjson' }, payload: 'not json\n' }), 422, 'invalid_document', /line 1: malformed JSON/);
    await assertError(await app.inject({ method: 'POST', url: '/documents?published=2025-13', headers: { 'content-type': 'text/plain' }, payload: 'Text.' }), 400, 'invalid_request', /published/);
  });
});

describe('GET /events', () => {
  test('filters as the CLI does and pages with a cursor without gaps or repeats', async () => {
    const all = (await get('/events?limit=1000')).json().events as EventRecord[];
    assert.ok(all.length >= seeded.length);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await get(`/events?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.ok(body.events.length <= 2);
      seen.push(...body.events.map((e: EventRecord) => e.id));
      cursor = body.next_cursor;
    } while (cursor);
    assert.deepEqual(seen, all.map((e) => e.id));
    const rus = (await get('/events?actor=RUS&root=04')).json().events as EventRecord[];
    assert.ok(rus.length > 0);
    assert.ok(rus.every((e) => e.root === '04' && [e.source?.code, e.target?.code].some((c) => c?.startsWith('RUS'))));
    const dyad = (await get('/events?dyad=IRN,RUS&status=planned')).json().events as EventRecord[];
    assert.ok(dyad.every((e) => e.status === 'planned'));
  });
  test('bad requests name the parameter and what it must be', async () => {
    await assertError(await get('/events?root=4'), 400, 'invalid_request', /"root".*two-digit CAMEO root/);
    await assertError(await get('/events?limit=0'), 400, 'invalid_request', /"limit"/);
    await assertError(await get('/events?actr=RUS'), 400, 'invalid_request', /unknown query parameter "actr"/);
    await assertError(await get('/events?status=rumoured'), 400, 'invalid_request', /"status"/);
    await assertError(await get('/events?cursor=abc'), 400, 'invalid_cursor');
  });
});

describe('GET /events/{id}', () => {
  test('the event with its evidence spans and mentions', async () => {
    const e = seeded.find((x) => x.source && x.target)!;
    const r = await get(`/events/${encodeURIComponent(e.id)}`);
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.deepEqual(b.event, e);
    const text = readFileSync(join(SEEDS, e.doc), 'utf8');
    for (const s of b.evidence.spans) assert.equal(text.slice(s.start, s.end), s.text, s.role);
    assert.deepEqual(b.evidence.spans.map((s: { role: string }) => s.role), ['sentence', 'source', 'target', 'trigger']);
    assert.ok(b.mentions.some((m: { event_id: string }) => m.event_id === e.id));
    assert.ok(b.actors.length >= 2);
  });
  test('bad requests', async () => {
    await assertError(await get('/events/does-not-exist'), 404, 'not_found', /GET \/events/);
    await assertError(await get(`/events/${'x'.repeat(201)}`), 400, 'invalid_request', /"id"/);
  });
});

describe('actors, dyads, relations, graph, search, stats', () => {
  test('/actors and /actors/{code}', async () => {
    const list = (await get('/actors')).json().actors as { code: string }[];
    assert.ok(list.some((a) => a.code === 'RUS') && list.some((a) => a.code === 'IRN'));
    const rus = (await get('/actors/rus')).json();
    assert.equal(rus.code, 'RUS');
    assert.ok(rus.events > 0);
    await assertError(await get('/actors/R1'), 400, 'invalid_request', /"code"/);
    await assertError(await get('/actors/XYZ'), 404, 'not_found');
    await assertError(await get('/actors?limit=-1'), 400, 'invalid_request', /"limit"/);
  });
  test('/dyads/{a}/{b}', async () => {
    const r = await get('/dyads/RUS/IRN');
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.deepEqual([b.a, b.b, b.interval], ['RUS', 'IRN', 'month']);
    assert.ok(Array.isArray(b.series) && Array.isArray(b.relations) && b.key_events.length > 0);
    assert.ok(b.relations.some((x: { type: string }) => x.type === 'partnership'), 'Russia and Iran: partnership');
    await assertError(await get('/dyads/RUS/IRN?interval=fortnight'), 400, 'invalid_request', /month or week/);
  });
  test('/relations', async () => {
    const rels = (await get('/relations?actor=RUS')).json().relations as { a: string; b: string; type: string }[];
    assert.ok(rels.length > 0);
    assert.ok(rels.every((x) => x.a === 'RUS' || x.b === 'RUS'));
    await assertError(await get('/relations?type=friends'), 400, 'invalid_request', /ally, partnership/);
  });
  test('/graph', async () => {
    const g = (await get('/graph')).json();
    assert.ok(g.nodes.some((n: { id: string }) => n.id === 'RUS'));
    assert.ok(g.edges.length > 0 && Array.isArray(g.communities));
    await assertError(await get('/graph?at=2025-13'), 400, 'invalid_request', /"at"/);
  });
  test('/search', async () => {
    const r = (await get('/search?q=Partnerschaft&limit=5')).json();
    assert.ok(r.results.length > 0 && r.results.length <= 5);
    assert.ok(r.results.every((h: { doc: string }) => h.doc === '004_53bb4f106ef3a107.txt' || typeof h.doc === 'string'));
    await assertError(await get('/search'), 400, 'invalid_request', /"q" is required/);
  });
  test('/stats', async () => {
    const s = (await get('/stats')).json();
    assert.ok(s.documents >= 2 && s.events >= seeded.length);
    await assertError(await get('/stats?verbose=1'), 400, 'invalid_request', /unknown query parameter "verbose"/);
  });
});

describe('GET /export', () => {
  test('every format, with filters', async () => {
    const gd = await get('/export?format=gdelt&root=04');
    assert.equal(gd.statusCode, 200);
    assert.match(String(gd.headers['content-type']), /text\/tab-separated-values/);
    const rows = gd.body.split('\n').filter(Boolean).map((l) => l.split('\t'));
    assert.ok(rows.length > 0 && rows.every((r) => r.length === 61 && r[28] === '04'));
    const pl = await get('/export?format=plover');
    assert.ok(pl.body.split('\n').filter(Boolean).every((l) => JSON.parse(l).event.length === 1));
    const gx = await get('/export?format=gexf');
    assert.match(gx.body, /<gexf /);
    assert.match(String(gx.headers['content-disposition']), /attachment; filename="lagebild-events\.gexf"/);
    assert.match((await get('/export?format=graphml')).body, /<graphml /);
    assert.match((await get('/export?format=csv')).body, /^id,doc,sentence/);
    assert.equal((await get('/export?format=jsonl')).body.split('\n').filter(Boolean).length, (await get('/events?limit=1000')).json().events.length);
  });
  test('bad requests', async () => {
    await assertError(await get('/export?format=xlsx'), 400, 'invalid_request', /jsonl, csv, gdelt, plover, gexf, graphml/);
    await assertError(await get('/export'), 400, 'invalid_request', /"format" is required/);
    await assertError(await get('/export?format=csv&header=true'), 400, 'invalid_request', /format=gdelt only/);
  });
});

test('real HTTP on 127.0.0.1 (port 0)', async () => {
  const server = await createServer({ store, coder: await createCoder() });
  try {
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
    const ev = await fetch(`${address}/events?limit=3`);
    assert.equal(ev.status, 200);
    assert.equal((await ev.json()).events.length, 3);
    const post = await fetch(`${address}/documents?id=http-1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'date 2025-03-02\nDer Kreml verurteilte am Sonntag die ukrainischen Angriffe.' });
    assert.equal(post.status, 200);
    assert.equal((await post.json()).documents[0].id, 'http-1');
    const bad = await fetch(`${address}/events?root=x`);
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.code, 'invalid_request');
    const tsv = await (await fetch(`${address}/export?format=gdelt`)).text();
    assert.ok(tsv.split('\n').filter(Boolean).every((l) => l.split('\t').length === 61));
  } finally { await server.close(); }
});
