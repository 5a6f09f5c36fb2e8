import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';

const PASSAGE = '全年共清理规范性文件76件';
const SENTENCE = '全年共清理规范性文件76件,其中保留25件,废止51件。';

function listItems(list: Locator): Locator {
  return list.locator('li button[data-annotation-id]');
}

test('code passages by key, with memo, undo/redo, recoding, overlaps and suggestions', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await app.openReport(/滴道区2022年度法治政府建设工作报告.*TXT/);
  const list = page.getByTestId('annotation-list');

  // Select a passage and press 2: it is coded "shortcomings" and highlighted.
  await app.selectText(PASSAGE);
  await page.keyboard.press('2');
  await expect(listItems(list)).toHaveCount(1);
  await expect(listItems(list).first()).toContainText('存在的不足和原因');
  await expect(listItems(list).first()).toContainText(PASSAGE);
  await expect(page.getByTestId('stripe')).toHaveCount(1);
  expect(Object.values(await app.highlights()).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // It is still there after a reload, on the same text.
  await page.reload();
  // The reload returns to the reader, on the same report.
  await expect(app.viewer).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('reader-header')).toContainText('滴道区2022年度法治政府建设工作报告');
  await expect(listItems(list)).toHaveCount(1);
  await expect(listItems(list).first()).toContainText(PASSAGE);

  // A memo, written in the passage's card.
  await page.getByTestId('stripe').first().click();
  const card = page.getByTestId('annotation-card');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /编辑“存在的不足和原因”的备忘/ }).click();
  await card.locator('textarea').fill('数量具体，可比较');
  await card.locator('textarea').press('Control+Enter');
  await expect(card).toContainText('数量具体，可比较');
  await page.keyboard.press('Escape');

  // Undo takes the memo back off, redo puts it back.
  await page.getByTestId('undo').click();
  await expect(listItems(list).first().locator('.fz-list-memo')).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(listItems(list).first().locator('.fz-list-memo')).toHaveCount(1);

  // An overlapping code on the whole sentence: both codes visible as separate stripes.
  await app.selectText(SENTENCE);
  await page.keyboard.press('1');
  await expect(listItems(list)).toHaveCount(2);
  const stripes = page.getByTestId('stripe');
  await expect(stripes).toHaveCount(2);
  const codeIds = await stripes.evaluateAll((els) => els.map((e) => e.getAttribute('data-code-id')));
  expect(new Set(codeIds).size).toBe(2);

  // Change the first passage's code to "plans" (4) through its card.
  await listItems(list).filter({ hasText: '存在的不足和原因' }).click();
  await page.getByTestId('stripe').first().click();
  await card.getByRole('button', { name: /更换代码“存在的不足和原因”/ }).click();
  await page.getByTestId('code-picker').getByText('下一年度主要安排').click();
  await expect(list).toContainText('下一年度主要安排');
  await expect(listItems(list).filter({ hasText: '存在的不足和原因' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Accept all suggestions of the first section: its paragraphs become coded segments.
  const before = await listItems(list).count();
  await page.getByTestId('suggestion-accept-all').first().click();
  await expect.poll(async () => listItems(list).count()).toBeGreaterThan(before + 3);
});
