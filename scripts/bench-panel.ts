/**
 * The panel dataset export with 3,000 reports, in the web edition in Chromium:
 * from the click on Export to the download (long CSV, then wide XLSX), and the
 * longest main-thread task meanwhile (target ≤ 100 ms: the table and the file are
 * built in a Web Worker). Figures are printed, never asserted.
 */
import type { Page } from '@playwright/test';
import { launch, maxLongTask, openApp, passFirstRun, seedInPage } from './bench-app/app';
import { ensureBuild, serve } from './bench-app/server';
import { load } from './bench-app/stats';
import { CHARS, GENERATOR } from './bench-search/corpus';
import { CODINGS_PER_REPORT, GOVERNMENTS, SEED, YEARS } from './bench-panel/seed';

const REPORTS = GOVERNMENTS * YEARS;
const NOW = 'performance.now()';

async function exportOnce(page: Page, form: 'long' | 'wide', format: 'csv' | 'xlsx'): Promise<string> {
  await page.locator(`input[name=panel-form][value=${form}]`).check();
  // FAZHI_BENCH_PROFILE=DIR saves the page's CPU profile of each export there (for chrome://inspect or speedscope).
  const profileDir = process.env.FAZHI_BENCH_PROFILE;
  const cdp = profileDir ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const start = await page.evaluate<number>(NOW);
  const download = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByTestId(`panel-export-${format}`).click();
  const file = await download;
  const ms = (await page.evaluate<number>(NOW)) - start;
  const path = await file.path();
  const { statSync } = await import('node:fs');
  const size = path ? statSync(path).size : 0;
  const longest = await maxLongTask(page, start);
  if (cdp && profileDir) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${profileDir}/panel-${form}-${format}.cpuprofile`, JSON.stringify(profile));
    await cdp.detach();
  }
  return `panel ${form} ${format.toUpperCase()} (${(size / 1e6).toFixed(1)} MB): downloaded ${ms.toFixed(0)} ms after the click; longest main-thread task ${longest.toFixed(0)} ms (target ≤ 100 ms)`;
}

export async function run(): Promise<void> {
  console.log(`load avg (1/5/15 min) ${load()} — the machine is shared: figures move with the others' load`);
  console.log(`web edition: ${ensureBuild()}`);
  const server = await serve();
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    await passFirstRun(page);
    const t0 = performance.now();
    await seedInPage(page, SEED, REPORTS, {
      gen: GENERATOR,
      governments: GOVERNMENTS,
      codingsPer: CODINGS_PER_REPORT,
    });
    console.log(
      `seeded ${REPORTS} reports × ${CHARS} characters (${GOVERNMENTS} governments × ${YEARS} years, ${CODINGS_PER_REPORT} codings each) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    await page.reload();
    await page.getByTestId('library-row').first().waitFor({ timeout: 120_000 });
    await page.getByTestId('view-analysis').click();
    await page.getByTestId('panel-grid').waitFor({ timeout: 60_000 });
    // The sample project's own reports are in the panel too: at least the seeded governments, once the counts are in.
    await page
      .getByTestId('panel-summary')
      .filter({ hasText: /[1-9]\d{2,} 个政府/ })
      .waitFor({ timeout: 60_000 });
    // The coding counts come last (a pass over every coding's index key): measure once they are in, not during.
    await page
      .getByTestId('panel-summary')
      .filter({ hasText: /其中 [1-9]\d{2,} 份已编码/ })
      .waitFor({ timeout: 60_000 });
    console.log(`panel shown: ${(await page.getByTestId('panel-summary').textContent()) ?? ''}`);
    console.log(await exportOnce(page, 'long', 'csv'));
    console.log(await exportOnce(page, 'wide', 'xlsx'));
  } finally {
    await browser.close();
    server.stop();
  }
}
