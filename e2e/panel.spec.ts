import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { FIXTURES } from './support/app-page';

const PANEL = join(FIXTURES, 'panel');

test('panel grid, a confirmed plan pair, a copied passage between two governments, and their exports', async ({
  app,
}) => {
  const { page } = app;
  await app.ready('面板员');
  await app.createProject('面板测试');
  await app.importFiles(['linan-2022.txt', 'linan-2023.txt', 'fuyang-2023.txt'].map((f) => join(PANEL, f)));
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('summary-imported')).toContainText('3', { timeout: 30_000 });
  await summary.getByRole('button', { name: '关闭' }).click();

  // The grid: 临安区 has 2022 and 2023, 富阳区 only 2023.
  await page.getByTestId('view-analysis').click();
  const grid = page.getByTestId('panel-grid');
  await expect(page.getByTestId('panel-summary')).toContainText('2 个政府，2 个年度，3 份报告');
  const linan = grid.locator('tr', { hasText: '临安区' });
  await expect(linan.locator('td[data-year="2022"]')).toHaveAttribute('data-status', 'present');
  await expect(linan.locator('td[data-year="2023"]')).toHaveAttribute('data-status', 'present');
  await expect(grid.locator('tr', { hasText: '富阳区' }).locator('td[data-year="2022"]')).toHaveAttribute(
    'data-status',
    'missing',
  );

  // Panel dataset, wide CSV: one row per government-year.
  await grid.locator('input[value=wide]').check();
  const panel = await app.download(() => page.getByTestId('panel-export-csv').click());
  expect(panel.download.suggestedFilename()).toBe('panel-wide.csv');
  const lines = panel.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toMatch(/^government_id,government,region_code,report_year,.*days_after_deadline.*items_plans/);
  expect(lines).toHaveLength(4);
  expect(lines.some((l) => l.startsWith('330112,临安区,330112,2022,'))).toBe(true);

  // Plans of 2022 against the measures of 2023: confirm the pair of plan 3.
  await page.getByTestId('analysis-tab-plans').click();
  const plans = page.getByTestId('plans-view');
  await expect(plans).toContainText('临安区：2022 年计划 → 2023 年举措');
  const row = plans.getByTestId('plan-row').filter({ hasText: '压缩行政复议案件办理时限' });
  await expect(row.locator('label').first()).toContainText('推行行政复议繁简分流审理机制');
  await row.getByTestId('plan-confirm').click();
  await expect(row).toHaveAttribute('data-status', 'confirmed');
  await expect(page.getByTestId('plans-counts')).toContainText('已确认 1');
  // Undo takes the decision back, redo restores it.
  await page.getByTestId('undo').click();
  await expect(row).toHaveAttribute('data-status', 'open');
  await page.getByTestId('redo').click();
  await expect(row).toHaveAttribute('data-status', 'confirmed');
  const plansCsv = await app.download(() => page.getByTestId('plans-export').click());
  const confirmed = plansCsv.text.split(/\r\n/).find((l) => l.includes('confirmed'));
  expect(confirmed).toContain('3.压缩行政复议案件办理时限');
  expect(confirmed).toContain('推行行政复议繁简分流审理机制');
  expect(confirmed).toContain('面板员');

  // Copied passages: 富阳区 repeats a paragraph of 临安区's 2023 report.
  await page.getByTestId('analysis-tab-reuse').click();
  await page.getByTestId('reuse-run').click();
  await expect(page.getByTestId('reuse-summary')).toContainText('1 处雷同段落', { timeout: 30_000 });
  await expect(page.getByTestId('reuse-pair')).toContainText('富阳区');
  await expect(page.getByTestId('reuse-pair')).toContainText('临安区');
  await expect(page.getByTestId('reuse-shared-a')).toContainText('“法治体检”服务机制');
  await expect(page.getByTestId('reuse-shared-b')).toContainText('“法治体检”服务机制');
  await expect(page.getByTestId('reuse-shares')).toContainText('linan-2023.txt');
  const pairs = await app.download(() => page.getByTestId('reuse-export-pairs').click());
  const pairLines = pairs.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(pairLines[0]).toMatch(/^doc_a,file_a,government_a,year_a,start_a,end_a,doc_b/);
  expect(pairLines).toHaveLength(2);
  expect(pairLines[1]).toContain('我区探索建立');
  const shares = await app.download(() => page.getByTestId('reuse-export-shares').click());
  expect(shares.text).toMatch(/fuyang-2023\.txt,.*linan-2023\.txt \(\d+\)/);
});
