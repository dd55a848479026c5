/** The conditions a trigger pattern puts on its clause. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokens.ts';
import { hasWithout } from './triggers.ts';

const clauseOf = (text: string) => {
  const tokens = tokenize(text, 0, text.length);
  return { tokens, clause: { index: 0, start: 0, end: tokens.length - 1, opener: null, openerToken: null } };
};
const at = (tokens: { lower: string }[], w: string) => tokens.findIndex((t) => t.lower === w);

test('without-words: prefixes, whole words with a final $, phrases that include the trigger', () => {
  const w = { prefixes: ['strik'], exact: new Set(['put']), phrases: [['as', 'opposed', 'to']] };
  let { tokens, clause } = clauseOf('She shot the put into the net');
  assert.equal(hasWithout(tokens, clause, at(tokens, 'shot'), w), true, 'the whole word');
  ({ tokens, clause } = clauseOf('Troops loyal to Putin shot at soldiers'));
  assert.equal(hasWithout(tokens, clause, at(tokens, 'shot'), w), false, 'a whole word is no prefix: Putin');
  ({ tokens, clause } = clauseOf('The striker shot wide'));
  assert.equal(hasWithout(tokens, clause, at(tokens, 'shot'), w), true, 'a prefix');
  ({ tokens, clause } = clauseOf('Talks, as opposed to war'));
  assert.equal(hasWithout(tokens, clause, at(tokens, 'opposed'), w), true, 'a phrase containing the trigger itself');
  ({ tokens, clause } = clauseOf('Britain opposed the plan'));
  assert.equal(hasWithout(tokens, clause, at(tokens, 'opposed'), w), false);
});

test('a separable verb whose particle is there beats the plain verb even when a with-word of the plain verb stands in the clause ("Das Gericht klagte … an" is an indictment, no lawsuit)', async () => {
  const { createCoder } = await import('../pipeline/processor.ts');
  const { parsePartialDate } = await import('./dates.ts');
  const coder = await createCoder();
  const text = 'Das Gericht klagte den früheren Präsidenten Liberias wegen Kriegsverbrechen an.';
  const r = coder.code({ id: 't', text, published: parsePartialDate('2006-06-21'), bodyStart: 0, lang: 'de', messages: [] });
  assert.deepEqual(r.events.map((e) => e.trigger.rule), ['de.verb.173.anklagen']);
});
