import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countAnnotationsByDocument } from './annotations';
import { listCodes } from './codes';
import { getContent, getSourceFile, listDocuments, storeImported } from './documents';
import { createProject, deleteProject, listProjects, renameProject } from './projects';
import { getPref, setPref } from './prefs';
import { dumpDb, freshDb, sampleParsed } from './testing';

describe('database', () => {
  it('opens with every table of schema version 1, and the import queue of version 4', async () => {
    const db = await freshDb();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    // Version 16 indexes documents by their fingerprint's keys within the project (the same report in
    // another file); version 3's cross-project nearKeys index is gone.
    expect(db.documents.schema.indexes.find((i) => i.name === 'bands')?.multi).toBe(true);
    expect(db.documents.schema.indexes.find((i) => i.name === 'nearKeys')).toBeUndefined();
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'annotations',
        'codes',
        'contents',
        'decisions',
        'documents',
        'files',
        'memos',
        'prefs',
        'projects',
        'importJobs',
        'importQueue',
      ]),
    );
    expect(db.documents.schema.indexes.map((i) => i.name)).toContain('[projectId+sha256Text]');
  });

  it('keeps preferences, with defaults until set', async () => {
    const db = await freshDb();
    expect(await getPref(db, 'coderName')).toBe('');
    await setPref(db, 'coderName', '张三');
    expect(await getPref(db, 'coderName')).toBe('张三');
  });
});

describe('projects', () => {
  it('creates a project with the chosen codebook, lists and renames it', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: '  Zhejiang 2023 ', template: 'outline-2021' });
    expect(p.name).toBe('Zhejiang 2023');
    const codes = await listCodes(db, p.id);
    expect(codes).toHaveLength(14);
    expect(codes[0]!.name).toBe('主要举措和成效');
    expect(codes[1]!.parentId).toBe(codes[0]!.id);
    await renameProject(db, p.id, '浙江');
    expect((await listProjects(db)).map((x) => x.name)).toEqual(['浙江']);
    await expect(renameProject(db, p.id, '  ')).rejects.toThrow();
  });

  it('deletes a project with everything in it and leaves other projects alone', async () => {
    const db = await freshDb();
    const keep = await createProject(db, { name: 'keep', template: 'none' });
    const before = await dumpDb(db);
    const gone = await createProject(db, { name: 'gone', template: 'outline-2015' });
    const rec = await storeImported(db, gone.id, sampleParsed(), new Uint8Array([1, 2, 3]));
    const code = (await listCodes(db, gone.id))[0]!;
    const now = new Date().toISOString();
    await db.annotations.add({
      id: 'a1',
      projectId: gone.id,
      docId: rec.id,
      codeId: code.id,
      start: 0,
      end: 2,
      quote: '𠵾𫫇',
      memo: '',
      coder: 'x',
      origin: 'manual',
      createdAt: now,
      updatedAt: now,
    });
    await db.memos.add({
      id: 'm1',
      projectId: gone.id,
      targetType: 'document',
      targetId: rec.id,
      text: 'n',
      author: 'x',
      createdAt: now,
      updatedAt: now,
    });
    await db.decisions.add({
      id: 'd1',
      projectId: gone.id,
      docId: rec.id,
      start: 0,
      end: 1,
      category: 'other',
      decision: 'rejected',
      decidedAt: now,
    });
    expect(await countAnnotationsByDocument(db, gone.id)).toEqual({ [rec.id]: 1 });

    await deleteProject(db, gone.id);
    expect(await dumpDb(db)).toEqual(before);
    expect((await listProjects(db)).map((x) => x.id)).toEqual([keep.id]);
  });
});

describe('documents', () => {
  it('stores record, content and original file together', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const rec = await storeImported(db, p.id, sampleParsed(), new Uint8Array([0xe4, 0xb8]));
    expect(rec.length).toBe([...sampleParsed().text].length);
    expect(rec.length).toBeLessThan(sampleParsed().text.length);
    expect((await listDocuments(db, p.id)).map((d) => d.id)).toEqual([rec.id]);
    expect((await getContent(db, rec.id))?.text).toBe(sampleParsed().text);
    const file = await getSourceFile(db, rec.id);
    expect(file?.mime).toBe('text/plain');
    expect([...file!.bytes]).toEqual([0xe4, 0xb8]);
  });
});
