/** Small helpers shared by the repositories (ids and timestamps). */
import type { ErrorInfo, Result } from '../../../shared/result';

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Errors returned as data to the UI, which translates them by `code`: the one Result shape (shared/result.ts). */
export type StorageError = ErrorInfo;

export type StorageResult<T> = Result<T>;
