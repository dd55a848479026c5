import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { EventRecord } from '../types.ts';
import type { EventFilter } from '../store/events.repo.ts';
import { pagedEvents } from './paged-events.ts';
import { csvHeader, csvRow } from '../cli/format.ts';
import { clusterCountsLookup, docMetaLookup } from './doc-meta.ts';
import { gdeltHeader, gdeltRow } from './gdelt.ts';
import { toPlover } from './plover.ts';
import { graphFromEvents } from './graph-from-events.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { fromRelationGraph, type GraphData } from './graph.ts';
import { relationGraph } from '../analytics/index.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA: Record<ExportFormat, { type: string; ext: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', ext: 'plover.jsonl' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
};

export function isExportFormat(s: string): s is ExportFormat { return (EXPORT_FORMATS as readonly string[]).includes(s); }

export interface ExportOptions {
  filter?: EventFilter;
  /** GDELT only: a first line with the 61 column names (GDELT's own files have none) */
  header?: boolean;
  /** relations valid at this date (graph formats with the relation graph only) */
  at?: string;
  /** called once per event the format cannot represent (PLOVER has no category for CAMEO 01) */
  onSkip?: (e: EventRecord, reason: string) => void;
}

/** Event filters other than the date window: with any of them, the network is built from the matching events alone. */
export function narrowsEvents(f: EventFilter = {}): boolean {
  return Object.entries(f).some(([k, v]) => v !== undefined && k !== 'from' && k !== 'to' && k !== 'limit');
}

/**
 * Every matching event in the given format, as text chunks in order. Event formats stream one
 * line per event. Graph formats write the relation graph of src/analytics (deduplicated events
 * and standing relations, undirected, with communities) for a date window, or, when the events
 * are filtered further, the directed country network of just those events.
 */
export async function* exportChunks(db: Kysely<Database>, format: ExportFormat, o: ExportOptions = {}): AsyncGenerator<string> {
  const events = pagedEvents(db, o.filter ?? {});
  if (format === 'gexf' || format === 'graphml') {
    let g: GraphData;
    if (narrowsEvents(o.filter)) {
      const all: EventRecord[] = [];
      for await (const e of events) all.push(e);
      g = graphFromEvents(all);
    } else {
      const { from, to } = o.filter ?? {};
      g = fromRelationGraph(await relationGraph(db, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(o.at ? { at: o.at } : {}) }));
    }
    yield format === 'gexf' ? toGexf(g) : toGraphml(g);
    return;
  }
  const meta = docMetaLookup(db);
  const counts = clusterCountsLookup(db);
  if (format === 'csv') yield csvHeader() + '\n';
  if (format === 'gdelt' && o.header) yield gdeltHeader() + '\n';
  for await (const e of events) {
    if (format === 'jsonl') yield JSON.stringify(e) + '\n';
    else if (format === 'csv') yield csvRow(e) + '\n';
    else if (format === 'gdelt') yield gdeltRow(e, await meta(e.doc), await counts(e.doc, e.id)) + '\n';
    else {
      const p = toPlover(e, await meta(e.doc));
      if (p) yield JSON.stringify(p) + '\n';
      else o.onSkip?.(e, `CAMEO ${e.code} has no PLOVER event category`);
    }
  }
}
