/**
 * The library at a laptop's width (issue 14): every column fits, titles can be read
 * whole, an empty year does not look filled, and picking a region sets the level.
 */
import { expect, test } from './support/fixtures';

test('the library fits a 1400 px window and titles can be read whole', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.ready();
  const grid = page.getByRole('grid').first();
  const widths = await grid
    .locator('.fz-library-scroll')
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // The last column's header ends inside the library.
  const last = (await page.getByRole('columnheader').last().boundingBox())!;
  const library = (await grid.boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(library.x + library.width + 0.5);

  const title = '杭州市临平区人民政府关于临平区2022年法治政府建设年度报告';
  const cell = app
    .row(/临平区/)
    .first()
    .getByRole('gridcell')
    .first();
  await expect(cell).toHaveAttribute('title', new RegExp(title));
  // Shown in full on two lines at this width (not cut after about 14 characters).
  const shown = await cell.evaluate((el) => {
    const text = el.querySelector('.fz-title-text')!;
    return { scroll: text.scrollHeight, client: text.clientHeight, text: text.textContent };
  });
  expect(shown.text).toContain(title);
  expect(shown.scroll).toBeLessThanOrEqual(shown.client + 1);
});

test('an empty year shows a hint, not a value; picking a district sets the level', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await app
    .row(/chaoyang-ln-2024.txt/)
    .first()
    .click();
  const year = page.getByTestId('meta-reportYear');
  await year.fill('');
  await expect(year).toHaveValue('');
  const placeholder = await year.getAttribute('placeholder');
  expect(placeholder).not.toMatch(/^\d{4}$/);

  await page.getByTestId('meta-level').selectOption('province');
  await page.getByTestId('meta-region').fill('临平区');
  await page
    .getByRole('option', { name: /临平区/ })
    .first()
    .click();
  await expect(page.getByTestId('meta-region-current')).toContainText('临平区');
  await expect(page.getByTestId('meta-level')).toHaveValue('county');
});
