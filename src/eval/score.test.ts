import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameActor, score, type GoldEvent } from './score.ts';
import type { EventRecord } from '../types.ts';

test('a gold organisation class code agrees with any code of that class, a country code must be equal', () => {
  assert.ok(sameActor('IGO', 'IGOOAU'));
  assert.ok(sameActor('NATO', 'NAT'));
  assert.ok(sameActor('UNO', 'UNOPKO'));
  assert.ok(sameActor('NGO', 'NGOHRI'));
  assert.ok(!sameActor('IGO', 'UNO'));
  assert.ok(!sameActor('USA', 'USAGOV'));
  assert.ok(!sameActor('USAGOV', 'USA'));
  assert.ok(!sameActor('IGOOAU', 'IGOWAS'));
  assert.ok(sameActor(null, null));
  assert.ok(!sameActor(null, 'USA'));
});

test('actor accuracy counts a matched pair as right only when the full codes agree', () => {
  const g = (source: string, target: string | null): GoldEvent => ({ kind: 'event', doc: 'd', quote: 'x', source, target, roots: ['11'], status: 'actual', date: null, required: true });
  const e = (source: string, target: string): EventRecord => ({ doc: 'd', evidence: 'x y', root: '11', status: 'actual', date: null, source: { code: source }, target: { code: target } } as unknown as EventRecord);
  assert.equal(score([g('IGO', 'KEN')], [e('IGOOAU', 'KEN')]).actor_accuracy, 1);
  assert.equal(score([g('USA', 'KEN')], [e('USAGOV', 'KEN')]).actor_accuracy, 0);
  assert.equal(score([g('USA', 'KENGOV')], [e('USA', 'KEN')]).actor_accuracy, 0);
  assert.equal(score([g('USA', null)], [e('USA', 'KENMIL')]).actor_accuracy, 1);
});
