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
});
