import { openStore } from '../../store/database.ts';
import { listRelations, type Relation, type RelationFilter } from '../../relations/list.ts';
import { RELATION_TYPE_NAMES, type RelationType } from '../../relations/types.ts';
import { parseRowFormat, writeRows } from '../rows.ts';
import { UsageError } from '../errors.ts';

export interface RelationsOptions { db: string; actor?: string; dyad?: string; type?: string; status?: string; at?: string; format: string }

export function parseRelationFilter(o: RelationsOptions): RelationFilter {
  const f: RelationFilter = {};
  if (o.actor) f.actor = o.actor;
  if (o.dyad !== undefined) {
    const p = o.dyad.split(',').map((s) => s.trim());
    if (p.length !== 2 || !p[0] || !p[1]) throw new UsageError(`--dyad: "${o.dyad}" must be two actor codes separated by a comma, e.g. RUS,IRN`);
    f.dyad = [p[0], p[1]];
  }
  if (o.type !== undefined) {
    if (!RELATION_TYPE_NAMES.includes(o.type as RelationType)) throw new UsageError(`--type: "${o.type}" must be one of ${RELATION_TYPE_NAMES.join(', ')}`);
    f.type = o.type;
  }
  if (o.status) f.status = o.status;
  if (o.at !== undefined) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.at)) throw new UsageError(`--at: "${o.at}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    f.at = o.at;
  }
  return f;
}

/** One flat line per relation: its first piece of evidence stands for the rest (all are in --format jsonl). */
export function relationRow(r: Relation) {
  const e = r.evidence[0];
  return {
    a: r.a, type: r.type, b: r.b, status: r.status, start: r.start, end: r.end, mentions: r.mentions, documents: r.documents,
    codes: `${r.a_codes.join('/')} ${r.symmetric ? '–' : '→'} ${r.b_codes.join('/')}`, doc: e.doc, sentence: e.sentence, rule: e.rule, evidence: e.text,
  };
}

export async function run(o: RelationsOptions): Promise<void> {
  const format = parseRowFormat(o.format);
  const filter = parseRelationFilter(o);
  const store = await openStore(o.db);
  let rels: Relation[];
  try { rels = await listRelations(store.db, filter); } finally { await store.close(); }
  await writeRows(rels.map(relationRow), format, { full: rels });
  if (format === 'table') process.stderr.write(`${rels.length} relation(s)\n`);
}
