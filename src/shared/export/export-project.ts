/**
 * One entry point for every export format: snapshot + scope → bytes, a file
 * name and a MIME type. The shells (main process, web download, CLI) only write them.
 */
import { createBackup } from '../backup/create-backup';
import type { ProjectSnapshot } from '../model/project';
import { exportQdc } from '../exchange/qdc-export';
import { exportQdpx } from '../exchange/qdpx-export';
import { tableToCsv } from './csv';
import { tableToJsonl } from './jsonl';
import { buildCodebookTable } from './rows/codebook';
import { buildDocumentTable } from './rows/documents';
import { buildSegmentRows, SEGMENT_COLUMNS } from './rows/segments';
import type { ExportScope } from './scope';
import type { Table } from './table';
import { tablesToXlsx } from './xlsx';

/** Every format, in the order the export dialog offers them; 'fazhi' is the whole-project backup. */
export const EXPORT_FORMATS = [
  'csv',
  'csv-excel',
  'docs-csv',
  'xlsx',
  'jsonl',
  'qdpx',
  'qdc',
  'codebook-csv',
  'fazhi',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  bytes: Uint8Array;
  /** Suggested file name. */
  fileName: string;
  mime: string;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function segmentTable(snapshot: ProjectSnapshot, scope: ExportScope = {}): Table {
  return { name: 'segments', columns: SEGMENT_COLUMNS, rows: buildSegmentRows(snapshot, scope) };
}

export function documentTable(snapshot: ProjectSnapshot, scope: ExportScope = {}): Table {
  const t = buildDocumentTable(snapshot, scope);
  return { name: 'documents', columns: t.columns, rows: t.rows };
}

/** A file-name stem from the project name: keeps CJK, drops what file systems refuse. */
function stem(snapshot: ProjectSnapshot): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  return snapshot.project.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'project';
}

/** Formats that always take the whole project, whatever the scope (a backup must restore everything). */
export const WHOLE_PROJECT_FORMATS: ReadonlySet<ExportFormat> = new Set(['fazhi']);

export interface ExportOptions {
  /** Written into a backup's manifest. */
  appVersion?: string;
  /** ISO time stamp of the backup (default: now). */
  now?: string;
}

export function exportProject(
  snapshot: ProjectSnapshot,
  format: ExportFormat,
  scope: ExportScope = {},
  options: ExportOptions = {},
): ExportedFile {
  const base = stem(snapshot);
  switch (format) {
    case 'csv':
      return { bytes: tableToCsv(segmentTable(snapshot, scope)), fileName: `${base}-segments.csv`, mime: 'text/csv' };
    case 'csv-excel':
      // Formula-like cells get an apostrophe, so the text column is no longer the exact document slice.
      return {
        bytes: tableToCsv(segmentTable(snapshot, scope), { spreadsheetSafe: true }),
        fileName: `${base}-segments-excel.csv`,
        mime: 'text/csv',
      };
    case 'docs-csv':
      return { bytes: tableToCsv(documentTable(snapshot, scope)), fileName: `${base}-documents.csv`, mime: 'text/csv' };
    case 'jsonl':
      return {
        bytes: tableToJsonl(segmentTable(snapshot, scope)),
        fileName: `${base}-segments.jsonl`,
        mime: 'application/jsonl',
      };
    case 'xlsx':
      return {
        bytes: tablesToXlsx([segmentTable(snapshot, scope), documentTable(snapshot, scope)]),
        fileName: `${base}.xlsx`,
        mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
    case 'codebook-csv':
      return { bytes: tableToCsv(buildCodebookTable(snapshot)), fileName: `${base}-codebook.csv`, mime: 'text/csv' };
    case 'qdc':
      return { bytes: exportQdc(snapshot.codes), fileName: `${base}.qdc`, mime: 'application/xml' };
    case 'fazhi':
      // A backup restores the whole project, so the scope does not apply.
      return {
        bytes: createBackup(snapshot, {
          appVersion: options.appVersion ?? 'unknown',
          now: options.now ?? new Date().toISOString(),
        }),
        fileName: `${base}.fazhi`,
        mime: 'application/zip',
      };
    case 'qdpx':
      return { bytes: exportQdpx(snapshot, scope), fileName: `${base}.qdpx`, mime: 'application/zip' };
  }
}
