/**
 * The application menu as a plain template. Items the renderer acts on (import,
 * export, about) are sent to it as menu commands; the rest are Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import type { Labels } from './labels';

export interface MenuOptions {
  labels: Labels;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  isMac: boolean;
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ labels: t, isDev, isMac, send }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.importFiles, accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      { label: t.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
      { type: 'separator' },
      { label: t.export, accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export') },
      // On macOS Quit lives in the app menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    submenu: [{ label: t.about, click: () => send('about') }],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
