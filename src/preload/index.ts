/**
 * Preload (sandboxed, bundled to one CommonJS file): exposes the desktop bridge
 * as `window.fazhiHost`. Nothing else crosses into the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/ipc/contract';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
