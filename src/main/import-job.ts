/**
 * The messages between the main process and the import worker, and the worker's
 * side of the exchange as a plain function (so it is testable without a thread).
 */
import type { ImportOptions, ImportResult } from '../shared/model/document';

export interface ImportJob {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
}

export interface ImportJobDone {
  id: number;
  result: ImportResult;
}

export type ImportFileFn = (bytes: Uint8Array, fileName: string, options?: ImportOptions) => Promise<ImportResult>;

export function isImportJobDone(value: unknown): value is ImportJobDone {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'number' &&
    'result' in value &&
    typeof value.result === 'object' &&
    value.result !== null
  );
}

/** Runs one job; a parser that throws (it should not) still yields an answer, never a dead worker. */
export async function runImportJob(job: ImportJob, importFile: ImportFileFn): Promise<ImportJobDone> {
  try {
    return { id: job.id, result: await importFile(job.bytes, job.fileName, job.options) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      id: job.id,
      result: {
        ok: false,
        fileName: job.fileName,
        error: { code: 'internal', message: `${job.fileName} could not be read because of a bug: ${detail}` },
      },
    };
  }
}
