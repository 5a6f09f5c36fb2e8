/**
 * Memos on documents and the project, one overview of all memos, and a researcher's
 * own typed document variables, carried into the documents dataset and the .qdpx.
 */
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/fixtures';

test('a document memo and a custom variable appear in the CSV and the .qdpx; the overview lists every memo', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.ready('备忘员');
  await app
    .row(/滴道区2022年度法治政府建设工作报告/)
    .first()
    .click();
  const notes = page.getByTestId('document-notes');

  // A typed variable of the researcher's own, and its value for this report.
  await notes.getByTestId('variable-name').fill('sample wave');
  await notes.getByTestId('variable-type').selectOption('number');
  await notes.getByTestId('variable-add').click();
  const field = notes.getByTestId('custom-variable').filter({ hasText: 'sample wave' }).getByRole('textbox');
  await field.fill('abc');
  await expect(notes.getByRole('alert')).toBeVisible();
  await field.fill('2');
  await field.press('Enter');
  await notes.getByTestId('document-memo').fill('页眉重复，已核对原件');
  await notes.getByTestId('document-memo').press('Control+Enter');

  // The project memo, written in the overview, which also lists the document's memo.
  await page.getByTestId('memos-open').click();
  const dialog = page.getByTestId('memos-dialog');
  await expect(dialog.getByTestId('memos-documents')).toContainText('页眉重复，已核对原件');
  await expect(dialog.getByTestId('memos-documents')).toContainText('滴道区2022年度法治政府建设工作报告');
  await dialog.getByTestId('project-memo').fill('抽样：2022 年县级报告');
  await dialog.getByTestId('project-memo-save').click();
  await expect(dialog.getByTestId('project-memo-save')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('memos-open')).toContainText('2');

  // The documents dataset carries both.
  await page.getByTestId('export-open').click();
  await page.locator('input[type=radio][value=docs-csv]').check();
  const csv = await app.download(() => page.getByTestId('export-run').click());
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  const header = lines[0]!.split(',');
  const wave = header.indexOf('var_sample_wave');
  const memo = header.indexOf('memo');
  expect(wave).toBeGreaterThan(-1);
  expect(memo).toBeGreaterThan(-1);
  const row = lines.find((l) => l.includes('页眉重复'));
  expect(row, 'the row of the document with the memo').toBeDefined();
  expect(row!.split(',')[wave]).toBe('2');

  // And the REFI-QDA project: the variable (typed) with its value, the memos as notes.
  await page.locator('input[type=radio][value=qdpx]').check();
  const qdpx = await app.download(() => page.getByTestId('export-run').click());
  const qde = strFromU8(unzipSync(new Uint8Array(qdpx.bytes))['project.qde']!);
  expect(qde).toMatch(/<Variable [^>]*name="sample wave" typeOfVariable="Float"/);
  expect(qde).toContain('<FloatValue>2</FloatValue>');
  expect(qde).toContain('页眉重复，已核对原件');
  expect(qde).toContain('抽样：2022 年县级报告');
});
