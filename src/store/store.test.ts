import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodedDocument, Document, EventRecord } from '../types.ts';
import { openStore, type Store } from './database.ts';
import { countRows, documentHash, findDocument, listDocumentIds, writeCodedDocument } from './documents.repo.ts';
import { queryEvents, streamEvents, upperDateBound } from './events.repo.ts';
import { ingestDocument } from './ingest.ts';
import { freshPgSchema, pgTestUrl } from './pg-test.ts';

/** A fictional document with one event per entry of `events` (source, target, code, status, date). */
function coded(id: string, text: string, events: [string | null, string | null, string, EventRecord['status'], string | null][]): CodedDocument {
  const doc: Document = { id, text, published: { value: '2025-01', precision: 'month' }, bodyStart: 0, origin: `${id}.txt`, lang: 'de',
    messages: [{ severity: 'warning', rule: 'test.rule', reason: 'a test message', line: 1 }] };
  const evs: EventRecord[] = events.map(([s, t, code, status, date], i) => ({
    id: `${id}-e${i}`, doc: id, sentence: i, span: [i * 10, i * 10 + 9], evidence: `Satz ${i}.`,
    source: s ? { text: `Quelle ${s}`, code: s, id: s.toLowerCase(), span: [i * 10, i * 10 + 3] } : null,
    target: t ? { text: `Ziel ${t}`, code: t, id: null, span: [i * 10 + 4, i * 10 + 6] } : null,
    code, root: code.slice(0, 2), quad: 1, goldstein: 2.8,
    plover: i % 2 ? null : { event: 'CONSULT', mode: 'visit', context: ['diplomatic'] },
    trigger: { text: 'trifft', span: [i * 10 + 7, i * 10 + 9], rule: `de.verb.${code}.test` },
    status, attribution: i % 2 ? { text: 'der Kreml', code: 'RUSGOV' } : null,
    date, date_precision: date ? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') : null, date_text: date ? 'am Freitag' : null,
    place: i % 2 ? null : { name: 'Kasan', country: 'RUS', lat: 55.79, lon: 49.12 },
  }));
  return {
    doc, lang: 'de', events: evs,
    sentences: evs.map((e) => ({ index: e.sentence, start: e.span[0], end: e.span[1], text: e.evidence })),
    actors: evs.flatMap((e) => [e.source, e.target].filter((a) => a !== null).map((a) => ({
      sentence: e.sentence, start: a.span[0], end: a.span[1], text: a.text, code: a.code, id: a.id, tokenStart: 0, tokenEnd: 0, kind: 'country' as const, rule: 'test.actor',
    }))),
  };
}

const gondor = () => coded('gondor', 'Gondor trifft Arnor.', [
  ['RUSGOV', 'IRNGOV', '043', 'planned', '2025-01'],
  ['IRN', 'RUS', '057', 'actual', '2025-01-17'],
  ['USA', null, '010', 'negated', null],
  ['ISR', 'IRNMIL', '190', 'alleged', '2024'],
]);
const rohan = () => coded('rohan', 'Rohan verurteilt Mordor.', [['RUS', 'UKR', '111', 'actual', '2024-10-22']]);

// One contract for every dialect. PostgreSQL (LAGEBILD_TEST_PG_URL, a fresh schema per test) is
// skipped with the reason shown when the URL is not set, and fails in CI (see pg-test.ts).
let pg: { url: string } | { skip: string } | { error: string };
try { pg = pgTestUrl(); } catch (e) { pg = { error: (e as Error).message }; }
const dialects: { name: string; skip?: string; open: () => Promise<{ store: Store; url: string; cleanup: () => void | Promise<void> }> }[] = [
  { name: 'sqlite', open: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
    const store = await openStore(join(dir, 'test.db'));
    return { store, url: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } },
  { name: 'postgres', ...('skip' in pg ? { skip: pg.skip } : {}), open: async () => {
    if ('error' in pg) throw new Error(pg.error);
    const schema = await freshPgSchema((pg as { url: string }).url);
    try {
      return { store: await openStore(schema.url), url: schema.url, cleanup: schema.drop };
    } catch (e) { await schema.drop(); throw e; }
  } },
];

for (const dialect of dialects) {
  describe(`store (${dialect.name})`, { skip: dialect.skip }, () => {
    const withStore = (fn: (s: Store) => Promise<void>) => async () => {
      const { store, cleanup } = await dialect.open();
      try { await fn(store); } finally { await store.close(); await cleanup(); }
    };

    test('migrations create every table and can run twice', withStore(async (s) => {
      assert.deepEqual(await countRows(s.db), { documents: 0, sentences: 0, actors: 0, events: 0, doc_messages: 0 });
      const tables = (await s.db.introspection.getTables()).map((t) => t.name).sort();
      for (const t of ['actors', 'doc_messages', 'documents', 'events', 'sentences']) assert.ok(tables.includes(t), t);
      const events = (await s.db.introspection.getTables()).find((t) => t.name === 'events')!;
      for (const c of ['source_code', 'target_start', 'trigger_rule', 'plover', 'date_precision', 'place']) assert.ok(events.columns.some((x) => x.name === c), c);
    }));

    test('reopening an existing file keeps its rows', async () => {
      const { store, url, cleanup } = await dialect.open();
      try {
        await writeCodedDocument(store.db, gondor(), 'h1');
        await store.close();
        const again = await openStore(url);
        assert.equal((await countRows(again.db)).events, 4);
        await again.close();
      } finally { await cleanup(); }
    });

    test('a written document reads back as the same event records, key order included', withStore(async (s) => {
      const c = gondor();
      await writeCodedDocument(s.db, c, documentHash(c.doc));
      assert.deepEqual(await countRows(s.db), { documents: 1, sentences: 4, actors: 7, events: 4, doc_messages: 1 });
      const back = await queryEvents(s.db);
      assert.deepEqual(back.map((e) => JSON.stringify(e)), c.events.map((e) => JSON.stringify(e)));
      const streamed: EventRecord[] = [];
      for await (const e of streamEvents(s.db)) streamed.push(e);
      assert.deepEqual(streamed, c.events);
      const doc = await findDocument(s.db, 'gondor');
      assert.equal(doc?.text, c.doc.text);
      assert.equal(doc?.published, '2025-01');
      assert.equal(doc?.published_precision, 'month');
    }));

    test('identical content is stored once, and ingesting it again changes nothing', withStore(async (s) => {
      let coded_ = 0;
      const code = (d: Document) => { coded_++; return d.id === 'gondor' ? gondor() : rohan(); };
      const first = [await ingestDocument(s.db, gondor().doc, code), await ingestDocument(s.db, rohan().doc, code)];
      assert.deepEqual(first.map((o) => o.status), ['new', 'new']);
      const counts = await countRows(s.db);
      const ids = (await queryEvents(s.db)).map((e) => e.id);
      const second = [await ingestDocument(s.db, gondor().doc, code), await ingestDocument(s.db, rohan().doc, code)];
      assert.deepEqual(second.map((o) => o.status), ['unchanged', 'unchanged']);
      assert.equal(coded_, 2, 'unchanged documents are not recoded');
      assert.deepEqual(await countRows(s.db), counts);
      assert.deepEqual((await queryEvents(s.db)).map((e) => e.id), ids);
      // The same text under another id is a duplicate, not a second copy.
      const copy = { ...gondor().doc, id: 'gondor-copy' };
      const dup = await ingestDocument(s.db, copy, code);
      assert.equal(dup.status, 'unchanged');
      assert.equal(dup.duplicateOf, 'gondor');
      assert.deepEqual(await listDocumentIds(s.db), ['gondor', 'rohan']);
    }));

    test('a known id with changed content is replaced, its old rows gone', withStore(async (s) => {
      await ingestDocument(s.db, gondor().doc, () => gondor());
      await ingestDocument(s.db, rohan().doc, () => rohan());
      const changed = coded('gondor', 'Gondor trifft Arnor erneut.', [['GBR', 'FRA', '036', 'actual', '2025-02-01']]);
      const out = await ingestDocument(s.db, changed.doc, () => changed);
      assert.equal(out.status, 'replaced');
      assert.deepEqual(await countRows(s.db), { documents: 2, sentences: 2, actors: 4, events: 2, doc_messages: 2 });
      const g = await queryEvents(s.db, { doc: 'gondor' });
      assert.deepEqual(g.map((e) => e.code), ['036']);
      assert.equal((await findDocument(s.db, 'gondor'))?.text, 'Gondor trifft Arnor erneut.');
      assert.equal((await queryEvents(s.db, { doc: 'rohan' })).length, 1, 'other documents untouched');
    }));

    test('a failing write leaves the stored version intact', withStore(async (s) => {
      await ingestDocument(s.db, gondor().doc, () => gondor());
      const bad = coded('gondor', 'Gondor, kaputt.', [['GBR', 'FRA', '036', 'actual', null], ['GBR', 'FRA', '036', 'actual', null]]);
      bad.events[1].id = bad.events[0].id; // duplicate primary key fails inside the transaction
      await assert.rejects(ingestDocument(s.db, bad.doc, () => bad));
      assert.equal((await findDocument(s.db, 'gondor'))?.text, 'Gondor trifft Arnor.');
      assert.equal((await countRows(s.db)).events, 4);
    }));

    test('filters', withStore(async (s) => {
      await writeCodedDocument(s.db, gondor(), 'h1');
      await writeCodedDocument(s.db, rohan(), 'h2');
      const codes = async (f: Parameters<typeof queryEvents>[1]) => (await queryEvents(s.db, f)).map((e) => e.code);
      assert.deepEqual(await codes({ actor: 'IRN' }), ['043', '057', '190']);
      assert.deepEqual(await codes({ actor: 'irn' }), ['043', '057', '190'], 'codes are matched upper-case');
      assert.deepEqual(await codes({ dyad: ['RUS', 'IRN'] }), ['043', '057']);
      assert.deepEqual(await codes({ dyad: ['IRN', 'RUSGOV'] }), ['043']);
      assert.deepEqual(await codes({ source: 'RUS' }), ['043', '111']);
      assert.deepEqual(await codes({ target: 'IRNMIL' }), ['190']);
      assert.deepEqual(await codes({ root: '05' }), ['057']);
      assert.deepEqual(await codes({ code: '1' }), ['190', '111']);
      assert.deepEqual(await codes({ code: '11' }), ['111']);
      assert.deepEqual(await codes({ status: 'planned' }), ['043']);
      assert.deepEqual(await codes({ from: '2025-01' }), ['043', '057']);
      assert.deepEqual(await codes({ to: '2024' }), ['190', '111'], '--to YYYY includes days of that year; null dates excluded');
      assert.deepEqual(await codes({ from: '2024-10-01', to: '2024-12' }), ['111']);
      assert.deepEqual(await codes({ doc: 'rohan' }), ['111']);
      assert.deepEqual(await codes({ doc: [] }), []);
      assert.deepEqual(await codes({ limit: 2 }), ['043', '057']);
      assert.deepEqual(await codes({ actor: 'RUS', status: 'actual' }), ['057', '111']);
      assert.deepEqual(await codes({ actor: '%' }), [], 'no LIKE wildcards');
    }));
  });
}

test('upperDateBound pads a partial date to the end of its period', () => {
  assert.equal(upperDateBound('2025'), '2025-99-99');
  assert.equal(upperDateBound('2025-01'), '2025-01-99');
  assert.equal(upperDateBound('2025-01-17'), '2025-01-17');
});

test('documentHash depends on text, date and language', () => {
  const d = gondor().doc;
  assert.equal(documentHash(d), documentHash({ ...d }));
  assert.notEqual(documentHash(d), documentHash({ ...d, text: d.text + ' ' }));
  assert.notEqual(documentHash(d), documentHash({ ...d, published: null }));
  assert.notEqual(documentHash(d), documentHash({ ...d, lang: 'en' }));
});

test('a postgres:// URL whose server is unreachable fails clearly, without the password', async () => {
  await assert.rejects(openStore('postgres://u:secret-pw@127.0.0.1:1/lagebild'), (e: Error) => /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/lagebild/.test(e.message) && !e.message.includes('secret-pw'));
});
