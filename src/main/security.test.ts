import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAllowedRequest, isTrustedSender, isTrustedUrl } from './security';
import type { HardenableContents } from './security';

const DEV = 'http://localhost:5173';

describe('isTrustedUrl', () => {
  it('trusts the app scheme and, only when given, the dev server origin', () => {
    expect(isTrustedUrl('app://fazhi/index.html', null)).toBe(true);
    expect(isTrustedUrl('app://fazhi/', null)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/index.html', DEV)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://fazhi.evil.com/',
    'https://fazhi/',
    'file:///C:/index.html',
    'http://localhost:5174/',
    'http://localhost.evil.com:5173/',
    'about:blank',
    '',
  ])('does not trust %s', (url) => {
    expect(isTrustedUrl(url, DEV)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts the top frame of the app page', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://fazhi/index.html', parent: null } }, null)).toBe(true);
  });

  it('refuses a destroyed frame, a sub-frame and foreign pages', () => {
    expect(isTrustedSender({ senderFrame: null }, null)).toBe(false);
    const top = { url: 'app://fazhi/index.html', parent: null };
    expect(isTrustedSender({ senderFrame: { url: 'app://fazhi/index.html', parent: top } }, null)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'https://example.com/', parent: null } }, null)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'http://localhost:5173/', parent: null } }, null)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('allows app, data and blob URLs, and the dev server only in development', () => {
    expect(isAllowedRequest('app://fazhi/assets/a.js', null)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true);
    expect(isAllowedRequest('blob:app://fazhi/1234', null)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', null)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true);
  });

  it('blocks remote content', () => {
    expect(isAllowedRequest('https://www.gov.cn/', null)).toBe(false);
    expect(isAllowedRequest('https://www.gov.cn/', DEV)).toBe(false);
    expect(isAllowedRequest('app://other/x.js', null)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', DEV)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: (() => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (h: () => { action: string }) => {
        openHandler = h;
      },
      on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => {
        listeners.set(name, listener);
      },
    };
    const fire = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { contents: contents as unknown as HardenableContents, fire, open: () => openHandler?.() };
  }

  it('denies new windows and webviews, and navigation or redirects away from the app', () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, null);
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
    expect(fire('will-navigate', 'https://www.gov.cn/')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://fazhi/index.html')).toBe(false);
  });
});
