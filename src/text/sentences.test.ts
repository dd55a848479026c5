import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, type SentenceOptions } from './sentences.ts';
import { getLexicon } from '../lexicon/compile.ts';
import type { Lang } from '../types.ts';

const lex = getLexicon();
const opts = (lang: Lang): SentenceOptions => ({ abbreviations: lex[lang].cues.abbreviations, months: new Set(lex[lang].cues.months.keys()) });
const split = (text: string, lang: Lang) => splitSentences(text, 0, text.length, opts(lang));
const texts = (text: string, lang: Lang) => split(text, lang).map((s) => s.text);

test('German abbreviations "z. B." and "Dr." do not end a sentence', () => {
  assert.deepEqual(texts('Das gilt z. B. für Dr. Müller. Dann ging er.', 'de'), ['Das gilt z. B. für Dr. Müller.', 'Dann ging er.']);
});

test('an ordinal before a month name is not a boundary ("am 8. Dezember")', () => {
  assert.deepEqual(texts('Er kam am 8. Dezember nach Berlin. Am 3. Oktober 1990 war es so weit.', 'de'),
    ['Er kam am 8. Dezember nach Berlin.', 'Am 3. Oktober 1990 war es so weit.']);
});

test('a period after a number before a capitalised non-month word is a boundary', () => {
  assert.deepEqual(texts('Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.', 'de'), ['Die Zahl der Toten stieg auf 12.', 'Die Polizei ermittelt.']);
});

test('decimal numbers do not split', () => {
  assert.deepEqual(texts('Die Wirtschaft wuchs um 3.5 Prozent. Das ist viel.', 'de'), ['Die Wirtschaft wuchs um 3.5 Prozent.', 'Das ist viel.']);
});

test('English: middle initial ("George W. Bush") and "Dr." do not split', () => {
  assert.deepEqual(texts('George W. Bush met Dr. Smith in Washington. The talks ended.', 'en'),
    ['George W. Bush met Dr. Smith in Washington.', 'The talks ended.']);
});

test('"U.S." inside a sentence does not split, at the end before "The" it does', () => {
  assert.deepEqual(texts('The U.S. Army said so. Troops left the U.S. The talks ended.', 'en'),
    ['The U.S. Army said so.', 'Troops left the U.S.', 'The talks ended.']);
});

test('a closing typographic quote after the period stays with its sentence, a new sentence follows', () => {
  assert.deepEqual(texts('Er sagte: „Wir kommen.“ Danach reiste er ab.', 'de'), ['Er sagte: „Wir kommen.“', 'Danach reiste er ab.']);
  assert.deepEqual(texts('Er sagte: „Wir kommen“. Danach reiste er ab.', 'de'), ['Er sagte: „Wir kommen“.', 'Danach reiste er ab.']);
  assert.deepEqual(texts('He said: “We will come.” Then he left.', 'en'), ['He said: “We will come.”', 'Then he left.']);
});

test('a new sentence may open with a quote', () => {
  assert.deepEqual(texts('Er schwieg. „Wir kommen“, sagte sie.', 'de'), ['Er schwieg.', '„Wir kommen“, sagte sie.']);
});

test('newlines end sentences (titles without a period); empty lines give no sentence', () => {
  assert.deepEqual(texts('Titel ohne Punkt\nErster Satz. Zweiter Satz!\n\nDritter? Ja.', 'de'),
    ['Titel ohne Punkt', 'Erster Satz.', 'Zweiter Satz!', 'Dritter?', 'Ja.']);
  assert.deepEqual(texts('Eins\r\nZwei', 'de'), ['Eins', 'Zwei']);
});

test('no boundary before a lower-case word', () => {
  assert.deepEqual(texts('Das kostet ca. zehn Euro. Gut.', 'de'), ['Das kostet ca. zehn Euro.', 'Gut.']);
  assert.deepEqual(texts('Er ging. und kam zurück.', 'de'), ['Er ging. und kam zurück.']);
});

test('sentences carry document offsets, trimmed, indexed in order', () => {
  const text = 'date 2025-06-23\n  Erster Satz.   Zweiter Satz.  ';
  const start = 16;
  const ss = splitSentences(text, start, text.length, opts('de'));
  assert.equal(ss.length, 2);
  ss.forEach((s, i) => {
    assert.equal(s.index, i);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(s.start >= start);
    assert.equal(s.text, s.text.trim());
  });
  assert.equal(ss[0].text, 'Erster Satz.');
});

test('empty and white-space input give no sentences', () => {
  assert.deepEqual(split('', 'de'), []);
  assert.deepEqual(split(' \n\t\n ', 'en'), []);
});

test('a German ordinal after an article or an inflected adjective before a noun ends no sentence ("des 16. Jahrestages"); a number after a noun does ("auf Platz 3. Danach …")', () => {
  const text = 'Anlässlich des 16. Jahrestages demonstrierten Tausende. Soldaten des in Baucau stationierten 1. Bataillons zogen ab. Am Ende lag er auf Platz 3. Danach ging er.';
  const parts = splitSentences(text, 0, text.length, { abbreviations: new Set(), months: new Set(['märz']) }).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['Anlässlich des 16. Jahrestages demonstrierten Tausende.', 'Soldaten des in Baucau stationierten 1. Bataillons zogen ab.', 'Am Ende lag er auf Platz 3.', 'Danach ging er.']);
});

test('a full stop glued to a sentence-opening word is a boundary; addresses and abbreviations are not', () => {
  const split = (t: string) => splitSentences(t, 0, t.length, opts('de')).map((s) => s.text);
  assert.deepEqual(split('Der Zweite wurde in Mombasa festgenommen.Den Polizeibehörden zufolge wurden Chemikalien gefunden.'),
    ['Der Zweite wurde in Mombasa festgenommen.', 'Den Polizeibehörden zufolge wurden Chemikalien gefunden.']);
  assert.equal(split('Siehe www.Der-Spiegel.de und die Welt.').length, 1);
  assert.equal(split('Er nannte z.B.Die Welt als Quelle.').length, 1);
});
