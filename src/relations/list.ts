import { sql, type Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { Database, RelationsTable } from '../store/schema.ts';
import { RELATION_TYPES, countryOf, type RelationType } from './types.ts';
import { analyticsReady, EVIDENCE_LIMIT } from '../analytics/derived.ts';

export interface RelationFilter {
  /** country-level actor on either side */
  actor?: string;
  /** two country-level actors, either direction */
  dyad?: [string, string];
  type?: string;
  status?: string;
  /** partial date: only relations whose validity interval contains it */
  at?: string;
}

export interface RelationEvidenceOut { doc: string; sentence: number; span: [number, number]; text: string; rule: string; event_id: string | null }

/** A relation: every evidence row of one (pair, type, status), with the interval they span. */
export interface Relation {
  a: string;
  b: string;
  /** full actor codes seen on each side (RUSMIL, SYRGOV) */
  a_codes: string[];
  b_codes: string[];
  type: string;
  symmetric: boolean;
  status: string;
  start: string | null;
  end: string | null;
  mentions: number;
  documents: number;
  evidence: RelationEvidenceOut[];
}

/** `at` lies in [start, end] when each bound is unknown or compares accordingly at the coarser precision. */
export function validAt(r: { start: string | null; end: string | null }, at: string): boolean {
  const cut = (x: string) => x.slice(0, Math.min(x.length, at.length));
  return (!r.start || cut(r.start) <= at.slice(0, r.start.length)) && (!r.end || cut(r.end) >= at.slice(0, r.end.length));
}

/**
 * Relations grouped per (pair, type, status), each with its first EVIDENCE_LIMIT evidence rows in
 * store order (`mentions` counts them all). Without `at` they come from relation_groups, which
 * refreshDerived fills; with `at`, or before the first refresh, from the relations rows.
 */
export async function listRelations(db: Kysely<Database>, f: RelationFilter = {}): Promise<Relation[]> {
  if (!f.at && await analyticsReady(db)) return storedGroups(db, f);
  let q = db.selectFrom('relations').selectAll();
  if (f.actor) { const c = countryOf(f.actor); q = q.where((eb) => eb.or([eb('a', '=', c), eb('b', '=', c)])); }
  if (f.dyad) {
    const [x, y] = f.dyad.map(countryOf);
    q = q.where((eb) => eb.or([eb.and([eb('a', '=', x), eb('b', '=', y)]), eb.and([eb('a', '=', y), eb('b', '=', x)])]));
  }
  if (f.type) q = q.where('type', '=', f.type);
  if (f.status) q = q.where('status', '=', f.status);
  const rows = await q.orderBy('doc').orderBy('sentence').orderBy('id').execute();
  const groups = groupRelations(f.at ? rows.filter((r) => validAt(r, f.at!)) : rows);
  for (const g of groups) g.evidence = g.evidence.slice(0, EVIDENCE_LIMIT);
  return groups;
}

interface GroupRow { a: string; b: string; type: string; status: string; a_codes: string; b_codes: string; start: string | null; end: string | null; mentions: number; documents: number; evidence: string }

async function storedGroups(db: Kysely<Database>, f: RelationFilter): Promise<Relation[]> {
  const conds = [];
  if (f.actor) { const c = countryOf(f.actor); conds.push(sql`(a = ${c} OR b = ${c})`); }
  if (f.dyad) { const [x, y] = f.dyad.map(countryOf); conds.push(sql`((a = ${x} AND b = ${y}) OR (a = ${y} AND b = ${x}))`); }
  if (f.type) conds.push(sql`type = ${f.type}`);
  if (f.status) conds.push(sql`status = ${f.status}`);
  const r = await sql<GroupRow>`SELECT a, b, type, status, a_codes, b_codes, start, "end", mentions, documents, evidence FROM relation_groups
    ${conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``} ORDER BY position`.execute(db);
  return r.rows.map((g) => ({
    a: g.a, b: g.b, a_codes: JSON.parse(g.a_codes), b_codes: JSON.parse(g.b_codes), type: g.type,
    symmetric: RELATION_TYPES[g.type as RelationType]?.symmetric ?? false, status: g.status, start: g.start, end: g.end,
    mentions: g.mentions, documents: g.documents, evidence: JSON.parse(g.evidence),
  } satisfies Relation)).sort((x, y) => `${x.a}${x.b}${x.type}`.localeCompare(`${y.a}${y.b}${y.type}`));
}

export function groupRelations(rows: Selectable<RelationsTable>[]): Relation[] {
  const groups = new Map<string, Relation>();
  const docs = new Map<string, Set<string>>();
  for (const r of rows) {
    const symmetric = RELATION_TYPES[r.type as RelationType]?.symmetric ?? false;
    const flip = symmetric && r.b < r.a;
    const [a, b, ac, bc] = flip ? [r.b, r.a, r.b_code, r.a_code] : [r.a, r.b, r.a_code, r.b_code];
    const key = `${a}|${b}|${r.type}|${r.status}`;
    let g = groups.get(key);
    if (!g) {
      g = { a, b, a_codes: [], b_codes: [], type: r.type, symmetric, status: r.status, start: r.start, end: r.end, mentions: 0, documents: 0, evidence: [] };
      groups.set(key, g);
      docs.set(key, new Set());
    }
    if (!g.a_codes.includes(ac)) g.a_codes.push(ac);
    if (!g.b_codes.includes(bc)) g.b_codes.push(bc);
    if (r.start && (!g.start || r.start < g.start)) g.start = r.start;
    if (r.end && (!g.end || r.end > g.end)) g.end = r.end;
    g.mentions++;
    docs.get(key)!.add(r.doc);
    g.documents = docs.get(key)!.size;
    g.evidence.push({ doc: r.doc, sentence: r.sentence, span: [r.span_start, r.span_end], text: r.evidence, rule: r.rule, event_id: r.event_id });
  }
  return [...groups.values()].sort((x, y) => `${x.a}${x.b}${x.type}`.localeCompare(`${y.a}${y.b}${y.type}`));
}
