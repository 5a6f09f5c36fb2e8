import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capture } from './capture.test-helper';
import { sampleSnapshot } from '../shared/export/fixtures/sample-snapshot';
import type { ImportResult } from '../shared/model/document';
import { runExport } from './export-command';
import { buildProjectFromResults, readProjectFile, writeProjectFile } from './project-file';

afterEach(() => vi.restoreAllMocks());

describe('fazhi export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-cli-'));
  const project = join(dir, 'p.fazhi');

  it('writes each format from a project file and says what it wrote', async () => {
    await writeProjectFile(sampleSnapshot(), project);
    for (const format of ['csv', 'docs-csv', 'xlsx', 'jsonl', 'qdpx', 'qdc', 'codebook-csv']) {
      const io = capture();
      const target = join(dir, `out.${format}`);
      expect(await runExport([project, '--format', format, '--out', target])).toBe(0);
      expect(io.out.join('')).toMatch(/Wrote .* 2 documents, 5 coded segments/);
      expect(existsSync(target)).toBe(true);
    }
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('在𠵾字村开展执法检查');
  });

  it('limits the datasets to one coder with --coder, and the documents dataset names them', async () => {
    await writeProjectFile(sampleSnapshot(), project);
    capture();
    const all = join(dir, 'docs-all.csv');
    const onlyB = join(dir, 'docs-b.csv');
    const segsB = join(dir, 'segs-b.csv');
    expect(await runExport([project, '--format', 'docs-csv', '--out', all])).toBe(0);
    expect(await runExport([project, '--format', 'docs-csv', '--coder', 'coder-b', '--out', onlyB])).toBe(0);
    expect(await runExport([project, '--format=csv', '--coder=coder-b', '--out', segsB])).toBe(0);
    expect(readFileSync(all, 'utf8')).toContain('coder-a: 3; coder-b: 1');
    const rows = readFileSync(onlyB, 'utf8').trim().split(/\r?\n/);
    const header = rows[0]!.replace(/^\uFEFF/, '').split(',');
    const coderAt = header.indexOf('coder');
    expect(coderAt).toBeGreaterThan(-1);
    expect(rows.slice(1).map((r) => r.split(',')[coderAt])).toEqual(['coder-b', 'coder-b']);
    expect(readFileSync(onlyB, 'utf8')).not.toContain('coder-a');
    const segments = readFileSync(segsB, 'utf8').trim().split(/\r?\n/);
    expect(segments).toHaveLength(2);
    expect(segments[1]).toContain('全年办理案件𫫇件');
  });

  it('exits 2 with a message on a usage error, 1 on a file that is not a project', async () => {
    let io = capture();
    expect(await runExport([project, '--format', 'sav', '--out', 'x'])).toBe(2);
    expect(io.err.join('')).toMatch(/unknown format "sav"/);
    vi.restoreAllMocks();
    io = capture();
    expect(await runExport(['--format', 'csv'])).toBe(2);
    vi.restoreAllMocks();
    io = capture();
    const bogus = join(dir, 'bogus.fazhi');
    writeFileSync(bogus, 'not a zip');
    expect(await runExport([bogus, '--format', 'csv', '--out', join(dir, 'b.csv')])).toBe(1);
    expect(io.err.join('')).toMatch(/bogus\.fazhi.*not a zip/);
  });
});

describe('project file from import results', () => {
  it('holds the imported documents, their original bytes and the default codebook, and reads back', async () => {
    const s = sampleSnapshot();
    const content = s.contents[0]!;
    const doc = s.documents[0]!;
    // A parsed document: the stored record's metadata and the content's text and structure.
    const { id: _id, projectId: _p, length: _l, addedAt: _a, updatedAt: _u, ...meta } = doc;
    const { docId: _d, ...parsed } = content;
    const ok: ImportResult = { ok: true, document: { ...meta, ...parsed } };
    const failed: ImportResult = {
      ok: false,
      fileName: 'x.doc',
      error: { code: 'legacy-word', message: 'x.doc: old' },
    };
    const bytes = new TextEncoder().encode(content.text);
    const p = buildProjectFromResults([ok, failed], new Map([[doc.fileName, bytes]]), '测试');
    expect(p.documents.map((d) => d.fileName)).toEqual([doc.fileName]);
    expect(p.codes.length).toBeGreaterThan(0);
    expect(p.files[0]!.bytes).toEqual(bytes);
    const path = join(mkdtempSync(join(tmpdir(), 'fazhi-cli-')), 'new.fazhi');
    await writeProjectFile(p, path);
    const back = await readProjectFile(path);
    expect(back.ok && back.snapshot).toEqual(p);
  });
});
