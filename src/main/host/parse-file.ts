/**
 * `parseFile`: read the bytes behind a token (capped), parse them in the import
 * worker, and hand both back (the renderer stores the bytes as the document's source).
 */
import { readFile, stat } from 'node:fs/promises';
import type { HostRequest, HostResult, ParsedFile } from '../../shared/ipc/contract';
import type { ImportOptions } from '../../shared/model/document';
import type { FileRegistry } from './file-registry';
import type { QueueAnswer } from './import-queue';
import { fail, fsError, ok } from './results';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface ParseDeps {
  registry: FileRegistry;
  parse: (bytes: Uint8Array, fileName: string, options: ImportOptions) => Promise<QueueAnswer>;
  maxBytes?: number;
}

function tooLarge(name: string, size: number, max: number): HostResult<never> {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return fail('too-large', `${name} is ${mb(size)} MB; files over ${mb(max)} MB are not imported.`);
}

/** The bytes behind a token, within the size cap. */
export async function readRegistered(
  token: string,
  deps: Pick<ParseDeps, 'registry' | 'maxBytes'>,
): Promise<HostResult<{ name: string; bytes: Uint8Array }>> {
  const file = deps.registry.get(token);
  if (!file) return fail('not-found', 'The file is no longer available; pick it again.');
  const max = deps.maxBytes ?? MAX_FILE_BYTES;
  if ('bytes' in file) {
    if (file.bytes.byteLength > max) return tooLarge(file.name, file.bytes.byteLength, max);
    return ok({ name: file.name, bytes: file.bytes });
  }
  try {
    // Check the size before reading: the file may have grown since it was picked.
    const { size } = await stat(file.path);
    if (size > max) return tooLarge(file.name, size, max);
    // A plain Uint8Array (not a pooled Buffer) so it crosses IPC and threads as itself.
    return ok({ name: file.name, bytes: new Uint8Array(await readFile(file.path)) });
  } catch (err) {
    return { ok: false, error: fsError(err, file.name) };
  }
}

export async function parseFile(
  [token, options]: HostRequest<'parseFile'>,
  deps: ParseDeps,
): Promise<HostResult<ParsedFile>> {
  const read = await readRegistered(token, deps);
  if (!read.ok) return read;
  const { name, bytes } = read.value;
  const answer = await deps.parse(bytes, name, options ?? {});
  if (!answer.ok) return answer;
  return ok({ token, result: answer.result, bytes });
}
