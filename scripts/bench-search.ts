/**
 * Search across the corpus: the core against grep over 3,000 reports × 20,000
 * characters, then the app in Chromium (first keyword-in-context screen, the
 * complete count, autocoding 10,000 hits, long tasks, page memory). Figures are
 * printed with their targets, never asserted. Helpers live in scripts/bench-search/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, section } from './bench-app/stats';
import { appSearchBench } from './bench-search/app-bench';
import { coreBench } from './bench-search/core-bench';

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-search-'));
  try {
    console.log(`load avg (1/5/15 min) ${load()} — the machine is shared: figures move with the others' load`);
    await section('core vs grep (Node)', () => coreBench(join(dir, 'texts')), { stack: true });
    await section('app (web edition in Chromium)', () => appSearchBench(), { stack: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
