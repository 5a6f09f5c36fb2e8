import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { withFreshIds } from '../shared/backup/fresh-ids';
import { cpRange, sampleSnapshot, TEXT_A } from '../shared/export/fixtures/sample-snapshot';
import { exportProject } from '../shared/export/export-project';
import type { ProjectSnapshot } from '../shared/model/project';
import { coderPackage } from '../shared/project/coder-package';
import { runMerge } from './merge-command';
import { readProjectFile, writeProjectFile } from './project-file';

afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'fazhi-merge-'));

function withCoding(s: ProjectSnapshot, quote: string, coder: string, id: string): ProjectSnapshot {
  const code = s.codes.find((c) => c.name === '行政执法')!;
  s.annotations.push({
    ...sampleSnapshot().annotations[0]!,
    id,
    projectId: s.project.id,
    docId: s.contents.find((c) => c.text === TEXT_A)!.docId,
    codeId: code.id,
    ...cpRange(TEXT_A, quote),
    quote,
    coder,
    memo: '',
  });
  return s;
}

describe('fazhi merge', () => {
  it('merges two coders’ files into the project; merging the result again adds nothing', async () => {
    const base = sampleSnapshot();
    const project = join(dir, 'project.fazhi');
    const wang = join(dir, 'wang.fazhi');
    const li = join(dir, 'li.fazhi');
    const out = join(dir, 'merged.fazhi');
    await writeProjectFile(base, project);
    await writeProjectFile(
      withCoding(coderPackage(base, { coder: 'wang', blind: true }), '开展执法检查', 'wang', 'w-1'),
      wang,
    );
    await writeProjectFile(withCoding(coderPackage(base, { coder: 'li', blind: true }), '执法检查', 'li', 'l-1'), li);
    let io = capture();
    expect(await runMerge([project, wang, li, '--out', out])).toBe(0);
    expect(io.stdout()).toMatch(/wang\.fazhi: 1 codings added/);
    expect(io.stdout()).toMatch(/li\.fazhi: 1 codings added/);
    const merged = await readProjectFile(out);
    expect(merged.ok && merged.snapshot.annotations.map((a) => a.coder).sort()).toEqual([
      'coder-a',
      'coder-a',
      'coder-a',
      'coder-a',
      'coder-b',
      'li',
      'wang',
    ]);
    vi.restoreAllMocks();
    io = capture();
    expect(await runMerge([out, wang, li, '--out', join(dir, 'again.fazhi'), '--json'])).toBe(0);
    const json = JSON.parse(io.stdout()) as { reports: { annotations: { added: number; alreadyPresent: number } }[] };
    expect(json.reports.map((r) => r.annotations)).toEqual([
      { added: 0, alreadyPresent: 1, updated: 0 },
      { added: 0, alreadyPresent: 1, updated: 0 },
    ]);
  });

  it('accepts a .qdpx from another tool, matching its documents by text and codes by path', async () => {
    const base = sampleSnapshot();
    const project = join(dir, 'p2.fazhi');
    await writeProjectFile(base, project);
    // Made apart: every id differs from the project's.
    let n = 0;
    const other = withCoding(
      withFreshIds(base, () => `other-${++n}`),
      '依法查处违法行为',
      'zhao',
      'z-1',
    );
    const qdpx = join(dir, 'zhao.qdpx');
    await writeFile(qdpx, exportProject(other, 'qdpx').bytes);
    const io = capture();
    expect(await runMerge([project, qdpx, '--out', join(dir, 'm2.fazhi')])).toBe(0);
    expect(io.stdout()).toMatch(/zhao\.qdpx: 1 codings added, 5 already there/);
    expect(io.stdout()).toMatch(/documents 0 by id, 2 by text, 0 added; codes 0 by id, 3 by path, 0 added/);
  });

  it('writes nothing when a coder’s file is bad, and says which', async () => {
    const project = join(dir, 'p3.fazhi');
    await writeProjectFile(sampleSnapshot(), project);
    const bad = join(dir, 'bad.fazhi');
    await writeFile(bad, 'not a zip');
    const io = capture();
    expect(await runMerge([project, bad, '--out', join(dir, 'm3.fazhi')])).toBe(1);
    expect(io.stderr()).toMatch(/bad\.fazhi.*Nothing was written/);
  });
});
