import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from './app-protocol';

const root = join(tmpdir(), 'fazhi-renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and maps nested paths under the root', () => {
    expect(resolveAppPath('app://fazhi/', root)).toEqual({
      ok: true,
      path: join(root, 'index.html'),
      mime: 'text/html; charset=utf-8',
    });
    const nested = resolveAppPath('app://fazhi/pdfjs/cmaps/UniGB-UCS2-H.bcmap?x=1#y', root);
    expect(nested).toEqual({
      ok: true,
      path: join(root, 'pdfjs', 'cmaps', 'UniGB-UCS2-H.bcmap'),
      mime: 'application/octet-stream',
    });
  });

  it('decodes percent-encoded names such as Chinese sample files', () => {
    const r = resolveAppPath(`app://fazhi/samples/${encodeURIComponent('报告.txt')}`, root);
    expect(r).toMatchObject({ ok: true, path: join(root, 'samples', '报告.txt') });
  });

  it.each([
    'app://fazhi/../secret.txt',
    'app://fazhi/assets/../../secret.txt',
    'app://fazhi/%2e%2e/secret.txt',
    'app://fazhi/%2E%2E/%2E%2E/etc/passwd',
    'app://fazhi/assets/..%2f..%2fsecret.txt',
    'app://fazhi/%2fetc%2fpasswd',
    'app://fazhi/C:%5CWindows%5Cwin.ini',
    'app://fazhi/assets/%5c..%5csecret.txt',
    'app://fazhi/a%00.js',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toEqual({ ok: false, status: 403 });
  });

  it('refuses other hosts, other schemes and malformed URLs', () => {
    expect(resolveAppPath('app://evil/index.html', root).ok).toBe(false);
    expect(resolveAppPath('file:///etc/passwd', root).ok).toBe(false);
    expect(resolveAppPath('not a url', root).ok).toBe(false);
    expect(resolveAppPath('app://fazhi/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['i.json', 'application/json; charset=utf-8'],
    ['x.wasm', 'application/wasm'],
    ['i.svg', 'image/svg+xml'],
    ['i.png', 'image/png'],
    ['f.woff2', 'font/woff2'],
    ['f.ttf', 'font/ttf'],
    ['FoxitSans.pfb', 'application/octet-stream'],
    ['r.txt', 'text/plain; charset=utf-8'],
    ['r.pdf', 'application/pdf'],
    ['r.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s → %s', (name, mime) => {
    expect(mimeTypeFor(name)).toBe(mime);
  });
});

describe('createAppProtocolHandler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-proto-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Fazhi</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'fazhi-outside.txt'), 'secret');
  const handle = createAppProtocolHandler({ root: dir, readFile });

  it('serves files with their MIME type and the strict CSP', async () => {
    const res = await handle(new Request('app://fazhi/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('has the CSP the app promises: no remote scripts, objects or framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('answers 404 with the CSP for missing files and folders, 403 for traversal, 405 for POST', async () => {
    const missing = await handle(new Request('app://fazhi/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://fazhi/assets'))).status).toBe(404);
    // Request (like Chromium) normalises `%2e%2e` away before we see it; what matters
    // is that the file beside the root is never served.
    const escape = await handle(new Request('app://fazhi/%2e%2e/fazhi-outside.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).toBe('');
    expect((await handle(new Request('app://fazhi/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const res = await handle(new Request('app://fazhi/', { method: 'HEAD' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('');
  });
});
