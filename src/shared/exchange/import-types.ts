/** What a REFI-QDA import returns: a project (or codebook) and an account of what was left out. */
import type { Code, ProjectSnapshot } from '../model/project';
import type { ErrorInfo } from '../result';

/**
 * Which kind of thing was left out and why: the app shows a line in the UI
 * language from it (its messages have one template per key, filled with
 * `params`); `what` and `reason` stay the English account the CLI prints.
 */
export type SkipKey =
  | 'source-pdf'
  | 'source-picture'
  | 'source-audio'
  | 'source-video'
  | 'source-other-kind'
  | 'source-guid-twice'
  | 'source-no-guid'
  | 'source-outside'
  | 'source-file-missing'
  | 'source-no-text'
  | 'source-codings'
  | 'source-other-element'
  | 'selection-positions'
  | 'selection-uncoded'
  | 'coding-unknown-code'
  | 'variable-value'
  | 'part-cases'
  | 'part-sets'
  | 'part-graphs'
  | 'part-links'
  | 'codebook-sets'
  | 'user-unused'
  | 'code-no-guid'
  | 'code-guid-twice';

export interface Skipped {
  /** What was left out, e.g. `PDF source "scan.pdf"`. */
  what: string;
  reason: string;
  key?: SkipKey;
  /** The names and numbers `key`'s template is filled with. */
  params?: Record<string, string | number>;
}

export interface ImportReport {
  counts: { codes: number; documents: number; annotations: number; memos: number };
  skipped: Skipped[];
}

/** Why a REFI-QDA file could not be read; the message is an English sentence naming the file and the reason. */
export type ExchangeError = ErrorInfo<'corrupt' | 'not-refi' | 'empty'>;

export type QdpxImportResult =
  { ok: true; snapshot: ProjectSnapshot; report: ImportReport } | { ok: false; error: ExchangeError };

export type QdcImportResult = { ok: true; codes: Code[]; report: ImportReport } | { ok: false; error: ExchangeError };

export interface ImportOptions {
  /** Id of the project to build (default: a new UUID). */
  projectId?: string;
  /** Time stamp for rows the file gives none (default: now). */
  now?: string;
}
