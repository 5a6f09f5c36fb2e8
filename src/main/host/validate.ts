/**
 * Shape checks for everything the renderer sends. The renderer is our own code,
 * but a compromised page must not be able to make main read arbitrary paths or
 * crash on a malformed argument; so every handler checks before it touches anything.
 * Each validator returns the typed arguments, or null when the shape is wrong.
 */
import type { ImportOptions } from '../../shared/model/document';
import type { HostRequest, SaveRequest } from '../../shared/ipc/contract';

const MAX_NAME = 1024;
const MAX_FILES = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_NAME;
}

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

export function validatePickFiles(args: unknown[]): HostRequest<'pickFiles'> | null {
  const [request] = args;
  if (!isRecord(request) || typeof request.folder !== 'boolean') return null;
  const kind = request.kind ?? 'reports';
  if (kind !== 'reports' && kind !== 'projects') return null;
  return [{ folder: request.folder, kind }];
}

export function validateReadFile(args: unknown[]): HostRequest<'readFile'> | null {
  const [token] = args;
  return isName(token) ? [token] : null;
}

export function validateRegisterFiles(args: unknown[]): HostRequest<'registerFiles'> | null {
  const [files] = args;
  if (!Array.isArray(files) || files.length > MAX_FILES) return null;
  const out: HostRequest<'registerFiles'>[0] = [];
  for (const file of files) {
    if (!isRecord(file) || !isName(file.name) || !isName(file.relPath) || !isBytes(file.data)) return null;
    out.push({ name: file.name, relPath: file.relPath, data: file.data });
  }
  return [out];
}

/**
 * Only the encoding is taken from the renderer: nothing the page sends names a
 * file (the worker finds its PDF engine itself), so a page cannot make the
 * worker read any file on disk.
 */
function validateImportOptions(value: unknown): ImportOptions | null {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) return null;
  if (value.encoding === undefined) return {};
  if (typeof value.encoding !== 'string' || value.encoding.length > 64) return null;
  return { encoding: value.encoding };
}

export function validateParseFile(args: unknown[]): HostRequest<'parseFile'> | null {
  const [token, options] = args;
  if (!isName(token)) return null;
  const opts = validateImportOptions(options);
  return opts ? [token, opts] : null;
}

export function validateSaveFile(args: unknown[]): HostRequest<'saveFile'> | null {
  const [request] = args;
  if (!isRecord(request) || !isName(request.suggestedName) || !isBytes(request.data)) return null;
  if (typeof request.mime !== 'string' || !Array.isArray(request.filters)) return null;
  const filters: SaveRequest['filters'] = [];
  for (const f of request.filters) {
    if (!isRecord(f) || !isName(f.name) || !Array.isArray(f.extensions)) return null;
    if (!f.extensions.every((e) => typeof e === 'string' && /^[\w.*-]{1,32}$/.test(e))) return null;
    filters.push({ name: f.name, extensions: f.extensions.map(String) });
  }
  return [{ suggestedName: request.suggestedName, filters, data: request.data, mime: request.mime }];
}

export function validateReleaseFiles(args: unknown[]): HostRequest<'releaseFiles'> | null {
  const [tokens] = args;
  if (!Array.isArray(tokens) || tokens.length > MAX_FILES || !tokens.every(isName)) return null;
  return [tokens.map(String)];
}

export function validateNoArgs(): [] {
  return [];
}
