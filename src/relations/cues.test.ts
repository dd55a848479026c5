import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cueRegex, loadRelationCues } from './cues.ts';

test('the built-in relation cues load for both languages', () => {
  const c = loadRelationCues();
  assert.ok(c.statements.some((s) => s.lang === 'de' && s.type === 'ally'));
  assert.ok(c.events.some((s) => s.lang === 'en' && s.type === 'sanctions'));
});

test('a bad entry is reported with file, line and path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relcues-'));
  mkdirSync(join(dir, 'de'));
  writeFileSync(join(dir, 'de', 'relations.yml'), 'statements:\n  - id: x\n    type: friendship\n    words: [freund]\n');
  assert.throws(() => loadRelationCues(dir, ['de']), /relations\.yml:2 \(statements\.0\.type\)/);
});

test('cue words match whole words, stems with *', () => {
  assert.ok(cueRegex(['krieg']).test('einen Krieg in'));
  assert.equal(cueRegex(['krieg']).test('Kriegsschiff'), false);
  assert.ok(cueRegex(['partnerschaft*']).test('Partnerschaftsabkommen'));
  assert.ok(cueRegex(['defence pact']).test('a defence  pact'));
});
