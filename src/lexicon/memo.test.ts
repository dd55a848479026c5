import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MEMO_LIMIT, remember } from './memo.ts';

test('a compound memo returns what it stores and never holds more than its limit', () => {
  const memo = new Map<string, number>();
  assert.equal(remember(memo, 'Raketenangriff', 7), 7);
  assert.equal(memo.get('Raketenangriff'), 7);
  for (let k = 0; k < MEMO_LIMIT + 10; k++) remember(memo, `Wort${k}`, k);
  assert.ok(memo.size <= MEMO_LIMIT, `memo grew to ${memo.size}`);
  assert.equal(memo.get(`Wort${MEMO_LIMIT + 9}`), MEMO_LIMIT + 9, 'the latest word is kept');
});
