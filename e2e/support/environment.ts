/**
 * Where the browsers are. Never `require('electron')` here: without its binary
 * that tries to download it. The binary's path is read from the package instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Chromium for the web edition: FAZHI_CHROMIUM, else Debian's, else Playwright's own (undefined). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.FAZHI_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}

/** The Electron binary when it was downloaded (it cannot be in this workplace), else null. */
export function electronBinary(): string | null {
  const pkg = resolve(import.meta.dirname, '../../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
