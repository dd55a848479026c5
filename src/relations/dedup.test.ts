import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterMentions, datesCompatible, realisesPlan, type Mention } from './dedup.ts';

const m = (id: string, over: Partial<Mention>): Mention => ({
  id, doc: id, outlet: id, a: 'RUS', b: 'IRN', root: '05', code: '057', quad: 1, goldstein: 8, status: 'actual', date: '2025-01-17', place_country: null, ...over,
});

test('dates: a month fits its days, neighbouring days fit, other days do not', () => {
  assert.ok(datesCompatible('2025-01', '2025-01-17'));
  assert.ok(datesCompatible('2025-01-17', '2025-01-18'));
  assert.equal(datesCompatible('2025-01-17', '2025-01-20'), false);
  assert.equal(datesCompatible('2025-02', '2025-01-17'), false);
  assert.ok(realisesPlan('2025-01', '2025-03-02'));
  assert.equal(realisesPlan('2025-01', '2024-12-30'), false);
});

test('symmetric codes merge both directions; directed codes and other roots do not', () => {
  const cs = clusterMentions([m('a', {}), m('b', { a: 'IRN', b: 'RUS' }), m('c', { code: '163', root: '16', a: 'RUS', b: 'IRN' }), m('d', { code: '163', root: '16', a: 'IRN', b: 'RUS' })]);
  assert.deepEqual(cs.map((c) => c.members.map((x) => x.id)), [['a', 'b'], ['c'], ['d']]);
});

test('statuses: alleged joins actual, negated and planned stay apart; places must agree', () => {
  const cs = clusterMentions([m('a', {}), m('b', { status: 'alleged' }), m('c', { status: 'negated' }), m('d', { place_country: 'RUS' }), m('e', { place_country: 'IRN' })]);
  const of = (id: string) => cs.find((c) => c.members.some((x) => x.id === id))!;
  assert.equal(of('a'), of('b'));
  assert.notEqual(of('a'), of('c'));
  assert.notEqual(of('d'), of('e'));
  assert.equal(of('a').status, 'actual');
});

test('an undated mention joins a dated event only from the same document', () => {
  const cs = clusterMentions([m('a', {}), m('b', { date: null }), m('c', { date: null, doc: 'a' })]);
  assert.deepEqual(cs.map((c) => c.members.map((x) => x.id).sort()), [['a', 'c'], ['b']]);
});
