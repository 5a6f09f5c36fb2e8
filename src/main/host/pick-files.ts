/**
 * `pickFiles`, `registerFiles` and `sampleFiles`: three ways files get a token.
 * Dialogs and folders are injected so the logic runs in tests without Electron.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { PROJECT_FILE_EXTENSIONS } from '../../shared/ipc/contract';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import/formats/sniff';
import type { HostRequest, HostResult, PickRequest, PickedFile } from '../../shared/ipc/contract';
import type { FileRegistry } from './file-registry';
import { TooManyFilesError, listFolder } from './list-folder';
import { fail, fsError, ok } from './results';

export interface PickDeps {
  registry: FileRegistry;
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  /** Dialog texts in the UI language. */
  labels: {
    importFiles: string;
    importFolder: string;
    reports: string;
    allFiles: string;
    openProject: string;
    projects: string;
  };
}

export function openDialogOptions(
  folder: boolean,
  labels: PickDeps['labels'],
  kind: PickRequest['kind'] = 'reports',
): OpenDialogOptions {
  if (folder) return { title: labels.importFolder, properties: ['openDirectory'] };
  if (kind === 'projects') {
    return {
      title: labels.openProject,
      properties: ['openFile'],
      filters: [{ name: labels.projects, extensions: [...PROJECT_FILE_EXTENSIONS] }],
    };
  }
  return {
    title: labels.importFiles,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: labels.reports, extensions: [...IMPORTABLE_EXTENSIONS] },
      { name: labels.allFiles, extensions: ['*'] },
    ],
  };
}

export async function pickFiles(
  [request]: HostRequest<'pickFiles'>,
  deps: PickDeps,
): Promise<HostResult<PickedFile[]>> {
  const answer = await deps.showOpenDialog(openDialogOptions(request.folder, deps.labels, request.kind));
  if (answer.canceled || answer.filePaths.length === 0) return fail('cancelled', 'No file was chosen.');
  if (request.folder) {
    const folder = answer.filePaths[0] ?? '';
    try {
      const files = await listFolder(folder);
      return ok(files.map((f) => deps.registry.add({ name: f.name, relPath: f.relPath, size: f.size, path: f.path })));
    } catch (err) {
      if (err instanceof TooManyFilesError) return fail('too-large', err.message);
      return { ok: false, error: fsError(err, folder) };
    }
  }
  const picked: PickedFile[] = [];
  for (const path of answer.filePaths) {
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      picked.push(deps.registry.add({ name: basename(path), relPath: '', size: info.size, path }));
    } catch (err) {
      return { ok: false, error: fsError(err, basename(path)) };
    }
  }
  return ok(picked);
}

/** Files the renderer already holds (drag and drop): kept in memory until released. */
export function registerFiles([files]: HostRequest<'registerFiles'>, registry: FileRegistry): HostResult<PickedFile[]> {
  return ok(
    files.map((f) =>
      registry.add({ name: basename(f.name), relPath: f.relPath, size: f.data.byteLength, bytes: f.data }),
    ),
  );
}

/** The sample reports shipped with the app, from `dir` (resources/samples). */
export async function sampleFiles(dir: string, registry: FileRegistry): Promise<HostResult<PickedFile[]>> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== 'index.json')
      .map((e) => e.name)
      .sort();
    const picked: PickedFile[] = [];
    for (const name of names) {
      const path = join(dir, name);
      const { size } = await stat(path);
      picked.push(registry.add({ name, relPath: '', size, path }));
    }
    return ok(picked);
  } catch (err) {
    return { ok: false, error: fsError(err, 'The sample folder') };
  }
}
