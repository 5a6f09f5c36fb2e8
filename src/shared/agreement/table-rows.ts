/** The agreement table as rows for CSV/XLSX export and for printing: one row per code and figure. */
import type { Cell } from '../export/rows/segments';
import type { Table } from '../export/table';
import { MEASURES } from './measures';
import type { AgreementTable } from './report';

export const AGREEMENT_COLUMNS = ['code', 'measure', 'value', 'n', 'unit', 'coders', 'note'] as const;

export function agreementExportTable(table: AgreementTable, codeLabel: (codeId: string) => string): Table {
  const rows: Record<string, Cell>[] = [];
  for (const row of [table.overall, ...table.codes]) {
    for (const m of MEASURES) {
      const f = row.figures[m];
      if (!f) continue;
      rows.push({
        code: row.codeId === null ? '(overall)' : codeLabel(row.codeId),
        measure: m,
        value: f.value === null ? null : Math.round(f.value * 10000) / 10000,
        n: f.n,
        unit: table.unit === 'overlap' ? `overlap ≥ ${Math.round((table.threshold ?? 0) * 100)}%` : table.unit,
        coders: table.coders.join(', '),
        note: f.note ?? '',
      });
    }
  }
  return { name: 'agreement', columns: AGREEMENT_COLUMNS, rows };
}
