import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { FIXTURES } from './support/app-page';

test('a traditional-character report reads in simplified characters on request, codes on the same text', async ({
  app,
}) => {
  const { page } = app;
  await app.ready();
  await app.importFiles([join(FIXTURES, 'dida-2022.traditional.txt')]);
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('summary-imported')).toContainText('1');
  await summary.getByRole('button', { name: '关闭' }).click();

  const row = app.row('滴道區2022年度法治政府建設工作報告');
  await expect(row).toContainText('繁体');
  await row.dblclick();
  await expect(app.viewer).toContainText('區政府始終堅持');

  await page.getByTestId('toggle-simplified').click();
  await expect(page.getByTestId('toggle-simplified')).toBeChecked();
  await expect(app.viewer).toContainText('区政府始终坚持');
  await expect(app.viewer).not.toContainText('區政府始終堅持');

  // Coding the simplified display codes the stored (traditional) text at the same offsets.
  await app.selectText('区政府始终坚持');
  await page.keyboard.press('1');
  const item = page.getByTestId('annotation-list').locator('li button[data-annotation-id]');
  await expect(item).toHaveCount(1);
  // While the reader shows simplified, so do the outline, the coded-segments list and the card.
  await expect(item).toContainText('区政府始终坚持');
  await expect(page.getByTestId('outline')).toContainText('工作开展情况');
  await expect(page.getByTestId('outline')).not.toContainText('工作開展情況');
  await page.getByTestId('stripe').first().click();
  await expect(page.getByTestId('card-quote')).toContainText('区政府始终坚持');
  await page.keyboard.press('Escape');

  // The stored text is unchanged: shown as stored again, the list quotes the traditional text.
  await page.getByTestId('toggle-simplified').click();
  await expect(item).toContainText('區政府始終堅持');
  await expect(page.getByTestId('outline')).toContainText('工作開展情況');
});
