import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { cpRange, sampleSnapshot, TEXT_A } from '../shared/export/fixtures/sample-snapshot';
import { runAgree } from './agree-command';
import { writeProjectFile } from './project-file';

afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'fazhi-agree-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('fazhi agree', () => {
  it('--ratings prints every measure that applies; Cohen (1960, p. 45) gives κ = .492', async () => {
    const cells: [number, string, string][] = [
      [88, '1', '1'], [14, '1', '2'], [18, '1', '3'], [10, '2', '1'], [40, '2', '2'],
      [10, '2', '3'], [2, '3', '1'], [6, '3', '2'], [12, '3', '3'],
    ]; // prettier-ignore
    const lines = ['unit,coder,value'];
    let u = 0;
    for (const [n, a, b] of cells) for (let i = 0; i < n; i++, u++) lines.push(`u${u},A,${a}`, `u${u},B,${b}`);
    const io = capture();
    expect(await runAgree(['--ratings', file('cohen.csv', lines.join('\n')), '--json'])).toBe(0);
    const json = JSON.parse(io.stdout()) as Record<string, { value: number; n: number }>;
    expect(json.cohen_kappa!.value.toFixed(3)).toBe('0.492');
    expect(json.cohen_kappa!.n).toBe(200);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['percent_agreement', 'fleiss_kappa', 'krippendorff_alpha', 'brennan_prediger_kappa']),
    );
  });

  it('--ratings: an empty value is missing, and Cohen’s κ is left out for four coders', async () => {
    const csv = 'unit,coder,value\n1,A,x\n1,B,x\n1,C,\n1,D,x\n2,A,y\n2,B,y\n2,C,y\n2,D,x\n';
    const io = capture();
    expect(await runAgree(['--ratings', file('four.csv', csv)])).toBe(0);
    expect(io.stdout()).toMatch(/krippendorff_alpha/);
    expect(io.stdout()).not.toMatch(/cohen_kappa/);
  });

  it('--codings at the character unit: Krippendorff (2004, p. 254) uα for value c is .729, overall .859', async () => {
    const rows = [
      ['i', 75, 145, 'c'], ['i', 220, 250, 'c'], ['i', 30, 90, 'k'], ['i', 150, 200, 'k'],
      ['j', 70, 150, 'c'], ['j', 205, 225, 'c'], ['j', 250, 270, 'c'], ['j', 30, 90, 'k'], ['j', 150, 200, 'k'],
    ]; // prettier-ignore
    const csv = ['document,length,coder,start,end,code', ...rows.map((r) => `d,300,${r.join(',')}`)].join('\r\n');
    const io = capture();
    expect(await runAgree(['--codings', file('k2004.csv', csv), '--json'])).toBe(0);
    const json = JSON.parse(io.stdout()) as {
      unit: string;
      overall: Record<string, { value: number }>;
      codes: { code: string; krippendorff_u_alpha: { value: number; n: number } }[];
    };
    expect(json.unit).toBe('character');
    expect(json.overall.krippendorff_u_alpha!.value.toFixed(3)).toBe('0.859');
    expect(json.codes.find((c) => c.code === 'c')!.krippendorff_u_alpha).toMatchObject({ n: 300 });
    expect(json.codes.find((c) => c.code === 'c')!.krippendorff_u_alpha.value.toFixed(3)).toBe('0.729');
  });

  it('a project: --coders and --unit sentence print a table with a row per code', async () => {
    const s = sampleSnapshot();
    const docA = s.documents[0]!.id;
    const content = s.contents.find((c) => c.docId === docA)!;
    content.sentences = content.paragraphs;
    const enforcement = s.codes.find((c) => c.name === '行政执法')!.id;
    s.annotations.push({
      ...s.annotations[0]!,
      id: 'b-1',
      coder: 'coder-b',
      codeId: enforcement,
      ...cpRange(TEXT_A, '在𠵾字村'),
      quote: '在𠵾字村',
    });
    const project = join(dir, 'p.fazhi');
    await writeProjectFile(s, project);
    const io = capture();
    expect(await runAgree([project, '--coders', 'coder-a,coder-b', '--unit', 'sentence'])).toBe(0);
    expect(io.stdout()).toMatch(/Agreement of coder-a, coder-b over 2 documents; unit: sentence/);
    // 行政执法 in 7 paragraphs: both coders in one, coder-a alone in one (document B): po = 6/7,
    // pe = 2/7·1/7 + 5/7·6/7 = 32/49, κ = 10/17 = .588.
    expect(io.stdout()).toMatch(/measures\/行政执法\s+0\.857\s+0\.588/);
  });

  it('usage errors exit 2; a bad file exits 1 naming the file and the line', async () => {
    let io = capture();
    expect(await runAgree(['--ratings', 'x.csv', '--unit', 'word'])).toBe(2);
    expect(io.stderr()).toMatch(/unknown unit "word"/);
    vi.restoreAllMocks();
    io = capture();
    expect(
      await runAgree(['--codings', file('bad.csv', 'document,length,coder,start,end,code\nd,10,A,5,40,x\n')]),
    ).toBe(1);
    expect(io.stderr()).toMatch(/bad\.csv, line 2: the range \[5, 40\) does not fit a document of 10 code points/);
    vi.restoreAllMocks();
    io = capture();
    expect(await runAgree(['--ratings', file('nohead.csv', 'a,b\n1,2\n')])).toBe(1);
    expect(io.stderr()).toMatch(/nohead\.csv: the first line must name the columns unit,coder,value/);
  });
});
