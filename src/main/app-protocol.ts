/**
 * The `app://fazhi/` scheme that serves the built renderer.
 *
 * A fixed custom origin (rather than file://) keeps the renderer's IndexedDB, where
 * all projects live, at the same origin across versions and install folders, and
 * lets us attach the CSP as a real response header. No Electron import: `index.ts`
 * passes `createAppProtocolHandler(...)` to `protocol.handle('app', …)`.
 */
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'fazhi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged` (must run before `ready`). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // PDFium runs as WebAssembly in the import worker: compiling it needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // Opaque binaries some builds have carried (CMaps, Type 1 fonts).
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { ok: true; path: string; mime: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://fazhi/...` URL to a file under `root`, or refuses it.
 * Each path segment is decoded on its own so an encoded `..` or slash cannot
 * climb out of `root`; the final containment check is belt and braces.
 */
export function resolveAppPath(url: string, root: string): ResolvedPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };
  // Inspect the raw path too: the URL parser already collapses plain `..`, and we
  // want a refusal, not a silently different file.
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  const rawSegments = rawPath.split('/').filter((s) => s !== '');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const path = join(root, ...segments);
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return { ok: false, status: 403 };
  return { ok: true, path, mime: mimeTypeFor(path) };
}

/** Headers on every response of the scheme, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

export interface ProtocolDeps {
  /** Folder with the built renderer (out/renderer). */
  root: string;
  readFile: (path: string) => Promise<Uint8Array>;
}

/** The handler for `protocol.handle('app', …)`: GET/HEAD of files under `root` with the CSP. */
export function createAppProtocolHandler(deps: ProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: securityHeaders() });
    }
    const resolved = resolveAppPath(request.url, deps.root);
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: securityHeaders() });
    let body: Uint8Array;
    try {
      body = await deps.readFile(resolved.path);
    } catch {
      // Missing file or a folder: the same answer, and no file-system detail leaks to the page.
      return new Response(null, { status: 404, headers: securityHeaders() });
    }
    const headers = { ...securityHeaders(), 'Content-Type': resolved.mime, 'Content-Length': String(body.byteLength) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
