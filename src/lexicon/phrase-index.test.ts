import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex, caseModeOf } from './phrase-index.ts';
import { tokenize } from '../text/tokens.ts';

const toks = (s: string) => tokenize(s, 0, s.length);

test('longest match comes first, whatever the order of adding', () => {
  const idx = new PhraseIndex<string>();
  idx.add('Vereinigte Staaten', 'short');
  idx.add('Vereinigte Staaten von Amerika', 'long');
  idx.add('Vereinigte', 'one');
  const t = toks('die Vereinigten Vereinigte Staaten von Amerika');
  assert.deepEqual(idx.matchAt(t, 2), [{ len: 4, value: 'long' }, { len: 2, value: 'short' }, { len: 1, value: 'one' }]);
  assert.deepEqual(idx.matchAt(t, 1), [], 'an inflected form is a different word');
  assert.equal(idx.size, 3);
});

test('a phrase does not match past the end of the tokens', () => {
  const idx = new PhraseIndex<string>();
  idx.add('European Union', 'EU');
  const t = toks('the European');
  assert.deepEqual(idx.matchAt(t, 1), []);
});

test('exact mode: the acronym "US" does not match the pronoun "us"', () => {
  const idx = new PhraseIndex<string>();
  idx.add('US', 'USA');
  const t = toks('US troops told us');
  assert.deepEqual(idx.matchAt(t, 0), [{ len: 1, value: 'USA' }]);
  assert.deepEqual(idx.matchAt(t, 3), []);
  assert.deepEqual(idx.matchAt(toks('Us'), 0), []);
  assert.deepEqual(idx.getWord('US'), ['USA']);
  assert.deepEqual(idx.getWord('us'), []);
});

test('cap mode: "Turkey" needs a capital, any mode ignores case', () => {
  const idx = new PhraseIndex<string>();
  idx.add('Turkey', 'TUR');
  idx.add('regierung', 'GOV');
  assert.deepEqual(idx.matchAt(toks('Turkey'), 0), [{ len: 1, value: 'TUR' }]);
  assert.deepEqual(idx.matchAt(toks('TURKEY'), 0), [{ len: 1, value: 'TUR' }]);
  assert.deepEqual(idx.matchAt(toks('roast turkey'), 1), []);
  assert.deepEqual(idx.matchAt(toks('Die Regierung'), 1), [{ len: 1, value: 'GOV' }]);
  assert.deepEqual(idx.matchAt(toks('REGIERUNG'), 0), [{ len: 1, value: 'GOV' }]);
  assert.deepEqual(idx.getWord('turkey'), []);
});

test('an explicit mode overrides the one derived from the phrase', () => {
  const idx = new PhraseIndex<string>();
  idx.add('Turkey', 'TUR', 'any');
  idx.add('Obama', 'obama', 'exact');
  assert.deepEqual(idx.matchAt(toks('turkey'), 0), [{ len: 1, value: 'TUR' }]);
  assert.deepEqual(idx.matchAt(toks('OBAMA'), 0), []);
});

test('multiword phrases match on tokens, including possessives and hyphens', () => {
  const idx = new PhraseIndex<string>();
  idx.add('Kim Jong-un', 'kim');
  const t = toks("Kim Jong-un's regime");
  assert.deepEqual(idx.matchAt(t, 0), [{ len: 2, value: 'kim' }]);
  assert.equal(t[2].text, "'s");
});

test('caseModeOf', () => {
  assert.equal(caseModeOf('US'), 'exact');
  assert.equal(caseModeOf('NATO'), 'exact');
  assert.equal(caseModeOf('U.S.'), 'exact');
  assert.equal(caseModeOf('Iran'), 'cap');
  assert.equal(caseModeOf('UNICEF-X'), 'cap', 'more than five letters is not an acronym');
  assert.equal(caseModeOf('regierung'), 'any');
  assert.equal(caseModeOf('123'), 'any');
});

test('empty phrases are ignored', () => {
  const idx = new PhraseIndex<string>();
  idx.add('', 'x');
  idx.add('   ', 'y');
  assert.equal(idx.size, 0);
});
