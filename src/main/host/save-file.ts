/**
 * `saveFile`: ask where, then write atomically (a temp file in the same folder,
 * then rename) so an interrupted export never leaves a half-written file in
 * place of a good one.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { HostRequest, HostResult } from '../../shared/ipc/contract';
import { fail, fsError, ok } from './results';

export interface SaveDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** Folder the dialog opens in (the user's Documents). */
  defaultDir: string;
  title: string;
}

export interface AtomicFs {
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
}

const nodeFs: AtomicFs = { writeFile, rename, unlink };

/** Writes `data` to `path` via a sibling temp file; on failure the temp file is removed and `path` is untouched. */
export async function writeFileAtomic(path: string, data: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
}

export async function saveFile(
  [request]: HostRequest<'saveFile'>,
  deps: SaveDeps,
  fs: AtomicFs = nodeFs,
): Promise<HostResult<{ path: string | null }>> {
  // Only a name from the page, never a folder: the user chooses where.
  const name = basename(request.suggestedName.replace(/\\/g, '/')) || 'export';
  const answer = await deps.showSaveDialog({
    title: deps.title,
    defaultPath: join(deps.defaultDir, name),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (answer.canceled || !answer.filePath) return fail('cancelled', 'The export was cancelled.');
  try {
    await writeFileAtomic(answer.filePath, request.data, fs);
    return ok({ path: answer.filePath });
  } catch (err) {
    return { ok: false, error: fsError(err, basename(answer.filePath)) };
  }
}
