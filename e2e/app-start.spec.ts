import { expect, test } from './support/fixtures';

test('the app opens on the sample project and shows a report', async ({ app }) => {
  const { page } = app;
  await app.ready();
  // Every bundled sample report is in the library, with its metadata read at import.
  await expect(app.rows()).toHaveCount(10);
  await expect(app.row('滴道区2022年度法治政府建设工作报告').first()).toContainText('黑龙江省');
  await expect(app.row('杭州市临平区人民政府关于临平区2022年法治政府建设年度报告').first()).toContainText('2022');

  await app.openReport('滴道区2022年度法治政府建设工作报告');
  await expect(app.viewer).toContainText('一、工作开展情况');
  await expect(app.viewer).toContainText('促进基层法治队伍建设水平不断提升。');
  // The outline lists the report's sections with their category.
  await expect(page.getByTestId('outline')).toContainText('工作开展情况');
});

test('the UI switches between Chinese and English', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await expect(page.getByRole('tab', { name: '文库' })).toBeVisible();
  await page.getByTestId('language').click();
  await expect(page.getByRole('tab', { name: 'Library' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Library' })).toBeVisible();
});
