import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { FIXTURES, SAMPLES } from './support/app-page';

const files = [
  join(SAMPLES, 'dida-2022.txt'),
  join(SAMPLES, 'linping-2022.html'),
  join(SAMPLES, 'chaoyang-ln-2024.gbk.html'),
  join(FIXTURES, 'scanned-report.pdf'),
];

test('import reports into a new project, fix a year, and recognise duplicates', async ({ app }) => {
  const { page } = app;
  await app.ready();

  // A new, empty project.
  await app.createProject('导入测试');
  await expect(page.getByText('这个项目还没有报告')).toBeVisible();

  await app.importFiles(files);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByTestId('summary-imported')).toContainText('3');
  await expect(summary.getByTestId('summary-duplicates')).toContainText('0');
  await expect(summary.getByTestId('summary-failed')).toContainText('1');
  const failure = summary.getByTestId('summary-failures');
  await expect(failure).toContainText('scanned-report.pdf');
  await expect(failure).toContainText('OCR');
  // In the Chinese UI the reason is Chinese only: no English sentence under the file.
  expect(await failure.innerText()).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
  await summary.getByRole('button', { name: '关闭' }).click();

  // The library shows what the importer read from each file.
  await expect(app.rows()).toHaveCount(3);
  const dida = app.row('滴道区2022年度法治政府建设工作报告');
  await expect(dida).toContainText('黑龙江省 鸡西市 滴道区');
  await expect(dida).toContainText('2022');
  const linping = app.row('杭州市临平区人民政府关于临平区2022年法治政府建设年度报告');
  await expect(linping).toContainText('浙江省 杭州市 临平区');
  const chaoyang = app.row('chaoyang-ln-2024.gbk.html');
  await expect(chaoyang).toContainText('辽宁省 朝阳市');
  await expect(chaoyang).toContainText('2024');

  // Correct the year reported on; the fix survives a reload.
  await chaoyang.click();
  const year = page.getByTestId('meta-reportYear');
  await expect(year).toHaveValue('2024');
  await year.fill('2023');
  await page.getByTestId('meta-save').click();
  await expect(chaoyang).toContainText('2023');
  await page.reload();
  await expect(app.row('chaoyang-ln-2024.gbk.html')).toContainText('2023');

  // The original file is kept byte for byte and can be saved again.
  await app.row('chaoyang-ln-2024.gbk.html').click();
  const original = await app.download(() => page.getByTestId('save-original').click());
  expect(original.download.suggestedFilename()).toBe('chaoyang-ln-2024.gbk.html');
  expect(original.bytes.equals(readFileSync(files[2]!))).toBe(true);

  // The same files again: recognised as already in the project.
  await app.importFiles(files.slice(0, 3));
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByTestId('summary-imported')).toContainText('0');
  await expect(summary.getByTestId('summary-duplicates')).toContainText('3');
  await expect(app.rows()).toHaveCount(3);
});
