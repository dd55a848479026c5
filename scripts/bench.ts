/**
 * Throughput of the text pipeline on real news, one core: (a) a bare pass (sentence split +
 * tokenize) and (b) the full coder, per language, with the ratio full/bare. Reads
 * ../shared/corpora/{de-wikinews,en-bbc}.jsonl and skips a language whose corpus is absent.
 * Warm-up once, then the median of 3 runs. Prints figures, never fails on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { getLexicon, type Lexicon } from '../src/lexicon/compile.ts';
import { createCoder } from '../src/pipeline/processor.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { tokenize } from '../src/text/tokens.ts';
import type { Document, Lang } from '../src/types.ts';

const CORPORA = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
const BUDGET = Number(process.env.BENCH_BYTES ?? 2 * 1024 * 1024);
const RUNS = 3;
const FILES: Record<Lang, string> = { de: 'de-wikinews.jsonl', en: 'en-bbc.jsonl' };

function loadDocs(lang: Lang): Document[] | null {
  const path = CORPORA + FILES[lang];
  if (!existsSync(path)) return null;
  const docs: Document[] = [];
  let bytes = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || bytes >= BUDGET) continue;
    let rec: { id?: unknown; text?: unknown };
    try { rec = JSON.parse(line); } catch { continue; }
    if (typeof rec.text !== 'string' || !rec.text.trim()) continue;
    bytes += Buffer.byteLength(rec.text);
    docs.push({ id: String(rec.id ?? docs.length), text: rec.text, lang, published: null, bodyStart: 0, messages: [] });
  }
  return docs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => number): { ms: number; sentences: number } {
  fn(); // warm-up
  const runs: number[] = [];
  let sentences = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sentences = fn();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), sentences };
}

function barePass(docs: Document[], lex: Lexicon, lang: Lang): number {
  const cues = lex[lang].cues;
  const opts = { abbreviations: cues.abbreviations, months: new Set(cues.months.keys()) };
  let n = 0;
  let sink = 0;
  for (const d of docs) {
    for (const s of splitSentences(d.text, d.bodyStart, d.text.length, opts)) {
      n++;
      sink += tokenize(d.text, s.start, s.end).length;
    }
  }
  if (sink < 0) console.log(sink);
  return n;
}

const mb = (bytes: number) => bytes / (1024 * 1024);
const fmt = (x: number, d = 1) => x.toFixed(d);

async function main(): Promise<void> {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const lex = getLexicon();
  const loadMs = performance.now() - t0;
  const heap1 = process.memoryUsage().heapUsed;
  const coder = await createCoder();
  console.log(`lexicon load+compile: ${fmt(loadMs, 0)} ms, heap +${fmt(mb(heap1 - heap0))} MB (heap used ${fmt(mb(heap1))} MB)`);
  console.log(`budget ${fmt(mb(BUDGET))} MB per language, median of ${RUNS} runs after one warm-up, one core\n`);
  for (const lang of ['de', 'en'] as const) {
    const docs = loadDocs(lang);
    if (!docs) { console.log(`${lang}: skipped, ${CORPORA}${FILES[lang]} not found`); continue; }
    const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
    const bare = time(() => barePass(docs, lex, lang));
    const full = time(() => { let n = 0; for (const d of docs) n += coder.code(d).sentences.length; return n; });
    const row = (name: string, r: { ms: number; sentences: number }) =>
      `  ${name.padEnd(5)} ${fmt(r.ms, 0).padStart(7)} ms  ${fmt(r.sentences / (r.ms / 1000), 0).padStart(9)} sentences/s  ${fmt(mb(bytes) / (r.ms / 1000), 2).padStart(8)} MB/s`;
    console.log(`${lang}: ${docs.length} documents, ${fmt(mb(bytes), 2)} MB, ${bare.sentences} sentences`);
    console.log(row('bare', bare));
    console.log(row('full', full));
    console.log(`  full/bare time ratio: ${fmt(full.ms / bare.ms)}×`);
  }
  console.log(`\nheap used at end: ${fmt(mb(process.memoryUsage().heapUsed))} MB`);
}

await main();
