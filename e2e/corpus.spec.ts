import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { FIXTURES } from './support/app-page';

const SHOTS = process.env.FAZHI_SHOTS;

test('search a word in both scripts, autocode the hits to sentences, undo and redo', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await app.importFiles([join(FIXTURES, 'dida-2022.traditional.txt')]);
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('summary-imported')).toContainText('1');
  await summary.getByRole('button', { name: '关闭' }).click();

  // The library's own search looks in the texts too (in either script): only the Dida reports say this.
  await page.getByTestId('library-search').fill('始終堅持');
  await expect(app.rows()).toHaveCount(5);
  await expect(app.rows().filter({ hasText: /临平|朝阳/ })).toHaveCount(0);
  await page.getByTestId('library-search').fill('');

  await page.getByTestId('tab-search').click();
  await page.getByTestId('search-input').fill('始终坚持');
  await page.getByTestId('search-input').press('Enter');
  const rows = page.getByTestId('kwic-row');
  await expect(page.getByTestId('search-summary')).toContainText(/共 \d+ 处/);
  // The simplified query finds the traditional copy's 始終堅持 as well as the simplified reports' 始终坚持.
  await expect(rows.filter({ hasText: '始終堅持' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '始终坚持' }).first()).toBeVisible();
  const total = await rows.count();
  await expect(page.getByTestId('search-per-doc').locator('li')).toHaveCount(total);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/search.png` });

  // Autocode: one hit unticked first, the rest coded to their sentences in one step.
  await rows.nth(0).getByRole('checkbox').uncheck();
  await page.getByTestId('autocode-code').selectOption({ label: '主要举措和成效 / 党的领导与推进机制' });
  await page.getByTestId('autocode-unit').selectOption('sentence');
  const preview = page.getByTestId('autocode-preview');
  await expect(preview).toContainText(`将新建 ${total - 1} 个编码片段`);
  await page.getByTestId('autocode-run').click();
  await expect(page.getByTestId('app-message')).toContainText(`已新建 ${total - 1} 个编码片段`);
  await expect(preview).toContainText('将新建 0 个编码片段');
  await page.getByTestId('undo').click();
  await expect(preview).toContainText(`将新建 ${total - 1} 个编码片段`);
  await page.getByTestId('redo').click();
  await expect(preview).toContainText('将新建 0 个编码片段');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/autocoded.png` });

  // A hit opens its document scrolled to it, found and highlighted.
  await rows.filter({ hasText: '始終堅持' }).first().getByRole('button').click();
  await expect(app.viewer).toContainText('區政府始終堅持');
  await expect(page.getByTestId('find-count')).toHaveText('第 1/1 处');
  const coded = page.getByTestId('annotation-list').locator('li button[data-annotation-id]');
  await expect(coded).toHaveCount(1);
  await expect(coded).toContainText('始終堅持');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/opened.png` });

  // Retrieve that code's segments across documents: the autocoded sentences from four documents.
  await page.getByTestId('tab-segments').click();
  const code = page.getByTestId('retrieval-code').and(page.locator('[data-code-id]'));
  await page.getByRole('checkbox', { name: '党的领导与推进机制' }).check();
  await page.getByTestId('retrieval-origin').selectOption('auto');
  await expect(page.getByTestId('retrieval-count')).toHaveText(`${total - 1} 个片段,${total - 1} 篇文档`);
  const segments = page.getByTestId('retrieved-segment');
  await expect(segments).toHaveCount(total - 1);
  await expect(segments.filter({ hasText: '始終堅持' })).toHaveCount(1);
  expect(await code.count()).toBeGreaterThan(5);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/segments.png` });

  // The code matrix: a cell of the traditional copy's row opens its segments.
  await page.getByTestId('tab-matrix').click();
  await page.getByTestId('matrix-columns').selectOption('all');
  const cell = page.getByRole('button', { name: /^滴道區.* × 主要举措和成效 \/ 党的领导与推进机制:1,/ });
  await expect(cell).toHaveCount(1);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/matrix.png` });
  await cell.click();
  await expect(page.getByTestId('retrieval-docs')).toHaveValue('cell');
  await expect(segments).toHaveCount(1);
  await expect(segments).toContainText('始終堅持');

  // Charts: code frequencies by section, saved as PNG.
  await page.getByTestId('tab-charts').click();
  await page.getByTestId('chart-by').selectOption('section');
  await expect(page.getByTestId('chart').locator('canvas')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/chart.png` });
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-save-png').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('fazhi-codes-by-section.png');
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(bytes.length).toBeGreaterThan(5000);
});
