/** `lagebild code … --format jsonl` prints one record a line in the product brief's event format. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEYS = ['id', 'doc', 'sentence', 'span', 'evidence', 'source', 'target', 'code', 'root', 'quad', 'goldstein', 'plover', 'trigger', 'status', 'attribution', 'date', 'date_precision', 'date_text', 'place'];
const STATUS = ['actual', 'planned', 'alleged', 'hypothetical', 'negated'];

test('every line is a complete event record whose spans point into the document', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'code', 'examples', '--format', 'jsonl', '--published', '2025-06-23'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.length >= 20, `${lines.length} events`);
  const texts = new Map<string, string>();
  for (const line of lines) {
    const e = JSON.parse(line);
    assert.deepEqual(Object.keys(e), KEYS);
    const text = texts.get(e.doc) ?? readFileSync(`${root}/examples/${e.doc}`, 'utf8');
    texts.set(e.doc, text);
    assert.equal(text.slice(e.span[0], e.span[1]), e.evidence);
    assert.equal(text.slice(e.trigger.span[0], e.trigger.span[1]), e.trigger.text);
    assert.match(e.trigger.rule, /^(de|en)\.(verb|noun)\.\d{2,4}\./);
    for (const a of [e.source, e.target]) {
      if (!a) continue;
      assert.equal(text.slice(a.span[0], a.span[1]), a.text);
      assert.match(a.code, /^[A-Z]{3}/);
    }
    assert.ok(e.source, 'every event has a source');
    assert.equal(e.root, e.code.slice(0, 2));
    assert.ok([1, 2, 3, 4].includes(e.quad));
    assert.equal(typeof e.goldstein, 'number');
    assert.ok(STATUS.includes(e.status));
    if (e.date) assert.equal(e.date.length, { year: 4, month: 7, day: 10 }[e.date_precision as 'year']);
  }
});

test('a date header at month precision never yields day-precise dates', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'code', 'examples/004_53bb4f106ef3a107.txt'], { cwd: root, encoding: 'utf8' });
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.some((e) => e.date === '2025-01'), 'weekday phrases resolve to the month');
  assert.ok(events.every((e) => e.date_precision !== 'day' || /\d/.test(e.date_text ?? '')), 'only explicit day+month gives a day');
});
