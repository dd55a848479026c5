import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCoder, type Coder } from '../src/pipeline/processor.ts';
import type { CodedDocument, Document, Lang, PartialDate } from '../src/types.ts';

/**
 * For any input the coder does not throw, and every span it reports points at its surface text:
 * text.slice(start, end) === surface for sentences, actors, triggers, sources, targets, evidence.
 */
let coder: Coder;
before(async () => { coder = await createCoder(); });

const RUNS = 300;

function checkSpans(c: CodedDocument): void {
  const text = c.doc.text;
  const at = (span: [number, number] | { start: number; end: number }, surface: string, what: string) => {
    const [s, e] = Array.isArray(span) ? span : [span.start, span.end];
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length, `${what}: span ${s}..${e} in bounds`);
    assert.equal(text.slice(s, e), surface, `${what}: text.slice(${s}, ${e})`);
  };
  for (const s of c.sentences) {
    at(s, s.text, 'sentence');
    assert.ok(s.start >= c.doc.bodyStart, 'sentence inside the body');
  }
  for (const a of c.actors) at(a, a.text, `actor ${a.rule}`);
  for (const ev of c.events) {
    at(ev.span, ev.evidence, 'evidence');
    at(ev.trigger.span, ev.trigger.text, `trigger ${ev.trigger.rule}`);
    if (ev.source) at(ev.source.span, ev.source.text, 'source');
    if (ev.target) at(ev.target.span, ev.target.text, 'target');
    assert.ok(ev.trigger.span[0] >= ev.span[0] && ev.trigger.span[1] <= ev.span[1], 'trigger inside its sentence');
  }
}

function doc(text: string, lang: Lang | undefined, published: PartialDate | null, bodyStart = 0): Document {
  return { id: 'p', text, lang, published, bodyStart, messages: [] };
}

const langArb = fc.constantFrom<Lang | undefined>('de', 'en', undefined);
const pubArb = fc.constantFrom<PartialDate | null>(null, { value: '2025', precision: 'year' }, { value: '2025-01', precision: 'month' }, { value: '2025-06-23', precision: 'day' });

test('random Unicode text: code() never throws and spans hold', () => {
  fc.assert(fc.property(fc.fullUnicodeString({ maxLength: 200 }), langArb, pubArb, (text, lang, pub) => {
    checkSpans(coder.code(doc(text, lang, pub)));
  }), { numRuns: RUNS });
});

const WORDS = [
  // German
  'Die', 'der', 'Regierung', 'Bundesregierung', 'Russland', 'Russlands', 'Iran', 'Irans', 'USA', 'US-Präsident', 'Merkel', 'Scholz',
  'Putin', 'Selenskyj', 'kritisierte', 'verurteilte', 'bot', 'an', 'angeboten', 'anzubieten', 'hat', 'sagte', 'forderte', 'nicht',
  'am', 'Freitag', '8.', 'Dezember', 'im', 'vergangenen', 'Jahr', 'z.', 'B.', 'Dr.', 'Außenministerin', 'Angriff', 'Sanktionen', 'gegen',
  'Ukraine', 'ukrainische', 'Kiew', 'Moskau', 'Berlin', 'NATO', 'EU', 'er', 'sie', 'Gespräche', 'unterzeichneten', 'Abkommen',
  // English
  'The', 'government', 'U.S.', 'US', 'us', 'Iran\'s', 'Russia’s', 'condemned', 'denied', 'offered', 'met', 'with', 'President', 'Biden',
  'George', 'W.', 'Bush', 'on', 'Friday', 'December', 'last', 'year', 'troops', 'attacked', 'Israel', 'Hamas', 'Gaza', 'said', 'he',
  'she', 'not', 'will', 'sanctions', 'against', 'talks', 'in', 'London', 'Washington', '2019', '1990', '3,5',
];
const PUNCT = ['.', ',', '!', '?', ':', ';', '„', '“', '"', '(', ')', '-', '–', '\n', '\n\n', ' ', '…', '\'', '’'];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 3 }) },
);
const seps = fc.constantFrom(' ', ' ', ' ', '', '\n', '\u00a0', '  ');
const newsArb = fc.array(fc.tuple(piece, seps), { maxLength: 60 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

test('random news-like word sequences: code() never throws and spans hold', () => {
  let events = 0;
  fc.assert(fc.property(newsArb, langArb, pubArb, (text, lang, pub) => {
    const c = coder.code(doc(text, lang, pub));
    events += c.events.length;
    checkSpans(c);
  }), { numRuns: RUNS });
  assert.ok(events > 0, 'the generator produces text that yields events, so event spans were checked');
});

test('documents with a date header: spans stay into the full text', () => {
  fc.assert(fc.property(newsArb, langArb, (body, lang) => {
    const header = 'date 2025-06-23\n';
    const c = coder.code(doc(header + body, lang, { value: '2025-06-23', precision: 'day' }, header.length));
    checkSpans(c);
  }), { numRuns: 100 });
});

test('a known sentence gives an event whose spans point at its words', () => {
  const text = 'Vorspann.\nDeutschland verurteilte am Freitag Russland.';
  const c = coder.code(doc(text, 'de', { value: '2025-06-23', precision: 'day' }));
  checkSpans(c);
  const ev = c.events.find((e) => e.trigger.text === 'verurteilte');
  assert.ok(ev, `an event on "verurteilte" (got ${c.events.map((e) => e.trigger.text).join(', ')})`);
  assert.equal(ev.trigger.span[0], text.indexOf('verurteilte'));
  assert.equal(ev.source?.text, 'Deutschland');
  assert.equal(ev.target?.text, 'Russland');
  assert.equal(ev.evidence, 'Deutschland verurteilte am Freitag Russland.');
});
