import cliProgress from 'cli-progress';
import type { Document, Lang, PartialDate } from '../../types.ts';
import { createCoder, type Coder } from '../../pipeline/processor.ts';
import { listInputs, readInput, type Rejection } from '../../ingest/read.ts';
import { openStore } from '../../store/database.ts';
import { ingestDocument, type IngestStatus } from '../../store/ingest.ts';
import { finishWithRejections, parseLang, parsePublished, rejections } from '../common.ts';

export interface IngestOptions { db: string; published?: string; lang?: string; quiet?: boolean; lexicon: string[] }

const BAR_THRESHOLD = 20;

export async function run(inputs: string[], o: IngestOptions): Promise<void> {
  const published = parsePublished(o.published);
  const lang = parseLang(o.lang);
  const started = Date.now();
  const store = await openStore(o.db);
  try {
    const counts = await ingestInputs(store.db, inputs, { published, lang, lexicon: o.lexicon, progress: !o.quiet && !!process.stderr.isTTY });
    const docs = counts.new + counts.replaced + counts.unchanged;
    process.stdout.write(summaryLine(counts, store.location, Date.now() - started) + '\n');
    finishWithRejections(docs);
  } finally {
    await store.close();
  }
}

export interface Counts extends Record<IngestStatus, number> { events: number; duplicates: number; /** ids of the documents stored or found unchanged */ ids: Set<string> }

export function summaryLine(counts: Counts, location: string, ms: number): string {
  const docs = counts.new + counts.replaced + counts.unchanged;
  const dup = counts.duplicates ? ` (${counts.duplicates} with the same content as another stored document)` : '';
  return `Ingested ${docs} document(s) into ${location} in ${(ms / 1000).toFixed(1)} s: ${counts.new} new, ${counts.replaced} replaced, ` +
    `${counts.unchanged} unchanged${dup}, ${rejections.length} rejected; ${counts.events} event(s) stored.`;
}

/** Reads, codes and stores every input, one transaction per document; rejections are reported and counted in common.ts. */
export async function ingestInputs(
  db: Parameters<typeof ingestDocument>[0], inputs: string[],
  o: { published: PartialDate | null; lang?: Lang; lexicon?: string[]; progress: boolean; coder?: Promise<Coder> },
): Promise<Counts> {
  const counts: Counts = { new: 0, replaced: 0, unchanged: 0, events: 0, duplicates: 0, ids: new Set() };
  // The lexicon takes seconds to compile: load it only when a document actually needs coding,
  // so re-ingesting unchanged input is quick.
  let coder: Promise<Coder> | undefined = o.coder;
  let coderFailed = false;
  const code = async (d: Document) => {
    const c = await (coder ??= createCoder({ lexiconDirs: o.lexicon ?? [] }).catch((e) => { coderFailed = true; throw e; }));
    return c.code(d);
  };

  const files = listInputs(inputs);
  const progress = new Progress(o.progress);
  const seenIds = new Map<string, string>();
  let docsRead = 0;
  for (let fi = 0; fi < files.length; fi++) {
    const r = readInput(files[fi], { published: o.published });
    for (const rej of r.rejections) progress.reject(rej);
    docsRead += r.docs.length;
    // Unread files count as one document each until they are read.
    progress.total(docsRead + files.length - fi - 1);
    for (const doc of r.docs) {
      if (o.lang) doc.lang = o.lang;
      const origin = doc.origin ?? doc.id;
      const earlier = seenIds.get(doc.id);
      if (earlier !== undefined && earlier !== origin) progress.log(`${origin}: document id "${doc.id}" was also read from ${earlier} in this run; the later one wins`);
      seenIds.set(doc.id, origin);
      try {
        const out = await ingestDocument(db, doc, code);
        counts[out.status]++;
        counts.events += out.events;
        counts.ids.add(out.duplicateOf ?? doc.id);
        if (out.duplicateOf) counts.duplicates++;
      } catch (e) {
        // A lexicon that does not load fails every document alike: stop instead of rejecting each.
        if (coderFailed) { progress.stop(); throw e; }
        progress.reject({ origin, reason: `not stored: ${(e as Error).message}` });
      }
      progress.tick();
    }
  }
  progress.stop();
  // Clusters, dyad aggregates and relations are derived from all stored events, once per run.
  const { refreshDerived, derivedMissing } = await import('../../relations/refresh.ts');
  if (counts.new + counts.replaced > 0 || await derivedMissing(db)) await refreshDerived(db);
  return counts;
}

/**
 * A progress bar on stderr for runs of more than a few documents. While it is drawn, messages
 * wait and are printed when it stops, so they do not tear the bar apart.
 */
class Progress {
  private bar: cliProgress.SingleBar | undefined;
  private pending: string[] = [];
  private done = 0;
  constructor(private readonly enabled: boolean) {}

  total(n: number): void {
    if (this.bar) this.bar.setTotal(n);
    else if (this.enabled && n > BAR_THRESHOLD) {
      this.bar = new cliProgress.SingleBar({
        stream: process.stderr, format: 'ingest [{bar}] {value}/{total} documents | {duration_formatted} | ETA {eta_formatted}',
        hideCursor: true, clearOnComplete: true, etaBuffer: 50,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(n, this.done);
    }
  }
  tick(): void { this.done++; this.bar?.update(this.done); }
  reject(r: Rejection): void {
    rejections.push(r);
    this.log(`${r.origin}${r.line ? ':' + r.line : ''}: ${r.reason}`);
  }
  log(msg: string): void {
    if (this.bar) this.pending.push(msg);
    else process.stderr.write(msg + '\n');
  }
  stop(): void {
    if (this.bar) { this.bar.update(this.done); this.bar.stop(); }
    this.bar = undefined;
    for (const m of this.pending) process.stderr.write(m + '\n');
    this.pending = [];
  }
}
