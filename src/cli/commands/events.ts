import type { EventRecord, Status } from '../../types.ts';
import { openStore } from '../../store/database.ts';
import { queryEvents, type EventFilter } from '../../store/events.repo.ts';
import { parsePartialDate } from '../../coding/dates.ts';
import { csvHeader, csvRow, formatTable } from '../format.ts';
import { lineWriter } from '../output.ts';
import { UsageError } from '../errors.ts';

export interface EventsOptions {
  db: string; actor?: string; dyad?: string; source?: string; target?: string; root?: string; code?: string;
  status?: string; from?: string; to?: string; doc?: string; limit: string; format: string;
}

const STATUSES: Status[] = ['actual', 'planned', 'alleged', 'hypothetical', 'negated'];
const FORMATS = ['table', 'jsonl', 'csv'];

export function parseFilter(o: EventsOptions): EventFilter {
  const f: EventFilter = {};
  if (o.actor) f.actor = o.actor;
  if (o.dyad !== undefined) {
    const parts = o.dyad.split(',').map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`--dyad: "${o.dyad}" must be two actor codes separated by a comma, e.g. RUS,IRN`);
    f.dyad = [parts[0], parts[1]];
  }
  if (o.source) f.source = o.source;
  if (o.target) f.target = o.target;
  if (o.root !== undefined) {
    if (!/^\d{2}$/.test(o.root)) throw new UsageError(`--root: "${o.root}" must be a two-digit CAMEO root such as 04`);
    f.root = o.root;
  }
  if (o.code !== undefined) {
    if (!/^\d{1,4}$/.test(o.code)) throw new UsageError(`--code: "${o.code}" must be a CAMEO code or its prefix (digits)`);
    f.code = o.code;
  }
  if (o.status !== undefined) {
    if (!STATUSES.includes(o.status as Status)) throw new UsageError(`--status: "${o.status}" must be one of ${STATUSES.join(', ')}`);
    f.status = o.status as Status;
  }
  for (const k of ['from', 'to'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    const d = parsePartialDate(v);
    if (!d || d.value !== v) throw new UsageError(`--${k}: "${v}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    f[k] = v;
  }
  if (o.doc) f.doc = o.doc;
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: "${o.limit}" must be a positive whole number`);
  f.limit = limit;
  return f;
}

export async function run(o: EventsOptions): Promise<void> {
  if (!FORMATS.includes(o.format)) throw new UsageError(`--format: "${o.format}" must be ${FORMATS.join(', ')}`);
  const filter = parseFilter(o);
  const store = await openStore(o.db);
  let events: EventRecord[];
  try {
    events = await queryEvents(store.db, filter);
  } finally {
    await store.close();
  }
  const out = lineWriter();
  if (o.format === 'jsonl') for (const e of events) await out.write(JSON.stringify(e) + '\n');
  else if (o.format === 'csv') {
    await out.write(csvHeader() + '\n');
    for (const e of events) await out.write(csvRow(e) + '\n');
  } else {
    await out.write(formatTable(events) + '\n');
    process.stderr.write(`${events.length} event(s)${events.length === filter.limit ? ` (--limit ${filter.limit} reached)` : ''}\n`);
  }
  await out.close();
}
