/**
 * Cancel during a slow file, in the browser: two small reports, then a text file
 * big enough to keep the parser busy for seconds (about 30 MB of report text, under the 32 MB cap;
 * built here, never committed). Cancel is pressed while that file is being read:
 * the progress panel closes within a second (the worker is stopped, not waited
 * for), the two earlier reports are stored, and the slow file is not.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES } from './support/app-page';

function slowFile(): string {
  const base = readFileSync(join(SAMPLES, 'linping-2022.txt'), 'utf8');
  const parts: string[] = [];
  let size = 0;
  // Figures shifted and each copy numbered, so nothing repeats and every paragraph is analysed.
  for (let k = 0; size < 30 * 1024 * 1024; k++) {
    const copy = `${base.replace(/\d/g, (d) => String((Number(d) + k) % 10))}(${k})\n`;
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'fazhi-slow-')), '超长报告.txt');
  writeFileSync(path, parts.join(''));
  return path;
}

test('Cancel during a slow file returns within a second; the earlier files are stored, the slow one is not', async ({
  app,
}) => {
  const { page } = app;
  await app.ready();
  await app.createProject('取消导入');

  await app.importFiles([join(SAMPLES, 'dida-2022.txt'), join(SAMPLES, 'chaoyang-ln-2024.txt'), slowFile()]);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  // The two small reports are read; the big one is what the worker is reading now (for seconds).
  await expect(page.getByTestId('import-progress-count')).toContainText('2 / 3', { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await expect(progress).toBeVisible();

  // Timed in the page, from the click event to the frame the panel is gone (not Playwright's polling).
  await page.evaluate(() => {
    const w = window as unknown as { cancelMs?: number };
    const button = document.querySelector('[data-testid="import-cancel"]')!;
    button.addEventListener(
      'click',
      () => {
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          if (document.querySelector('[data-testid="import-progress"]')) return;
          w.cancelMs = performance.now() - t0;
          watch.disconnect();
        });
        watch.observe(document.body, { childList: true, subtree: true });
      },
      { capture: true, once: true },
    );
  });
  await page.getByTestId('import-cancel').click();
  await expect(progress).toBeHidden({ timeout: 5_000 });
  const took = await page.evaluate(() => (window as unknown as { cancelMs?: number }).cancelMs ?? Infinity);
  test.info().annotations.push({ type: 'cancel → progress closed', description: `${Math.round(took)} ms` });
  expect(took).toBeLessThan(1000);

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('summary-imported')).toContainText('2');
  await page.screenshot({ path: test.info().outputPath('cancel-summary.png') });
  await summary.getByRole('button', { name: '关闭' }).click();
  await expect(app.rows()).toHaveCount(2);
  await expect(app.row('滴道区2022年度法治政府建设工作报告')).toBeVisible();
  await expect(page.getByText('超长报告')).toHaveCount(0);
});
