/** Clause segmentation: punctuation, clause openers, and English clauses without "that". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import { segmentClauses } from './clauses.ts';

const L = getLexicon().en;
const aux = (t: { lower: string }) => L.cues.pastAux.has(t.lower) || L.cues.passiveAux.has(t.lower);
function clausesOf(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  const { clauses } = segmentClauses(tokens, L.cues, (j) => aux(tokens[j]) || L.triggers.matchAt(tokens, j).some((h) => h.value.type !== 'noun'));
  return clauses.map((c) => tokens.slice(c.start, c.end + 1).map((t) => t.text).join(' '));
}

test('a reporting verb opens a clause without "that" when a subject and a finite verb follow', () => {
  assert.deepEqual(clausesOf('Rebels in Sudan said the government had launched an offensive.'), ['Rebels in Sudan said', 'the government had launched an offensive .']);
  assert.deepEqual(clausesOf('Kerry said Turkey had to provide evidence.'), ['Kerry said', 'Turkey had to provide evidence .']);
  // a bare noun phrase of a word or two right before the verb: "said gunmen snatched him", "said security forces had fired"
  assert.deepEqual(clausesOf('Officials said gunmen snatched him.'), ['Officials said', 'gunmen snatched him .']);
  assert.deepEqual(clausesOf('The army said security forces had fired.'), ['The army said', 'security forces had fired .']);
  // (not a preposition or an adverb: "are said to be angry", "said yesterday")
  assert.equal(clausesOf('Politicians are said to be angry over the plan.').length, 1);
});

test('no clause without "that" after a reporting verb used as a noun, or before a plain object', () => {
  assert.equal(clausesOf('The court backed demands for an inquiry into claims a hotel worker was beaten.').length, 1);
  assert.equal(clausesOf('The minister said the words in Paris.').length, 1);
  assert.deepEqual(clausesOf('He said that the army had withdrawn.'), ['He said', 'that the army had withdrawn .']);
});

const LD = getLexicon().de;
function clausesDe(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  const isAux = (j: number) => LD.cues.pastAux.has(tokens[j].lower) || LD.cues.passiveAux.has(tokens[j].lower);
  const { clauses } = segmentClauses(tokens, LD.cues, (j) => isAux(j) || LD.triggers.matchAt(tokens, j).some((h) => h.value.type !== 'noun'),
    (j) => isAux(j) || LD.triggers.matchAt(tokens, j).some((h) => h.value.type === 'finite'));
  return clauses.map((c) => tokens.slice(c.start, c.end + 1).map((t) => t.text).join(' '));
}

test('the comma of a list does not end a clause; a comma before a new subject and its finite verb does', () => {
  assert.equal(clausesDe('Die Polizei hat mehr als 1500 Anwälte, Richter und Regierungskritiker festgenommen.').length, 1);
  assert.equal(clausesDe('Die EU forderte freie Wahlen, Spanien und Deutschland drohten mit der Anerkennung.').length, 2);
  assert.equal(clausesDe('Sie werfen Pjöngjang vor, Russland Granaten und Raketen geliefert zu haben.').length, 2);
});
