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

test('attribute accuracy pairs a gold event with the extracted event whose trigger lies in the quote', () => {
  const g: GoldEvent = { kind: 'event', doc: 'd', quote: 'the cabinet approved the call-up', source: 'ISRGOV', target: null, roots: ['15'], status: 'actual', date: null, required: true };
  const evidence = 'Netanyahu ordered the army to prepare, and the cabinet approved the call-up of reservists.';
  const ev = (code: string, trigger: string): EventRecord => {
    const at = evidence.indexOf(trigger);
    return { doc: 'd', evidence, span: [100, 100 + evidence.length], root: '15', status: 'actual', date: null, source: { code }, target: null, trigger: { text: trigger, span: [100 + at, 100 + at + trigger.length] } } as unknown as EventRecord;
  };
  const s = score([g], [ev('ISRMIL', 'prepare'), ev('ISRGOV', 'call-up')]);
  assert.equal(s.recall, 1);
  assert.equal(s.actor_accuracy, 1, 'paired with the call-up, not with the preparation before it');
});
