/**
 * The app in Chromium (web edition): import throughput through the file picker,
 * viewer open time on a 100,000-character report with and without 2,000
 * annotations, and key-press latency of coding a passage. Figures are printed
 * with their targets, never asserted. Helpers live in scripts/bench-app/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launch } from './bench-app/app';
import { importBench } from './bench-app/import-bench';
import { ensureBuild, serve, type Server } from './bench-app/server';
import { load, section } from './bench-app/stats';
import { viewerBench } from './bench-app/viewer-bench';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-app-'));
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    console.log(`web edition: ${ensureBuild()}; load avg (1/5/15 min) ${load()}`);
    server = await serve();
    browser = await launch();
    const b = browser;
    const url = server.url;
    await section('import (300 TXT/HTML reports through the file picker)', () =>
      importBench(b, url, join(dir, 'import')),
    );
    await section('viewer (100,000-character report)', () => viewerBench(b, url, join(dir, 'viewer')));
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
