/**
 * The import runner: parse picked files through the host, skip duplicates, store
 * each document through a sink, and report progress. Pure logic (no React, no
 * storage): the host and the sink are passed in, so tests use fakes.
 *
 * Parsing runs off the UI thread inside the host; we keep at most two parses in
 * flight so the next file is being parsed while the current one is stored, and
 * store strictly in the picked order so the library lists files as picked.
 */
import type { HostApi, HostError, PickedFile } from '../../../../shared/ipc/contract';
import type { ImportErrorCode, ImportOptions, ParsedDocument } from '../../../../shared/model/document';

/** Where imported documents go. Each `store` call is one transaction: the document is stored whole or not at all. */
export interface ImportSink {
  /** The document of the current project whose text has this hash, if any. */
  findDuplicate(sha256Text: string): Promise<{ docId: string; title: string | null } | null>;
  store(parsed: ParsedDocument, bytes: Uint8Array): Promise<{ docId: string }>;
}

/** Why a file was not imported: a parser's code, a host's I/O code, or the sink refusing it. */
export type ImportFailureCode = ImportErrorCode | HostError['code'] | 'store-failed';

export interface ImportedEntry {
  name: string;
  relPath: string;
  docId: string;
  title: string;
}

export interface DuplicateEntry {
  name: string;
  relPath: string;
  /** Still registered with the host so "import anyway" can parse it again; absent once released. */
  token?: string;
  existingTitle: string;
}

export interface FailedEntry {
  name: string;
  relPath: string;
  code: ImportFailureCode;
  /** The English detail from the parser or host. */
  message: string;
}

export interface ImportSummary {
  imported: ImportedEntry[];
  duplicates: DuplicateEntry[];
  failed: FailedEntry[];
  cancelled: boolean;
  /** Files never reached because the user cancelled. */
  notProcessed: number;
  startedAt: string;
  finishedAt: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being processed (or, once all are done, the last one). */
  current: string;
  imported: number;
  duplicates: number;
  failed: number;
}

export interface RunImportOptions {
  /** Store files even when the project already has a document with the same text. */
  importDuplicates?: boolean;
  /** Passed to the parser (e.g. a forced encoding). */
  parse?: ImportOptions;
}

export interface RunImportArgs {
  host: Pick<HostApi, 'parseFile' | 'releaseFiles'>;
  files: PickedFile[];
  sink: ImportSink;
  options?: RunImportOptions;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Injected clock for tests. */
  now?: () => Date;
}

const MAX_PARSES_IN_FLIGHT = 2;

type ParseOutcome = Awaited<ReturnType<HostApi['parseFile']>>;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function runImport(args: RunImportArgs): Promise<ImportSummary> {
  const { host, files, sink, options = {}, signal, onProgress } = args;
  const now = args.now ?? (() => new Date());
  const summary: ImportSummary = {
    imported: [],
    duplicates: [],
    failed: [],
    cancelled: false,
    notProcessed: 0,
    startedAt: now().toISOString(),
    finishedAt: '',
  };
  const parses: (Promise<ParseOutcome> | undefined)[] = [];
  const startParse = (i: number): void => {
    const file = files[i];
    if (!file || parses[i]) return;
    // A host that throws instead of answering with data is a failure of that file, not of the batch.
    parses[i] = host
      .parseFile(file.token, options.parse)
      .catch((e: unknown): ParseOutcome => ({ ok: false, error: { code: 'internal', message: errorMessage(e) } }));
  };
  const report = (done: number, current: string): void =>
    onProgress?.({
      done,
      total: files.length,
      current,
      imported: summary.imported.length,
      duplicates: summary.duplicates.length,
      failed: summary.failed.length,
    });
  const fail = (file: PickedFile, code: ImportFailureCode, message: string): void => {
    summary.failed.push({ name: file.name, relPath: file.relPath, code, message });
  };

  let done = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      if (signal?.aborted) break;
      for (let k = i; k < i + MAX_PARSES_IN_FLIGHT; k++) startParse(k);
      report(done, file.name);
      const outcome = await parses[i]!;
      // Cancelled while this file was parsing: it is not stored, so it counts as not processed.
      if (signal?.aborted) break;
      if (!outcome.ok) {
        fail(file, outcome.error.code, outcome.error.message);
      } else if (!outcome.value.result.ok) {
        fail(file, outcome.value.result.error.code, outcome.value.result.error.message);
      } else {
        const parsed = outcome.value.result.document;
        try {
          const existing = options.importDuplicates ? null : await sink.findDuplicate(parsed.sha256Text);
          if (existing) {
            summary.duplicates.push({
              name: file.name,
              relPath: file.relPath,
              token: file.token,
              existingTitle: existing.title ?? '',
            });
          } else {
            const { docId } = await sink.store(parsed, outcome.value.bytes);
            summary.imported.push({
              name: file.name,
              relPath: file.relPath,
              docId,
              title: parsed.title ?? parsed.fileName,
            });
          }
        } catch (e) {
          fail(file, 'store-failed', errorMessage(e));
        }
      }
      done++;
      report(done, file.name);
    }
  } finally {
    summary.cancelled = done < files.length;
    summary.notProcessed = files.length - done;
    summary.finishedAt = now().toISOString();
    // Duplicates keep their tokens so the user can still import them anyway; release everything else.
    const kept = new Set(summary.duplicates.map((d) => d.token));
    const release = files.map((f) => f.token).filter((t) => !kept.has(t));
    if (release.length) await host.releaseFiles(release).catch(() => undefined);
  }
  return summary;
}

/** Tokens a summary still holds with the host (its duplicates'); release them when the summary is discarded. */
export function heldTokens(summary: ImportSummary): string[] {
  return summary.duplicates.flatMap((d) => (d.token ? [d.token] : []));
}

export interface ImportDuplicatesArgs extends Omit<RunImportArgs, 'files' | 'options'> {
  summary: ImportSummary;
  /** Which duplicates to import (default: all that still have a token). */
  which?: DuplicateEntry[];
  parse?: ImportOptions;
}

/**
 * Import a summary's duplicates anyway. Returns the summary updated: the chosen
 * duplicates move to `imported` (or `failed`), the others stay duplicates.
 */
export async function importDuplicatesAnyway(args: ImportDuplicatesArgs): Promise<ImportSummary> {
  const { summary, which = summary.duplicates, parse, ...rest } = args;
  const chosen = which.filter((d): d is DuplicateEntry & { token: string } => Boolean(d.token));
  const files: PickedFile[] = chosen.map((d) => ({ token: d.token, name: d.name, relPath: d.relPath, size: 0 }));
  const again = await runImport({ ...rest, files, options: { importDuplicates: true, parse } });
  const attempted = new Set(chosen.map((d) => d.token));
  // Files a cancel left unprocessed were released by runImport; they stay listed, without a token.
  const processed = new Set(chosen.slice(0, chosen.length - again.notProcessed).map((d) => d.token));
  const remaining = summary.duplicates.flatMap((d): DuplicateEntry[] => {
    if (!d.token || !attempted.has(d.token)) return [d];
    if (processed.has(d.token)) return [];
    return [{ name: d.name, relPath: d.relPath, existingTitle: d.existingTitle }];
  });
  return {
    ...summary,
    imported: [...summary.imported, ...again.imported],
    duplicates: remaining,
    failed: [...summary.failed, ...again.failed],
    finishedAt: again.finishedAt,
  };
}
