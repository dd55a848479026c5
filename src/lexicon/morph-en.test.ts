import { test } from 'node:test';
import assert from 'node:assert/strict';
import { englishVerbForms } from './morph-en.ts';

const pick = (verb: string, parts?: string[]) => englishVerbForms(verb, parts).map((f) => [f.form, f.type, Boolean(f.past)]);

test('regular verb: condemn', () => {
  assert.deepEqual(pick('condemn'), [
    ['condemn', 'finite', false], ['condemns', 'finite', false], ['condemned', 'finite', true],
    ['condemned', 'participle', false], ['condemning', 'finite', false],
  ]);
});

test('consonant + y: deny → denies, denied, denying', () => {
  const forms = pick('deny').map((f) => f[0]);
  assert.deepEqual(forms, ['deny', 'denies', 'denied', 'denied', 'denying']);
});

test('vowel + y and final -e, -ss, -ch', () => {
  assert.deepEqual(pick('stay').map((f) => f[0]), ['stay', 'stays', 'stayed', 'stayed', 'staying']);
  assert.deepEqual(pick('accuse').map((f) => f[0]), ['accuse', 'accuses', 'accused', 'accused', 'accusing']);
  assert.deepEqual(pick('press').map((f) => f[0]), ['press', 'presses', 'pressed', 'pressed', 'pressing']);
  assert.deepEqual(pick('reach').map((f) => f[0]), ['reach', 'reaches', 'reached', 'reached', 'reaching']);
  assert.deepEqual(pick('agree').map((f) => f[0]), ['agree', 'agrees', 'agreed', 'agreed', 'agreeing']);
});

test('irregular verbs from five parts', () => {
  assert.deepEqual(pick('meet', ['meet', 'meets', 'met', 'met', 'meeting']), [
    ['meet', 'finite', false], ['meets', 'finite', false], ['met', 'finite', true], ['met', 'participle', false], ['meeting', 'finite', false],
  ]);
  // consonant doubling comes from parts, not from rules
  assert.deepEqual(pick('ban', ['ban', 'bans', 'banned', 'banned', 'banning']).map((f) => f[0]), ['ban', 'bans', 'banned', 'banned', 'banning']);
});

test('four parts: -ing is generated', () => {
  assert.deepEqual(pick('give', ['give', 'gives', 'gave', 'given']).map((f) => f[0]), ['give', 'gives', 'gave', 'given', 'giving']);
});

test('identical past and participle of different types are both kept, duplicates of one type dropped', () => {
  const forms = englishVerbForms('put', ['put', 'puts', 'put', 'put', 'putting']);
  assert.equal(forms.filter((f) => f.form === 'put' && f.type === 'finite').length, 1);
  assert.equal(forms.filter((f) => f.form === 'put' && f.type === 'participle').length, 1);
  assert.ok(forms.some((f) => f.form === 'putting'));
});
