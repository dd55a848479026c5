import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The dialect behind a Kysely instance (or a transaction of one), so repository functions that
 * only get `db` can branch where the SQL of SQLite and PostgreSQL differs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works for any schema, migrations included
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const isPostgres = (db: Kysely<any>): boolean => dialectOf(db) === 'postgres';

/**
 * Column types for migrations. SQLite keeps its plain names; on PostgreSQL text compares
 * bytewise (COLLATE "C", the order SQLite and JavaScript use, whatever the database's locale) and
 * a `real` is an 8-byte float as in SQLite (PostgreSQL's `real` has 4 bytes).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function columnTypes(db: Kysely<any>) {
  return isPostgres(db)
    ? { text: sql`text COLLATE "C"`, real: sql`double precision` }
    : { text: 'text' as const, real: 'real' as const };
}

/** round(x, 2): PostgreSQL rounds to decimal places only on numeric. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function round2(db: Kysely<any>, e: Expression<unknown> | RawBuilder<unknown>): RawBuilder<number> {
  return isPostgres(db) ? sql<number>`round((${e})::numeric, 2)` : sql<number>`round(${e}, 2)`;
}

/** How many rows of the group satisfy `cond`: SQLite sums the 0/1 of a comparison; PostgreSQL has no boolean sum. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function countIf(db: Kysely<any>, cond: RawBuilder<unknown>): RawBuilder<number> {
  return isPostgres(db) ? sql<number>`count(*) FILTER (WHERE ${cond})` : sql<number>`sum(${cond})`;
}

/**
 * A bound parameter used where PostgreSQL cannot infer its type (`$1 IS NULL`, `length($1)`):
 * cast to text there; SQLite keeps the bare parameter.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function textParam(db: Kysely<any>, v: string | null): RawBuilder<string | null> {
  return isPostgres(db) ? sql<string | null>`CAST(${v} AS text)` : sql<string | null>`${v}`;
}
