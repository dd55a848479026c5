/**
 * Accuracy floors, measured exactly as `lagebild eval` does. The seed floors are the issue's
 * (recall ≥ 0.90, precision ≥ 0.85, status ≥ 0.90, date ≥ 0.85, full actor code ≥ 0.80). The
 * own English and German sets meet the same floors; the real-news sets of ../shared/gold are
 * guarded against regression at the levels reached so far (see the README: they are below the issue's
 * floors and are being raised).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));

function evalScores(gold: string, inputs: string, ...extra: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'eval', '--json', '--gold', gold, ...extra, inputs], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** The core issue's floors: recall ≥ 0.90, precision ≥ 0.85, status ≥ 0.90, date ≥ 0.85, full actor code ≥ 0.80. */
function assertIssueFloors(s: Record<string, number>): void {
  assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
  assert.ok(s.precision >= 0.85, `precision ${s.precision}`);
  assert.ok(s.status_accuracy >= 0.9, `status ${s.status_accuracy}`);
  assert.ok(s.date_accuracy >= 0.85, `date ${s.date_accuracy}`);
  assert.ok(s.actor_accuracy >= 0.8, `actor ${s.actor_accuracy}`);
}

// ../shared sits beside the clone; in CI it must be there (a missing directory fails rather than skips)
const sharedSkip = !existsSync(shared + 'gold/seeds.jsonl') && !process.env.CI && 'needs ../shared';

test('seed articles reach the floors of the core issue', { skip: sharedSkip }, () => {
  const s = evalScores(shared + 'gold/seeds.jsonl', shared + 'seeds');
  assertIssueFloors(s);
});

test('English development set reaches the floors of the core issue', () => {
  const s = evalScores('test/fixtures/dev-en.gold.jsonl', 'test/fixtures/dev-en');
  assert.ok(s.required >= 80, 'at least 80 required events');
  assertIssueFloors(s);
});

test('German development set: the issue\'s floors', () => {
  const s = evalScores('test/fixtures/dev-de.gold.jsonl', 'test/fixtures/dev-de');
  assert.ok(s.required >= 80, 'at least 80 required events');
  assertIssueFloors(s);
});

test('real English news (../shared/gold dev_en): no regression below the levels reached', { skip: sharedSkip }, () => {
  const s = evalScores(shared + 'gold/dev_en.jsonl', shared + 'gold/dev/en');
  assert.ok(s.recall >= 0.76, `recall ${s.recall}`);
  assert.ok(s.precision >= 0.75, `precision ${s.precision}`);
  assert.ok(s.actor_accuracy >= 0.66, `actor ${s.actor_accuracy}`);
});

test('real German news (../shared/gold dev_de): no regression below the levels reached', { skip: sharedSkip }, () => {
  const s = evalScores(shared + 'gold/dev_de.jsonl', shared + 'gold/dev/de');
  assert.ok(s.recall >= 0.525, `recall ${s.recall}`);
  assert.ok(s.precision >= 0.37, `precision ${s.precision}`);
  assert.ok(s.date_accuracy >= 0.66, `date ${s.date_accuracy}`);
  // the gold annotates each article's first six sentences: the events coded after them are no errors, and scored
  // over the annotated range alone the precision is that of the coder
  const six = evalScores(shared + 'gold/dev_de.jsonl', shared + 'gold/dev/de', '--sentences', '6');
  assert.equal(six.matched_required, s.matched_required, 'every match lies in the first six sentences');
  assert.ok(six.distinct < s.distinct, `${six.distinct} distinct events in six sentences, ${s.distinct} in all`);
  assert.ok(six.precision >= 0.75, `precision in the annotated sentences ${six.precision}`);
});
