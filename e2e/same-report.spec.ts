import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES } from './support/app-page';

test('the same report as a page and as a PDF is one report with a copy', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await app.createProject('同一报告');
  await expect(page.getByText('这个项目还没有报告')).toBeVisible();

  const summary = page.getByTestId('import-summary');
  await app.importFiles([join(SAMPLES, 'linping-2022.html')]);
  await expect(summary.getByTestId('summary-imported')).toContainText('1', { timeout: 30_000 });
  await summary.getByRole('button', { name: '关闭' }).click();

  // The PDF of the same report: held back and named as the same report, not imported a second time.
  await app.importFiles([join(SAMPLES, 'linping-2022.gov.pdf')]);
  await expect(summary.getByTestId('summary-duplicates')).toContainText('1', { timeout: 30_000 });
  await expect(summary.getByTestId('summary-imported')).toContainText('0');
  const dup = summary.getByTestId('summary-duplicate-list').locator('li');
  await expect(dup).toContainText('linping-2022.gov.pdf');
  await expect(dup).toContainText('与《杭州市临平区人民政府关于临平区2022年法治政府建设年度报告》是同一份报告');
  await expect(app.rows()).toHaveCount(1);

  // Kept as a copy: the library lists one report, with the PDF as its copy beneath it.
  await dup.getByRole('button', { name: '作为副本保留' }).click();
  await expect(summary.getByTestId('summary-imported')).toContainText('1', { timeout: 30_000 });
  await summary.getByRole('button', { name: '关闭' }).click();
  await expect(app.rows()).toHaveCount(2);
  const reports = app.rows().and(page.locator(':not([data-copy-of])'));
  await expect(reports).toHaveCount(1);
  await expect(reports).toContainText('另有 1 份副本');
  const copy = app.rows().and(page.locator('[data-copy-of]'));
  await expect(copy).toContainText('副本');
  await expect(copy).toContainText('linping-2022.gov.pdf');
  await page.screenshot({ path: test.info().outputPath('same-report.png') });
});
