import { lineWriter } from './output.ts';
import { UsageError } from './errors.ts';

export type RowFormat = 'table' | 'jsonl' | 'csv';
export type Row = Record<string, unknown>;

export function parseRowFormat(f: string): RowFormat {
  if (f !== 'table' && f !== 'jsonl' && f !== 'csv') throw new UsageError(`--format: "${f}" must be table, jsonl or csv`);
  return f;
}

/**
 * Writes records as an aligned table, CSV (flat columns) or JSONL. `full` gives the JSONL record
 * for each row when it carries more than the flat columns (evidence lists, nested objects).
 */
export async function writeRows(rows: Row[], format: RowFormat, o: { columns?: string[]; full?: unknown[]; width?: number } = {}): Promise<void> {
  const out = lineWriter();
  const cols = o.columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (format === 'jsonl') for (const [i, r] of rows.entries()) await out.write(JSON.stringify(o.full?.[i] ?? r) + '\n');
  else if (format === 'csv') {
    await out.write(cols.join(',') + '\n');
    for (const r of rows) await out.write(cols.map((c) => csvCell(r[c])).join(',') + '\n');
  } else await out.write(table(rows, cols, o.width ?? 60) + '\n');
  await out.close();
}

export function table(rows: Row[], cols: string[], max = 60): string {
  const cells = rows.map((r) => cols.map((c) => (r[c] === null || r[c] === undefined ? '-' : String(r[c])).replace(/\s+/g, ' ')));
  const widths = cols.map((c, i) => Math.min(max, Math.max(c.length, ...cells.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(cols), ...cells.map(line)].join('\n');
}

function csvCell(x: unknown): string {
  if (x === null || x === undefined) return '';
  const s = typeof x === 'object' ? JSON.stringify(x) : String(x);
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
