/**
 * What went wrong with the database, as a code the UI can explain in its own
 * language. IndexedDB fails in a few ways a user can act on: the database was
 * closed or deleted under the running app (browser data cleared, the project
 * deleted in another tab), the disk is full, or the browser refuses storage
 * (private mode, blocked by a setting). Dexie reports them by error name, the
 * browser's own error sometimes wrapped in `inner`.
 */

export type StorageFailureCode = 'storage-closed' | 'storage-full' | 'storage-unavailable';

const CLOSED = new Set(['DatabaseClosedError', 'InvalidStateError', 'NotFoundError', 'VersionChangeError']);
const FULL = new Set(['QuotaExceededError']);
const UNAVAILABLE = new Set(['MissingAPIError', 'OpenFailedError', 'SecurityError', 'InvalidAccessError']);

function names(e: unknown): string[] {
  const out: string[] = [];
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 5; depth++) {
    const name = (x as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    x = (x as { inner?: unknown }).inner;
  }
  return out;
}

/** The storage failure behind `e`, or null when it is something else (a bug, a rule of the command). */
export function storageFailure(e: unknown): StorageFailureCode | null {
  const all = names(e);
  // The disk being full wins: a transaction aborted because of it is reported as an AbortError around it.
  if (all.some((n) => FULL.has(n))) return 'storage-full';
  if (all.some((n) => CLOSED.has(n))) return 'storage-closed';
  if (all.some((n) => UNAVAILABLE.has(n))) return 'storage-unavailable';
  return null;
}
