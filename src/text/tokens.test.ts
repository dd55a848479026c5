import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.ts';

const surfaces = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

test('every token keeps its document offsets', () => {
  const text = 'Vorspann. Die US-Regierung (Washington) kritisierte Irans Pläne – 3,5 % „scharf“.';
  const start = 10;
  const toks = tokenize(text, start, text.length);
  assert.ok(toks.length > 8);
  for (const t of toks) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.lower, t.text.toLowerCase());
    assert.ok(t.start >= start);
  }
  assert.equal(toks[0].text, 'Die');
});

test('hyphenated words, dotted abbreviations and names stay one token', () => {
  assert.deepEqual(surfaces('US-Militäraktion al-Assad Kim Jong-un U.S. z.B.'), ['US-Militäraktion', 'al-Assad', 'Kim', 'Jong-un', 'U.S.', 'z.B.']);
});

test('a possessive \'s / ’s is split off, with offsets', () => {
  const text = "Iran's plan and Russia’s answer";
  const toks = tokenize(text, 0, text.length);
  assert.deepEqual(toks.map((t) => t.text), ['Iran', "'s", 'plan', 'and', 'Russia', '’s', 'answer']);
  assert.equal(toks[1].kind, 'punct');
  assert.equal(toks[1].start, 4);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
});

test('an apostrophe inside a word is kept ("O\'Brien", "don\'t")', () => {
  assert.deepEqual(surfaces("O'Brien don't"), ["O'Brien", "don't"]);
});

test('token kinds: word, num, punct', () => {
  const toks = tokenize('Am 8. Mai 2024!', 0, 15);
  assert.deepEqual(toks.map((t) => [t.text, t.kind]), [['Am', 'word'], ['8', 'num'], ['.', 'punct'], ['Mai', 'word'], ['2024', 'num'], ['!', 'punct']]);
});

test('surrogate pairs and combining marks keep offsets in UTF-16 code units', () => {
  const text = 'A 😀 café e\u0301 𝔘nion';
  const toks = tokenize(text, 0, text.length);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(toks.some((t) => t.text === '😀'));
  assert.ok(toks.some((t) => t.text === 'e\u0301'));
});

test('only the given range is tokenized', () => {
  const text = 'eins zwei drei';
  assert.deepEqual(tokenize(text, 5, 9).map((t) => [t.text, t.start, t.end]), [['zwei', 5, 9]]);
});
