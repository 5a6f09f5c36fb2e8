/**
 * Who may talk to the main process and where the window may go.
 * Only the app's own pages (app://fazhi, or the Vite dev server in development)
 * count as trusted; everything else is refused. Electron objects are passed in,
 * so this module is testable without Electron.
 */
import type { WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** True for URLs of the app's own pages: app://fazhi/… or, in development, the dev server's origin. */
export function isTrustedUrl(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // app: is not a WHATWG "special" scheme, so URL.origin is "null": compare the parts.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** The part of an IPC event we check: the frame that sent it. */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

/** True only for messages from the top frame of one of the app's own pages. */
export function isTrustedSender(event: SenderEvent, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  // A null frame means it navigated away or was destroyed; a sub-frame is never ours.
  if (!frame || frame.parent) return false;
  return isTrustedUrl(frame.url, devServerUrl);
}

/**
 * Network requests a page may make: the app's own scheme, inline data, and in
 * development the dev server (HTTP and its HMR WebSocket) and devtools. No remote content.
 */
export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (!devServerUrl) return false;
  if (parsed.protocol === 'devtools:') return true;
  const dev = new URL(devServerUrl);
  const wsProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === wsProtocol);
}

type PreventableEvent = { preventDefault(): void };

/** The WebContents surface `hardenWebContents` uses. */
export type HardenableContents = Pick<WebContents, 'setWindowOpenHandler'> & {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
};

/**
 * Mutates `contents`: no new windows, no webviews, no navigation away from the app.
 * Links the user clicks in a report never replace the app (the renderer shows them as text).
 */
export function hardenWebContents(contents: HardenableContents, devServerUrl: string | null): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: PreventableEvent, url: string) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Permission handlers that deny everything: the app needs no camera, location, notifications… */
export const denyPermissionRequest = (
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => callback(false);
export const denyPermissionCheck = (): boolean => false;
