import { describe, expect, it } from 'vitest';
import { createBackup } from '../backup/create-backup';
import { exportProject } from '../export/export-project';
import { sampleSnapshot } from '../export/fixtures/sample-snapshot';
import { projectFileKind, readProjectFile } from './project-file';

describe('readProjectFile (the app and the CLI read project files here)', () => {
  const s = sampleSnapshot();

  it('restores a backup as it was', async () => {
    const r = await readProjectFile(createBackup(s, { appVersion: 't', now: '2026-01-01T00:00:00Z' }), 'p.fazhi');
    expect(r.ok && r.value.kind).toBe('backup');
    if (r.ok) expect(r.value.snapshot.annotations).toEqual(s.annotations);
  });

  it('makes a new project of a .qdpx, its coded passages at the same offsets', async () => {
    const r = await readProjectFile(exportProject(s, 'qdpx').bytes, 'from-atlas.qdpx', { newId: () => 'new-p' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kind).toBe('qdpx');
    expect(r.value.snapshot.project.id).toBe('new-p');
    const spans = (x: typeof s) => x.annotations.map((a) => `${a.start}-${a.end}:${a.quote}`).sort();
    expect(spans(r.value.snapshot)).toEqual(spans(s));
  });

  it('makes an empty project of a .qdc codebook', async () => {
    const r = await readProjectFile(exportProject(s, 'qdc').bytes, '我的编码.qdc');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.snapshot.project.name).toBe('我的编码');
    expect(r.value.snapshot.documents).toEqual([]);
    expect(r.value.snapshot.codes.map((c) => c.name).sort()).toEqual(s.codes.map((c) => c.name).sort());
  });

  it('says which file is not a project file, and why a damaged one cannot be read', async () => {
    expect(projectFileKind('report.docx')).toBeNull();
    expect(projectFileKind('dir/X.QDPX')).toBe('qdpx');
    expect(await readProjectFile(new Uint8Array([1]), 'report.docx')).toMatchObject({
      ok: false,
      error: { code: 'not-project-file', message: expect.stringContaining('report.docx') },
    });
    const bad = await readProjectFile(new TextEncoder().encode('not a zip'), 'broken.qdpx');
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringContaining('broken.qdpx') } });
  });
});
