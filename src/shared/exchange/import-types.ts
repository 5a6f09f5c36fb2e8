/** What a REFI-QDA import returns: a project (or codebook) and an account of what was left out. */
import type { Code, ProjectSnapshot } from '../model/project';

export interface Skipped {
  /** What was left out, e.g. `PDF source "scan.pdf"`. */
  what: string;
  reason: string;
}

export interface ImportReport {
  counts: { codes: number; documents: number; annotations: number; memos: number };
  skipped: Skipped[];
}

export interface ExchangeError {
  code: 'corrupt' | 'not-refi' | 'empty';
  /** English sentence naming the file and the reason. */
  message: string;
}

export type QdpxImportResult =
  { ok: true; snapshot: ProjectSnapshot; report: ImportReport } | { ok: false; error: ExchangeError };

export type QdcImportResult = { ok: true; codes: Code[]; report: ImportReport } | { ok: false; error: ExchangeError };

export interface ImportOptions {
  /** Id of the project to build (default: a new UUID). */
  projectId?: string;
  /** Time stamp for rows the file gives none (default: now). */
  now?: string;
}
