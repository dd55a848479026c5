/**
 * Throughput of the text pipeline on real news, one core: (a) a bare pass (sentence split +
 * tokenize) and (b) the full coder, per language, with the ratio full/bare. Reads
 * ../shared/corpora/{de-wikinews,en-bbc}.jsonl and skips a language whose corpus is absent.
 * Warm-up once, then RUNS rounds that each time the bare pass and then the full coder, so both
 * see the same machine; the figures are the fastest round of each (on a shared machine the other
 * tenants only ever add time) and the median is printed beside. The headline ratio is the median over rounds of each round's
 * full/bare CPU-time ratio: the two passes of a round run back to back, so a slow spell of a shared machine slows both.
 * Beside it, the ratio with the passes interleaved in chunks of 50 documents, which a busy spell a few seconds long
 * cannot tilt. Prints figures, never fails on them.
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
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
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

interface Timing { best: number; median: number; sentences: number; cpu: number[] }

/** CPU time of this process in ms (user + system): what the pass itself cost, not the waits for other tenants of the machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Warm-up, then rounds alternating the two passes; the fastest and the median round of each, and each round's CPU time. */
function timePair(a: () => number, b: () => number): [Timing, Timing] {
  a(); b(); // warm-up
  const ta: number[] = [], tb: number[] = [], ca: number[] = [], cb: number[] = [];
  let na = 0, nb = 0;
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    let c0 = cpuMs();
    na = a();
    ta.push(performance.now() - t0);
    ca.push(cpuMs() - c0);
    t0 = performance.now();
    c0 = cpuMs();
    nb = b();
    tb.push(performance.now() - t0);
    cb.push(cpuMs() - c0);
  }
  return [{ best: Math.min(...ta), median: median(ta), sentences: na, cpu: ca }, { best: Math.min(...tb), median: median(tb), sentences: nb, cpu: cb }];
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

const CHUNK = 50;
/** Each round runs both passes chunk by chunk (bare, then full, on the same 50 documents) and sums their CPU times. */
function chunkedRatio(docs: Document[], bare: (ds: Document[]) => void, full: (ds: Document[]) => void): { median: number; min: number; max: number } {
  const ratios: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let tb = 0, tf = 0;
    for (let k = 0; k < docs.length; k += CHUNK) {
      const chunk = docs.slice(k, k + CHUNK);
      let c0 = cpuMs();
      bare(chunk);
      tb += cpuMs() - c0;
      c0 = cpuMs();
      full(chunk);
      tf += cpuMs() - c0;
    }
    ratios.push(tf / tb);
  }
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
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
  console.log(`budget ${fmt(mb(BUDGET))} MB per language, ${RUNS} alternating rounds after one warm-up, one core\n`);
  for (const lang of ['de', 'en'] as const) {
    const docs = loadDocs(lang);
    if (!docs) { console.log(`${lang}: skipped, ${CORPORA}${FILES[lang]} not found`); continue; }
    const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text), 0);
    const [bare, full] = timePair(() => barePass(docs, lex, lang), () => { let n = 0; for (const d of docs) n += coder.code(d).sentences.length; return n; });
    const row = (name: string, r: Timing) =>
      `  ${name.padEnd(5)} ${fmt(r.best, 0).padStart(7)} ms  ${fmt(r.sentences / (r.best / 1000), 0).padStart(9)} sentences/s  ${fmt(mb(bytes) / (r.best / 1000), 2).padStart(8)} MB/s   (median ${fmt(r.median, 0)} ms)`;
    console.log(`${lang}: ${docs.length} documents, ${fmt(mb(bytes), 2)} MB, ${bare.sentences} sentences`);
    console.log(row('bare', bare));
    console.log(row('full', full));
    // the ratio of each round's two passes, measured back to back, then the median of those: a slow spell of the machine
    // slows both passes of a round alike, where the fastest rounds of each pass may come from different spells
    const paired = median(full.cpu.map((c, k) => c / bare.cpu[k]));
    console.log(`  full/bare ratio: ${fmt(paired)}× (median of the rounds' CPU-time ratios); wall time ${fmt(full.best / bare.best)}× fastest rounds, ${fmt(full.median / bare.median)}× medians`);
    // the same two passes interleaved in chunks of 50 documents: a busy spell of a shared machine falls on both passes of a chunk
    const chunked = chunkedRatio(docs, (ds) => barePass(ds, lex, lang), (ds) => { for (const d of ds) coder.code(d); });
    console.log(`  full/bare ratio in chunks of ${CHUNK} documents: ${fmt(chunked.median)}× (median of ${RUNS} rounds; range ${fmt(chunked.min)}–${fmt(chunked.max)}×)`);
  }
  console.log(`\nheap used at end: ${fmt(mb(process.memoryUsage().heapUsed))} MB`);
}

await main();
