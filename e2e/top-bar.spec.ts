/**
 * The top bar fits the window at 1280, 1400 and 1920 px in both languages, with
 * the last-import button shown: nothing scrolls sideways, every control lies
 * inside the window, and an action shown as its icon alone still has its full
 * name as tooltip and accessible name.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const REPORT = fileURLToPath(new URL('./fixtures/dida-2022.traditional.txt', import.meta.url));
const NAMES = {
  zh: { tab: '文库', files: '导入文件', folder: '导入文件夹', exportName: '导出', team: '团队' },
  en: { tab: 'Library', files: 'Import files', folder: 'Import folder', exportName: 'Export', team: 'Team' },
} as const;

async function fits(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  const bar = page.getByRole('banner');
  await expect
    .poll(() => bar.evaluate((el) => el.scrollWidth - el.clientWidth), { message: `bar scrolls at ${width} px` })
    .toBeLessThanOrEqual(0);
  for (const button of await bar.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box, `${await button.getAttribute('data-testid')} has a box`).not.toBeNull();
    expect(box!.x + box!.width, `${await button.getAttribute('data-testid')} inside ${width} px`).toBeLessThanOrEqual(
      width,
    );
  }
}

test('the top bar fits 1280, 1400 and 1920 px in Chinese and English', async ({ app }) => {
  const { page } = app;
  await app.ready('顶栏检查员');
  // The last-import button takes room in the bar too.
  await app.importFiles([REPORT]);
  await expect(app.summary()).toBeVisible({ timeout: 30_000 });
  await app.summary().getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.getByTestId('import-summary-button')).toBeVisible();

  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await page.getByTestId('language').click();
    const n = NAMES[lang];
    await expect(page.getByRole('tab', { name: n.tab })).toBeVisible();
    for (const width of [1280, 1400, 1920]) await fits(page, width);
    // At 1280 px each action keeps its full name, also when it shows its icon alone.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [id, name] of [
      ['import-files', n.files],
      ['import-folder', n.folder],
      ['export-open', n.exportName],
      ['team-open', n.team],
    ] as const) {
      await expect(page.getByTestId(id)).toHaveAttribute('title', name);
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
  }
});
