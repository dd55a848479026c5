import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions, type Tense } from './time.ts';
import { getLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import type { Lang, PartialDate } from '../types.ts';

const lex = getLexicon();
const MONDAY: PartialDate = { value: '2025-06-23', precision: 'day' };
const JUNE: PartialDate = { value: '2025-06', precision: 'month' };
const YEAR: PartialDate = { value: '2025', precision: 'year' };

function exprs(text: string, lang: Lang = 'de') {
  return findTimeExpressions(tokenize(text, 0, text.length), lex[lang].cues, text);
}
/** Resolves the only (or the named) expression of a sentence. */
function resolve(text: string, pub: PartialDate | null, tense: Tense, lang: Lang = 'de', which?: string) {
  const all = exprs(text, lang);
  const e = which ? all.find((x) => x.text === which) : all[0];
  assert.ok(e, `no time expression in "${text}" (found ${all.map((x) => x.text).join(', ')})`);
  if (!which) assert.equal(all.length, 1, `one expression in "${text}"`);
  return e.resolve(pub, tense);
}

test('expressions keep their text and token range', () => {
  const text = 'Der Minister reiste am Freitag nach Kiew.';
  const toks = tokenize(text, 0, text.length);
  const [e] = findTimeExpressions(toks, lex.de.cues, text);
  assert.equal(e.text, 'am Freitag');
  assert.equal(toks[e.tokenStart].text, 'am');
  assert.equal(toks[e.tokenEnd].text, 'Freitag');
});

test('"am Freitag" from Monday 2025-06-23: past → 06-20, future → 06-27', () => {
  assert.deepEqual(resolve('Er reiste am Freitag ab.', MONDAY, 'past'), { value: '2025-06-20', precision: 'day' });
  assert.deepEqual(resolve('Er wird am Freitag abreisen.', MONDAY, 'future'), { value: '2025-06-27', precision: 'day' });
  assert.deepEqual(resolve('He left on Friday.', MONDAY, 'past', 'en'), { value: '2025-06-20', precision: 'day' });
});

test('a weekday with a part of the day in one word ("am Samstagabend") is that weekday', () => {
  assert.deepEqual(resolve('Israel griff am Samstagabend an.', MONDAY, 'past'), { value: '2025-06-21', precision: 'day' });
  assert.deepEqual(resolve('Das Flugzeug stürzte am Donnerstagnachmittag ab.', MONDAY, 'past'), { value: '2025-06-19', precision: 'day' });
  assert.equal(exprs('Er reiste am Samstagabend ab.')[0].text, 'am Samstagabend');
});

test('"am Montag" on a Monday is that day', () => {
  assert.deepEqual(resolve('Er reiste am Montag ab.', MONDAY, 'past'), MONDAY);
});

test('"vergangenen Freitag" is past even in a present-tense clause, "kommenden Freitag" future', () => {
  assert.deepEqual(resolve('vergangenen Freitag', MONDAY, 'present'), { value: '2025-06-20', precision: 'day' });
  assert.deepEqual(resolve('kommenden Freitag', MONDAY, 'past'), { value: '2025-06-27', precision: 'day' });
});

// Bug reported: from a Monday, "kommenden Montag" resolves to the same Monday (diff 0), "vergangenen Montag" too.
test('"kommenden/vergangenen Montag" said on a Monday is a week away', () => {
  assert.deepEqual(resolve('kommenden Montag', MONDAY, 'future'), { value: '2025-06-30', precision: 'day' });
  assert.deepEqual(resolve('vergangenen Montag', MONDAY, 'past'), { value: '2025-06-16', precision: 'day' });
});

test('a weekday with a month-precision date stays at month precision; with a year-precision date it gives nothing', () => {
  assert.deepEqual(resolve('Er reiste am Freitag ab.', JUNE, 'past'), JUNE);
  assert.equal(resolve('Er reiste am Freitag ab.', YEAR, 'past'), null);
});

test('"im vergangenen Jahr" / "last year" is the previous year', () => {
  assert.deepEqual(resolve('Er reiste im vergangenen Jahr ab.', MONDAY, 'past'), { value: '2024', precision: 'year' });
  assert.equal(exprs('Er reiste im vergangenen Jahr ab.')[0].text, 'im vergangenen Jahr');
  assert.deepEqual(resolve('He left last year.', MONDAY, 'past', 'en'), { value: '2024', precision: 'year' });
  assert.deepEqual(resolve('im kommenden Jahr', YEAR, 'future'), { value: '2026', precision: 'year' });
});

test('"vergangene Woche" is at most month precision, "im vergangenen Monat" the previous month', () => {
  assert.deepEqual(resolve('vergangene Woche', MONDAY, 'past'), { value: '2025-06', precision: 'month' });
  assert.deepEqual(resolve('im vergangenen Monat', MONDAY, 'past'), { value: '2025-05', precision: 'month' });
  assert.deepEqual(resolve('im vergangenen Monat', { value: '2025-01-10', precision: 'day' }, 'past'), { value: '2024-12', precision: 'month' });
  assert.equal(resolve('vergangene Woche', YEAR, 'past'), null);
});

test('"am 8. Dezember" in past tense with published 2025-01 is 2024-12-08', () => {
  const jan: PartialDate = { value: '2025-01', precision: 'month' };
  assert.deepEqual(resolve('Er reiste am 8. Dezember ab.', jan, 'past'), { value: '2024-12-08', precision: 'day' });
  assert.deepEqual(resolve('Er reist am 8. Dezember ab.', jan, 'future'), { value: '2025-12-08', precision: 'day' });
  assert.deepEqual(resolve('Er reiste am 8. Januar ab.', jan, 'past'), { value: '2025-01-08', precision: 'day' });
});

test('future day+month earlier than the published month is next year', () => {
  assert.deepEqual(resolve('Die Wahl findet am 3. März statt.', { value: '2025-11-02', precision: 'day' }, 'future'), { value: '2026-03-03', precision: 'day' });
});

test('explicit dates with a year need no published date', () => {
  assert.deepEqual(resolve('am 3. Oktober 1990', null, 'past'), { value: '1990-10-03', precision: 'day' });
  assert.deepEqual(resolve('on December 8, 2004', null, 'past', 'en'), { value: '2004-12-08', precision: 'day' });
  assert.deepEqual(resolve('im Oktober 2023', null, 'past'), { value: '2023-10', precision: 'month' });
  assert.deepEqual(resolve('im Jahr 2019', null, 'past'), { value: '2019', precision: 'year' });
});

test('without a published date only explicit years resolve', () => {
  const text = 'Am Freitag, am 8. Dezember, im Oktober, gestern, vergangene Woche, im vergangenen Jahr und im Jahr 2019 kam er.';
  const all = exprs(text);
  assert.ok(all.length >= 6, all.map((e) => e.text).join(' | '));
  const resolved = all.map((e) => [e.text, e.resolve(null, 'past')] as const).filter(([, d]) => d !== null);
  assert.deepEqual(resolved, [['im Jahr 2019', { value: '2019', precision: 'year' }]]);
});

test('month names need a preposition or a year ("May" the verb is not a date)', () => {
  assert.equal(exprs('We may agree.', 'en').length, 0);
  assert.equal(exprs('Officials said May would decide.', 'en').length, 0);
  assert.deepEqual(resolve('in October', MONDAY, 'past', 'en'), { value: '2024-10', precision: 'month' });
  assert.deepEqual(resolve('im Oktober', MONDAY, 'future'), { value: '2025-10', precision: 'month' });
});

test('relative days: "gestern" / "yesterday" / "heute"', () => {
  assert.deepEqual(resolve('gestern', MONDAY, 'past'), { value: '2025-06-22', precision: 'day' });
  assert.deepEqual(resolve('yesterday', MONDAY, 'past', 'en'), { value: '2025-06-22', precision: 'day' });
  assert.deepEqual(resolve('heute', JUNE, 'present'), JUNE, 'never finer than the published date');
  assert.deepEqual(resolve('gestern', { value: '2025-06-01', precision: 'day' }, 'past'), { value: '2025-05-31', precision: 'day' });
});

// Bug reported: toUTC("2025-06") is June 1st, minus one day is May 31st, coarsened to 2025-05.
test('"gestern" with a month-precision published date stays in that month', () => {
  assert.deepEqual(resolve('gestern', JUNE, 'past'), { value: '2025-06', precision: 'month' });
});

// Bug reported: the explicit-year rule skips a year followed by "." so a year at the end of a sentence is lost.
test('a year at the end of a sentence is found ("im Jahr 2019.", "in 2019.")', () => {
  assert.deepEqual(resolve('Er kam im Jahr 2019.', null, 'past'), { value: '2019', precision: 'year' });
  assert.deepEqual(resolve('He came in 2019.', null, 'past', 'en'), { value: '2019', precision: 'year' });
});

test('a bare year after "seit" is weak (strength 0), "im Jahr 2018" strong', () => {
  const [seit] = exprs('seit 2014');
  assert.equal(seit.strength, 0);
  const [im] = exprs('im Jahr 2018');
  assert.ok(im.strength >= 3);
  assert.equal(im.text, 'im Jahr 2018');
});
