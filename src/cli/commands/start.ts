import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EventRecord } from '../../types.ts';
import { createCoder } from '../../pipeline/processor.ts';
import { openStore } from '../../store/database.ts';
import { queryEvents } from '../../store/events.repo.ts';
import { findDocument, listDocumentIds } from '../../store/documents.repo.ts';
import { finishWithRejections, parsePublished } from '../common.ts';
import { UsageError } from '../errors.ts';
import { ingestInputs, summaryLine } from './ingest.ts';
import { closeOnSignals } from '../../server/lifecycle.ts';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

export interface StartOptions { db: string; published?: string; serve?: boolean; port?: string }

/**
 * `npm start`: ingest the example articles (unless the database already holds other articles),
 * show what was found, per dyad, with its evidence; then build the web explorer if needed and
 * serve it with the API on 127.0.0.1 until Ctrl-C (`--no-serve` stops after the summary).
 */
export async function run(o: StartOptions): Promise<void> {
  const published = parsePublished(o.published);
  const port = Number(o.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${o.port}" must be a whole number from 0 to 65535`);
  if (!existsSync(EXAMPLES)) throw new Error(`the examples directory is missing: ${EXAMPLES}`);
  await summarise(o.db, published);
  if (o.serve === false) return;
  await serve(o.db, port);
}

async function summarise(dbPath: string, published: ReturnType<typeof parsePublished>): Promise<void> {
  const started = Date.now();
  const store = await openStore(dbPath);
  // Only the articles: the directory also holds its README.
  const articles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => join(EXAMPLES, f));
  const names = new Set(articles.map((a) => a.slice(EXAMPLES.length)));
  const stored = await listDocumentIds(store.db);
  if (stored.length && !stored.some((id) => names.has(id))) {
    process.stdout.write(`${store.location} already holds ${stored.length} document(s) of its own; the examples are not added to it.\n`);
    await store.close();
    return;
  }
  const coder = createCoder();
  try {
    const counts = await ingestInputs(store.db, articles, { published, progress: false, coder });
    const { lexicon } = await coder;
    const out: string[] = [summaryLine(counts, store.location, Date.now() - started), ''];
    const docs = [...counts.ids];
    for (const id of docs) {
      const d = await findDocument(store.db, id);
      out.push(`${id}: ${d?.published ? `published ${d.published}` : 'no date in the file, so event dates stay empty (give --published YYYY-MM-DD to resolve them)'}`);
    }
    const events = await queryEvents(store.db, { doc: docs });
    out.push('', `${events.length} event(s) in ${docs.length} example article(s) from ${relative(process.cwd(), EXAMPLES) || '.'}, grouped by dyad (source → target):`);
    for (const [dyad, list] of groupByDyad(events)) {
      out.push('', `${dyad}  (${list.length})`);
      for (const e of list) {
        const label = lexicon.codes.get(e.code)?.label ?? '?';
        const who = `${e.source?.text ?? '—'} → ${e.target?.text ?? '—'}`;
        out.push(`  ${e.code} ${label} · ${e.status} · ${e.date ?? 'no date'}${e.attribution ? ` · per ${e.attribution.text}` : ''}  [${who}]`);
        out.push(`      ${evidenceSnippet(e)}   (${e.doc}, sentence ${e.sentence})`);
      }
    }
    out.push('', `Query them with: npm run --silent lagebild -- events --db ${store.dialect === 'postgres' ? `'${store.location}'` : dbPath} --dyad RUS,IRN`);
    process.stdout.write(out.join('\n') + '\n');
    finishWithRejections(counts.new + counts.replaced + counts.unchanged);
  } finally {
    await store.close();
  }
}

/** The explorer and the API on 127.0.0.1; a busy port falls back to a free one. */
async function serve(dbPath: string, port: number): Promise<void> {
  const { ensureWebBuilt } = await import('../../server/static.ts');
  try {
    if (await ensureWebBuilt({ quiet: true })) process.stdout.write('Built the web explorer (web/dist).\n');
  } catch (e) {
    process.stderr.write(`warning: ${(e as Error).message}; serving the API only\n`);
  }
  const { createServer } = await import('../../server/app.ts');
  const store = await openStore(dbPath);
  const app = await createServer({ store, logger: { level: process.env.LAGEBILD_LOG ?? 'warn' } });
  let address: string;
  try {
    address = await app.listen({ port, host: '127.0.0.1' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) { await app.close(); await store.close(); throw e; }
    process.stdout.write(`Port ${port} is taken; picking a free one.\n`);
    address = await app.listen({ port: 0, host: '127.0.0.1' });
  }
  process.stdout.write(`\nLagebild explorer: ${address}/  (API docs ${address}/docs; Ctrl-C stops)\n`);
  closeOnSignals(app, store);
}

export function groupByDyad(events: EventRecord[]): [string, EventRecord[]][] {
  const groups = new Map<string, EventRecord[]>();
  for (const e of events) {
    const key = `${e.source?.code ?? '(none)'} → ${e.target?.code ?? '(none)'}`;
    const g = groups.get(key);
    if (g) g.push(e); else groups.set(key, [e]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** The evidence sentence cut to about `max` characters around the trigger, which is marked with »«. */
export function evidenceSnippet(e: EventRecord, max = 160): string {
  // Trigger offsets are into the document; the evidence starts at span[0].
  const ts = e.trigger.span[0] - e.span[0];
  const te = e.trigger.span[1] - e.span[0];
  let text = e.evidence;
  if (ts >= 0 && te <= text.length && text.slice(ts, te) === e.trigger.text) text = `${text.slice(0, ts)}»${e.trigger.text}«${text.slice(te)}`;
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = Math.max(0, text.indexOf('»'));
  let from = Math.max(0, at - Math.floor(max / 2));
  const to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
