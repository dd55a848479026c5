import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CodedDocument, Document } from '../types.ts';
import type { Database, DocumentsTable } from './schema.ts';
import { chunks } from './chunk.ts';
import { insertEvents } from './events.repo.ts';

/**
 * The identity of a document's content: its text plus the inputs that change how it is coded
 * (publication date, forced language). Re-ingesting a text with a corrected --published date
 * therefore recodes it instead of keeping stale event dates.
 */
export function documentHash(doc: Pick<Document, 'text' | 'published' | 'lang'>): string {
  return createHash('sha256').update(JSON.stringify([doc.text, doc.published?.value ?? null, doc.lang ?? null])).digest('hex');
}

export async function findDocumentByHash(db: Kysely<Database>, hash: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirst();
}

export async function findDocument(db: Kysely<Database>, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listDocumentIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** Removes a document and everything coded from it (explicitly, so it does not rely on FK cascades). */
export async function deleteDocument(db: Kysely<Database>, id: string): Promise<void> {
  for (const t of ['events', 'actors', 'sentences', 'doc_messages'] as const) await db.deleteFrom(t).where('doc', '=', id).execute();
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

/**
 * Writes a coded document in one transaction, replacing whatever was stored under its id, so
 * a failure leaves either the old or the new version, never a mix. Returns whether it replaced one.
 */
export async function writeCodedDocument(db: Kysely<Database>, coded: CodedDocument, hash: string, ingestedAt = new Date()): Promise<{ replaced: boolean }> {
  const { doc } = coded;
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('documents').select('id').where('id', '=', doc.id).executeTakeFirst();
    if (old) await deleteDocument(trx, doc.id);
    await trx.insertInto('documents').values({
      id: doc.id, content_hash: hash, text: doc.text, title: doc.title ?? null, url: doc.url ?? null,
      lang: coded.lang ?? doc.lang ?? null, source: doc.source ?? null,
      published: doc.published?.value ?? null, published_precision: doc.published?.precision ?? null,
      body_start: doc.bodyStart, origin: doc.origin ?? null, ingested_at: ingestedAt.toISOString(),
    }).execute();
    const sentences = coded.sentences.map((s) => ({ doc: doc.id, index: s.index, start: s.start, end: s.end }));
    for (const c of chunks(sentences)) await trx.insertInto('sentences').values(c).execute();
    const actors = coded.actors.map((a, seq) => ({
      doc: doc.id, seq, sentence: a.sentence, start: a.start, end: a.end, text: a.text, code: a.code,
      actor_id: a.id, kind: a.kind, rule: a.rule, modifier: a.modifier ? 1 : 0,
    }));
    for (const c of chunks(actors)) await trx.insertInto('actors').values(c).execute();
    const messages = doc.messages.map((m, seq) => ({ doc: doc.id, seq, severity: m.severity, rule: m.rule, reason: m.reason, line: m.line ?? null }));
    for (const c of chunks(messages)) await trx.insertInto('doc_messages').values(c).execute();
    await insertEvents(trx, coded.events);
    return { replaced: !!old };
  });
}

export interface TableCounts { documents: number; sentences: number; actors: number; events: number; doc_messages: number }

export async function countRows(db: Kysely<Database>): Promise<TableCounts> {
  const out = {} as TableCounts;
  for (const t of ['documents', 'sentences', 'actors', 'events', 'doc_messages'] as const) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
