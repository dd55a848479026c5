import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs, readInput, readJsonl, textDocument } from './read.ts';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

test('a date header with the text on the same line', () => {
  const p = file('same-line.txt', 'date 2025-06-23 Die Regierung kritisierte den Plan.\nZweiter Satz.');
  const { docs, rejections } = readInput(p);
  assert.deepEqual(rejections, []);
  assert.equal(docs.length, 1);
  const d = docs[0];
  assert.deepEqual(d.published, { value: '2025-06-23', precision: 'day' });
  assert.equal(d.text.slice(d.bodyStart), 'Die Regierung kritisierte den Plan.\nZweiter Satz.');
  assert.equal(d.id, 'same-line.txt');
  assert.ok(d.text.startsWith('date '), 'offsets stay into the full text');
});

test('a date header on its own line (CRLF, BOM) and month precision', () => {
  const d = readInput(file('own-line.txt', '\ufeffdate 2025-06\r\nText.')).docs[0];
  assert.deepEqual(d.published, { value: '2025-06', precision: 'month' });
  assert.equal(d.text.slice(d.bodyStart), 'Text.');
});

test('without a header the published option is used', () => {
  const d = readInput(file('plain.txt', 'Nur Text.'), { published: { value: '2024', precision: 'year' } }).docs[0];
  assert.deepEqual(d.published, { value: '2024', precision: 'year' });
  assert.equal(d.bodyStart, 0);
});

test('an unknown header or an invalid date header is a rejection on line 1', () => {
  const r1 = readInput(file('unknown.txt', 'published: 2025-06-23\nText.'));
  assert.equal(r1.docs.length, 0);
  assert.equal(r1.rejections[0].line, 1);
  assert.match(r1.rejections[0].reason, /unknown header "published"/);
  const r2 = readInput(file('bad-date.txt', 'date 2025-13-01\nText.'));
  assert.equal(r2.docs.length, 0);
  assert.match(r2.rejections[0].reason, /2025-13-01/);
  const r3 = readInput(file('compact.txt', 'date 20250623\nText.'));
  assert.equal(r3.docs.length, 0, 'a date must match the header exactly');
});

// Bug reported: "Date: 2025-06-23" is neither parsed (header regex needs white space after "date")
// nor rejected (the unknown-header check exempts "date"); the header line becomes body text.
test('"Date: 2025-06-23" is parsed or rejected, not kept as text', () => {
  const r = readInput(file('colon.txt', 'Date: 2025-06-23\nText.'));
  const parsed = r.docs[0]?.published?.value === '2025-06-23';
  assert.ok(parsed || r.rejections.length === 1);
});

test('a header without a text is a rejection', () => {
  const r = readInput(file('only-header.txt', 'date 2025-06-23\n  \n'));
  assert.equal(r.docs.length, 0);
  assert.match(r.rejections[0].reason, /no text/);
});

test('JSONL: a malformed line between good ones is rejected with its line, the others are read', () => {
  const p = file('mixed.jsonl', [
    '{"id":"a","text":"Eins.","lang":"de"}',
    '{"id":"b", text: broken}',
    '',
    '{"id":"c","text":"Drei.","published":"2024-05","title":"T","url":"http://x"}',
    '[1,2]',
    '{"id":"e","text":""}',
    '{"id":"f","text":"Sechs.","published":"gestern"}',
    '{"id":7,"text":"Sieben.","lang":"fr"}',
  ].join('\n'));
  const { docs, rejections } = readInput(p);
  assert.deepEqual(docs.map((d) => d.id), ['a', 'c']);
  assert.deepEqual(rejections.map((r) => r.line), [2, 5, 6, 7, 8]);
  assert.match(rejections[0].reason, /malformed JSON/);
  assert.match(rejections[1].reason, /JSON object/);
  assert.match(rejections[2].reason, /"text"/);
  assert.match(rejections[3].reason, /"published"/);
  assert.match(rejections[4].reason, /"lang"/);
  assert.equal(docs[0].lang, 'de');
  assert.equal(docs[0].origin, `${p}:1`);
  assert.deepEqual(docs[1].published, { value: '2024-05', precision: 'month' });
  assert.equal(docs[1].title, 'T');
  assert.equal(docs[1].origin, `${p}:4`);
});

test('JSONL: an id is derived from the text when missing, stable across reads', () => {
  const a = readJsonl('{"text":"Hallo Welt."}', 'x', null).docs[0];
  const b = readJsonl('{"text":"Hallo Welt."}', 'y', null).docs[0];
  assert.match(a.id, /^[0-9a-f]{16}$/);
  assert.equal(a.id, b.id);
});

test('invalid UTF-8 names its line', () => {
  const buf = Buffer.concat([Buffer.from('Zeile eins\nZeile zwei\nkaputt '), Buffer.from([0xc3, 0x28]), Buffer.from('\nZeile vier\n')]);
  const r = readInput(file('latin.txt', buf));
  assert.equal(r.docs.length, 0);
  assert.equal(r.rejections[0].line, 3);
  assert.match(r.rejections[0].reason, /UTF-8.*line 3/);
});

test('a binary file is rejected', () => {
  const r = readInput(file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
  assert.equal(r.docs.length, 0);
  assert.match(r.rejections[0].reason, /binary/);
});

test('an empty file and a missing file are rejections, not throws', () => {
  assert.match(readInput(file('empty.txt', '')).rejections[0].reason, /empty/);
  assert.match(readInput(join(dir, 'missing.txt')).rejections[0].reason, /cannot read/);
});

test('stdin: JSON lines or text', () => {
  const j = readInput('-', { stdinText: '{"id":"s","text":"Text."}\n' });
  assert.deepEqual(j.docs.map((d) => d.id), ['s']);
  const t = readInput('-', { stdinText: 'date 2025 Text.' });
  assert.equal(t.docs[0].id, 'stdin');
  assert.deepEqual(t.docs[0].published, { value: '2025', precision: 'year' });
});

test('textDocument: a line that only looks like a header is text', () => {
  const r = textDocument('x', 'Berlin 2025: Ein Jahr danach.', 'x', null);
  assert.ok(r.doc);
});

test('listInputs walks directories, skips dot files and unknown extensions', () => {
  const sub = join(dir, 'tree');
  mkdirSync(join(sub, 'inner'), { recursive: true });
  writeFileSync(join(sub, 'b.txt'), 'x');
  writeFileSync(join(sub, 'a.jsonl'), '{}');
  writeFileSync(join(sub, '.hidden.txt'), 'x');
  writeFileSync(join(sub, 'pic.png'), 'x');
  writeFileSync(join(sub, 'inner', 'c.md'), 'x');
  writeFileSync(join(sub, 'NOEXT'), 'x');
  const got = listInputs([sub, '-']);
  assert.deepEqual(got, [join(sub, 'NOEXT'), join(sub, 'a.jsonl'), join(sub, 'b.txt'), join(sub, 'inner', 'c.md'), '-']);
});
