/**
 * The reader and the library as a coder lives in them (issue 14), in Chromium:
 * a 300,000-character report opened whole (no chunking) and scrolled top to
 * bottom, with the longest main-thread task; a library of 3,000 reports: first
 * paint of its rows after a reload and the page's JS heap. Figures are printed
 * with their targets, never asserted; the machine's load is printed with them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chooseFiles, closeSummary, createProject, launch, openApp, passFirstRun } from './bench-app/app';
import { END_MARKER, writeLongReport } from './bench-app/corpus';
import { longTasksBetween, watchOpen } from './bench-app/page-scripts';
import { ensureBuild, serve } from './bench-app/server';
import { load, median, ms, verdict } from './bench-app/stats';

const LONG_CHARS = 300_000;
const OPENS = 3;
const LIBRARY_SIZE = 3000;

/** Scrolls the viewer from top to bottom, one step per frame; returns the page-clock span. */
const SCROLL_THROUGH = String.raw`(async () => {
  const v = document.querySelector('[data-testid=viewer]');
  v.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  const steps = 80;
  const step = (v.scrollHeight - v.clientHeight) / steps;
  for (let i = 1; i <= steps; i++) {
    v.scrollTop = step * i;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return { t0, t1: performance.now(), height: v.scrollHeight };
})()`;

async function longReport(browser: Browser, url: string, dir: string): Promise<string[]> {
  const path = writeLongReport(dir, LONG_CHARS);
  const page = await openApp(browser, url);
  const lines: string[] = [];
  try {
    await passFirstRun(page);
    await createProject(page, '长报告基准');
    await chooseFiles(page, [path]);
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    await closeSummary(page);
    const opens: (number | null)[] = [];
    let longestOpen = 0;
    for (let i = 0; i < OPENS; i++) {
      await page.reload();
      // A reload returns to the reader (issue 14): go back to the library for a cold open.
      await page.getByRole('tab').first().click();
      const row = page.getByTestId('library-row').first();
      await row.click();
      await page.waitForTimeout(500);
      await page.evaluate(watchOpen(END_MARKER, 0, 30_000));
      await row.dblclick();
      const r = (await page.evaluate('window.__bench.openResult')) as { complete: number | null; clickAt: number };
      opens.push(r.complete);
      if (r.complete !== null) {
        const tasks = (await page.evaluate(longTasksBetween(r.clickAt - 5, r.clickAt + r.complete))) as {
          duration: number;
        }[];
        longestOpen = Math.max(longestOpen, ...tasks.map((t) => t.duration), 0);
      }
    }
    const paragraphs = await page.getByTestId('viewer-paragraph').count();
    const done = opens.filter((x): x is number => x !== null);
    const open = median(done);
    lines.push(
      `open, ${LONG_CHARS.toLocaleString()}-character report: median ${ms(open)} over ${done.length}/${OPENS} [${opens.map((x) => (x === null ? 'n/a' : x.toFixed(0))).join(', ')}]; ${paragraphs} paragraphs in the DOM (the whole text: never cut into parts); longest task during the opens ${ms(longestOpen)}  ${verdict(open, 1000, ' ms')}`,
    );
    await page.waitForTimeout(1000);
    const s = (await page.evaluate(SCROLL_THROUGH)) as { t0: number; t1: number; height: number };
    await page.waitForTimeout(300);
    const tasks = (await page.evaluate(longTasksBetween(s.t0, s.t1 + 200))) as { duration: number }[];
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    lines.push(
      `scroll top to bottom (80 frames over ${Math.round(s.height).toLocaleString()} px): ${ms(s.t1 - s.t0)}, long tasks ${tasks.length}, longest ${ms(longest, 'none')}  ${tasks.length === 0 ? 'ok (target: no task over 50 ms)' : verdict(longest, 50, ' ms')}`,
    );
    return lines;
  } finally {
    await page.context().close();
  }
}

/** Setup, not measured: copies of the project's first document row straight into IndexedDB. */
function seedDocuments(count: number): string {
  return String.raw`(async () => {
    const db = await window.__bench.openDb();
    const all = await new Promise((res, rej) => {
      const r = db.transaction('documents', 'readonly').objectStore('documents').getAll();
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    if (!all.length) { db.close(); return 0; }
    const base = all[0];
    const provinces = ['浙江省', '黑龙江省', '辽宁省', '江苏省', '四川省', '广东省'];
    await new Promise((res, rej) => {
      const tx = db.transaction('documents', 'readwrite');
      for (let i = 0; i < ${count}; i++) {
        const id = crypto.randomUUID();
        tx.objectStore('documents').put({
          ...base, id, copyOf: null, fingerprint: undefined, nearKeys: [],
          title: provinces[i % 6] + '第' + i + '号县人民政府关于' + (2015 + (i % 9)) + '年度法治政府建设情况的报告',
          reportYear: 2015 + (i % 9), sha256Text: id, sha256Bytes: id, fileName: 'report-' + i + '.txt',
          region: { ...base.region, province: provinces[i % 6] },
          addedAt: new Date(Date.now() - i * 1000).toISOString(),
        });
      }
      tx.oncomplete = res; tx.onerror = () => rej(tx.error);
    });
    db.close();
    return ${count};
  })()`;
}

/**
 * Installed before the app loads: the time of the first frame in which a library row
 * exists (checked in every frame's rAF, so it runs before that frame is painted).
 */
const FIRST_ROW_WATCH = String.raw`(() => {
  const b = window.__bench;
  b.firstRow = null;
  const tick = () => {
    if (document.querySelector('[data-testid=library-row]')) b.firstRow = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

async function bigLibrary(browser: Browser, url: string): Promise<string[]> {
  const page: Page = await openApp(browser, url);
  try {
    await passFirstRun(page);
    const written = (await page.evaluate(seedDocuments(LIBRARY_SIZE))) as number;
    await page.context().addInitScript(FIRST_ROW_WATCH);
    const paints: number[] = [];
    let heap = 0;
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.getByTestId('library-row').first().waitFor({ timeout: 30_000 });
      // Polled with evaluate: the app's CSP forbids the string eval waitForFunction uses.
      let first: number | null = null;
      for (const end = Date.now() + 30_000; first === null && Date.now() < end; await page.waitForTimeout(50))
        first = (await page.evaluate('window.__bench.firstRow')) as number | null;
      if (first === null) throw new Error('no library row painted within 30 s');
      paints.push(first);
      await page.waitForTimeout(1500);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      await cdp.detach();
    }
    const rows = await page.getByTestId('library-row').count();
    const first = median(paints);
    return [
      `library of ${(written + 10).toLocaleString()} reports: first rows painted ${ms(first)} after navigation (median of 3: ${paints.map((x) => x.toFixed(0)).join(', ')})  ${verdict(first, 1000, ' ms')}; ${rows} rows in the DOM (virtualised)`,
      `page JS heap after GC with the library open: ${(heap / 1024 / 1024).toFixed(1)} MB`,
    ];
  } finally {
    await page.context().close();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-reader-'));
  const server = await serve();
  const browser = await launch();
  try {
    console.log(`web edition: ${ensureBuild()}; load avg (1/5/15 min) ${load()}`);
    for (const [title, body] of [
      ['reader (300,000-character report)', () => longReport(browser, server.url, dir)],
      ['library (3,000 reports)', () => bigLibrary(browser, server.url)],
    ] as const) {
      console.log(`\n-- ${title} --`);
      try {
        for (const line of await body()) console.log(line);
      } catch (e) {
        console.log(`n/a (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      }
      console.log(`load avg after: ${load()}`);
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
