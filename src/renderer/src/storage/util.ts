/** Small helpers shared by the repositories (ids and timestamps). */

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** Errors returned as data to the UI, which translates them by `code`. */
export interface StorageError {
  code: string;
  message: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };
