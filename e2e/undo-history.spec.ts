import type { AppPage } from './support/app-page';
import { expect, test } from './support/fixtures';

const PASSAGE = '全年共清理规范性文件76件';
const REPORT = /滴道区2022年度法治政府建设工作报告.*TXT/;

/**
 * The report in the reader: a reload (and, as it happens, coming back to a project) may reopen
 * the reader where the coder was; otherwise it is opened from the library.
 */
async function showReport(app: AppPage): Promise<void> {
  const reopened = await app.page
    .getByTestId('reader-header')
    .filter({ hasText: '滴道区2022年度法治政府建设工作报告' })
    .waitFor({ timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
  if (!reopened) await app.openReport(REPORT);
}

test('undo history stays with its project: code, switch project and back, reload, undo still undoes', async ({
  app,
}) => {
  const { page } = app;
  await app.ready();
  const first = (await page.getByTestId('project-switcher').textContent())?.replace('▾', '').trim() ?? '';
  await app.openReport(REPORT);
  const list = page.getByTestId('annotation-list');
  const items = list.locator('li button[data-annotation-id]');
  await app.selectText(PASSAGE);
  await page.keyboard.press('2');
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeEnabled();

  // Switch to a new, empty project: its history is its own (nothing to undo there).
  await app.createProject('第二个项目');
  await expect(page.getByTestId('project-switcher')).toContainText('第二个项目');
  await expect(page.getByTestId('undo')).toBeDisabled();

  // Back to the first project: the coding is still the step undo takes back.
  await page.getByTestId('project-switcher').click();
  await page.getByTestId('project-item').filter({ hasText: first }).click();
  await expect(page.getByTestId('project-switcher')).toContainText(first);
  await showReport(app);
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(items).toHaveCount(1);

  // After a reload the history is read back from the change log.
  await page.reload();
  await showReport(app);
  await expect(items).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(0);
});
