/**
 * A crawl through the app: the web edition in Chromium imports `count` generated
 * reports chosen in its file picker. Samples the progress panel's count and the
 * page's JavaScript heap (CDP Runtime.getHeapUsage) while it runs; after the
 * summary, collects garbage and measures the heap again, then reloads the page
 * and measures the idle library the same way.
 */
import type { CDPSession, Page } from '@playwright/test';
import {
  launch,
  openApp,
  passFirstRun,
  createProject,
  chooseFiles,
  summaryCount,
  closeSummary,
} from '../bench-app/app';
import { writeImportCorpus } from '../bench-app/corpus';
import { ensureBuild, serve } from '../bench-app/server';
import { load, verdict } from '../bench-app/stats';
import { mb, perSecond, tenthRates, type Sample } from './tenths';

async function heap(cdp: CDPSession, gc = false): Promise<number> {
  if (gc) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function progressDone(page: Page): Promise<number | null> {
  const text = await page.evaluate(
    "document.querySelector('[data-testid=import-progress-count]')?.textContent ?? null",
  );
  const m = typeof text === 'string' ? /^(\d+)\s*\/\s*(\d+)/.exec(text) : null;
  return m ? Number(m[1]) : null;
}

export async function appCrawl(dir: string, count: number): Promise<string[]> {
  const { paths, chars } = writeImportCorpus(dir, count);
  const build = ensureBuild();
  const server = await serve();
  const browser = await launch();
  try {
    const page = await openApp(browser, server.url);
    await passFirstRun(page);
    await createProject(page, '整库导入');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const before = await heap(cdp, true);
    const loadBefore = load();
    const samples: Sample[] = [];
    let peak = before;
    let sampling = true;
    const summary = page.getByTestId('import-summary');
    const sampler = (async () => {
      while (sampling) {
        const t = performance.now();
        const [done, used] = await Promise.all([progressDone(page).catch(() => null), heap(cdp).catch(() => 0)]);
        peak = Math.max(peak, used);
        if (done !== null) samples.push({ t, done });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    await chooseFiles(page, paths);
    const chosen = performance.now();
    samples.push({ t: chosen, done: 0 });
    await summary.waitFor({ state: 'visible', timeout: 30 * 60_000 });
    const finished = performance.now();
    sampling = false;
    await sampler;
    samples.push({ t: finished, done: count });
    samples.sort((a, b) => a.t - b.t);
    const imported = await summaryCount(page, 'summary-imported');
    const failed = await summaryCount(page, 'summary-failed');
    const duplicates = await summaryCount(page, 'summary-duplicates');
    const withSummary = await heap(cdp, true);
    await closeSummary(page);
    const after = await heap(cdp, true);
    await page.reload();
    await page.getByTestId('library-row').first().waitFor({ timeout: 120_000 });
    const cdp2 = await page.context().newCDPSession(page);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = await heap(cdp2, true);
    const { first, last } = tenthRates(samples, count);
    const wall = finished - chosen;
    return [
      `corpus: ${count} TXT/HTML reports, ${(chars / 1e6).toFixed(0)} M characters; web edition: ${build}; load avg before ${loadBefore}, after ${load()}`,
      `summary: imported ${imported ?? 'n/a'}, duplicates ${duplicates ?? 'n/a'}, failed ${failed ?? 'n/a'}`,
      `wall (files chosen → summary shown) ${(wall / 1000).toFixed(1)} s: ${perSecond((count * 1000) / wall)} overall`,
      `first tenth: ${perSecond(first)}  ${verdict(first, 50, ' /s', true)}`,
      `last tenth: ${perSecond(last)}  ${verdict(last, 50, ' /s', true)}`,
      `page heap: ${mb(before)} before; peak during ${mb(peak)}  ${verdict(peak / 2 ** 20, 300, ' MB')}`,
      `page heap after (GC): ${mb(withSummary)} with the summary open, ${mb(after)} closed; idle library after reload ${mb(idle)}; after − idle ${mb(after - idle)}  ${verdict((after - idle) / 2 ** 20, 50, ' MB')}`,
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}
