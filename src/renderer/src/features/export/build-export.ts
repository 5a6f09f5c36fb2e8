/**
 * What the export dialog's request turns into: the snapshot narrowed to the chosen
 * documents and codes, handed to the pure builders in src/shared, and a dated file
 * name. Pure (no DOM): the lead calls it in the renderer or a worker and writes the bytes.
 */
import {
  EXPORT_FORMATS,
  exportProject,
  WHOLE_PROJECT_FORMATS,
  type ExportFormat,
} from '../../../../shared/export/export-project';
import type { ProjectSnapshot } from '../../../../shared/model/project';

/** Every format the dialog offers: the core's (a whole-project backup included). */
export const EXPORT_CHOICES = EXPORT_FORMATS;
export type ExportChoice = ExportFormat;

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
/** Formats built from the project's rows alone: their snapshot is loaded without texts or source files. */
export const WITHOUT_TEXTS: ReadonlySet<ExportChoice> = new Set(['docs-csv', 'qdc', 'codebook-csv']);
/** Formats that always take the whole project, whatever the scope (a backup must restore everything). */
export const WHOLE_PROJECT = WHOLE_PROJECT_FORMATS;

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
  if (WHOLE_PROJECT.has(request.format)) {
    const file = exportProject(snapshot, request.format, {}, { appVersion, now: now.toISOString() });
    return { fileName: datedFileName(file.fileName, date), mime: file.mime, data: file.bytes };
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
