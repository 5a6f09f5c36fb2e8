import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from './support/fixtures';

const FIRST = '全年共清理规范性文件76件';
const SECOND = '严格执行政府法律顾问制度';

test('export coded passages as CSV and as a REFI-QDA project', async ({ app }) => {
  const { page } = app;
  await app.ready('导出员');
  await app.openReport(/滴道区2022年度法治政府建设工作报告.*TXT/);
  await app.selectText(FIRST);
  await page.keyboard.press('2');
  await app.selectText(SECOND);
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-list').locator('li button[data-annotation-id]')).toHaveCount(2);

  // Segments CSV: one row per coded segment, Chinese intact, offsets that slice the text.
  await page.getByTestId('export-open').click();
  await page.locator('input[type=radio][value=csv]').check();
  const csv = await app.download(() => page.getByTestId('export-run').click());
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  const header = lines[0]!.split(',');
  expect(header).toEqual(expect.arrayContaining(['doc_id', 'start', 'end', 'text', 'code_path', 'coder']));
  expect(lines).toHaveLength(3);
  expect(csv.text).toContain(FIRST);
  expect(csv.text).toContain(SECOND);
  expect(csv.text).toContain('导出员');
  expect(csv.text).toContain('滴道区');
  await expect(page.getByTestId('export-status')).toBeVisible();

  // REFI-QDA project: a zip with project.qde holding both selections and the source text.
  await page.locator('input[type=radio][value=qdpx]').check();
  const qdpx = await app.download(() => page.getByTestId('export-run').click());
  expect(qdpx.download.suggestedFilename()).toMatch(/\.qdpx$/);
  const zip = unzipSync(new Uint8Array(qdpx.bytes));
  const qde = strFromU8(zip['project.qde']!);
  expect(qde).toContain('urn:QDA-XML:project:1.0');
  expect(qde.match(/<PlainTextSelection\b/g)?.length).toBeGreaterThanOrEqual(2);
  const sources = Object.keys(zip).filter((n) => n.startsWith('sources/') && n.endsWith('.txt'));
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.some((n) => strFromU8(zip[n]!).includes(FIRST))).toBe(true);
});
