import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { columnTypes } from '../dialect.ts';

/** The first schema: documents and everything coded from them. Children cascade with their document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const T = columnTypes(db);
  await db.schema.createTable('documents')
    .addColumn('id', T.text, (c) => c.primaryKey())
    .addColumn('content_hash', T.text, (c) => c.notNull().unique())
    .addColumn('text', T.text, (c) => c.notNull())
    .addColumn('title', T.text).addColumn('url', T.text).addColumn('lang', T.text).addColumn('source', T.text)
    .addColumn('published', T.text).addColumn('published_precision', T.text)
    .addColumn('body_start', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('origin', T.text)
    .addColumn('ingested_at', T.text, (c) => c.notNull())
    .execute();

  const docRef = (c: ColumnDefinitionBuilder) => c.notNull().references('documents.id').onDelete('cascade');

  await db.schema.createTable('sentences')
    .addColumn('doc', T.text, docRef)
    .addColumn('index', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['doc', 'index'])
    .execute();

  await db.schema.createTable('actors')
    .addColumn('doc', T.text, docRef)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', T.text, (c) => c.notNull())
    .addColumn('code', T.text, (c) => c.notNull())
    .addColumn('actor_id', T.text)
    .addColumn('kind', T.text, (c) => c.notNull())
    .addColumn('rule', T.text, (c) => c.notNull())
    .addColumn('modifier', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('actors_pk', ['doc', 'seq'])
    .execute();
  await db.schema.createIndex('actors_code').on('actors').column('code').execute();

  let events = db.schema.createTable('events')
    .addColumn('id', T.text, (c) => c.primaryKey())
    .addColumn('doc', T.text, docRef)
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', T.text, (c) => c.notNull());
  for (const role of ['source', 'target']) {
    events = events.addColumn(`${role}_code`, T.text).addColumn(`${role}_text`, T.text).addColumn(`${role}_id`, T.text)
      .addColumn(`${role}_start`, 'integer').addColumn(`${role}_end`, 'integer');
  }
  await events
    .addColumn('code', T.text, (c) => c.notNull())
    .addColumn('root', T.text, (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull())
    .addColumn('goldstein', T.real, (c) => c.notNull())
    .addColumn('plover', T.text)
    .addColumn('trigger_text', T.text, (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_rule', T.text, (c) => c.notNull())
    .addColumn('status', T.text, (c) => c.notNull())
    .addColumn('attribution', T.text)
    .addColumn('date', T.text).addColumn('date_precision', T.text).addColumn('date_text', T.text)
    .addColumn('place', T.text)
    .execute();
  for (const col of ['source_code', 'target_code', 'root', 'code', 'status', 'date', 'doc']) {
    await db.schema.createIndex(`events_${col}`).on('events').column(col).execute();
  }

  await db.schema.createTable('doc_messages')
    .addColumn('doc', T.text, docRef)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('severity', T.text, (c) => c.notNull())
    .addColumn('rule', T.text, (c) => c.notNull())
    .addColumn('reason', T.text, (c) => c.notNull())
    .addColumn('line', 'integer')
    .addPrimaryKeyConstraint('doc_messages_pk', ['doc', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['doc_messages', 'events', 'actors', 'sentences', 'documents']) await db.schema.dropTable(t).ifExists().execute();
}
