import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, coarsen, finerOrEqual, fromUTC, isoWeekday, parsePartialDate, toUTC } from './dates.ts';

test('parsePartialDate: year, month and day precision', () => {
  assert.deepEqual(parsePartialDate('2025'), { value: '2025', precision: 'year' });
  assert.deepEqual(parsePartialDate('2025-06'), { value: '2025-06', precision: 'month' });
  assert.deepEqual(parsePartialDate(' 2025-06-23 '), { value: '2025-06-23', precision: 'day' });
  assert.deepEqual(parsePartialDate('2025-06-23T10:00:00Z'), { value: '2025-06-23', precision: 'day' }, 'timestamps keep their date');
});

test('parsePartialDate rejects non-dates and impossible months', () => {
  for (const s of ['', 'gestern', '25-06-23', '2025-13', '2025-00-10', '2025-06-32', '2025-06-00']) assert.equal(parsePartialDate(s), null, s);
});

// Bug reported: day is checked only against 1..31, so 2025-02-30 and 2025-04-31 are accepted
// (toUTC then rolls them into March / May).
test('parsePartialDate rejects days that do not exist in the month', () => {
  assert.equal(parsePartialDate('2025-02-30'), null);
  assert.equal(parsePartialDate('2025-04-31'), null);
  assert.deepEqual(parsePartialDate('2024-02-29'), { value: '2024-02-29', precision: 'day' });
});

test('toUTC / fromUTC round trip at each precision', () => {
  for (const v of ['2025', '2025-06', '2025-06-23', '0999-01-01']) {
    const p = parsePartialDate(v)!;
    assert.deepEqual(fromUTC(toUTC(p), p.precision), p);
  }
  assert.equal(toUTC({ value: '2025', precision: 'year' }).toISOString(), '2025-01-01T00:00:00.000Z');
});

test('addDays crosses month and year boundaries in UTC', () => {
  assert.deepEqual(fromUTC(addDays(toUTC(parsePartialDate('2024-12-30')!), 3), 'day'), { value: '2025-01-02', precision: 'day' });
  assert.deepEqual(fromUTC(addDays(toUTC(parsePartialDate('2024-03-01')!), -1), 'day'), { value: '2024-02-29', precision: 'day' });
  assert.deepEqual(fromUTC(addDays(toUTC(parsePartialDate('2025-03-31')!), 1), 'day'), { value: '2025-04-01', precision: 'day' }, 'no DST effect');
});

test('coarsen never makes a date finer', () => {
  const d = parsePartialDate('2025-06-23')!;
  assert.deepEqual(coarsen(d, 'month'), { value: '2025-06', precision: 'month' });
  assert.deepEqual(coarsen(d, 'year'), { value: '2025', precision: 'year' });
  assert.deepEqual(coarsen(d, 'day'), d);
  const m = parsePartialDate('2025-06')!;
  assert.deepEqual(coarsen(m, 'day'), m);
});

test('finerOrEqual and isoWeekday', () => {
  assert.equal(finerOrEqual('day', 'month'), true);
  assert.equal(finerOrEqual('year', 'month'), false);
  assert.equal(finerOrEqual('month', 'month'), true);
  assert.equal(isoWeekday(toUTC(parsePartialDate('2025-06-23')!)), 1, 'Monday');
  assert.equal(isoWeekday(toUTC(parsePartialDate('2025-06-29')!)), 7, 'Sunday');
});
