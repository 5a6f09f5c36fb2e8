/**
 * The desktop bridge: HostApi (+ DesktopExtras) over IPC. Each method is one
 * `invoke` on its own channel; the page never gets ipcRenderer, an event object
 * or a way to name a channel itself.
 */
import type { IpcRenderer } from 'electron';
import { HOST_CHANNELS, MENU_CHANNEL, MENU_COMMANDS } from '../shared/ipc/contract';
import type { DesktopExtras, HostApi, MenuCommand } from '../shared/ipc/contract';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((c) => c === value);
}

export function createBridge(ipc: IpcRendererLike): HostApi & DesktopExtras {
  const api = {
    appInfo: () => ipc.invoke(HOST_CHANNELS.appInfo),
    pickFiles: (request) => ipc.invoke(HOST_CHANNELS.pickFiles, request),
    pickFolder: () => ipc.invoke(HOST_CHANNELS.pickFolder),
    nextFolderPage: (walk) => ipc.invoke(HOST_CHANNELS.nextFolderPage, walk),
    endFolderWalk: (walk) => ipc.invoke(HOST_CHANNELS.endFolderWalk, walk),
    registerFiles: (files) => ipc.invoke(HOST_CHANNELS.registerFiles, files),
    sampleFiles: () => ipc.invoke(HOST_CHANNELS.sampleFiles),
    parseFile: (token, options) => ipc.invoke(HOST_CHANNELS.parseFile, token, options),
    readFile: (token) => ipc.invoke(HOST_CHANNELS.readFile, token),
    saveFile: (request) => ipc.invoke(HOST_CHANNELS.saveFile, request),
    releaseFiles: (tokens) => ipc.invoke(HOST_CHANNELS.releaseFiles, tokens),
    cancelParsing: () => ipc.invoke(HOST_CHANNELS.cancelParsing),
  } satisfies HostApi;
  const extras = {
    onMenuCommand: (callback) => {
      // Only the command name reaches the page, never the IPC event.
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) callback(command);
      };
      ipc.on(MENU_CHANNEL, listener);
      return () => void ipc.removeListener(MENU_CHANNEL, listener);
    },
  } satisfies DesktopExtras;
  return { ...api, ...extras };
}
