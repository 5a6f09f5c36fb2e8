import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const PASSAGE = '全年共清理规范性文件76件';

test('back up a project, restore it beside itself, and bring a REFI-QDA project in', async ({ app }, testInfo) => {
  const { page } = app;
  await app.ready('备份员');
  await app.openReport(/滴道区2022年度法治政府建设工作报告.*TXT/);
  await app.selectText(PASSAGE);
  await page.keyboard.press('2');
  await expect(page.getByTestId('annotation-list').locator('li button[data-annotation-id]')).toHaveCount(1);
  // A memo on the coded passage: the restore summary must count it.
  await page.getByTestId('stripe').first().click();
  const card = page.getByTestId('annotation-card');
  await card.getByRole('button', { name: /编辑“存在的不足和原因”的备忘/ }).click();
  await card.locator('textarea').fill('清理数量可比');
  await card.locator('textarea').press('Control+Enter');
  await expect(card).toContainText('清理数量可比');
  await page.keyboard.press('Escape');

  // Back up from the project menu: one .fazhi file.
  await page.getByTestId('project-switcher').click();
  const backup = await app.download(() => page.getByTestId('project-backup').click());
  expect(backup.download.suggestedFilename()).toMatch(/\.fazhi$/);
  mkdirSync(testInfo.outputDir, { recursive: true });
  const backupPath = join(testInfo.outputDir, 'sample.fazhi');
  writeFileSync(backupPath, backup.bytes);

  // Restoring it while the project is here gives a copy, never an overwrite.
  await page.getByTestId('project-switcher').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('project-open-file').click();
  await (await chooser).setFiles(backupPath);
  const result = page.getByTestId('open-result');
  await expect(result).toContainText('副本');
  await expect(result.getByTestId('open-result-counts')).toContainText('10 份文档');
  await expect(result.getByTestId('open-result-counts')).toContainText('1 个编码片段');
  await expect(result.getByTestId('open-result-counts')).toContainText('1 条备忘');
  await result.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('project-switcher')).toContainText('(2)');
  await expect(app.rows()).toHaveCount(10);
  await app.openReport(/滴道区2022年度法治政府建设工作报告.*TXT/);
  await expect(page.getByTestId('annotation-list')).toContainText(PASSAGE);

  // Export the copy as REFI-QDA and open that file: a new project with the same coded passage.
  await page.getByTestId('export-open').click();
  await page.locator('input[type=radio][value=qdpx]').check();
  const qdpx = await app.download(() => page.getByTestId('export-run').click());
  const qdpxPath = join(testInfo.outputDir, 'sample.qdpx');
  writeFileSync(qdpxPath, qdpx.bytes);
  await page.getByRole('dialog').getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByTestId('project-switcher').click();
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByTestId('project-open-file').click();
  await (await chooser2).setFiles(qdpxPath);
  await expect(result).toContainText('REFI-QDA');
  await expect(result.getByTestId('open-result-counts')).toContainText('1 个编码片段');
  await result.getByRole('button', { name: '关闭' }).click();
  await expect(app.rows()).toHaveCount(10);
  // The coded passage came through on one of the imported dida documents: the one whose row counts it.
  await app
    .rows()
    .filter({ hasText: /滴道区/ })
    .filter({ has: page.locator('.fz-coded-num', { hasText: /^1$/ }) })
    .dblclick();
  await expect(app.viewer).toBeVisible();
  await expect(page.getByTestId('annotation-list')).toContainText(PASSAGE);
  // The imported text was analysed again: its outline and sections are back.
  await expect(page.getByTestId('outline')).toContainText('工作开展情况');
});

test('a REFI-QDA codebook opened alone is visible in its project without documents', async ({ app }, testInfo) => {
  const { page } = app;
  await app.ready('编码本');
  const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other tool">
  <Codes>
    <Code guid="{11111111-0000-0000-0000-000000000001}" name="执法检查" isCodable="true" color="#336699">
      <Code guid="{11111111-0000-0000-0000-000000000002}" name="双随机抽查" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>`;
  mkdirSync(testInfo.outputDir, { recursive: true });
  const path = join(testInfo.outputDir, '执法编码本.qdc');
  writeFileSync(path, qdc);
  await page.getByTestId('project-switcher').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('project-open-file').click();
  await (await chooser).setFiles(path);
  const result = page.getByTestId('open-result');
  await expect(result.getByTestId('open-result-counts')).toContainText('2 个编码');
  await result.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('project-switcher')).toContainText('执法编码本');
  const codebook = page.getByTestId('library-codebook');
  await expect(codebook).toBeVisible();
  await expect(codebook.getByTestId('code-row').filter({ hasText: '执法检查' })).toBeVisible();
  await expect(codebook.getByTestId('code-row').filter({ hasText: '双随机抽查' })).toBeVisible();
});
