import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { sampleSnapshot, TEXT_A, TEXT_B } from '../shared/export/fixtures/sample-snapshot';
import { cpSlice } from '../shared/text/codepoints';
import { runAutocode } from './autocode-command';
import { readProjectFile, writeProjectFile } from './project-file';
import { runSearch } from './search-command';

afterEach(() => vi.restoreAllMocks());

describe('fazhi search and autocode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-search-'));
  const project = join(dir, 'p.fazhi');

  it('finds a word in both scripts with code point offsets into each stored text', async () => {
    await writeProjectFile(sampleSnapshot(), project);
    const io = capture();
    expect(await runSearch([project, '执法', '--json'])).toBe(0);
    const r = JSON.parse(io.out.join('')) as {
      total: number;
      hits: { fileName: string; start: number; end: number; hit: string; left: string }[];
    };
    const texts: Record<string, string> = { '某县2023年法治政府建设报告.txt': TEXT_A, '某區報告.txt': TEXT_B };
    expect(r.hits.map((h) => h.hit)).toContain('執法');
    for (const h of r.hits) expect(cpSlice(texts[h.fileName]!, h.start, h.end)).toBe(h.hit);
    // Text A has 𠵾 before its second 执法: a UTF-16 offset would be one more.
    const second = r.hits.filter((h) => h.fileName.startsWith('某县'))[1]!;
    expect(second.start).toBe([...TEXT_A].indexOf('执', [...TEXT_A].indexOf('𠵾')));
    vi.restoreAllMocks();
    const strict = capture();
    expect(await runSearch([project, '执法', '--strict-script'])).toBe(0);
    expect(strict.out.join('')).not.toContain('執法');
  });

  it('autocodes to sentences, writes origin auto with the query, and never duplicates on a second run', async () => {
    const out = join(dir, 'auto.fazhi');
    let io = capture();
    expect(
      await runAutocode([
        project,
        '执法',
        '--code',
        'measures/Law enforcement',
        '--unit',
        'sentence',
        '--out',
        out,
        '--json',
      ]),
    ).toBe(0);
    const first = JSON.parse(io.out.join('')) as { created: number; hits: number; alreadyCoded: number };
    expect(first.created).toBeGreaterThan(0);
    // The fixture already codes the traditional sentence with this code: it is not coded twice.
    expect(first.alreadyCoded).toBe(1);
    const p = await readProjectFile(out);
    if (!p.ok) throw new Error(p.error.message);
    const auto = p.snapshot.annotations.filter((a) => a.origin === 'auto');
    expect(auto).toHaveLength(first.created);
    expect(auto[0]!.autoQuery).toBe('执法 [sentence]');
    expect(auto.map((a) => a.quote)).toContain('在𠵾字村开展执法检查,全年办理案件𫫇件,依法查处违法行为。');
    for (const a of auto) expect(a.quote).toContain('执法');
    vi.restoreAllMocks();
    io = capture();
    expect(
      await runAutocode([
        out,
        '执法',
        '--code',
        'measures/Law enforcement',
        '--unit',
        'sentence',
        '--out',
        out,
        '--json',
      ]),
    ).toBe(0);
    expect(JSON.parse(io.out.join(''))).toMatchObject({ created: 0, alreadyCoded: first.created + 1 });
    vi.restoreAllMocks();
    io = capture();
    expect(await runAutocode([project, '执法', '--code', 'nope', '--out', out])).toBe(1);
    expect(io.err.join('')).toMatch(/no code "nope"/);
  });
});
