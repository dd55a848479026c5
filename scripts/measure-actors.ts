/**
 * How well the lexicon recognises actors and places in real German news, measured against the
 * GermEval 2014 NER gold (../shared/corpora/germeval2014-dev.tsv, news sentences only: those whose
 * `#` line is not a Wikipedia address).
 *
 *  - recall: share of gold LOC and LOCderiv spans (outer column: "Moskau", "iranischen", "deutsche")
 *    that overlap an actor mention or a place match;
 *  - precision: share of named actor mentions and place matches (no pronouns, descriptions or bare
 *    agents such as "die Regierung") that overlap a gold LOC, LOCderiv, LOCpart, ORG, ORGpart or
 *    PER span (outer or nested column).
 *
 * Each sentence is rebuilt from its tokens joined by single spaces and coded on its own as a German
 * document dated by its `#` line. Prints both figures with counts and the most frequent misses.
 * Usage: npm run measure:actors [-- --top N] [-- --verbose]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCoder } from '../src/pipeline/processor.ts';
import { findPlaceMatches, isNamedMention } from '../src/coding/recognise.ts';
import { parsePartialDate } from '../src/coding/dates.ts';
import { tokenize } from '../src/text/tokens.ts';

const FILE = fileURLToPath(new URL('../../shared/corpora/germeval2014-dev.tsv', import.meta.url));
const args = process.argv.slice(2);
const topIdx = args.indexOf('--top');
const TOP = topIdx >= 0 ? Number(args[topIdx + 1]) : 40;
const VERBOSE = args.includes('--verbose');

interface Span { start: number; end: number; type: string; text: string }
interface Sent { url: string; date: string | null; text: string; outer: Span[]; nested: Span[] }

function parse(tsv: string): Sent[] {
  const out: Sent[] = [];
  let cur: { url: string; date: string | null; toks: string[]; tags: [string, string][] } | null = null;
  const flush = () => {
    if (!cur || !cur.toks.length) { cur = null; return; }
    const offs: [number, number][] = [];
    let pos = 0;
    for (const t of cur.toks) { offs.push([pos, pos + t.length]); pos += t.length + 1; }
    const text = cur.toks.join(' ');
    const spans = (col: 0 | 1): Span[] => {
      const res: Span[] = [];
      let open: { s: number; e: number; type: string } | null = null;
      const close = () => { if (open) res.push({ start: offs[open.s][0], end: offs[open.e][1], type: open.type, text: text.slice(offs[open.s][0], offs[open.e][1]) }); open = null; };
      cur!.tags.forEach((tg, i) => {
        const tag = tg[col];
        const m = /^([BI])-(.+)$/.exec(tag);
        if (!m) { close(); return; }
        if (m[1] === 'B' || !open || open.type !== m[2]) { close(); open = { s: i, e: i, type: m[2] }; } else open.e = i;
      });
      close();
      return res;
    };
    out.push({ url: cur.url, date: cur.date, text, outer: spans(0), nested: spans(1) });
    cur = null;
  };
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#')) {
      flush();
      const parts = line.split('\t');
      const date = /\[(\d{4}-\d{2}-\d{2})\]/.exec(line)?.[1] ?? null;
      cur = { url: (parts[1] ?? '').trim(), date, toks: [], tags: [] };
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    const f = line.split('\t');
    if (!cur || f.length < 4) continue;
    cur.toks.push(f[1]);
    cur.tags.push([f[2], f[3]]);
  }
  flush();
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function bump(m: Map<string, number>, k: string): void { m.set(k, (m.get(k) ?? 0) + 1); }
function top(m: Map<string, number>, n: number): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`).join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) { console.log(`measure-actors: ${FILE} not found, skipped`); return; }
  const sents = parse(readFileSync(FILE, 'utf8')).filter((s) => !/wikipedia\.org/i.test(s.url));
  const coder = await createCoder();
  const L = coder.lexicon.de;
  const RECALL_TYPES = new Set(['LOC', 'LOCderiv']);
  const PREC_TYPES = new Set(['LOC', 'LOCderiv', 'LOCpart', 'ORG', 'ORGpart', 'PER']);
  let goldN = 0, goldHit = 0, recN = 0, recHit = 0;
  const missed = new Map<string, number>();
  const unmatched = new Map<string, number>();
  const byKind = new Map<string, [number, number]>();
  for (const s of sents) {
    const coded = coder.code({ id: 'germeval', text: s.text, published: s.date ? parsePartialDate(s.date) : null, bodyStart: 0, lang: 'de', messages: [] });
    const named = coded.actors.filter(isNamedMention).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind as string, rule: m.rule }));
    const places = findPlaceMatches(tokenize(s.text, 0, s.text.length), L, s.text)
      .filter((p) => !named.some((m) => overlaps(m, p)))
      .map((p) => ({ start: p.start, end: p.end, text: p.text, kind: p.rule ? `place-${p.rule}` : p.city ? 'place' : 'place-country', rule: p.rule ? `place-${p.rule}.${p.name}` : `place.${p.name}` }));
    const recognised = [...named, ...places];
    const anyRecognised = [...coded.actors.filter((m) => m.kind !== 'pronoun'), ...places];
    for (const g of s.outer) {
      if (!RECALL_TYPES.has(g.type)) continue;
      goldN++;
      if (anyRecognised.some((r) => overlaps(r, g))) goldHit++;
      else { bump(missed, `${g.text} [${g.type}]`); if (VERBOSE) console.log(`MISS ${g.text} [${g.type}] | ${s.text}`); }
    }
    const goldAll = [...s.outer, ...s.nested].filter((g) => PREC_TYPES.has(g.type));
    for (const r of recognised) {
      recN++;
      const k = byKind.get(r.kind) ?? [0, 0];
      k[0]++;
      if (goldAll.some((g) => overlaps(r, g))) { recHit++; k[1]++; }
      else { bump(unmatched, `${r.text} (${r.rule})`); if (VERBOSE) console.log(`FP   ${r.text} (${r.rule}) | ${s.text}`); }
      byKind.set(r.kind, k);
    }
  }
  const pct = (a: number, b: number) => (b ? (100 * a / b).toFixed(1) : 'n/a') + '%';
  console.log(`GermEval 2014 dev, news sentences: ${sents.length}`);
  console.log(`recall    (gold LOC+LOCderiv spans overlapping a recognised actor or place): ${pct(goldHit, goldN)}  (${goldHit}/${goldN})`);
  console.log(`precision (named actor and place spans overlapping a gold LOC/LOCderiv/LOCpart/ORG/ORGpart/PER span): ${pct(recHit, recN)}  (${recHit}/${recN})`);
  console.log('precision by kind: ' + [...byKind.entries()].sort((a, b) => b[1][0] - a[1][0]).map(([k, [n, h]]) => `${k} ${h}/${n}`).join(', '));
  console.log(`\ntop missed gold spans:\n${top(missed, TOP)}`);
  console.log(`\ntop unmatched recognised spans:\n${top(unmatched, TOP)}`);
}

await main();
