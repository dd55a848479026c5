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

test('German country names and seats of power get the adjective endings too ("Das Vereinigte Königreich", "das Blaue Haus")', () => {
  const lex = getLexicon();
  const at = (text: string, i: number) => {
    const words = text.split(' ');
    let pos = 0;
    const tokens = words.map((t) => { const tok = { text: t, start: pos, end: pos + t.length, lower: t.toLowerCase(), kind: 'word' as const, vid: -2 }; pos += t.length + 1; return tok; });
    return lex.de.actors.matchAt(tokens, i).map((h) => h.value.code);
  };
  assert.ok(at('Das Vereinigte Königreich', 1).includes('GBR'));
  assert.ok(at('Das Blaue Haus', 1).includes('KORGOV'));
});

test('German multiword agent forms get the adjective endings too ("Der Oberste Gerichtshof")', () => {
  const lex = getLexicon();
  const tokens = ['Der', 'Oberste', 'Gerichtshof'].map((t, k) => ({ text: t, start: k * 12, end: k * 12 + t.length, lower: t.toLowerCase(), kind: 'word' as const, vid: -2 }));
  assert.ok(lex.de.actors.matchAt(tokens, 1).some((h) => h.len === 2 && h.value.kind === 'agent' && h.value.code === 'JUD'));
});
