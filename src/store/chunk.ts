/**
 * Splits rows for multi-row INSERTs so one statement stays below the bound-parameter limit
 * (SQLite: 32766, PostgreSQL: 65535) whatever the column count.
 */
export function chunks<T extends object>(rows: T[], maxParams = 30000): T[][] {
  if (!rows.length) return [];
  const cols = Math.max(1, Object.keys(rows[0]).length);
  const size = Math.max(1, Math.floor(maxParams / cols));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
