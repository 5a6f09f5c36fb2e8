import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../model/project';
import { exportQdpx } from './qdpx-export';
import { importQdpx } from './qdpx-import';

/** Another tool's project: typed variables on a source and on a case holding both sources. */
const OTHER_TOOL = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Waves" origin="MAXQDA 24">
  <Variables>
    <Variable guid="{10000000-0000-0000-0000-000000000001}" name="编码员" typeOfVariable="Text"/>
    <Variable guid="{10000000-0000-0000-0000-000000000002}" name="wave" typeOfVariable="Integer"/>
    <Variable guid="{10000000-0000-0000-0000-000000000003}" name="weight" typeOfVariable="Float"/>
    <Variable guid="{10000000-0000-0000-0000-000000000004}" name="checked" typeOfVariable="Boolean"/>
    <Variable guid="{10000000-0000-0000-0000-000000000005}" name="visited" typeOfVariable="Date"/>
    <Variable guid="{10000000-0000-0000-0000-000000000006}" name="exported at" typeOfVariable="DateTime"/>
    <Variable guid="{10000000-0000-0000-0000-000000000007}" name="report_year" typeOfVariable="Integer"/>
  </Variables>
  <Cases>
    <Case guid="{20000000-0000-0000-0000-000000000001}" name="Sample A">
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000002}"/><IntegerValue>2</IntegerValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000001}"/><TextValue>组长</TextValue></VariableValue>
      <SourceRef targetGUID="{30000000-0000-0000-0000-000000000001}"/>
      <SourceRef targetGUID="{30000000-0000-0000-0000-000000000002}"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="{30000000-0000-0000-0000-000000000001}" name="a.txt">
      <PlainTextContent>𠵾县报告</PlainTextContent>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000001}"/><TextValue>王芳</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000003}"/><FloatValue>0.75</FloatValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000004}"/><BooleanValue>true</BooleanValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000005}"/><DateValue>2024-03-31</DateValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000006}"/><DateTimeValue>2024-04-01T08:30:00Z</DateTimeValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000007}"/><IntegerValue>2023</IntegerValue></VariableValue>
    </TextSource>
    <TextSource guid="{30000000-0000-0000-0000-000000000002}" name="b.txt">
      <PlainTextContent>𫫇市报告</PlainTextContent>
      <VariableValue><VariableRef targetGUID="{10000000-0000-0000-0000-000000000005}"/><DateValue>2024-02-31</DateValue></VariableValue>
    </TextSource>
  </Sources>
</Project>`;

function read(bytes: Uint8Array, name: string): { snapshot: ProjectSnapshot; skipped: string[] } {
  const r = importQdpx(bytes, name, { projectId: 'p', now: '2025-01-01T00:00:00.000Z' });
  if (!r.ok) throw new Error(r.error.message);
  return { snapshot: r.snapshot, skipped: r.report.skipped.map((s) => `${s.what}: ${s.reason}`) };
}

/** Each document's custom values by variable name and type: what a researcher sees in the metadata panel. */
function valuesByName(s: ProjectSnapshot): Record<string, Record<string, string>> {
  const vars = s.variables ?? [];
  return Object.fromEntries(
    s.documents.map((d) => [
      d.fileName,
      Object.fromEntries(
        vars
          .filter((v) => d.customValues?.[v.id] !== undefined)
          .map((v) => [`${v.name}:${v.type}`, JSON.stringify(d.customValues![v.id])]),
      ),
    ]),
  );
}

const EXPECTED = {
  'a.txt': {
    '编码员:text': '"王芳"',
    'wave:number': '2',
    'weight:number': '0.75',
    'checked:boolean': 'true',
    'visited:date': '"2024-03-31"',
    'exported at:text': '"2024-04-01T08:30:00Z"',
  },
  'b.txt': { '编码员:text': '"组长"', 'wave:number': '2' },
};

describe("another tool's document variables", () => {
  const first = read(zipSync({ 'project.qde': strToU8(OTHER_TOOL) }), 'waves.qdpx');

  it('become custom variables typed as the file types them, with each source’s values', () => {
    expect((first.snapshot.variables ?? []).map((v) => `${v.name}:${v.type}`)).toEqual([
      '编码员:text',
      'wave:number',
      'weight:number',
      'checked:boolean',
      'visited:date',
      'exported at:text',
    ]);
    // A case's values reach its sources; the source's own value (编码员 of a.txt) wins.
    expect(valuesByName(first.snapshot)).toEqual(EXPECTED);
  });

  it('fill the Fazhi field of the same name, and name a value that does not fit', () => {
    expect(first.snapshot.documents.find((d) => d.fileName === 'a.txt')!.reportYear).toBe(2023);
    expect(first.skipped).toContain('variable "visited" of "b.txt": the value "2024-02-31" does not fit');
    expect(first.skipped.join('\n')).not.toMatch(/variable "(编码员|wave|weight|checked)"/);
  });

  it('survive the round trip .qdpx → project → .qdpx → project', () => {
    const again = exportQdpx(first.snapshot);
    const qde = new TextDecoder().decode(unzipSync(again)['project.qde']!);
    expect(qde).toContain('name="wave" typeOfVariable="Float"');
    expect(xmllint(qde)).toBe('valid');
    const second = read(again, 'again.qdpx');
    expect(valuesByName(second.snapshot)).toEqual(EXPECTED);
    expect(second.snapshot.documents.find((d) => d.fileName === 'a.txt')!.reportYear).toBe(2023);
    expect(second.skipped).toEqual([]);
  });
});

const REFI_DIR = fileURLToPath(new URL('../../../test/refi/', import.meta.url));
function xmllint(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-refi-'));
  const file = join(dir, 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(REFI_DIR, 'Project-mrt2019.xsd'), file], { stdio: 'pipe' });
    return 'valid';
  } catch (e) {
    return (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
  }
}
