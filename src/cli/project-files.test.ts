import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { exportProject } from '../shared/export/export-project';
import { sampleSnapshot } from '../shared/export/fixtures/sample-snapshot';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { readProjectFile } from './project-file';

afterEach(() => vi.restoreAllMocks());

describe('project files from other tools in the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-qdpx-'));
  const s = sampleSnapshot();
  const qdpx = join(dir, 'from-nvivo.qdpx');
  writeFileSync(qdpx, exportProject(s, 'qdpx').bytes);

  it('fazhi export x.qdpx --format csv writes the coded segments with their code-point offsets', async () => {
    const out = join(dir, 'x.csv');
    const io = capture();
    expect(await runExport([qdpx, '--format', 'csv', '--out', out])).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toContain('start');
    // Every coded segment of the project, at its code-point offsets (the sample has 𠵾 and 𫫇 before them).
    for (const a of s.annotations) expect(csv).toContain(`,${a.start},${a.end},`);
    expect(csv).toContain('在𠵾字村开展执法检查');
    expect(io.out.join('')).toMatch(new RegExp(`${s.annotations.length} coded segments`));
  });

  it('fazhi import x.qdpx --project y.fazhi brings the whole project in, codings included', async () => {
    const out = join(dir, 'y.fazhi');
    const io = capture();
    expect(await runImport([qdpx, '--project', out])).toBe(0);
    expect(io.out.join('')).toMatch(/REFI-QDA project/);
    const back = await readProjectFile(out);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.snapshot.annotations.map((a) => a.quote).sort()).toEqual(s.annotations.map((a) => a.quote).sort());
    expect(back.snapshot.documents).toHaveLength(s.documents.length);
  });

  it('names the file and the reason when it is not a project', async () => {
    const bad = join(dir, 'bad.qdpx');
    writeFileSync(bad, 'no zip here');
    const io = capture();
    expect(await runExport([bad, '--format', 'csv', '--out', join(dir, 'z.csv')])).toBe(1);
    expect(io.err.join('')).toMatch(/bad\.qdpx/);
  });
});
