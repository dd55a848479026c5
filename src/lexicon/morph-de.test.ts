import { test } from 'node:test';
import assert from 'node:assert/strict';
import { germanVerbForms, type VerbForm } from './morph-de.ts';

const BIETEN = ['bieten', 'bietet', 'bot', 'geboten'];
const find = (forms: VerbForm[], form: string, needsParticle?: boolean) =>
  forms.filter((f) => f.form === form && (needsParticle === undefined || f.needsParticle === needsParticle));
const has = (forms: VerbForm[], form: string) => forms.some((f) => f.form === form);

test('weak verb: present, past and participle by rule', () => {
  const forms = germanVerbForms('verurteilen');
  for (const f of ['verurteile', 'verurteilen', 'verurteilt', 'verurteilte', 'verurteilten']) assert.ok(has(forms, f), f);
  assert.ok(!has(forms, 'verurteilst'), 'no second person');
  assert.ok(!has(forms, 'geverurteilt'), 'no ge- after ver-');
  assert.ok(forms.every((f) => !f.needsParticle));
});

// dedupe() once preferred the adjectival participle "verurteilte" (participle + -e) over the finite past form.
test('weak verb: "verurteilte" is a finite past form', () => {
  const forms = germanVerbForms('verurteilen');
  assert.ok(forms.some((f) => f.form === 'verurteilte' && f.type === 'finite' && f.past === true));
  assert.ok(forms.some((f) => f.form === 'verurteilten' && f.type === 'finite' && f.past === true));
});

test('weak verb: past forms are marked past, present forms are not', () => {
  const forms = germanVerbForms('fordern');
  assert.deepEqual(find(forms, 'forderte').map((f) => [f.type, f.past]), [['finite', true]]);
  assert.deepEqual(find(forms, 'fordert').map((f) => [f.type, f.past]), [['finite', false]]);
  assert.ok(has(forms, 'gefordert') && has(forms, 'geforderten'));
});

test('weak verb: e-insertion after t/d and consonant+n ("öffnet", "richtete")', () => {
  const oeffnen = germanVerbForms('öffnen');
  assert.ok(has(oeffnen, 'öffnet') && has(oeffnen, 'öffnete') && has(oeffnen, 'geöffnet'));
  const richten = germanVerbForms('richten');
  assert.ok(has(richten, 'richtet') && has(richten, 'richtete') && has(richten, 'gerichtet'));
  assert.ok(!has(richten, 'richtt'));
});

// Bug reported: needsE() excludes h before n, so "zeichnen"/"rechnen" give "unterzeichnt", "unterzeichnte".
test('weak verb: e-insertion after "chn" ("unterzeichnet")', () => {
  const forms = germanVerbForms('unterzeichnen');
  assert.ok(has(forms, 'unterzeichnet'));
  assert.ok(has(forms, 'unterzeichnete'));
  assert.ok(has(forms, 'unterzeichneten'));
});

test('participle without ge- for be-/ver- prefixes and -ieren verbs', () => {
  assert.ok(has(germanVerbForms('besuchen'), 'besucht'));
  assert.ok(!has(germanVerbForms('besuchen'), 'gebesucht'));
  const krit = germanVerbForms('kritisieren');
  assert.ok(has(krit, 'kritisiert') && has(krit, 'kritisierte') && has(krit, 'kritisierten'));
  assert.ok(!has(krit, 'gekritisiert'));
  assert.ok(has(germanVerbForms('verhandeln'), 'verhandelt'));
  assert.ok(has(germanVerbForms('verhandeln'), 'verhandelte'));
});

test('strong verb from principal parts', () => {
  const forms = germanVerbForms('bieten', null, BIETEN);
  for (const f of ['bietet', 'bot', 'boten', 'geboten', 'gebotenen']) assert.ok(has(forms, f), f);
  assert.deepEqual(find(forms, 'bot').map((f) => [f.type, f.past, f.needsParticle]), [['finite', true, false]]);
  assert.equal(find(forms, 'geboten')[0].type, 'participle');
  assert.ok(!has(forms, 'bietete'), 'no weak past for a strong verb');
});

test('separable strong verb: separated finite forms need the particle, joined forms stand alone', () => {
  const forms = germanVerbForms('anbieten', 'an', BIETEN);
  assert.equal(find(forms, 'bot', true).length, 1, '"bot" needs "an" later in the clause');
  assert.equal(find(forms, 'bot', false).length, 0, '"bot" alone is not anbieten');
  assert.equal(find(forms, 'bietet', true).length, 1);
  const anbot = find(forms, 'anbot', false);
  assert.equal(anbot.length, 1);
  assert.equal(anbot[0].past, true);
  assert.deepEqual(find(forms, 'angeboten').map((f) => [f.type, f.needsParticle]), [['participle', false]]);
  assert.deepEqual(find(forms, 'anzubieten').map((f) => [f.type, f.needsParticle]), [['zu-infinitive', false]]);
  assert.ok(!has(forms, 'geboten'), 'the participle carries the particle');
});

test('separable weak verb: "kündigte … an", "angekündigt", "anzukündigen"', () => {
  const forms = germanVerbForms('ankündigen', 'an');
  assert.equal(find(forms, 'kündigte', true).length, 1);
  assert.equal(find(forms, 'ankündigte', false).length, 1);
  assert.ok(has(forms, 'angekündigt'));
  assert.ok(has(forms, 'anzukündigen'));
  assert.ok(!has(forms, 'gekündigt'));
});
