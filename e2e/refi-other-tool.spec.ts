/**
 * A REFI-QDA project from another tool, opened in the Chinese UI: what could not
 * be brought in is listed in Chinese, and the tool's own document variables
 * (typed, on a source and on a case) arrive as the project's custom variables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './support/fixtures';

const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="外部工具项目" origin="MAXQDA 24">
  <Users>
    <User guid="{A0000000-0000-0000-0000-000000000001}" name="Li Hua"/>
    <User guid="{A0000000-0000-0000-0000-000000000002}" name="Wang Fang"/>
  </Users>
  <CodeBook><Codes>
    <Code guid="{B0000000-0000-0000-0000-000000000001}" name="执法检查" isCodable="true"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="{C0000000-0000-0000-0000-000000000001}" name="抽样批次" typeOfVariable="Integer"/>
    <Variable guid="{C0000000-0000-0000-0000-000000000002}" name="已核对" typeOfVariable="Boolean"/>
  </Variables>
  <Cases>
    <Case guid="{D0000000-0000-0000-0000-000000000001}" name="第一批">
      <VariableValue><VariableRef targetGUID="{C0000000-0000-0000-0000-000000000001}"/><IntegerValue>3</IntegerValue></VariableValue>
      <SourceRef targetGUID="{E0000000-0000-0000-0000-000000000001}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="{E0000000-0000-0000-0000-000000000001}" name="某县报告.txt">
      <PlainTextContent>某县人民政府关于2023年度法治政府建设情况的报告&#10;一、主要工作&#10;全年开展执法检查12次。</PlainTextContent>
      <PlainTextSelection guid="{F0000000-0000-0000-0000-000000000001}" startPosition="32" endPosition="38" creatingUser="{A0000000-0000-0000-0000-000000000001}">
        <Coding guid="{F1000000-0000-0000-0000-000000000001}"><CodeRef targetGUID="{B0000000-0000-0000-0000-000000000001}"/></Coding>
      </PlainTextSelection>
      <VariableValue><VariableRef targetGUID="{C0000000-0000-0000-0000-000000000002}"/><BooleanValue>true</BooleanValue></VariableValue>
    </TextSource>
    <PDFSource guid="{E0000000-0000-0000-0000-000000000002}" name="扫描件.pdf" path="internal://x.pdf"/>
  </Sources>
</Project>`;

test('another tool’s .qdpx in Chinese: skipped items listed in Chinese, its variables kept as custom variables', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.ready('导入员');
  mkdirSync(testInfo.outputDir, { recursive: true });
  const path = join(testInfo.outputDir, '外部工具.qdpx');
  writeFileSync(path, zipSync({ 'project.qde': strToU8(QDE) }));
  await page.getByTestId('project-switcher').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('project-open-file').click();
  await (await chooser).setFiles(path);

  const result = page.getByTestId('open-result');
  await expect(result.getByTestId('open-result-counts')).toContainText('1 份文档');
  const skipped = result.getByTestId('open-result-skipped');
  await expect(skipped).toContainText('PDF 来源“扫描件.pdf”：Fazhi Coder 只能编码文本来源');
  await expect(skipped).toContainText('用户“Wang Fang”：在这个文件里没有编码也没有备忘');
  await expect(skipped).toContainText('1 个个案（case）');
  // No English sentence is left in the Chinese list.
  await expect(skipped).not.toContainText(/only text sources|has no codings|are not part of/);
  await result.getByRole('button', { name: '关闭' }).click();

  // The variables are the project's own now, typed, with the values from the source and its case.
  await app.row(/某县/).first().click();
  const notes = page.getByTestId('document-notes');
  const wave = notes.getByTestId('custom-variable').filter({ hasText: '抽样批次' });
  await expect(wave.getByRole('textbox')).toHaveValue('3');
  const checked = notes.getByTestId('custom-variable').filter({ hasText: '已核对' });
  await expect(checked).toBeVisible();
  await expect(checked.locator('select')).toHaveValue('true');
});
