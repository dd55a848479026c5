import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { countryOf } from '../relations/types.ts';
import { listRelations, type Relation } from '../relations/list.ts';
import { analyticsReady } from './derived.ts';
import { round2 } from '../store/dialect.ts';

export interface Counterpart { code: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }
export interface ActorProfile {
  code: string;
  events: number;
  /** top counterparts by cooperative (quad 1, 2) and by conflictual (quad 3, 4) events */
  partners: Counterpart[];
  adversaries: Counterpart[];
  /** deduplicated events with this actor on either side, per CAMEO root */
  event_mix: { root: string; events: number }[];
  relations: Relation[];
}

async function counterparts(db: Kysely<Database>, c: string, precomputed: boolean): Promise<Counterpart[]> {
  if (precomputed) {
    return (await sql<Counterpart>`
      SELECT y AS code, events, cooperation, conflict, goldstein_sum FROM graph_pairs WHERE x = ${c}
      UNION ALL SELECT x AS code, events, cooperation, conflict, goldstein_sum FROM graph_pairs WHERE y = ${c}`.execute(db)).rows;
  }
  const r = await sql<Counterpart>`
    SELECT CASE WHEN a = ${c} THEN b ELSE a END AS code, sum(n) AS events, sum(q1 + q2) AS cooperation, sum(q3 + q4) AS conflict,
      ${round2(db, sql`sum(goldstein_sum)`)} AS goldstein_sum
    FROM dyad_months WHERE a = ${c} OR b = ${c} GROUP BY code`.execute(db);
  return r.rows;
}

export async function actorProfile(db: Kysely<Database>, code: string, o: { top?: number } = {}): Promise<ActorProfile> {
  const c = countryOf(code), top = o.top ?? 10;
  const ready = await analyticsReady(db);
  const cps = await counterparts(db, c, ready);
  const mix = ready
    ? await sql<{ root: string; events: number }>`SELECT root, events FROM actor_roots WHERE code = ${c} ORDER BY root`.execute(db)
    : await sql<{ root: string; events: number }>`
    SELECT root, count(*) AS events FROM (SELECT root FROM event_clusters WHERE a = ${c} UNION ALL SELECT root FROM event_clusters WHERE b = ${c} AND (a IS NULL OR a <> ${c})) AS m
    GROUP BY root ORDER BY root`.execute(db);
  return {
    code: c,
    events: mix.rows.reduce((s, r) => s + r.events, 0),
    partners: cps.filter((p) => p.cooperation > 0).sort((x, y) => y.cooperation - x.cooperation || x.code.localeCompare(y.code)).slice(0, top),
    adversaries: cps.filter((p) => p.conflict > 0).sort((x, y) => y.conflict - x.conflict || x.code.localeCompare(y.code)).slice(0, top),
    event_mix: mix.rows,
    relations: await listRelations(db, { actor: c }),
  };
}

/** LIMIT n, or nothing for all rows (PostgreSQL rejects SQLite's LIMIT -1). */
const limit = (n: number | undefined) => (n === undefined ? sql`` : sql`LIMIT ${n}`);

export interface ActorSummary { code: string; events: number; counterparts: number; relations: number }

/** Every country-level actor in a dated actual event or a relation, most active first. */
export async function listActors(db: Kysely<Database>, o: { limit?: number } = {}): Promise<ActorSummary[]> {
  if (await analyticsReady(db)) {
    return (await sql<ActorSummary>`SELECT code, events, counterparts, relations FROM actor_stats
      ORDER BY events DESC, relations DESC, code ${limit(o.limit)}`.execute(db)).rows;
  }
  const r = await sql<ActorSummary>`
    WITH ev AS (SELECT a AS code, b AS other, n FROM dyad_months UNION ALL SELECT b, a, n FROM dyad_months),
      rel AS (SELECT a AS code FROM relations UNION ALL SELECT b FROM relations),
      e AS (SELECT code, sum(n) AS events, count(DISTINCT other) AS counterparts FROM ev GROUP BY code),
      r AS (SELECT code, count(*) AS relations FROM rel GROUP BY code)
    SELECT code, coalesce(e.events, 0) AS events, coalesce(e.counterparts, 0) AS counterparts, coalesce(r.relations, 0) AS relations
    FROM (SELECT code FROM e UNION SELECT code FROM r) AS x LEFT JOIN e USING (code) LEFT JOIN r USING (code)
    ORDER BY events DESC, relations DESC, code ${limit(o.limit)}`.execute(db);
  return r.rows;
}
