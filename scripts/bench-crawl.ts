/**
 * A whole crawl: 3,000 reports imported through the app (web edition in
 * Chromium, through its file picker) and 30,000 through the CLI into a project
 * file. Prints reports per second over the first and the last tenth, the page's
 * peak JavaScript heap during the import and its heap after it (against the idle
 * library after a reload), and the CLI's peak memory. Targets: app ≥ 50 reports/s
 * in both tenths, heap ≤ 300 MB during and ≤ 50 MB above idle after; CLI ≤ 1 GB.
 * Figures are printed, never asserted. Corpora are generated in a temp folder and removed.
 * FAZHI_BENCH_APP_REPORTS / FAZHI_BENCH_CLI_REPORTS change the sizes (0 skips a part).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appCrawl } from './bench-crawl/app-crawl';
import { cliCrawl } from './bench-crawl/cli-crawl';
import { section } from './bench-app/stats';

const count = (name: string, fallback: number): number => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-crawl-'));
  const app = count('FAZHI_BENCH_APP_REPORTS', 3000);
  const cli = count('FAZHI_BENCH_CLI_REPORTS', 30_000);
  try {
    const opts = { loadAfter: true };
    if (app)
      await section(
        `app: ${app} reports through the web edition's file picker`,
        () => appCrawl(join(dir, 'app'), app),
        opts,
      );
    if (cli)
      await section(`CLI: ${cli} reports into a project file (--jobs 2)`, () => cliCrawl(join(dir, 'cli'), cli), opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
