import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import { findPlaceMatches, type PlaceMatch } from './recognise.ts';

const lex = getLexicon();
const places = (text: string, lang: 'de' | 'en' = 'de'): PlaceMatch[] => findPlaceMatches(tokenize(text, 0, text.length), lex[lang], text);
const texts = (text: string, lang: 'de' | 'en' = 'de') => places(text, lang).map((p) => p.text);

test('region adjectives in every ending and case, genitives of places', () => {
  assert.deepEqual(texts('Die bayerische Polizei und der Hessische Rundfunk'), ['bayerische', 'Hessische']);
  assert.deepEqual(texts('im kalifornischen Sacramento, im aargauischen Dorf'), ['kalifornischen', 'Sacramento', 'aargauischen']);
  assert.deepEqual(texts('die europäischen Märkte und die Küste des Atlantiks'), ['europäischen', 'Atlantiks']);
  const bav = places('bayerischen')[0];
  assert.equal(bav.country, 'DEU');
  assert.deepEqual(texts('Er spricht Englisch.'), [], 'the bare stem is the language, not a place');
});

test('towns of Germany, Austria and Switzerland beyond the large ones; common words are not towns', () => {
  assert.deepEqual(texts('in Kreischa und Belm'), ['Kreischa', 'Belm']);
  assert.deepEqual(texts('Der Hof und die Burg hinter dem Brunnen'), []);
  assert.deepEqual(texts('in Kreischa', 'en'), [], 'small towns stay out of English text');
});

test('streets, stations and squares by rule, not as actors', () => {
  const m = places('in der Knoopstraße nahe der Gubener Straße und dem Lehrter Bahnhof');
  assert.deepEqual(m.map((p) => [p.text, p.rule]), [['Knoopstraße', 'street'], ['Gubener Straße', 'street'], ['Lehrter Bahnhof', 'street']]);
  assert.deepEqual(texts('auf der Via Roma'), ['Via Roma']);
  assert.deepEqual(texts('über die Steinerne Brücke'), ['Steinerne Brücke']);
  assert.deepEqual(texts('über die steinerne Brücke'), []);
  assert.deepEqual(texts('Er sucht einen Arbeitsplatz an der Landstraße'), [], 'common compounds are no street names');
  assert.deepEqual(texts('Der Verkäufer kam aus dem Stausee'), []);
});

test('districts, directions and derivations of known places', () => {
  assert.deepEqual(places('in Köln-Wahn').map((p) => [p.text, p.name, p.rule]), [['Köln-Wahn', 'Cologne', 'district']]);
  assert.deepEqual(texts('im Rhein-Sieg-Kreises'), ['Rhein-Sieg-Kreises']);
  assert.deepEqual(places('Nordeuropas').map((p) => [p.text, p.rule]), [['Nordeuropas', 'direction']]);
  assert.deepEqual(texts('die südbadischen Winzer'), ['südbadischen']);
  assert.deepEqual(places('mit den Nürnbergern').map((p) => [p.text, p.name]), [['Nürnbergern', 'Nuremberg']]);
  assert.deepEqual(texts('Das sagte Seehofer gestern.'), [], 'a surname ending in -er is no inhabitant');
  assert.deepEqual(texts('Der Konzern wächst.'), []);
  assert.deepEqual(texts('aus Bad Niedernau'), ['Bad Niedernau']);
  assert.deepEqual(places('die St. Galler Regierung').map((p) => [p.text, p.rule]), [['St. Galler', 'derived']]);
  assert.deepEqual(texts('Sie putzte das Bad Montag früh'), [], 'after an article "Bad" is a bath');
});
