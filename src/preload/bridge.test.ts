import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, MENU_CHANNEL } from '../shared/ipc/contract';
import { createBridge } from './bridge';
import type { IpcRendererLike } from './bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Set<Listener>();
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));
  const ipc = {
    invoke,
    on: vi.fn((_channel: string, l: Listener) => listeners.add(l)),
    removeListener: vi.fn((_channel: string, l: Listener) => listeners.delete(l)),
  };
  const emit = (...args: unknown[]) => listeners.forEach((l) => l({ sender: 'secret' }, ...args));
  // The fake implements only what the bridge calls; Electron's overloads are wider.
  return { ipc: ipc as unknown as IpcRendererLike, invoke, emit, listeners };
}

describe('createBridge', () => {
  it('maps each HostApi method to its own channel with its arguments', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.appInfo();
    await bridge.pickFiles({ folder: true });
    await bridge.registerFiles([{ name: 'a.txt', relPath: '', data: new Uint8Array(1) }]);
    await bridge.sampleFiles();
    await bridge.parseFile('tok', { encoding: 'gbk' });
    await bridge.saveFile({ suggestedName: 'a.csv', filters: [], data: new Uint8Array(1), mime: 'text/csv' });
    await bridge.releaseFiles(['tok']);
    await bridge.cancelParsing();
    await bridge.pickFolder();
    await bridge.nextFolderPage('w1');
    await bridge.endFolderWalk('w1');
    expect(invoke.mock.calls.map((c) => c[0])).toEqual([
      HOST_CHANNELS.appInfo,
      HOST_CHANNELS.pickFiles,
      HOST_CHANNELS.registerFiles,
      HOST_CHANNELS.sampleFiles,
      HOST_CHANNELS.parseFile,
      HOST_CHANNELS.saveFile,
      HOST_CHANNELS.releaseFiles,
      HOST_CHANNELS.cancelParsing,
      HOST_CHANNELS.pickFolder,
      HOST_CHANNELS.nextFolderPage,
      HOST_CHANNELS.endFolderWalk,
    ]);
    expect(invoke.mock.calls.at(-2)).toEqual([HOST_CHANNELS.nextFolderPage, 'w1']);
    expect(invoke.mock.calls[4]).toEqual([HOST_CHANNELS.parseFile, 'tok', { encoding: 'gbk' }]);
  });

  it('exposes only the API methods, not ipcRenderer or a generic invoke', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'cancelParsing',
      'endFolderWalk',
      'nextFolderPage',
      'onMenuCommand',
      'parseFile',
      'pickFiles',
      'pickFolder',
      'readFile',
      'registerFiles',
      'releaseFiles',
      'sampleFiles',
      'saveFile',
    ]);
  });

  it('delivers known menu commands without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const seen: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => seen.push(args));
    emit('import-folder');
    emit('format-disk');
    expect(seen).toEqual([['import-folder']]);
    expect(ipc.on).toHaveBeenCalledWith(MENU_CHANNEL, expect.any(Function));
    off();
    expect(listeners.size).toBe(0);
    emit('export');
    expect(seen).toHaveLength(1);
  });
});
