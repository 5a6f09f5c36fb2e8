/**
 * CSV as spreadsheets and statistics packages read it without being told:
 * UTF-8 with a BOM (so Excel and LibreOffice do not guess GBK), CRLF, RFC 4180 quoting.
 * Cells that a spreadsheet would run as a formula are neutralised with a leading
 * apostrophe (CSV injection); plain numbers such as -3.5 are left alone.
 */
import type { Cell } from './rows/segments';
import type { Table } from './table';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const RISKY_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell | boolean | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (RISKY_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsvString(table: Pick<Table, 'columns' | 'rows'>): string {
  const lines: string[] = [table.columns.map((c) => csvCell(c)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function tableToCsv(table: Pick<Table, 'columns' | 'rows'>): Uint8Array {
  return new TextEncoder().encode(tableToCsvString(table));
}
