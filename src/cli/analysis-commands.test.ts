import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { importFile } from '../shared/import/index';
import { PANEL_FIXTURES } from '../shared/panel/fixtures.test-helper';
import { runPanel } from './panel-command';
import { runPlans } from './plans-command';
import { runReuse } from './reuse-command';
import { buildProjectFromResults, writeProjectFile } from './project-file';

afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'fazhi-panel-cli-'));
const project = join(dir, 'p.fazhi');

beforeAll(async () => {
  const fixtures = new URL('../../e2e/fixtures/panel/', import.meta.url);
  const results = await Promise.all(
    PANEL_FIXTURES.map(async (n) => importFile(new Uint8Array(readFileSync(new URL(n, fixtures))), n)),
  );
  await writeProjectFile(buildProjectFromResults(results, new Map(), 'p'), project);
});

describe('fazhi panel / reuse / plans', () => {
  it('panel writes the long CSV and the wide XLSX', async () => {
    let io = capture();
    expect(await runPanel([project, '--out', join(dir, 'panel.csv')])).toBe(0);
    expect(io.stdout()).toMatch(/long, \d+ rows\): 3 government-years, 2 governments/);
    const csv = readFileSync(join(dir, 'panel.csv'), 'utf8');
    expect(csv).toContain('330112,临安区,330112,2022,items_plans,4');
    vi.restoreAllMocks();
    io = capture();
    expect(await runPanel([project, '--out', join(dir, 'panel.xlsx'), '--wide'])).toBe(0);
    const zip = unzipSync(new Uint8Array(readFileSync(join(dir, 'panel.xlsx'))));
    const sheet = Object.values(zip)
      .map((f) => strFromU8(f))
      .join('');
    expect(sheet).toContain('days_after_deadline');
    expect(sheet).toContain('富阳区');
  });

  it('reuse prints the copied passage with code point offsets and each report’s share', async () => {
    const io = capture();
    expect(await runReuse([project, '--min-chars', '50', '--json'])).toBe(0);
    const json = JSON.parse(io.stdout()) as {
      pairs: { file_a: string; file_b: string; start_a: number; end_a: number; chars: number; text: string }[];
      shares: { file_name: string; share_found_elsewhere: number }[];
    };
    expect(json.pairs).toHaveLength(1);
    const p = json.pairs[0]!;
    expect([p.file_a, p.file_b].sort()).toEqual(['fuyang-2023.txt', 'linan-2023.txt']);
    expect(p.text).toMatch(/^我区探索建立/);
    expect(p.end_a - p.start_a).toBe([...p.text].length);
    expect(json.shares.find((s) => s.file_name === 'linan-2022.txt')!.share_found_elsewhere).toBe(0);
  });

  it('plans prints each plan item with its best passages, and refuses a bad option', async () => {
    let io = capture();
    expect(await runPlans([project])).toBe(0);
    expect(io.stdout()).toMatch(/临安区 \(330112\): plans of 2022/);
    expect(io.stdout()).toMatch(
      /3\. \[\d+, \d+\) 3\.压缩行政复议案件办理时限.*\n\s+0\.\d{3} \[\d+, \d+\) 推行行政复议繁简分流/,
    );
    vi.restoreAllMocks();
    io = capture();
    expect(await runReuse([project, '--min-chars', 'x'])).toBe(2);
    expect(io.stderr()).toMatch(/--min-chars must be a positive whole number/);
    vi.restoreAllMocks();
    io = capture();
    expect(await runPanel([join(dir, 'missing.fazhi'), '--out', 'x.csv'])).toBe(1);
    expect(io.stderr()).toMatch(/missing\.fazhi/);
  });
});
