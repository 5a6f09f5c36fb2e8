/** JSON Lines: one JSON object per row, LF-terminated, UTF-8 without BOM (as JSON tools expect). */
import type { Table } from './table';

export function tableToJsonl(table: Pick<Table, 'columns' | 'rows'>): Uint8Array {
  const lines: string[] = [];
  for (const row of table.rows) {
    const ordered: Record<string, unknown> = {};
    for (const c of table.columns) ordered[c] = row[c] ?? null;
    lines.push(JSON.stringify(ordered));
  }
  return new TextEncoder().encode(lines.length ? `${lines.join('\n')}\n` : '');
}
