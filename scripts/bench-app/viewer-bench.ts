/**
 * The viewer on a ~100,000-character report: open time with no annotations and
 * with 2,000 (written straight into IndexedDB as setup), then key-press latency
 * of coding a selected sentence: to the painted highlight and to the committed row.
 */
import type { Browser, Page } from '@playwright/test';
import { chooseFiles, closeSummary, createProject, openApp, passFirstRun, summaryCount } from './app';
import { END_MARKER, writeLongReport } from './corpus';
import { armKeypress, longTasksBetween, seedAnnotations, selectFirstSentence, watchOpen } from './page-scripts';
import { load, median, ms, percentile, verdict } from './stats';

const OPENS = 5;
const ANNOTATIONS = 2000;
const PRESSES = 30;
const OPEN_TIMEOUT_MS = 30_000;
const KEY_TIMEOUT_MS = 4_000;

interface OpenResult {
  lastParagraph: number | null;
  highlights: number | null;
  stripes: number | null;
  complete: number | null;
  clickAt: number | null;
  /** Code highlight ranges and stripes registered when complete (only those near the viewport). */
  hl: number;
  st: number;
}

interface KeyResult {
  painted: number | null;
  committed: number | null;
  listed: number | null;
  t0: number;
}

const settle = (page: Page, msDelay: number) => page.waitForTimeout(msDelay);

/** Reload (a cold viewer), then double-click the report's row and wait for the viewer to be complete. */
async function openOnce(page: Page, expected: number): Promise<OpenResult & { longest: number }> {
  await page.reload();
  // A reload returns to the reader where the coder was: go back to the library for a cold open.
  await page.getByRole('tab').first().click();
  const row = page.getByTestId('library-row').first();
  await row.waitFor({ timeout: 30_000 });
  // Select the row first (as a user would) so the double-click below only opens it.
  await row.click();
  await settle(page, 500);
  await page.evaluate(watchOpen(END_MARKER, expected, OPEN_TIMEOUT_MS));
  await row.dblclick({ timeout: 10_000 });
  const r = (await page.evaluate('window.__bench.openResult')) as OpenResult;
  let longest = 0;
  if (r.clickAt !== null) {
    const end = r.clickAt + (r.complete ?? OPEN_TIMEOUT_MS);
    const tasks = (await page.evaluate(longTasksBetween(r.clickAt - 5, end))) as { duration: number }[];
    longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  }
  return { ...r, longest };
}

async function openSeries(page: Page, expected: number, label: string, lines: string[]): Promise<number | null> {
  const runs: (OpenResult & { longest: number })[] = [];
  for (let i = 0; i < OPENS; i++) runs.push(await openOnce(page, expected));
  const done = runs.flatMap((r) => (r.complete === null ? [] : [r.complete]));
  const pick = (k: 'lastParagraph' | 'highlights' | 'stripes') =>
    median(runs.flatMap((r) => (r[k] === null ? [] : [r[k]!])));
  const shown = runs.at(-1)!;
  lines.push(
    `open, ${label}: median ${done.length ? ms(median(done)) : `n/a (not complete within ${OPEN_TIMEOUT_MS / 1000} s)`}` +
      ` over ${done.length}/${OPENS} runs [${runs.map((r) => (r.complete === null ? 'n/a' : r.complete.toFixed(0))).join(', ')}]`,
    `    milestones (median): last paragraph in DOM ${ms(pick('lastParagraph'))}, first code highlight ${ms(pick('highlights'), 'none')}, first stripe ${ms(pick('stripes'), 'none')}; longest task ${ms(median(runs.map((r) => r.longest)))}; painted near the viewport: ${shown.hl} highlight ranges, ${shown.st} stripes`,
  );
  return done.length ? median(done) : null;
}

async function keypresses(page: Page, docId: string, reserved: number[], lines: string[]): Promise<void> {
  await settle(page, 1000);
  const results: KeyResult[] = [];
  let misses = 0;
  const loadBefore = load();
  for (let k = 0; k < Math.min(PRESSES, reserved.length); k++) {
    const picked = (await page.evaluate(selectFirstSentence(reserved[k]!))) as string | null;
    if (!picked) {
      misses++;
      continue;
    }
    await page.evaluate(armKeypress(docId, KEY_TIMEOUT_MS));
    await page.keyboard.press(String((k % 5) + 1));
    const r = (await page.evaluate('window.__bench.keyResult')) as KeyResult;
    results.push(r);
    // Three presses with nothing happening: the shortcut path is not working, stop wasting time.
    if (results.length === 3 && results.every((x) => x.painted === null && x.committed === null)) break;
    await settle(page, 250);
  }
  const painted = results.flatMap((r) => (r.painted === null ? [] : [r.painted]));
  const committed = results.flatMap((r) => (r.committed === null ? [] : [r.committed]));
  const listed = results.flatMap((r) => (r.listed === null ? [] : [r.listed]));
  const first = results[0]?.t0 ?? 0;
  const last = (results.at(-1)?.t0 ?? 0) + KEY_TIMEOUT_MS;
  const tasks = (await page.evaluate(longTasksBetween(first, last))) as { duration: number }[];
  const why = (n: number) => (n ? '' : 'nothing observed');
  lines.push(
    `key presses: ${results.length} on different sentences (${misses} sentences not found), document with ${ANNOTATIONS}+ annotations; load avg before ${loadBefore}, after ${load()}`,
    `keypress → painted highlight: p50 ${ms(percentile(painted, 50), why(painted.length))}, p95 ${ms(percentile(painted, 95), why(painted.length))} (${painted.length}/${results.length} seen)  ${verdict(percentile(painted, 95), 16, ' ms')}`,
    `keypress → committed (row readable in IndexedDB): p50 ${ms(percentile(committed, 50), why(committed.length))}, p95 ${ms(percentile(committed, 95), why(committed.length))} (${committed.length}/${results.length} seen)  ${verdict(percentile(committed, 95), 50, ' ms')}`,
    `keypress → annotation list shows the item: p50 ${ms(percentile(listed, 50), why(listed.length))}, p95 ${ms(percentile(listed, 95), why(listed.length))}`,
    `long tasks during the presses: ${tasks.length}, longest ${ms(tasks.reduce((m, t) => Math.max(m, t.duration), 0))}`,
  );
}

export async function viewerBench(browser: Browser, url: string, dir: string): Promise<string[]> {
  const path = writeLongReport(dir, 100_000);
  const page = await openApp(browser, url);
  const lines: string[] = [];
  try {
    await passFirstRun(page);
    await createProject(page, '阅读基准');
    await chooseFiles(page, [path]);
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    const imported = await summaryCount(page, 'summary-imported');
    await closeSummary(page);
    const docId = await page.getByTestId('library-row').first().getAttribute('data-doc-id');
    if (imported !== 1 || !docId) return [`viewer: n/a (the long report was not imported: summary shows ${imported})`];

    lines.push(`load avg at start: ${load()}`);
    const plain = await openSeries(page, 0, 'no annotations', lines);
    const seeded = (await page.evaluate(seedAnnotations(docId, ANNOTATIONS, PRESSES))) as {
      error?: string;
      written?: number;
      total?: number;
      reserved?: number[];
    };
    if (seeded.error) {
      lines.push(`open with annotations: n/a (${seeded.error})`);
      return lines;
    }
    const annotated = await openSeries(page, seeded.written!, `${seeded.written} annotations`, lines);
    const ratio = plain && annotated ? annotated / plain : null;
    lines.push(
      `open ratio (annotated / plain): ${ratio === null ? 'n/a (an open did not complete)' : `${ratio.toFixed(2)}×  ${verdict(ratio, 1.1, '×')}`}`,
    );
    // The viewer is open on the annotated document (the last open): code sentences in it.
    await keypresses(page, docId, seeded.reserved ?? [], lines);
    return lines;
  } finally {
    await page.context().close();
  }
}
