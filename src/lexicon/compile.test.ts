/** Forms the compiler adds to lexicon names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { germanAdjectiveForms, getLexicon } from './compile.ts';

test('German names opening with adjectives get every adjective ending; other names stay as they are', () => {
  const forms = germanAdjectiveForms('Internationaler Strafgerichtshof');
  for (const f of ['Internationaler Strafgerichtshof', 'Internationale Strafgerichtshof', 'Internationalen Strafgerichtshof']) assert.ok(forms.includes(f), f);
  assert.ok(germanAdjectiveForms('Freie Syrische Armee').includes('Freien Syrischen Armee'), 'all opening adjectives agree');
  assert.deepEqual(germanAdjectiveForms('Hamas'), ['Hamas']);
  assert.deepEqual(germanAdjectiveForms('Neue Zürcher Zeitung'), ['Neue Zürcher Zeitung'], 'a stem under four letters is no adjective the rule knows');
  assert.deepEqual(germanAdjectiveForms('Sicherheitsrat der Vereinten Nationen'), ['Sicherheitsrat der Vereinten Nationen'], 'only opening words');
});

test('the compiled German lexicon finds an organisation in a weak form no file lists ("Der Islamische Staat")', () => {
  const lex = getLexicon();
  const tokens = 'Der Islamische Staat'.split(' ').map((t, k, a) => {
    const start = a.slice(0, k).join(' ').length + (k ? 1 : 0);
    return { text: t, start, end: start + t.length, lower: t.toLowerCase(), kind: 'word' as const, vid: -2 };
  });
  assert.ok(lex.de.actors.matchAt(tokens, 1).some((h) => h.value.kind === 'organisation' && h.value.code.startsWith('IMG')));
});
