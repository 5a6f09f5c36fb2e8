/**
 * Team coding (issue #12): the lead hands out two coders' files; two coders code
 * the same report in their own browser profiles and hand their projects back;
 * the lead merges both, reads the agreement at sentence level, resolves one
 * disagreement and exports the consensus dataset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './support/app-page';
import { expect, test } from './support/fixtures';

const REPORT = /滴道区2022年度法治政府建设工作报告.*TXT/;

async function openProjectFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('project-switcher').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('project-open-file').click();
  await (await chooser).setFiles(path);
  await page.getByTestId('open-result').getByRole('button', { name: '关闭' }).click();
}

test('two coders code apart; the lead merges, measures agreement, resolves and exports the consensus', async ({
  app,
  browser,
  baseURL,
}, testInfo) => {
  test.skip(app.edition !== 'web', 'two browser profiles side by side: the web edition');
  test.setTimeout(240_000);
  const dir = testInfo.outputDir;
  mkdirSync(dir, { recursive: true });
  const lead = app.page;
  await app.ready('组长');

  // Hand out one blind file per coder.
  await lead.getByTestId('team-open').click();
  const packages: Record<string, string> = {};
  for (const coder of ['甲', '乙']) {
    await lead.getByTestId('handout-coder').fill(coder);
    const file = await app.download(() => lead.getByTestId('handout-save').click());
    expect(file.download.suggestedFilename()).toMatch(/\.fazhi$/);
    packages[coder] = join(dir, `package-${coder}.fazhi`);
    writeFileSync(packages[coder], file.bytes);
  }
  await lead.getByTestId('team-close').click();

  // Each coder in a browser profile of their own: open the package, code the report, back it up.
  const returned: Record<string, string> = {};
  const passages: Record<string, string> = { 甲: '全年共清理规范性文件76件', 乙: '清理规范性文件76件' };
  for (const coder of ['甲', '乙']) {
    const context = await browser.newContext({ baseURL, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('./');
    const them = new AppPage(page, 'web');
    await them.ready(coder);
    await openProjectFile(page, packages[coder]!);
    await expect(page.getByTestId('project-switcher')).toContainText(coder);
    await them.openReport(REPORT);
    await them.selectText(passages[coder]!);
    await page.keyboard.press('2');
    await expect(page.getByTestId('annotation-list').locator('li button[data-annotation-id]')).toHaveCount(1);
    await page.getByTestId('project-switcher').click();
    const backup = await them.download(() => page.getByTestId('project-backup').click());
    returned[coder] = join(dir, `returned-${coder}.fazhi`);
    writeFileSync(returned[coder], backup.bytes);
    await context.close();
  }

  // The lead merges both files, each one undoable step; merging a file again adds nothing.
  await lead.getByTestId('team-open').click();
  for (const coder of ['甲', '乙', '甲']) {
    const chooser = lead.waitForEvent('filechooser');
    await lead.getByTestId('merge-file').click();
    await (await chooser).setFiles(returned[coder]!);
    await expect(lead.getByTestId('merge-reports').locator('> li').first()).toContainText(`returned-${coder}.fazhi`);
  }
  const reports = lead.getByTestId('merge-reports').locator('> li');
  await expect(reports).toHaveCount(3);
  await expect(reports.nth(0)).toContainText('新增 0 个编码片段,已有 1 个');
  await expect(reports.nth(1)).toContainText('新增 1 个编码片段');
  await expect(reports.nth(2)).toContainText('新增 1 个编码片段');
  await expect(reports.nth(2)).toContainText('所有内容都已匹配');

  // Agreement at sentence level: both coded the same sentence with the same code.
  await lead.getByTestId('team-tab-agreement').click();
  await lead.getByTestId('agreement-unit').selectOption('sentence');
  await lead.getByTestId('agreement-compute').click();
  await expect(lead.getByTestId('agreement-summary')).toContainText('乙, 甲');
  await expect(lead.getByTestId('agreement-summary')).toContainText('单位:句子');
  const overall = lead.getByTestId('agreement-table').locator('tr.overall');
  await expect(overall.locator('[data-measure=percent_agreement]')).toContainText('1.000');
  await expect(overall.locator('[data-measure=cohen_kappa]')).toContainText('1.000');
  await expect(overall.locator('[data-measure=krippendorff_alpha]')).toContainText(/n = \d+/);
  await lead.screenshot({ path: join(dir, 'agreement.png') });
  // At the character level the two ranges differ, and the figures show it.
  await lead.getByTestId('agreement-unit').selectOption('character');
  await lead.getByTestId('agreement-compute').click();
  await expect(overall.locator('[data-measure=krippendorff_u_alpha]')).not.toContainText('1.000');

  // Resolve the one disagreement: keep 乙's narrower passage as the consensus.
  await lead.getByTestId('team-tab-resolve').click();
  // The report both coded is listed first, and open.
  await expect(lead.getByTestId('resolve-document').locator('option:checked')).toContainText('2 名编码员');
  await lead.getByTestId('resolve-coder-a').selectOption('甲');
  await lead.getByTestId('resolve-coder-b').selectOption('乙');
  await expect(lead.getByTestId('resolve-position')).toContainText('分歧 1 / 1');
  await expect(lead.getByTestId('resolve-lane-a').locator('mark')).toHaveText(passages['甲']!);
  await expect(lead.getByTestId('resolve-lane-b').locator('mark')).toHaveText(passages['乙']!);
  await expect(lead.getByTestId('resolve-status')).toContainText('尚未裁定');
  await lead.screenshot({ path: join(dir, 'resolve.png') });
  await lead.getByTestId('resolve-keep-b').click();
  await expect(lead.getByTestId('resolve-status')).toContainText('共识已有 1 个片段');
  // The decision is one undo step.
  await lead.getByTestId('team-close').click();
  await lead.getByTestId('undo').click();
  await lead.getByTestId('team-open').click();
  await lead.getByTestId('team-tab-resolve').click();
  await lead.getByTestId('resolve-coder-a').selectOption('甲');
  await lead.getByTestId('resolve-coder-b').selectOption('乙');
  await expect(lead.getByTestId('resolve-status')).toContainText('尚未裁定');
  // "Neither" leaves no consensus coding; the decision itself is kept, and is still there after a reload.
  await lead.getByTestId('resolve-keep-neither').click();
  await expect(lead.getByTestId('resolve-status')).toContainText('已裁定:两者都不保留');
  await lead.reload();
  await expect(lead.getByTestId('team-open')).toBeVisible({ timeout: 30_000 });
  await lead.getByTestId('team-open').click();
  await lead.getByTestId('team-tab-resolve').click();
  await lead.getByTestId('resolve-coder-a').selectOption('甲');
  await lead.getByTestId('resolve-coder-b').selectOption('乙');
  await expect(lead.getByTestId('resolve-status')).toContainText('已裁定:两者都不保留');
  await lead.getByTestId('resolve-keep-b').click();
  await expect(lead.getByTestId('resolve-status')).toContainText('共识已有 1 个片段');
  await lead.getByTestId('team-close').click();

  // Export the consensus dataset only.
  await lead.getByTestId('export-open').click();
  await lead.getByTestId('export-coder').selectOption('consensus');
  await lead.locator('input[type=radio][value=csv]').check();
  const csv = await app.download(() => lead.getByTestId('export-run').click());
  const lines = csv.text.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(passages['乙']);
  expect(lines[1]).toContain('consensus');
  expect(csv.text).not.toContain('全年共清理');
  await lead.getByTestId('export-run').locator('..').getByRole('button', { name: '关闭' }).click();

  // The reader lists the report's codings by coder: the two coders' and the consensus, one at a time.
  await app.openReport(REPORT);
  const list = lead.getByTestId('annotation-list');
  const listCoder = list.getByTestId('annotation-list-coder');
  await expect(listCoder.locator('option')).toHaveText(['全部 3 名编码员', '甲 (1)', '乙 (1)', 'consensus (1)']);
  await expect(list.locator('li button[data-annotation-id]')).toHaveCount(3);
  await listCoder.selectOption('甲');
  await expect(list.locator('li button[data-annotation-id]')).toHaveCount(1);
  await expect(list.locator('li button[data-annotation-id]')).toHaveAttribute('data-coder', '甲');
  await listCoder.selectOption('consensus');
  await expect(list.locator('li button[data-annotation-id]')).toHaveAttribute(
    'aria-label',
    new RegExp(passages['乙']!),
  );
  await lead.screenshot({ path: join(dir, 'reader-coder-filter.png') });
});
