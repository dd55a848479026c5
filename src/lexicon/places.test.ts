import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Place } from './schema.ts';
import { getLexicon } from './compile.ts';

const lex = getLexicon();

test('a place needs a country unless it is a sea, river or continent', () => {
  assert.equal(Place.safeParse({ id: 'x', name: 'X', lat: 0, lon: 0 }).success, false);
  assert.equal(Place.safeParse({ id: 'x', name: 'X', kind: 'water', lat: 0, lon: 0 }).success, true);
  assert.equal(Place.safeParse({ id: 'x', name: 'X', country: 'DEU', adjectives: ['x-isch'], lat: 0, lon: 0 }).success, true);
  assert.equal(Place.safeParse({ id: 'x', name: 'X', kind: 'village', country: 'DEU', lat: 0, lon: 0 }).success, false);
});

test('the place index: adjectives in any case, generated genitives, areas without coordinates', () => {
  const de = lex.de.places;
  assert.equal(de.getWord('bayerischen')[0]?.name, 'Bavaria');
  assert.equal(de.getWord('Bayerischen')[0]?.form, 'adjective');
  assert.equal(de.getWord('bayerisch').length, 0, 'no bare stem');
  assert.equal(de.getWord('Atlantiks')[0]?.name, 'Atlantic Ocean');
  assert.ok(!('lat' in de.getWord('Europa')[0]), 'a continent never anchors a country as a city does');
  assert.equal(de.getWord('Europa')[0]?.country, 'EUR');
});

test('small towns are German-only; an empty language list keeps a place out of that language', () => {
  assert.ok(lex.de.places.getWord('Kreischa').length > 0);
  assert.equal(lex.en.places.getWord('Kreischa').length, 0);
  assert.ok(lex.en.places.getWord('Munich').length > 0);
});
