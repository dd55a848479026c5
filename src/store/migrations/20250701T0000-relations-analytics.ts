import { sql, type Kysely } from 'kysely';

/**
 * Derived tables for part A of the relations issue: event clusters (dedup across documents),
 * relations with evidence, a per-month dyad aggregate for analytics, and a full-text index over
 * sentences. The FTS5 table and its triggers are SQLite-specific (PostgreSQL will use tsvector).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('event_clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('a', 'text').addColumn('b', 'text')
    .addColumn('root', 'text', (c) => c.notNull()).addColumn('code', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull()).addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'text').addColumn('date_precision', 'text').addColumn('place_country', 'text')
    .addColumn('num_mentions', 'integer', (c) => c.notNull())
    .addColumn('num_documents', 'integer', (c) => c.notNull())
    .addColumn('num_sources', 'integer', (c) => c.notNull())
    .addColumn('realises', 'text')
    .execute();
  await db.schema.createIndex('event_clusters_dyad').on('event_clusters').columns(['a', 'b', 'date']).execute();
  await db.schema.createIndex('event_clusters_b').on('event_clusters').column('b').execute();
  await db.schema.createTable('event_cluster_members')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_cluster_members_cluster').on('event_cluster_members').column('cluster_id').execute();

  await db.schema.createTable('relations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('a', 'text', (c) => c.notNull()).addColumn('b', 'text', (c) => c.notNull())
    .addColumn('a_code', 'text', (c) => c.notNull()).addColumn('b_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()).addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start', 'text').addColumn('end', 'text')
    .addColumn('doc', 'text', (c) => c.notNull()).addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull()).addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .execute();
  await db.schema.createIndex('relations_ab').on('relations').columns(['a', 'b']).execute();
  await db.schema.createIndex('relations_b').on('relations').column('b').execute();

  await db.schema.createTable('dyad_months')
    .addColumn('a', 'text', (c) => c.notNull()).addColumn('b', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('q1', 'integer', (c) => c.notNull()).addColumn('q2', 'integer', (c) => c.notNull())
    .addColumn('q3', 'integer', (c) => c.notNull()).addColumn('q4', 'integer', (c) => c.notNull())
    .addColumn('goldstein_sum', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('dyad_months_pk', ['a', 'b', 'month'])
    .execute();
  await db.schema.createIndex('dyad_months_month').on('dyad_months').column('month').execute();

  // Country-level dyad lookups on events (the filters of `events --dyad RUS,IRN` compile to
  // substr(code, 1, 3) = ?, which SQLite matches against these expression indexes).
  await sql`CREATE INDEX events_src3 ON events (substr(source_code, 1, 3), substr(target_code, 1, 3))`.execute(db);
  await sql`CREATE INDEX events_tgt3 ON events (substr(target_code, 1, 3))`.execute(db);

  // Sentence text kept in sync by triggers; rowid = the sentence row's rowid so deletes are cheap.
  await sql`CREATE VIRTUAL TABLE text_fts USING fts5(text, doc UNINDEXED, sentence UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  const body = sql`substr((SELECT text FROM documents WHERE id = new.doc), new.start + 1, new."end" - new.start)`;
  await sql`CREATE TRIGGER sentences_fts_ins AFTER INSERT ON sentences BEGIN
    INSERT INTO text_fts(rowid, text, doc, sentence) VALUES (new.rowid, ${body}, new.doc, new."index"); END`.execute(db);
  await sql`CREATE TRIGGER sentences_fts_del AFTER DELETE ON sentences BEGIN
    DELETE FROM text_fts WHERE rowid = old.rowid; END`.execute(db);
  await sql`INSERT INTO text_fts(rowid, text, doc, sentence)
    SELECT s.rowid, substr(d.text, s.start + 1, s."end" - s.start), s.doc, s."index" FROM sentences s JOIN documents d ON d.id = s.doc`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['sentences_fts_ins', 'sentences_fts_del']) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
  for (const i of ['events_src3', 'events_tgt3']) await sql`DROP INDEX IF EXISTS ${sql.id(i)}`.execute(db);
  for (const t of ['text_fts', 'dyad_months', 'relations', 'event_cluster_members', 'event_clusters']) await db.schema.dropTable(t).ifExists().execute();
}
