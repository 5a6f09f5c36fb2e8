import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { FIXTURES } from './support/app-page';

test('by keyboard, in English: Ctrl/Cmd+Shift+F opens the search, arrow keys walk the code matrix, Enter retrieves a cell', async ({
  app,
}) => {
  const { page } = app;
  await app.ready();
  await app.importFiles([join(FIXTURES, 'dida-2022.traditional.txt')]);
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('summary-imported')).toContainText('1');
  await summary.getByRole('button', { name: '关闭' }).click();
  await page.getByTestId('language').click();
  await expect(page.getByTestId('tab-search')).toHaveText('Search');

  // From the reader, the shortcut opens the corpus search with the query box focused.
  await app.openReport(/滴道/);
  await expect(app.viewer).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('始终坚持');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-summary')).toContainText(/\d+ hits in \d+ documents · \d+ ms/);
  const rows = page.getByTestId('kwic-row');
  await expect(rows.filter({ hasText: '始終堅持' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: '始终坚持' }).first()).toBeVisible();
  const total = await rows.count();

  // Pressed again while the search is open, it goes back to the query box.
  await rows.first().getByRole('checkbox').focus();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(input).toBeFocused();

  await page.getByTestId('autocode-code').selectOption({
    label: 'Measures and results / Party leadership and implementation mechanisms',
  });
  await page.getByTestId('autocode-unit').selectOption('sentence');
  await expect(page.getByTestId('autocode-preview')).toContainText(`${total} new coded segments`);
  await page.getByTestId('autocode-run').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('app-message')).toContainText(`${total} coded segments created`);

  // Enter on a line opens its document at the hit, found in the document (either script).
  await rows.filter({ hasText: '始終堅持' }).first().getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(app.viewer).toContainText('區政府始終堅持');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');

  // The code matrix: the hint says how, the arrow keys move the focus from cell to cell.
  await page.getByTestId('tab-matrix').click();
  await expect(page.getByTestId('matrix-keys')).toContainText('arrow keys move between cells');
  const cells = page.getByTestId('matrix-cell');
  await cells.first().focus();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const first = await focused();
  await page.keyboard.press('ArrowRight');
  expect(await focused()).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe(first);
  // Down the column of "Measures and results" to the traditional copy's row.
  for (let i = 0; i < 10 && !/^Measures and results/.test((await focused()).split(' × ')[1] ?? ''); i++)
    await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 20 && !/^滴道區/.test(await focused()); i++) await page.keyboard.press('ArrowDown');
  expect(await focused()).toMatch(/^滴道區.* × Measures and results: 1, open its segments$/);

  // Enter retrieves that cell's segments: the one autocoded sentence of the traditional copy.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retrieval-docs')).toHaveValue('cell');
  const segments = page.getByTestId('retrieved-segment');
  await expect(segments).toHaveCount(1);
  await expect(segments).toContainText('始終堅持');

  // A chart of code frequencies by year, saved as SVG.
  await page.getByTestId('tab-charts').click();
  await page.getByTestId('chart-by').selectOption('year');
  await expect(page.getByTestId('chart')).toHaveAttribute('aria-label', /year/i);
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-save-svg').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('fazhi-codes-by-year.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('2022');
});
