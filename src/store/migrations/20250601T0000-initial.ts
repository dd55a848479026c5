import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/** The first schema: documents and everything coded from them. Children cascade with their document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('title', 'text').addColumn('url', 'text').addColumn('lang', 'text').addColumn('source', 'text')
    .addColumn('published', 'text').addColumn('published_precision', 'text')
    .addColumn('body_start', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('origin', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();

  const docRef = (c: ColumnDefinitionBuilder) => c.notNull().references('documents.id').onDelete('cascade');

  await db.schema.createTable('sentences')
    .addColumn('doc', 'text', docRef)
    .addColumn('index', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sentences_pk', ['doc', 'index'])
    .execute();

  await db.schema.createTable('actors')
    .addColumn('doc', 'text', docRef)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('modifier', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('actors_pk', ['doc', 'seq'])
    .execute();
  await db.schema.createIndex('actors_code').on('actors').column('code').execute();

  let events = db.schema.createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', docRef)
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull());
  for (const role of ['source', 'target']) {
    events = events.addColumn(`${role}_code`, 'text').addColumn(`${role}_text`, 'text').addColumn(`${role}_id`, 'text')
      .addColumn(`${role}_start`, 'integer').addColumn(`${role}_end`, 'integer');
  }
  await events
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('plover', 'text')
    .addColumn('trigger_text', 'text', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_rule', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attribution', 'text')
    .addColumn('date', 'text').addColumn('date_precision', 'text').addColumn('date_text', 'text')
    .addColumn('place', 'text')
    .execute();
  for (const col of ['source_code', 'target_code', 'root', 'code', 'status', 'date', 'doc']) {
    await db.schema.createIndex(`events_${col}`).on('events').column(col).execute();
  }

  await db.schema.createTable('doc_messages')
    .addColumn('doc', 'text', docRef)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('line', 'integer')
    .addPrimaryKeyConstraint('doc_messages_pk', ['doc', 'seq'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['doc_messages', 'events', 'actors', 'sentences', 'documents']) await db.schema.dropTable(t).ifExists().execute();
}
