import type { Generated } from 'kysely';

/**
 * Table types of the store. Column types are portable between SQLite and PostgreSQL: text,
 * integer, real; nested objects are JSON text. Names follow the product brief; Kysely quotes
 * identifiers, so `index`, `start` and `end` are safe in both dialects.
 */
export interface DocumentsTable {
  id: string;
  content_hash: string;
  text: string;
  title: string | null;
  url: string | null;
  lang: string | null;
  source: string | null;
  published: string | null;
  published_precision: string | null;
  body_start: number;
  origin: string | null;
  ingested_at: string;
}

export interface SentencesTable { doc: string; index: number; start: number; end: number }

export interface ActorsTable {
  doc: string;
  /** ordinal of the mention in its document: mentions may share a span */
  seq: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  code: string;
  actor_id: string | null;
  kind: string;
  rule: string;
  modifier: number;
}

export interface EventsTable {
  id: string;
  doc: string;
  sentence: number;
  span_start: number;
  span_end: number;
  evidence: string;
  source_code: string | null;
  source_text: string | null;
  source_id: string | null;
  source_start: number | null;
  source_end: number | null;
  target_code: string | null;
  target_text: string | null;
  target_id: string | null;
  target_start: number | null;
  target_end: number | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  /** JSON {event, mode, context} */
  plover: string | null;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  trigger_rule: string;
  status: string;
  /** JSON {text, code} */
  attribution: string | null;
  date: string | null;
  date_precision: string | null;
  date_text: string | null;
  /** JSON {name, country, lat, lon} */
  place: string | null;
}

export interface DocMessagesTable {
  doc: string;
  seq: number;
  severity: string;
  rule: string;
  reason: string;
  line: number | null;
}

export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  actors: ActorsTable;
  events: EventsTable;
  doc_messages: DocMessagesTable;
  event_clusters: EventClustersTable;
  event_cluster_members: EventClusterMembersTable;
  relations: RelationsTable;
  dyad_months: DyadMonthsTable;
  text_fts: TextFtsTable;
}

/** One real-world event told by one or more mentions (events rows); see src/relations/dedup.ts. */
export interface EventClustersTable {
  id: string;
  /** country-level source and target (first three letters of the codes) */
  a: string | null;
  b: string | null;
  root: string;
  code: string;
  quad: number;
  goldstein: number;
  status: string;
  date: string | null;
  date_precision: string | null;
  place_country: string | null;
  num_mentions: number;
  num_documents: number;
  num_sources: number;
  /** for an actual event: the planned cluster it carries out */
  realises: string | null;
}

export interface EventClusterMembersTable { event_id: string; cluster_id: string }

export interface RelationsTable {
  id: Generated<number>;
  a: string;
  b: string;
  a_code: string;
  b_code: string;
  type: string;
  status: string;
  start: string | null;
  end: string | null;
  doc: string;
  sentence: number;
  span_start: number;
  span_end: number;
  evidence: string;
  rule: string;
  event_id: string | null;
}

/** Clusters per directed country dyad and month (YYYY-MM), rebuilt with the clusters. */
export interface DyadMonthsTable {
  a: string; b: string; month: string; n: number; q1: number; q2: number; q3: number; q4: number; goldstein_sum: number;
}

export interface TextFtsTable { rowid: number; text: string; doc: string; sentence: number }
