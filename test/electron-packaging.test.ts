/**
 * The desktop build's hardening, read the way `npm run dist` reads it: through
 * electron-builder's own config loader and schema validation (the Electron binary
 * itself cannot be downloaded here, so the flipped fuses are checked in the config
 * that flips them).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('desktop packaging', () => {
  it('sets the Electron fuses that keep the packaged app from running as Node or loading code outside app.asar', async () => {
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // Fuses that check app.asar mean nothing without one.
    expect(config.asar ?? true).not.toBe(false);
  });

  it('unpacks the PDF engine next to app.asar, where the import worker reads it as a file', async () => {
    const config = await getConfig(ROOT, null, null);
    expect(config.asarUnpack).toContain('node_modules/@embedpdf/pdfium/dist/pdfium.wasm');
  });
});
