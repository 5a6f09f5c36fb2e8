import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../shared/ipc/contract';
import { isTrustedSender } from '../security';
import { registerHostHandlers } from './register-handlers';
import type { HostHandlers, IpcMainLike } from './register-handlers';

type Listener = Parameters<IpcMainLike['handle']>[1];

function setup() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const handlers = {
    appInfo: vi.fn(async () => ({
      name: 'Fazhi Coder',
      version: '0.1.0',
      edition: 'desktop' as const,
      platform: 'linux',
      locales: ['zh-CN'],
      dataLocation: '/data',
    })),
    pickFiles: vi.fn(async () => ({ ok: true as const, value: [] })),
    pickFolder: vi.fn(async () => ({ ok: true as const, value: { walk: 'w', files: [], done: true } })),
    nextFolderPage: vi.fn(async () => ({ ok: true as const, value: { walk: 'w', files: [], done: true } })),
    endFolderWalk: vi.fn(async () => undefined),
    registerFiles: vi.fn(async () => ({ ok: true as const, value: [] })),
    sampleFiles: vi.fn(async () => ({ ok: true as const, value: [] })),
    parseFile: vi.fn<HostHandlers['parseFile']>(async () => {
      throw new Error('boom');
    }),
    readFile: vi.fn(async () => ({ ok: true as const, value: new Uint8Array([1, 2]) })),
    saveFile: vi.fn(async () => ({ ok: true as const, value: { path: '/x.csv' } })),
    releaseFiles: vi.fn(async () => undefined),
    cancelParsing: vi.fn(async () => undefined),
  } satisfies HostHandlers;
  registerHostHandlers(
    ipc,
    handlers,
    (e) => isTrustedSender(e, null),
    () => undefined,
  );
  const call = (channel: string, url: string | null, ...args: unknown[]) => {
    const senderFrame = url === null ? null : { url, parent: null };
    const event = { senderFrame } as unknown as IpcMainInvokeEvent;
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, handlers, call };
}

const APP = 'app://fazhi/index.html';

describe('registerHostHandlers', () => {
  it('registers one handler per HostApi channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
  });

  it('runs the handler for the app page with validated arguments', async () => {
    const { handlers, call } = setup();
    expect(await call(HOST_CHANNELS.pickFiles, APP, { folder: true, extra: 'dropped' })).toEqual({
      ok: true,
      value: [],
    });
    expect(handlers.pickFiles).toHaveBeenCalledWith({ folder: true, kind: 'reports' });
    expect(await call(HOST_CHANNELS.appInfo, APP)).toMatchObject({ edition: 'desktop' });
    expect(await call(HOST_CHANNELS.readFile, APP, 'tok')).toEqual({ ok: true, value: new Uint8Array([1, 2]) });
    expect(await call(HOST_CHANNELS.pickFiles, APP, { folder: false, kind: 'anything' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('refuses other senders without running the handler', async () => {
    const { handlers, call } = setup();
    expect(await call(HOST_CHANNELS.pickFiles, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'denied' },
    });
    expect(await call(HOST_CHANNELS.sampleFiles, null)).toMatchObject({ ok: false, error: { code: 'denied' } });
    await expect(call(HOST_CHANNELS.appInfo, 'https://evil.example/')).rejects.toThrow();
    expect(await call(HOST_CHANNELS.releaseFiles, 'https://evil.example/', ['t'])).toBeUndefined();
    expect(handlers.pickFiles).not.toHaveBeenCalled();
    expect(handlers.sampleFiles).not.toHaveBeenCalled();
    expect(handlers.appInfo).not.toHaveBeenCalled();
    expect(handlers.releaseFiles).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments as data', async () => {
    const { handlers, call } = setup();
    expect(await call(HOST_CHANNELS.saveFile, APP, { suggestedName: 'x.csv' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an internal error result', async () => {
    const { call } = setup();
    expect(await call(HOST_CHANNELS.parseFile, APP, 'tok')).toEqual({
      ok: false,
      error: { code: 'internal', message: 'parseFile failed: boom' },
    });
  });
});
