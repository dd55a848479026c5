import type { Token } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';

/**
 * Clause segmentation by punctuation and clause-opening words. Returns for every token the index
 * of its clause; clause 0 starts the sentence. A clause also records the word that opened it
 * ("dass", "um", "which"), which tells roles whether it has a subject of its own.
 */
export interface Clause { index: number; start: number; end: number; opener: string | null; openerToken: number | null }

// parentheses enclose appositions ("die Rapid Support Forces (RSF)") and do not end a clause
const BREAK = new Set([',', ';', ':', '\u2013', '\u2014', '"', '\u201e', '\u201c', '\u201d', '\u00bb', '\u00ab']);

function close(clauses: Clause[], start: number, end: number, opener: string | null, openerToken: number | null): void {
  if (end >= start) clauses.push({ index: clauses.length, start, end, opener, openerToken });
}

export function segmentClauses(tokens: Token[], cues: CueSets, isVerb: (i: number) => boolean = () => false): { clauses: Clause[]; clauseOf: number[] } {
  const clauses: Clause[] = [];
  const clauseOf: number[] = new Array(tokens.length).fill(0);
  let start = 0;
  let opener: string | null = null;
  let openerToken: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text.length > 2 && t.text.endsWith(';')) { clauseOf[i] = clauses.length; continue; }
    if (t.kind === 'punct' && BREAK.has(t.text) && t.text !== '-') {
      // a quote mark alone inside a phrase („strategische Partnerschaft“) does not break a clause
      if (/["\u201e\u201c\u201d\u00bb\u00ab]/.test(t.text)) { clauseOf[i] = clauses.length; continue; }
      close(clauses, start, i, opener, openerToken);
      start = i + 1;
      opener = null;
      openerToken = null;
      clauseOf[i] = clauses.length;
      // the word right after a comma may open a subordinate clause
      const n = tokens[i + 1];
      if (n && cues.clauseOpeners.has(n.lower)) { opener = n.lower; openerToken = i + 1; }
      continue;
    }
    if (i > start && cues.clauseOpeners.has(t.lower) && (isStrongOpener(t.lower) || (WEAK_OPENERS.has(t.lower) && verbFollows(tokens, i, isVerb)))) {
      close(clauses, start, i - 1, opener, openerToken);
      start = i;
      opener = t.lower;
      openerToken = i;
    }
    clauseOf[i] = clauses.length;
  }
  close(clauses, start, tokens.length - 1, opener, openerToken);
  if (clauses.length === 0) clauses.push({ index: 0, start: 0, end: tokens.length - 1, opener: null, openerToken: null });
  return { clauses, clauseOf };
}

/**
 * Words that are conjunctions or prepositions ("after the talks" / "after a rocket attack killed two
 * children"): they open a clause when a verb follows within a few words, before any break.
 */
const WEAK_OPENERS = new Set(['after', 'before', 'since', 'until', 'when', 'as', 'once', 'if', 'unless']);
function verbFollows(tokens: Token[], i: number, isVerb: (i: number) => boolean): boolean {
  // "after rounding up dissidents": a participle shares the main clause's subject
  if (/ing$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    if (BREAK.has(tokens[j].text)) return false;
    if (tokens[j].kind === 'word' && /^\p{Ll}/u.test(tokens[j].text) && isVerb(j)) return true;
  }
  return false;
}

/** Conjunctions that open a clause even without a comma before them. */
function isStrongOpener(w: string): boolean {
  return ['dass', 'weil', 'nachdem', 'obwohl', 'that', 'because', 'while', 'although', 'whereas', 'but', 'aber', 'jedoch', 'sondern', 'who', 'which'].includes(w);
}
