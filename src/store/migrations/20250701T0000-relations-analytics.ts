import { sql, type Kysely } from 'kysely';
import { columnTypes, isPostgres } from '../dialect.ts';
import { FOLD_FROM, FOLD_TO } from '../fts.ts';

/**
 * Derived tables for part A of the relations issue: event clusters (dedup across documents),
 * relations with evidence, a per-month dyad aggregate for analytics, and a full-text index over
 * sentences: on SQLite an FTS5 table kept in sync by triggers, on PostgreSQL a table of sentence
 * texts with a generated tsvector and a GIN index (see src/store/fts.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const T = columnTypes(db);
  await db.schema.createTable('event_clusters')
    .addColumn('id', T.text, (c) => c.primaryKey())
    .addColumn('a', T.text).addColumn('b', T.text)
    .addColumn('root', T.text, (c) => c.notNull()).addColumn('code', T.text, (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull()).addColumn('goldstein', T.real, (c) => c.notNull())
    .addColumn('status', T.text, (c) => c.notNull())
    .addColumn('date', T.text).addColumn('date_precision', T.text).addColumn('place_country', T.text)
    .addColumn('num_mentions', 'integer', (c) => c.notNull())
    .addColumn('num_documents', 'integer', (c) => c.notNull())
    .addColumn('num_sources', 'integer', (c) => c.notNull())
    .addColumn('realises', T.text)
    .execute();
  await db.schema.createIndex('event_clusters_dyad').on('event_clusters').columns(['a', 'b', 'date']).execute();
  await db.schema.createIndex('event_clusters_b').on('event_clusters').column('b').execute();
  await db.schema.createTable('event_cluster_members')
    .addColumn('event_id', T.text, (c) => c.primaryKey())
    .addColumn('cluster_id', T.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_cluster_members_cluster').on('event_cluster_members').column('cluster_id').execute();

  const pg = isPostgres(db);
  await db.schema.createTable('relations')
    .addColumn('id', pg ? 'serial' : 'integer', (c) => pg ? c.primaryKey() : c.primaryKey().autoIncrement())
    .addColumn('a', T.text, (c) => c.notNull()).addColumn('b', T.text, (c) => c.notNull())
    .addColumn('a_code', T.text, (c) => c.notNull()).addColumn('b_code', T.text, (c) => c.notNull())
    .addColumn('type', T.text, (c) => c.notNull()).addColumn('status', T.text, (c) => c.notNull())
    .addColumn('start', T.text).addColumn('end', T.text)
    .addColumn('doc', T.text, (c) => c.notNull()).addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull()).addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', T.text, (c) => c.notNull())
    .addColumn('rule', T.text, (c) => c.notNull())
    .addColumn('event_id', T.text)
    .execute();
  await db.schema.createIndex('relations_ab').on('relations').columns(['a', 'b']).execute();
  await db.schema.createIndex('relations_b').on('relations').column('b').execute();

  await db.schema.createTable('dyad_months')
    .addColumn('a', T.text, (c) => c.notNull()).addColumn('b', T.text, (c) => c.notNull())
    .addColumn('month', T.text, (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('q1', 'integer', (c) => c.notNull()).addColumn('q2', 'integer', (c) => c.notNull())
    .addColumn('q3', 'integer', (c) => c.notNull()).addColumn('q4', 'integer', (c) => c.notNull())
    .addColumn('goldstein_sum', T.real, (c) => c.notNull())
    .addPrimaryKeyConstraint('dyad_months_pk', ['a', 'b', 'month'])
    .execute();
  await db.schema.createIndex('dyad_months_month').on('dyad_months').column('month').execute();

  // Country-level dyad lookups on events (the filters of `events --dyad RUS,IRN` compile to
  // substr(code, 1, 3) = ?, which SQLite matches against these expression indexes).
  await sql`CREATE INDEX events_src3 ON events (substr(source_code, 1, 3), substr(target_code, 1, 3))`.execute(db);
  await sql`CREATE INDEX events_tgt3 ON events (substr(target_code, 1, 3))`.execute(db);

  if (pg) {
    await postgresFullText(db);
    return;
  }
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

/**
 * PostgreSQL's counterpart of the FTS5 table: one row per sentence with its text, filled by a
 * trigger on sentences and removed with it (foreign key), and a tsvector over the text folded
 * like FTS5's remove_diacritics (lagebild_fold) under the 'simple' configuration, GIN-indexed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function postgresFullText(db: Kysely<any>): Promise<void> {
  await sql`CREATE FUNCTION lagebild_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS ${sql.raw(`$$SELECT translate(lower(t), '${FOLD_FROM}', '${FOLD_TO}')$$`)}`.execute(db);
  await sql`CREATE TABLE text_fts (
    doc text COLLATE "C" NOT NULL, sentence integer NOT NULL, text text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, lagebild_fold(text))) STORED,
    PRIMARY KEY (doc, sentence),
    FOREIGN KEY (doc, sentence) REFERENCES sentences (doc, "index") ON DELETE CASCADE)`.execute(db);
  await sql`CREATE INDEX text_fts_tsv ON text_fts USING gin (tsv)`.execute(db);
  await sql`CREATE FUNCTION lagebild_sentences_fts() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO text_fts (doc, sentence, text)
        VALUES (NEW.doc, NEW."index", substr((SELECT d.text FROM documents d WHERE d.id = NEW.doc), NEW.start + 1, NEW."end" - NEW.start));
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER sentences_fts_ins AFTER INSERT ON sentences FOR EACH ROW EXECUTE FUNCTION lagebild_sentences_fts()`.execute(db);
  await sql`INSERT INTO text_fts (doc, sentence, text)
    SELECT s.doc, s."index", substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d ON d.id = s.doc`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS sentences_fts_ins ON sentences`.execute(db);
    await sql`DROP TABLE IF EXISTS text_fts`.execute(db);
    await sql`DROP FUNCTION IF EXISTS lagebild_sentences_fts()`.execute(db);
    await sql`DROP FUNCTION IF EXISTS lagebild_fold(text)`.execute(db);
    for (const i of ['events_src3', 'events_tgt3']) await sql`DROP INDEX IF EXISTS ${sql.id(i)}`.execute(db);
    for (const t of ['dyad_months', 'relations', 'event_clusters', 'event_cluster_members']) await db.schema.dropTable(t).ifExists().execute();
    return;
  }
  for (const t of ['sentences_fts_ins', 'sentences_fts_del']) await sql`DROP TRIGGER IF EXISTS ${sql.id(t)}`.execute(db);
  for (const i of ['events_src3', 'events_tgt3']) await sql`DROP INDEX IF EXISTS ${sql.id(i)}`.execute(db);
  for (const t of ['text_fts', 'dyad_months', 'relations', 'event_cluster_members', 'event_clusters']) await db.schema.dropTable(t).ifExists().execute();
}
