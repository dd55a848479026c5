import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../dialect.ts';

/**
 * Indexes and precomputed tables for the query benchmark (one million events, every listed query
 * well under 100 ms). Plain tables and indexes, portable to PostgreSQL; the derived tables are
 * filled by refreshDerived (src/relations/refresh.ts) and marked ready in derived_meta, so an
 * older database keeps answering from the base tables until its next ingest or refresh.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const T = columnTypes(db);
  // Store order (doc, sentence, span, trigger, id): unfiltered pages and exports read it without sorting.
  await db.schema.createIndex('events_order').on('events').columns(['doc', 'sentence', 'span_start', 'trigger_start', 'id']).execute();
  // Country dyad + store order: a filtered, limited event list reads each direction in order and stops at the limit.
  await sql`CREATE INDEX events_dyad_order ON events ((substr(source_code, 1, 3)), (substr(target_code, 1, 3)), doc, sentence, span_start, trigger_start, id)`.execute(db);
  // Weekly dyad series from the clusters without touching the table rows.
  await db.schema.createIndex('event_clusters_series').on('event_clusters').columns(['a', 'b', 'status', 'date', 'quad', 'goldstein']).execute();

  // Undirected country pairs (x < y): all time and per month.
  await db.schema.createTable('graph_pairs')
    .addColumn('x', T.text, (c) => c.notNull()).addColumn('y', T.text, (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull()).addColumn('cooperation', 'integer', (c) => c.notNull())
    .addColumn('conflict', 'integer', (c) => c.notNull()).addColumn('goldstein_sum', T.real, (c) => c.notNull())
    .addPrimaryKeyConstraint('graph_pairs_pk', ['x', 'y'])
    .execute();
  await db.schema.createIndex('graph_pairs_y').on('graph_pairs').column('y').execute();
  await db.schema.createTable('graph_pair_months')
    .addColumn('month', T.text, (c) => c.notNull())
    .addColumn('x', T.text, (c) => c.notNull()).addColumn('y', T.text, (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull()).addColumn('cooperation', 'integer', (c) => c.notNull())
    .addColumn('conflict', 'integer', (c) => c.notNull()).addColumn('goldstein_sum', T.real, (c) => c.notNull())
    .addPrimaryKeyConstraint('graph_pair_months_pk', ['month', 'x', 'y'])
    .execute();
  // The nodes of the all-time graph with their Louvain community.
  await db.schema.createTable('graph_nodes')
    .addColumn('id', T.text, (c) => c.primaryKey())
    .addColumn('events', 'integer', (c) => c.notNull()).addColumn('community', 'integer', (c) => c.notNull())
    .execute();

  // The whole all-time graph as JSON (nodes, edges, communities), what GET /graph returns without a window.
  await db.schema.createTable('graph_snapshots')
    .addColumn('key', T.text, (c) => c.primaryKey()).addColumn('graph', T.text, (c) => c.notNull())
    .execute();

  // Relations reduced to what a validity filter needs: per (a, b, type, status) the earliest start
  // of the open-ended rows, and every distinct bounded interval.
  await db.schema.createTable('relation_spans')
    .addColumn('a', T.text, (c) => c.notNull()).addColumn('b', T.text, (c) => c.notNull())
    .addColumn('type', T.text, (c) => c.notNull()).addColumn('status', T.text, (c) => c.notNull())
    .addColumn('start', T.text).addColumn('end', T.text)
    .execute();
  await db.schema.createIndex('relation_spans_ab').on('relation_spans').columns(['a', 'b', 'type', 'status']).execute();
  // Relations grouped as listRelations returns them; codes and the first evidence rows as JSON.
  await db.schema.createTable('relation_groups')
    .addColumn('a', T.text, (c) => c.notNull()).addColumn('b', T.text, (c) => c.notNull())
    .addColumn('type', T.text, (c) => c.notNull()).addColumn('status', T.text, (c) => c.notNull())
    .addColumn('a_codes', T.text, (c) => c.notNull()).addColumn('b_codes', T.text, (c) => c.notNull())
    .addColumn('start', T.text).addColumn('end', T.text)
    .addColumn('mentions', 'integer', (c) => c.notNull()).addColumn('documents', 'integer', (c) => c.notNull())
    .addColumn('evidence', T.text, (c) => c.notNull())
    // order of first evidence in store order: listRelations keeps it among groups that sort alike
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('relation_groups_pk', ['a', 'b', 'type', 'status'])
    .execute();
  await db.schema.createIndex('relation_groups_b').on('relation_groups').column('b').execute();

  // Per-actor aggregates for the actor list and profiles.
  await db.schema.createTable('actor_stats')
    .addColumn('code', T.text, (c) => c.primaryKey())
    .addColumn('events', 'integer', (c) => c.notNull()).addColumn('counterparts', 'integer', (c) => c.notNull())
    .addColumn('relations', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createTable('actor_roots')
    .addColumn('code', T.text, (c) => c.notNull()).addColumn('root', T.text, (c) => c.notNull())
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_roots_pk', ['code', 'root'])
    .execute();

  await db.schema.createTable('derived_meta')
    .addColumn('key', T.text, (c) => c.primaryKey()).addColumn('value', T.text, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['graph_snapshots', 'derived_meta', 'actor_roots', 'actor_stats', 'relation_groups', 'relation_spans', 'graph_nodes', 'graph_pair_months', 'graph_pairs']) await db.schema.dropTable(t).ifExists().execute();
  for (const i of ['events_order', 'events_dyad_order', 'event_clusters_series']) await db.schema.dropIndex(i).ifExists().execute();
}
