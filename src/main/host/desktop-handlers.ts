/** Assembles the HostApi handlers from their injected dependencies (see index.ts for the real ones). */
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Labels } from '../labels';
import type { AppInfoDeps } from './app-info';
import { appInfo } from './app-info';
import type { FileRegistry } from './file-registry';
import { FolderWalks } from './folder-walks';
import type { ImportQueue } from './import-queue';
import { parseFile, readRegistered } from './parse-file';
import { openDialogOptions, pickFiles, registerFiles, sampleFiles } from './pick-files';
import type { HostHandlers } from './register-handlers';
import { saveFile } from './save-file';

export interface DesktopHostDeps {
  info: AppInfoDeps;
  registry: FileRegistry;
  queue: Pick<ImportQueue, 'parse' | 'cancel'>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  labels: () => Labels;
  samplesDir: string;
  documentsDir: () => string;
}

export function createHostHandlers(deps: DesktopHostDeps): HostHandlers {
  const { registry } = deps;
  const walks = new FolderWalks(registry);
  const dialogLabels = () => {
    const t = deps.labels();
    return {
      importFiles: t.importFiles,
      importFolder: t.importFolder,
      reports: t.reports,
      allFiles: t.allFiles,
      openProject: t.openProject,
      projects: t.projects,
    };
  };
  return {
    appInfo: async () => appInfo(deps.info),
    pickFiles: (request) =>
      pickFiles([request], { registry, showOpenDialog: deps.showOpenDialog, labels: dialogLabels() }),
    pickFolder: async () => {
      const answer = await deps.showOpenDialog(openDialogOptions(true, dialogLabels()));
      const folder = answer.filePaths[0];
      if (answer.canceled || !folder)
        return { ok: false, error: { code: 'cancelled', message: 'No folder was chosen.' } };
      return walks.start(folder);
    },
    nextFolderPage: (walk) => walks.next(walk),
    endFolderWalk: (walk) => walks.end(walk),
    registerFiles: async (files) => registerFiles([files], registry),
    sampleFiles: () => sampleFiles(deps.samplesDir, registry),
    parseFile: (token, options) =>
      parseFile([token, options], { registry, parse: (b, n, o) => deps.queue.parse(b, n, o) }),
    readFile: async (token) => {
      const read = await readRegistered(token, { registry });
      return read.ok ? { ok: true, value: read.value.bytes } : read;
    },
    saveFile: (request) =>
      saveFile([request], {
        showSaveDialog: deps.showSaveDialog,
        defaultDir: deps.documentsDir(),
        title: deps.labels().exportTitle,
      }),
    releaseFiles: async (tokens) => registry.release(tokens),
    cancelParsing: async () => deps.queue.cancel(),
  };
}
