/** Building `HostResult`s, and turning file-system errors into `HostError`s the UI can explain. */
import type { HostError, HostErrorCode, HostResult } from '../../shared/ipc/contract';
import { fail as failWith, ok as okWith } from '../../shared/result';

export function ok<T>(value: T): HostResult<T> {
  return okWith(value);
}

/** The shared `fail`, held to the host's error codes. */
export function fail<T = never>(code: HostErrorCode, message: string): HostResult<T> {
  return failWith(code, message);
}

/** Maps a Node fs error to a HostError; `what` names the file for the message. */
export function fsError(err: unknown, what: string): HostError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not-found', message: `${what} was not found.` };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'denied', message: `No permission to access ${what}.` };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'io', message: `Could not access ${what}: ${detail}` };
}
