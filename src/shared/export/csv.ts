/**
 * CSV as spreadsheets and statistics packages read it without being told:
 * UTF-8 with a BOM (so Excel and LibreOffice do not guess GBK), CRLF, RFC 4180 quoting.
 * By default every cell is the exact value: the text column equals the document
 * text at its offsets, which R, Stata and pandas rely on. `spreadsheetSafe` is for
 * opening the file in Excel: cells that a spreadsheet would run as a formula
 * (= + - @, CSV injection) get a leading apostrophe, plain numbers such as -3.5
 * are left alone; the text then no longer equals the document slice.
 */
import type { Cell } from './rows/segments';
import type { Table } from './table';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const RISKY_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export interface CsvOptions {
  /** Prefix formula-like cells with an apostrophe (for Excel); off by default, so the text is exact. */
  spreadsheetSafe?: boolean;
}

export function csvCell(value: Cell | boolean | undefined, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (options.spreadsheetSafe && RISKY_START.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsvString(table: Pick<Table, 'columns' | 'rows'>, options: CsvOptions = {}): string {
  const lines: string[] = [table.columns.map((c) => csvCell(c, options)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c], options)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function tableToCsv(table: Pick<Table, 'columns' | 'rows'>, options: CsvOptions = {}): Uint8Array {
  return new TextEncoder().encode(tableToCsvString(table, options));
}
