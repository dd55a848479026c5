import type { EventRecord } from '../types.ts';

export function formatTable(events: EventRecord[]): string {
  const rows = events.map((e) => [e.doc, String(e.sentence), e.source?.code ?? '-', e.target?.code ?? '-', e.code, e.status, e.date ?? '-', e.trigger.text]);
  const head = ['doc', 'sent', 'source', 'target', 'code', 'status', 'date', 'trigger'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => c.slice(0, 40).padEnd(widths[i])).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

const CSV_FIELDS = ['id', 'doc', 'sentence', 'source_code', 'source_text', 'target_code', 'target_text', 'code', 'root', 'quad', 'goldstein', 'plover_event', 'status', 'date', 'date_precision', 'date_text', 'attribution', 'place', 'place_country', 'lat', 'lon', 'trigger', 'trigger_rule', 'evidence'] as const;
export function csvHeader(): string { return CSV_FIELDS.join(','); }
export function csvRow(e: EventRecord): string {
  const v: Record<(typeof CSV_FIELDS)[number], unknown> = {
    id: e.id, doc: e.doc, sentence: e.sentence, source_code: e.source?.code, source_text: e.source?.text, target_code: e.target?.code, target_text: e.target?.text,
    code: e.code, root: e.root, quad: e.quad, goldstein: e.goldstein, plover_event: e.plover?.event, status: e.status, date: e.date, date_precision: e.date_precision,
    date_text: e.date_text, attribution: e.attribution?.text, place: e.place?.name, place_country: e.place?.country, lat: e.place?.lat, lon: e.place?.lon,
    trigger: e.trigger.text, trigger_rule: e.trigger.rule, evidence: e.evidence,
  };
  return CSV_FIELDS.map((f) => csvCell(v[f])).join(',');
}
function csvCell(x: unknown): string {
  if (x === null || x === undefined) return '';
  const s = String(x);
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
