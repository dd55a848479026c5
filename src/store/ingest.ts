import type { Kysely } from 'kysely';
import type { CodedDocument, Document } from '../types.ts';
import type { Database } from './schema.ts';
import { documentHash, findDocumentByHash, writeCodedDocument } from './documents.repo.ts';

export type IngestStatus = 'new' | 'replaced' | 'unchanged';

export interface IngestOutcome {
  id: string;
  status: IngestStatus;
  /** events written (0 when unchanged) */
  events: number;
  /** set when the same content is already stored under another id */
  duplicateOf?: string;
}

/**
 * Stores one document: content already stored (same hash) is skipped before coding, so a
 * second ingest of the same input costs one lookup per document and changes nothing; a known
 * id with new content is recoded and replaced in one transaction.
 */
export async function ingestDocument(db: Kysely<Database>, doc: Document, code: (d: Document) => CodedDocument | Promise<CodedDocument>): Promise<IngestOutcome> {
  const hash = documentHash(doc);
  const same = await findDocumentByHash(db, hash);
  if (same) return { id: doc.id, status: 'unchanged', events: 0, ...(same.id !== doc.id ? { duplicateOf: same.id } : {}) };
  const coded = await code(doc);
  const { replaced } = await writeCodedDocument(db, coded, hash);
  return { id: doc.id, status: replaced ? 'replaced' : 'new', events: coded.events.length };
}
