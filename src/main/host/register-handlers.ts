/**
 * Wires the HostApi handlers to `ipcMain.handle`, one channel per method.
 * Every call is checked twice before a handler runs: the sender must be the
 * app's own top frame, and the arguments must have the expected shape.
 * Failures come back as data (HostResult), never as a thrown string.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { HOST_CHANNELS } from '../../shared/ipc/contract';
import type { HostApi, HostError, HostRequest, HostResponse } from '../../shared/ipc/contract';
import {
  validateNoArgs,
  validateParseFile,
  validatePickFiles,
  validateReadFile,
  validateRegisterFiles,
  validateReleaseFiles,
  validateSaveFile,
} from './validate';

export type HostHandlers = {
  [K in keyof HostApi]: (...args: HostRequest<K>) => Promise<HostResponse<K>> | HostResponse<K>;
};

type Validators = { [K in keyof HostApi]: (args: unknown[]) => HostRequest<K> | null };
type Refusals = { [K in keyof HostApi]: (error: HostError) => HostResponse<K> };

const validators: Validators = {
  appInfo: validateNoArgs,
  pickFiles: validatePickFiles,
  pickFolder: validateNoArgs,
  nextFolderPage: validateReadFile,
  endFolderWalk: validateReadFile,
  registerFiles: validateRegisterFiles,
  sampleFiles: validateNoArgs,
  parseFile: validateParseFile,
  readFile: validateReadFile,
  saveFile: validateSaveFile,
  releaseFiles: validateReleaseFiles,
  cancelParsing: validateNoArgs,
};

const asResult = (error: HostError) => ({ ok: false, error }) as const;

/** What a refused or failed call answers, per method (two methods have no HostResult to carry it). */
const refusals: Refusals = {
  appInfo: (error) => {
    // Only a foreign or broken caller gets here; it gets a rejected promise.
    throw new Error(error.message);
  },
  pickFiles: asResult,
  pickFolder: asResult,
  nextFolderPage: asResult,
  endFolderWalk: () => undefined,
  registerFiles: asResult,
  sampleFiles: asResult,
  parseFile: asResult,
  readFile: asResult,
  saveFile: asResult,
  releaseFiles: () => undefined,
  cancelParsing: () => undefined,
};

export const HOST_METHODS = [
  'appInfo',
  'pickFiles',
  'pickFolder',
  'nextFolderPage',
  'endFolderWalk',
  'registerFiles',
  'sampleFiles',
  'parseFile',
  'readFile',
  'saveFile',
  'releaseFiles',
  'cancelParsing',
] as const satisfies readonly (keyof HostApi)[];

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export function registerHostHandlers(
  ipc: IpcMainLike,
  handlers: HostHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string, err?: unknown) => void = console.error,
): void {
  const register = <K extends keyof HostApi>(method: K) => {
    const channel = HOST_CHANNELS[method];
    const handler: (...args: HostRequest<K>) => Promise<HostResponse<K>> | HostResponse<K> = handlers[method];
    ipc.handle(channel, async (event, ...raw) => {
      if (!isTrusted(event)) {
        log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return refusals[method]({ code: 'denied', message: 'This page may not use the app.' });
      }
      const args = validators[method](raw);
      if (!args) {
        log(`Refused ${channel}: malformed arguments`);
        return refusals[method]({ code: 'internal', message: `Malformed request to ${method}.` });
      }
      try {
        return await handler(...args);
      } catch (err) {
        log(`${channel} failed`, err);
        const detail = err instanceof Error ? err.message : String(err);
        return refusals[method]({ code: 'internal', message: `${method} failed: ${detail}` });
      }
    });
  };
  for (const method of HOST_METHODS) register(method);
}
