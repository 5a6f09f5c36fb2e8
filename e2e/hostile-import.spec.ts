/**
 * Hostile files in a batch, in the browser: a decompression bomb and a tokenizer
 * trap are each reported with a clear reason within the time budget, the tab
 * survives (the page still answers and the batch's good file is imported), and
 * nothing of the hostile files is stored. The files are built here (a bomb is
 * small only compressed), never committed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES } from './support/app-page';
import { bombDocx, docxWith } from '../src/shared/zip/hostile.test-helper';

function hostileFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-hostile-'));
  const bomb = join(dir, 'bomb.docx');
  // 300 MB of XML in about 2 MB: the kind of file that crashed the tab at 4 GB.
  writeFileSync(bomb, bombDocx(300));
  // Thousands of unclosed comments before any text: the regex tokenizer took minutes on this.
  const trap = join(dir, 'trap.docx');
  writeFileSync(
    trap,
    docxWith(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><!--'.repeat(60_000)}</w:body></w:document>`,
    ),
  );
  return [bomb, trap, join(SAMPLES, 'dida-2022.txt')];
}

test('a decompression bomb and a tokenizer trap are refused with reasons, and the rest of the batch is imported', async ({
  app,
}) => {
  const { page } = app;
  await app.ready();
  await app.createProject('恶意文件');

  const started = Date.now();
  await app.importFiles(hostileFiles());
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  // Well within any per-file budget: the bounded unzip and the linear tokenizer make both fast.
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(summary.getByTestId('summary-imported')).toContainText('1');
  await expect(summary.getByTestId('summary-failed')).toContainText('2');
  const failures = summary.getByTestId('summary-failures');
  const bomb = failures.locator('li', { hasText: 'bomb.docx' });
  // The reason in Chinese; the importer's own sentence as its tooltip.
  await expect(bomb).toContainText('解压炸弹');
  await expect(bomb.locator('.fz-import-reason')).toHaveAttribute('title', /looks like a decompression bomb/);
  const trap = failures.locator('li', { hasText: 'trap.docx' });
  await expect(trap).toContainText('已损坏');
  await expect(trap.locator('.fz-import-reason')).toHaveAttribute('title', /unclosed tag or comment/);
  await page.screenshot({ path: test.info().outputPath('hostile-summary.png') });
  await summary.getByRole('button', { name: '关闭' }).click();

  // The tab is alive and only the good report is in the project.
  await expect(app.rows()).toHaveCount(1);
  await expect(app.row('滴道区2022年度法治政府建设工作报告')).toBeVisible();
});
