/**
 * Choosing the encoding of a text file, in the Chinese UI: a GB18030 report with
 * a UTF-8 paragraph pasted in imports with unreadable characters; the summary
 * offers to read it again in another encoding. Without codings the document's
 * text is replaced (one undo step restores it); once it has a coded segment the
 * metadata panel's re-import keeps it and imports the new reading as a new
 * document, and says so. The file is built here, never committed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES } from './support/app-page';

function mixedFile(): string {
  const gb = readFileSync(join(SAMPLES, 'dida-2022.gb18030.txt'));
  const utf8 = Buffer.from('\n临平区坚持依法行政,持续推进严格规范公正文明执法。\n', 'utf8');
  const path = join(mkdtempSync(join(tmpdir(), 'fazhi-enc-')), '混合编码.txt');
  writeFileSync(path, Buffer.concat([gb.subarray(0, 3000), utf8, gb.subarray(3000)]));
  return path;
}

test('a text file with unreadable characters is read again in the encoding the user picks', async ({ app }) => {
  const { page } = app;
  await app.ready();
  await app.createProject('编码选择');

  await app.importFiles([mixedFile()]);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const damaged = summary.getByTestId('summary-encoding-damaged');
  await expect(damaged).toContainText('可能用错了编码的文件');
  await expect(damaged).toContainText('混合编码.txt');
  await page.screenshot({ path: test.info().outputPath('encoding-summary.png') });

  // No codings yet: the new reading replaces the text, and says it can be undone.
  await damaged.getByRole('combobox', { name: '文字编码' }).selectOption('utf-8');
  await damaged.getByRole('button', { name: '按此编码重新导入' }).click();
  const message = page.getByTestId('app-message');
  await expect(message).toContainText('已按 UTF-8 重新读取《混合编码.txt》,替换了原来的文字(可撤销)');
  // Read as UTF-8 the GB18030 parts are unreadable: the app says to try another.
  await expect(message).toContainText('仍有无法识别的字符');
  await summary.getByRole('button', { name: '关闭' }).click();
  await expect(app.rows()).toHaveCount(1);
  await app.rows().first().click();
  const fileInfo = page.locator('.fz-meta-file, [data-testid="meta-warnings"]').first();
  await expect(fileInfo).toBeVisible();
  await expect(page.getByText('utf-8', { exact: true })).toBeVisible();

  // Undo puts the first reading back.
  await page.getByTestId('app-message').getByRole('button').click();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('gb18030', { exact: true })).toBeVisible();
  await expect(app.rows()).toHaveCount(1);

  // Code a passage, then re-import from the metadata panel: the coded document stays, a new one is added.
  await app.openReport(/滴道区2022年度法治政府建设工作报告/);
  await app.selectText('坚持以习近平');
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-list').locator('li button[data-annotation-id]')).toHaveCount(1);
  await page.getByRole('tab', { name: '文库' }).click();
  await app.rows().first().click();
  const reencode = page.getByTestId('meta-reencode');
  await expect(reencode).toContainText('选择编码重新导入');
  await reencode.getByRole('combobox', { name: '文字编码' }).selectOption('big5');
  await reencode.getByRole('button', { name: '按此编码重新导入' }).click();
  await expect(page.getByTestId('app-message')).toContainText('已有编码片段,原文档保持不变');
  await expect(app.rows()).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('encoding-new-document.png') });
});
