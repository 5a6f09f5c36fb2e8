/**
 * The reader as a coder lives in it all day (issue 14): cards open on a deliberate
 * act, the code picker stays inside the window, the header names the open document,
 * parent codes count their sub-codes, and a code's details leave the segments in view.
 */
import type { Locator, Page } from '@playwright/test';
import type { AppPage } from './support/app-page';
import { expect, test } from './support/fixtures';

const DIDA = /滴道区2022年度法治政府建设工作报告.*TXT/;
const PASSAGE = '全年共清理规范性文件76件';

async function inViewport(page: Page, el: Locator): Promise<{ top: number; bottom: number; height: number }> {
  const box = await el.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  const height = page.viewportSize()!.height;
  return { top: box!.y, bottom: box!.y + box!.height, height };
}

/** The sample project is stored in full (its rows stop moving) before a row is double-clicked. */
async function sampleReady(app: AppPage): Promise<void> {
  await app.ready();
  await expect(app.page.getByText('10 / 10')).toBeVisible({ timeout: 30_000 });
}

/** The screen box of the first occurrence of `text` in the viewer. */
async function rectOfText(
  viewer: Locator,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return viewer.evaluate((root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(needle) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    throw new Error(`"${needle}" is not in the viewer`);
  }, text);
}

test('hovering coded or suggested text opens no card; a click or Enter does', async ({ app }) => {
  const { page } = app;
  await sampleReady(app);
  await app.openReport(DIDA);
  await app.selectText(PASSAGE);
  await page.keyboard.press('2');
  await expect(page.getByTestId('stripe')).toHaveCount(1);
  await page.evaluate(() => getSelection()?.removeAllRanges());

  // Rest the mouse on the coded passage and on a suggested paragraph: nothing covers the text.
  const box = await rectOfText(app.viewer, PASSAGE);
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.waitForTimeout(900);
  await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
  await page.waitForTimeout(900);
  await expect(page.getByTestId('annotation-card')).toHaveCount(0);

  // A click on it is a deliberate act: the card opens, quoting the passage.
  await page.mouse.click(box.x + 30, box.y + box.height / 2);
  const card = page.getByTestId('annotation-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('card-quote')).toContainText(PASSAGE);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('the code picker opens inside the window, also for a passage at its bottom edge', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await sampleReady(app);
  await app.openReport(DIDA);
  // Put a sentence on the last visible line: scroll the viewer so that it sits at the bottom.
  await app.selectText(PASSAGE);
  await app.viewer.evaluate((viewer) => {
    const sel = getSelection()!;
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    const box = viewer.getBoundingClientRect();
    viewer.scrollTop += rect.bottom - box.bottom + 6;
  });
  const selBottom = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  expect(selBottom).toBeGreaterThan(page.viewportSize()!.height - 40);
  await page.keyboard.press('c');
  const picker = page.getByTestId('code-picker');
  await expect(picker).toBeVisible();
  const r = await inViewport(page, picker);
  expect(r.top).toBeGreaterThanOrEqual(0);
  expect(r.bottom).toBeLessThanOrEqual(r.height);
  // The lowest code is reachable: scrolled to in the picker's list, it is on screen.
  const lowest = picker.getByRole('option').last();
  await lowest.scrollIntoViewIfNeeded();
  await expect(lowest).toBeInViewport();
  const l = await inViewport(page, lowest);
  expect(l.bottom).toBeLessThanOrEqual(l.height);
});

test('the reader header names the open document: title, government, year, format', async ({ app }) => {
  const { page } = app;
  await sampleReady(app);
  await app.openReport(/杭州市临平区.*/);
  const header = page.getByTestId('reader-header');
  await expect(header.getByRole('heading', { level: 1 })).toContainText('临平区');
  await expect(header.getByTestId('reader-meta')).toContainText('浙江省 杭州市 临平区');
  await expect(header.getByTestId('reader-meta')).toContainText('2022 年度');
  await expect(header.getByTestId('reader-meta')).toContainText(/TXT|HTML|PDF|DOCX/);
  await expect(header.getByTestId('reader-copy')).toHaveCount(0);
});

test('a parent code counts its sub-codes; its details leave the coded segments in view', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await sampleReady(app);
  await app.openReport(DIDA);
  // Code a passage with a sub-code of 主要举措和成效 through the picker.
  await app.selectText(PASSAGE);
  await page.keyboard.press('c');
  await page.getByTestId('code-picker').getByRole('combobox').fill('依法行政制度体系');
  await page.keyboard.press('Enter');
  const list = page.getByTestId('annotation-list');
  await expect(list.locator('li button[data-annotation-id]')).toHaveCount(1);

  const parent = page.getByTestId('code-row').filter({ hasText: '主要举措和成效' }).first();
  await expect(parent.getByTestId('code-count')).toHaveText('1');
  const child = page.getByTestId('code-row').filter({ hasText: '依法行政制度体系' }).first();
  await expect(child.getByTestId('code-count')).toHaveText('1');

  // Open the details of the parent: the coded segments stay on screen.
  await parent.click();
  await expect(page.getByTestId('code-details')).toBeVisible();
  await expect(list.locator('li button[data-annotation-id]').first()).toBeInViewport();
});

test('Esc does not close the coder-name dialog while no name is given', async ({ app }) => {
  const { page } = app;
  const dialog = page.getByTestId('coder-dialog');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('coder-required')).toBeVisible();
  await page.getByTestId('coder-name').fill('测试员');
  await page.getByTestId('coder-name').press('Enter');
  await expect(dialog).toBeHidden();
  // With a name stored, Esc closes it again (nothing lost).
  await page.getByTestId('coder').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('after a reload the same document is open at the same place', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await sampleReady(app);
  await app.openReport(/杭州市临平区.*/);
  const header = page.getByTestId('reader-header');
  const title = await header.getByRole('heading', { level: 1 }).textContent();
  // Scroll well into the report and note the paragraph at the top of the reader.
  const topText = async () =>
    app.viewer.evaluate((viewer) => {
      const box = viewer.getBoundingClientRect();
      const el = document.elementFromPoint(box.left + box.width / 2, box.top + 40);
      return el?.closest('p, h1, h2, h3, h4, h5, h6')?.textContent?.slice(0, 30) ?? '';
    });
  await app.viewer.evaluate((viewer) => viewer.scrollBy(0, viewer.scrollHeight * 0.6));
  await page.waitForTimeout(1000);
  const before = await topText();
  expect(before).not.toBe('');

  await page.reload();
  await expect(app.viewer).toBeVisible({ timeout: 30_000 });
  await expect(header.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect.poll(topText).toBe(before);
});
