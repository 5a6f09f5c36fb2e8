/** The panel dataset as a file: long or wide form, CSV or XLSX (the app's export worker and `fazhi panel`). */
import { tableToCsv } from '../export/csv';
import { tablesToXlsx } from '../export/xlsx';
import { panelLong, type PanelTable } from './panel';

export type PanelForm = 'long' | 'wide';
export type PanelFormat = 'csv' | 'xlsx';

export function panelFile(wide: PanelTable, form: PanelForm, format: PanelFormat, sheet: string): Uint8Array {
  const table = form === 'wide' ? wide : panelLong(wide);
  return format === 'xlsx' ? tablesToXlsx([{ name: sheet, ...table }]) : tableToCsv(table);
}
