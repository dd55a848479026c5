import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect.ts';

/**
 * Precomputed data for the windowed and point-in-time relation graph (GET /graph?from&to, ?at):
 * relation keys with their validity spans behind a covering index, and community partitions per
 * period, so a windowed graph neither sorts relation strings nor runs Louvain per request.
 * Plain tables and indexes, portable to PostgreSQL. Filled by refreshDerived and marked ready in
 * derived_meta under its own key: a database migrated but not yet refreshed keeps answering from
 * the older tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  const T = columnTypes(db);
  // relation_spans with the key the graph reads (a|b|type|status) precomputed; the index covers
  // the validity filter, so the distinct keys come out in order without a sort.
  await db.schema.createTable('graph_relation_keys')
    .addColumn('k', T.text, (c) => c.notNull())
    .addColumn('start', T.text).addColumn('end', T.text)
    .execute();
  await db.schema.createIndex('graph_relation_keys_k').on('graph_relation_keys').columns(['k', 'start', 'end']).execute();
  // Community of every node of a period's graph: scope 'all' (period ''), 'window' (period a
  // month YYYY-MM or a year YYYY: the events of that period and the relations overlapping it) or
  // 'at' (period YYYY-MM: all events and the relations valid at that month).
  await db.schema.createTable('graph_communities')
    .addColumn('scope', T.text, (c) => c.notNull()).addColumn('period', T.text, (c) => c.notNull())
    .addColumn('id', T.text, (c) => c.notNull()).addColumn('community', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('graph_communities_pk', ['scope', 'period', 'id'])
    .execute();
  // Texts the graph reads whole: 'pairs' is graph_pairs packed as windowEdges reads it (fields
  // joined with '|', rows ordered by x, y), for the graphs over all time (`at` without a window).
  await db.schema.createTable('graph_texts')
    .addColumn('key', T.text, (c) => c.primaryKey()).addColumn('value', T.text, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['graph_texts', 'graph_communities', 'graph_relation_keys']) await db.schema.dropTable(t).ifExists().execute();
}
