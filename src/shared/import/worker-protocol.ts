/**
 * The one message protocol between an import worker and whoever feeds it, in
 * every edition: the desktop main process (worker_threads), the web edition
 * (a Web Worker) and the CLI (worker_threads). The worker's side is
 * `answerParseRequest`, which never throws: a parser bug, a worker that dies and
 * a file over its time budget all come back as an `ImportResult` error naming the file.
 */
import type { ImportError, ImportOptions, ImportResult } from '../model/document';

/**
 * How long one file may take to parse before its worker is stopped and replaced,
 * in every edition (the CLI's `--timeout` changes it). A hostile file must end
 * within 20 s; a real report takes well under a second (a 300-page PDF a few
 * seconds), so 15 s leaves room for a slow, busy machine and still ends in time.
 */
export const PARSE_TIME_BUDGET_MS = 15_000;

export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

export interface ParseResponse {
  id: number;
  result: ImportResult;
}

export type ImportFileFn = (bytes: Uint8Array, fileName: string, options?: ImportOptions) => Promise<ImportResult>;

export function isParseResponse(value: unknown): value is ParseResponse {
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

function failure(fileName: string, error: ImportError): ImportResult {
  return { ok: false, fileName, error };
}

/** The worker's side: parse one request; a parser that throws (it should not) still yields an answer. */
export async function answerParseRequest(request: ParseRequest, importFile: ImportFileFn): Promise<ParseResponse> {
  try {
    return { id: request.id, result: await importFile(request.bytes, request.fileName, request.options) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      id: request.id,
      result: failure(request.fileName, {
        code: 'internal',
        message: `${request.fileName} could not be read because of a bug: ${detail}`,
      }),
    };
  }
}

export function timeoutResult(fileName: string, budgetMs: number): ImportResult {
  const seconds = Math.round(budgetMs / 1000);
  return failure(fileName, {
    code: 'timeout',
    message: `${fileName} took longer than ${seconds} s to read and was given up on; the file may be damaged or unusually complex.`,
  });
}

export function workerDiedResult(fileName: string, detail: string): ImportResult {
  return failure(fileName, {
    code: 'internal',
    message: `${fileName} could not be read: the import worker stopped (${detail}). If it happens again with this file, it may be damaged or too large.`,
  });
}
