/**
 * What the export dialog's request turns into: the snapshot narrowed to the chosen
 * documents and codes, handed to the pure builders in src/shared, and a dated file
 * name. Pure (no DOM): the lead calls it in the renderer or a worker and writes the bytes.
 */
import { createBackup } from '../../../../shared/backup/create-backup';
import { exportProject, type ExportFormat } from '../../../../shared/export/export-project';
import type { ProjectSnapshot } from '../../../../shared/model/project';

/** Every format the dialog offers: the shared exporters' formats plus a whole-project backup. */
export const EXPORT_CHOICES = [
  'csv',
  'csv-excel',
  'docs-csv',
  'xlsx',
  'jsonl',
  'qdpx',
  'qdc',
  'codebook-csv',
  'fazhi',
] as const satisfies readonly (ExportFormat | 'fazhi')[];
export type ExportChoice = (typeof EXPORT_CHOICES)[number];

export type ExportScopeKind = 'project' | 'filtered' | 'document';

export interface ExportRequest {
  scope: ExportScopeKind;
  /** The documents in scope (all of the project's for 'project'). */
  docIds: string[];
  /** The codes chosen. */
  codeIds: string[];
  format: ExportChoice;
  /** Only these coders' codings (e.g. the consensus); null or absent = everyone's. */
  coders?: string[] | null;
}

export interface ExportOutput {
  fileName: string;
  mime: string;
  data: Uint8Array;
}

/** Formats that describe the codebook only: documents play no part in them. */
export const CODEBOOK_ONLY: ReadonlySet<ExportChoice> = new Set(['qdc', 'codebook-csv']);
/** Formats that always take the whole project, whatever the scope (a backup must restore everything). */
export const WHOLE_PROJECT: ReadonlySet<ExportChoice> = new Set(['fazhi']);

/** Local calendar date, YYYY-MM-DD: the day the researcher made the file. */
export function dateStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `x-segments.csv` → `x-segments-2026-11-23.csv` (the date goes before the extension). */
export function datedFileName(fileName: string, date: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? `${fileName}-${date}` : `${fileName.slice(0, dot)}-${date}${fileName.slice(dot)}`;
}

/** The snapshot with only the chosen codes (so codebook formats list only those). */
function withCodes(snapshot: ProjectSnapshot, codeIds: ReadonlySet<string>): ProjectSnapshot {
  return {
    ...snapshot,
    codes: snapshot.codes.filter((c) => codeIds.has(c.id)),
    annotations: snapshot.annotations.filter((a) => codeIds.has(a.codeId)),
  };
}

export async function buildExport(
  snapshot: ProjectSnapshot,
  request: ExportRequest,
  appVersion: string,
  now: Date = new Date(),
): Promise<ExportOutput> {
  const date = dateStamp(now);
  if (request.format === 'fazhi') {
    // A backup restores the whole project, so scope and code choices do not apply.
    const data = createBackup(snapshot, { appVersion, now: now.toISOString() });
    // Same stem as the shared exporters: no characters file systems refuse, no control characters.
    const clean = [...snapshot.project.name].map((ch) => (ch < ' ' ? '_' : ch)).join('');
    const stem = clean.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'project';
    return { fileName: `${stem}-${date}.fazhi`, mime: 'application/zip', data };
  }
  const docIds = request.scope === 'project' ? null : request.docIds;
  // Data formats get the whole codebook and a scope, so column keys stay the same whatever is chosen;
  // codebook formats list only the chosen codes.
  const source = CODEBOOK_ONLY.has(request.format) ? withCodes(snapshot, new Set(request.codeIds)) : snapshot;
  const file = exportProject(source, request.format, {
    docIds,
    codeIds: request.codeIds,
    coders: request.coders ?? null,
  });
  return { fileName: datedFileName(file.fileName, date), mime: file.mime, data: file.bytes };
}
