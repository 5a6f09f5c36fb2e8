/**
 * The library with a whole crawl in it (issue 16): 30,000 document rows (small texts)
 * seeded straight into IndexedDB, then, in Chromium: first paint of the library's rows
 * after a reload, a search filter's response (keystroke to the filtered rows painted),
 * the documents dataset CSV export, and the page's JS heap. Figures are printed, never
 * asserted; the machine's load is printed with them.
 */
import type { Browser, Page } from '@playwright/test';
import { launch, maxLongTask, openApp, passFirstRun } from './bench-app/app';
import { ensureBuild, serve } from './bench-app/server';
import { load, median, ms, section, verdict } from './bench-app/stats';

const SIZE = 30_000;
const PER_TX = 2_500;

/**
 * Setup, not measured: rows [from, to) copied from the project's first document, each with
 * a short text of its own (a few hundred characters) so nothing measured can lean on a cache.
 */
const SEED = String.raw`async ({ from, to }) => {
  const db = await window.__bench.openDb();
  const get = (store, key) => new Promise((res, rej) => {
    const r = key === undefined ? db.transaction(store, 'readonly').objectStore(store).getAll() : db.transaction(store, 'readonly').objectStore(store).get(key);
    r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
  });
  const base = (await get('documents'))[0];
  const content = await get('contents', base.id);
  const provinces = ['浙江省', '黑龙江省', '辽宁省', '江苏省', '四川省', '广东省'];
  await new Promise((res, rej) => {
    const tx = db.transaction(['documents', 'contents'], 'readwrite');
    for (let i = from; i < to; i++) {
      const id = crypto.randomUUID();
      const p = provinces[i % 6];
      const text = p + '第' + i + '号县人民政府' + (2015 + (i % 9)) + '年度法治政府建设情况的报告\n一、主要工作\n' + '依法行政，严格规范公正文明执法。'.repeat(20);
      tx.objectStore('documents').put({
        ...base, id, copyOf: null, fingerprint: undefined, nearKeys: [],
        title: p + '第' + i + '号县人民政府关于' + (2015 + (i % 9)) + '年度法治政府建设情况的报告',
        reportYear: 2015 + (i % 9), sha256Text: id, sha256Bytes: id, fileName: 'report-' + i + '.txt',
        region: { ...base.region, province: p }, charCount: [...text].length,
        addedAt: new Date(Date.now() - i * 1000).toISOString(),
      });
      tx.objectStore('contents').put({ ...content, docId: id, text, simplified: null, headings: [], sections: [], paragraphs: [], sentences: [] });
    }
    tx.oncomplete = res; tx.onerror = () => rej(tx.error);
  });
  db.close();
}`;

const FIRST_ROW_WATCH = String.raw`(() => {
  const b = window.__bench;
  b.firstRow = null;
  const tick = () => {
    if (document.querySelector('[data-testid=library-row]')) b.firstRow = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Polls a page expression (evaluate: the app's CSP forbids the eval waitForFunction uses). */
async function poll<T>(page: Page, expr: string, timeoutMs = 60_000): Promise<T> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(25)) {
    const v = (await page.evaluate(expr)) as T | null;
    if (v !== null && v !== undefined) return v;
  }
  throw new Error(`timed out waiting for ${expr.slice(0, 60)}`);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

/** Types a search and times it until the first row shown is one that matches, painted (rAF). */
async function filterResponse(page: Page, query: string): Promise<{ ms: number; longest: number }> {
  const search = page.getByTestId('library-search');
  await search.fill('');
  await page.waitForTimeout(500);
  await page.evaluate(String.raw`(() => {
    const b = window.__bench; b.filtered = null;
    const tick = () => {
      const row = document.querySelector('[data-testid=library-row]');
      if (row && row.textContent.includes(${JSON.stringify(query)}) && b.typedAt) b.filtered = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const t0 = (await page.evaluate('(window.__bench.typedAt = performance.now())')) as number;
  await search.fill(query);
  const t1 = await poll<number>(page, 'window.__bench.filtered');
  return { ms: t1 - t0, longest: await maxLongTask(page, t0) };
}

async function library30k(browser: Browser, url: string): Promise<string[]> {
  const page = await openApp(browser, url);
  const out: string[] = [];
  try {
    await passFirstRun(page);
    const t = Date.now();
    for (let from = 0; from < SIZE; from += PER_TX)
      await page.evaluate(`(${SEED})(${JSON.stringify({ from, to: Math.min(SIZE, from + PER_TX) })})`);
    out.push(`seeded ${SIZE.toLocaleString()} document rows in ${((Date.now() - t) / 1000).toFixed(1)} s (setup)`);
    await page.context().addInitScript(FIRST_ROW_WATCH);
    const paints: number[] = [];
    for (let i = 0; i < 2; i++) {
      await page.reload();
      paints.push(await poll<number>(page, 'window.__bench.firstRow'));
    }
    await page.waitForTimeout(1500);
    const rows = await page.getByTestId('library-row').count();
    out.push(
      `first rows painted ${ms(median(paints))} after navigation (${paints.map((x) => x.toFixed(0)).join(', ')})  ${verdict(median(paints), 1000, ' ms')}; ${rows} rows in the DOM`,
    );
    out.push(`page JS heap after GC, library open: ${(await heapMb(page)).toFixed(1)} MB`);
    for (const q of ['黑龙江省第29', '第12345号', '辽宁省']) {
      try {
        const f = await filterResponse(page, q);
        out.push(
          `search "${q}": filtered rows painted ${ms(f.ms)} after typing, longest task ${ms(f.longest)}  ${verdict(f.ms, 200, ' ms')}`,
        );
      } catch (e) {
        out.push(`search "${q}": n/a (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    await page.getByTestId('library-search').fill('');
    await page.getByTestId('export-open').click();
    await page.locator('input[type=radio][value=docs-csv]').check();
    const t0 = (await page.evaluate('performance.now()')) as number;
    const started = Date.now();
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByTestId('export-run').click();
    const file = await download;
    const took = Date.now() - started;
    const path = await file.path();
    const { statSync } = await import('node:fs');
    out.push(
      `documents dataset CSV: ${ms(took)} click to download, ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB, longest main-thread task ${ms(await maxLongTask(page, t0))}`,
    );
    out.push(`page JS heap after GC, after the export: ${(await heapMb(page)).toFixed(1)} MB`);
    return out;
  } catch (e) {
    out.push(`n/a from here (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return out;
  } finally {
    await page.context().close();
  }
}

export async function run(): Promise<void> {
  const server = await serve();
  const browser = await launch();
  try {
    console.log(`web edition: ${ensureBuild()}; load avg (1/5/15 min) ${load()}`);
    await section('library (30,000 reports)', () => library30k(browser, server.url), { loadAfter: true });
  } finally {
    await browser.close();
    server.stop();
  }
}
