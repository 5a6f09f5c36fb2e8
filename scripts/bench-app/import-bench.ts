/**
 * Import throughput through the app's own path: 300 distinct TXT/HTML reports
 * chosen in the web edition's file picker, parsed in its Web Worker and stored
 * in IndexedDB, timed from the files being chosen to the summary being painted.
 */
import type { Browser } from '@playwright/test';
import { chooseFiles, closeSummary, createProject, openApp, passFirstRun, summaryCount } from './app';
import { writeImportCorpus } from './corpus';
import { longTasksBetween, watchImport } from './page-scripts';
import { load, ms, verdict } from './stats';

const REPORTS = 300;
const TIMEOUT_MS = 100_000;

export async function importBench(browser: Browser, url: string, dir: string): Promise<string[]> {
  const { paths, chars } = writeImportCorpus(dir, REPORTS);
  const txt = paths.filter((p) => p.endsWith('.txt')).length;
  const page = await openApp(browser, url);
  try {
    await passFirstRun(page);
    await createProject(page, '导入基准');
    await page.evaluate(watchImport(TIMEOUT_MS));
    const loadBefore = load();
    const t0 = performance.now();
    await chooseFiles(page, paths);
    const res = (await page.evaluate('window.__bench.importResult')) as {
      chosenAt: number | null;
      doneAt: number | null;
    };
    const nodeWall = performance.now() - t0;
    const imported = await summaryCount(page, 'summary-imported');
    const duplicates = await summaryCount(page, 'summary-duplicates');
    const failed = await summaryCount(page, 'summary-failed');
    const lines = [
      `corpus: ${REPORTS} files (${txt} TXT, ${REPORTS - txt} HTML), ${(chars / 1e6).toFixed(2)} M characters; load avg before ${loadBefore}, after ${load()}`,
      `summary: imported ${imported ?? 'n/a'}, duplicates ${duplicates ?? 'n/a'}, failed ${failed ?? 'n/a'}`,
    ];
    if (res.chosenAt === null || res.doneAt === null || imported !== REPORTS) {
      lines.push(
        `import throughput: n/a (${imported === null ? `no summary within ${TIMEOUT_MS / 1000} s` : `summary shows ${imported} imported, not ${REPORTS}`}; Node-side wall ${ms(nodeWall)})`,
      );
      return lines;
    }
    const wall = res.doneAt - res.chosenAt;
    const perSecond = REPORTS / (wall / 1000);
    const tasks = (await page.evaluate(longTasksBetween(res.chosenAt, res.doneAt))) as { duration: number }[];
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    lines.push(
      `wall time (files chosen → summary painted): ${ms(wall)} (Node-side, incl. file chooser: ${ms(nodeWall)})`,
      `import throughput: ${perSecond.toFixed(2)} reports/s  ${verdict(perSecond, 20, ' /s', true)}`,
      `long tasks (> 50 ms) during import: ${tasks.length}, total ${ms(tasks.reduce((s, t) => s + t.duration, 0))}`,
      `longest task: ${tasks.length ? ms(longest) : '0 ms'}  ${verdict(longest, 100, ' ms')}`,
    );
    await closeSummary(page);
    return lines;
  } finally {
    await page.context().close();
  }
}
