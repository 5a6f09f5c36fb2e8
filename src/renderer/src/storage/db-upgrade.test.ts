import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildCodebook } from '../../../shared/codebook/templates';
import { toStoredDocument, type Annotation } from '../../../shared/model/project';
import { fingerprintKeys, projectBandKeys, reportFingerprint } from '../../../shared/import/same-report';
import { applyCode } from '../commands/annotation-commands';
import { CommandManager } from '../commands/manager';
import { listChanges } from './changes';
import { openDb } from './db';
import { loadSnapshot } from './snapshot';
import { sampleParsed } from './testing';

/** The schema exactly as version 1 shipped it. */
const V1 = {
  projects: 'id, name',
  documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt]',
  contents: 'docId',
  files: 'docId',
  codes: 'id, projectId, parentId',
  annotations: 'id, projectId, docId, codeId, [docId+codeId]',
  memos: 'id, projectId, [targetType+targetId]',
  decisions: 'id, docId',
  prefs: 'key',
};

describe('upgrading a version 1 database', () => {
  it('keeps every row of a coded project and adds the change log', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const now = '2026-03-01T08:00:00.000Z';
    let n = 0;
    const newId = () => `id-${++n}`;
    const project = { id: 'p1', name: '临平区 2023', createdAt: now, updatedAt: now };
    const codes = buildCodebook('outline-2021', project.id, now, newId);
    const { record, content } = toStoredDocument(sampleParsed(), { id: 'd1', projectId: project.id, now });
    const annotation: Annotation = {
      id: 'a1',
      projectId: project.id,
      docId: 'd1',
      codeId: codes[0]!.id,
      start: 0,
      end: 2,
      quote: '𠵾𫫇',
      memo: '为什么',
      coder: 'li',
      origin: 'manual',
      createdAt: now,
      updatedAt: now,
    };
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    await v1.open();
    await v1.table('projects').add(project);
    await v1.table('codes').bulkAdd(codes);
    await v1.table('documents').add(record);
    await v1.table('contents').add(content);
    await v1
      .table('files')
      .add({ docId: 'd1', name: 'r.txt', mime: 'text/plain', bytes: new Uint8Array([0xe6, 0xb3]) });
    await v1.table('annotations').add(annotation);
    await v1.table('memos').add({
      id: 'm1',
      projectId: 'p1',
      targetType: 'project',
      targetId: null,
      text: '项目备忘',
      author: 'li',
      createdAt: now,
      updatedAt: now,
    });
    await v1.table('prefs').put({ key: 'coderName', value: 'li' });
    v1.close();

    const db = await openDb(name);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const s = await loadSnapshot(db, 'p1');
    expect(s.project).toEqual(project);
    // v9 gave the document, stored before fingerprints existed, the fingerprint of its text (v16 its bands).
    const fingerprint = reportFingerprint(content.text);
    expect(s.documents).toEqual([{ ...record, fingerprint, bands: projectBandKeys('p1', fingerprint) }]);
    expect(s.contents).toEqual([content]);
    expect(s.files[0]!.bytes).toEqual(new Uint8Array([0xe6, 0xb3]));
    expect(s.codes).toHaveLength(codes.length);
    expect(s.annotations).toEqual([annotation]);
    expect(s.memos.map((m) => m.text)).toEqual(['项目备忘']);
    expect(await db.prefs.get('coderName')).toEqual({ key: 'coderName', value: 'li' });
    expect(await listChanges(db, 'p1')).toEqual([]);

    // The upgraded database takes commands, and logs them.
    const m = new CommandManager(db, 'p1');
    expect(await m.execute(applyCode({ docId: 'd1', start: 3, end: 5, codeId: codes[0]!.id, coder: 'li' }))).toEqual({
      ok: true,
    });
    expect(await listChanges(db, 'p1')).toHaveLength(1);
    expect(await m.undo()).toEqual({ ok: true });
    expect((await loadSnapshot(db, 'p1')).annotations).toEqual([annotation]);
    db.close();
  });
});

describe('upgrading a version 6 database to 16', () => {
  it('replaces the cross-project nearKeys of each document by its project’s bands', async () => {
    const name = `upgrade16-${crypto.randomUUID()}`;
    const now = '2026-03-01T08:00:00.000Z';
    const fingerprint = reportFingerprint('本区全面推进依法行政，健全重大行政决策程序，规范行政执法。'.repeat(3));
    const { record } = toStoredDocument(sampleParsed({ fingerprint }), { id: 'd1', projectId: 'p1', now });
    const old = new Dexie(name);
    old
      .version(6)
      .stores({ ...V1, documents: 'id, projectId, [projectId+sha256Text], [projectId+addedAt], *nearKeys' });
    await old.open();
    await old.table('documents').add({ ...record, nearKeys: fingerprintKeys(fingerprint) });
    // d2 has no fingerprint and no text to make one from (v9 gives one only from a stored text).
    await old.table('documents').add({ ...record, id: 'd2', fingerprint: undefined });
    old.close();
    const db = await openDb(name);
    const [d1, d2] = await db.documents.bulkGet(['d1', 'd2']);
    expect(d1?.nearKeys).toBeUndefined();
    expect(d1?.bands).toEqual(projectBandKeys('p1', fingerprint));
    expect(d2?.bands).toBeUndefined();
    expect(await db.documents.where('bands').equals(d1!.bands![0]!).primaryKeys()).toEqual(['d1']);
    db.close();
  });
});
