/**
 * The Electron main process. It only wires things together: lifecycle, the
 * window, the menu, the app:// protocol and the HostApi handlers. Everything
 * with logic lives in plain modules next to this file, tested without Electron.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { MENU_CHANNEL } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/contract';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { PRODUCT_NAME, userDataOverride } from './data-folder';
import { createHostHandlers } from './host/desktop-handlers';
import { FileRegistry } from './host/file-registry';
import { IMPORT_WORKER_HEAP_MB, ImportQueue } from './host/import-queue';
import { registerHostHandlers } from './host/register-handlers';
import { labelsFor, pickLanguage } from './labels';
import { buildMenuTemplate } from './menu';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  hardenWebContents,
  isAllowedRequest,
  isTrustedSender,
} from './security';
import { mainWindowOptions } from './window';

const isDev = !app.isPackaged;
// electron-vite dev serves the renderer over HTTP with hot reload; never in a packaged app.
const devServerUrl = isDev ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

// Before `ready` (and before the single-instance lock, which lives in userData):
// e2e tests and dev runs never open the user's real projects.
const userData = userDataOverride(process.env, isDev, app.getPath('appData'));
if (userData) app.setPath('userData', userData);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const registry = new FileRegistry();
  const workerFile = join(import.meta.dirname, 'import-worker.js');
  const queue = new ImportQueue(
    () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB } }),
    { size: Math.max(1, Math.min(2, availableParallelism())) },
  );
  const labels = () => labelsFor(pickLanguage(app.getPreferredSystemLanguages()));
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(devServerUrl ?? APP_INDEX_URL);
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void queue.dispose());

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler(denyPermissionRequest);
    ses.setPermissionCheckHandler(denyPermissionCheck);
    ses.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }),
    );
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: join(import.meta.dirname, '../renderer'), readFile }));

    const handlers = createHostHandlers({
      info: {
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        locales: () => app.getPreferredSystemLanguages(),
        dataLocation: app.getPath('userData'),
      },
      registry,
      queue,
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      labels,
      samplesDir: app.isPackaged
        ? join(process.resourcesPath, 'samples')
        : join(app.getAppPath(), 'resources', 'samples'),
      documentsDir: () => app.getPath('documents'),
    });
    registerHostHandlers(ipcMain, handlers, (event) => isTrustedSender(event, devServerUrl));

    const isMac = process.platform === 'darwin';
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ labels: labels(), isDev, isMac, send })));

    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
