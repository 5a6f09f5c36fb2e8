/**
 * A Chromium trace (all threads) of 8 s of an app import of N generated reports:
 * `import-trace.ts N OUT.json DELAY_S`. Open it in DevTools or summarise it by event name.
 */
import { chooseFiles } from '../bench-app/app';
import { load } from '../bench-app/stats';
import { withImportSession } from './import-session';

const count = Number(process.argv[2] ?? 1500);
const out = process.argv[3] ?? '/tmp/fazhi-import-trace.json';
/** Seconds after the files are chosen before the 8-second trace starts. */
const delay = Number(process.argv[4] ?? 15);
await withImportSession(count, 'trace', async (page, paths, browser) => {
  const t0 = performance.now();
  await chooseFiles(page, paths);
  await new Promise((r) => setTimeout(r, delay * 1000));
  await browser.startTracing(page, {
    path: out,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink',
      'IndexedDB',
      'toplevel',
      'disabled-by-default-v8.gc',
    ],
  });
  await new Promise((r) => setTimeout(r, 8000));
  await browser.stopTracing();
  await page.getByTestId('import-summary').waitFor({ state: 'visible', timeout: 30 * 60_000 });
  console.log(`${count} in ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${load()}; trace ${out}`);
});
