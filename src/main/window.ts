/** The main window's options: a sandboxed, isolated renderer with only the preload bridge. */
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Fazhi Coder 法治编码';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so the user never sees a blank white frame.
    show: false,
    title: WINDOW_TITLE,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
