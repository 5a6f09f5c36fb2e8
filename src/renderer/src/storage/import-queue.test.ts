import 'fake-indexeddb/auto';
import type { ImportWarning } from '../../../shared/model/document';
import { describe, expect, it } from 'vitest';
import { listDocuments, storeImportedMany } from './documents';
import {
  addImportJobKeys,
  createImportJob,
  deleteImportJob,
  filesToResume,
  markQueuedDone,
  pendingKeys,
  unfinishedImports,
} from './import-queue';
import { createProject } from './projects';
import { freshDb, sampleParsed } from './testing';

const keys = ['2023/a.txt\u0000100', '2023/b.txt\u0000200', '2023/𠵾.txt\u0000300', '2024/d.txt\u0000400'];

async function setup() {
  const db = await freshDb();
  const project = await createProject(db, { name: '县级报告', template: 'none' });
  const jobId = await createImportJob(db, { projectId: project.id, source: '2023', folder: true, keys });
  return { db, project, jobId };
}

const doc = (n: number) => ({
  parsed: sampleParsed({ fileName: `${n}.txt`, sha256Text: `sha${n}`, title: `报告${n}` }),
  bytes: new Uint8Array([n]),
});

describe('the resumable import queue', () => {
  it('lists every file of a new import as pending', async () => {
    const { db, project, jobId } = await setup();
    expect(await pendingKeys(db, jobId)).toEqual(new Set(keys));
    const [open] = await unfinishedImports(db);
    expect(open).toMatchObject({
      left: 4,
      job: { id: jobId, projectId: project.id, source: '2023', folder: true, total: 4 },
    });
  });

  it('marks files done in the transaction that stores their documents, so a resumed import skips exactly them', async () => {
    const { db, project, jobId } = await setup();
    await storeImportedMany(db, project.id, [doc(1), doc(2)], { jobId, keys: keys.slice(0, 2) });
    await markQueuedDone(db, jobId, [keys[3]!]); // a file that failed to parse
    expect(await pendingKeys(db, jobId)).toEqual(new Set([keys[2]]));
    expect((await unfinishedImports(db))[0]?.left).toBe(1);
    // Listed in the order stored.
    expect((await listDocuments(db, project.id)).map((d) => d.title)).toEqual(['报告1', '报告2']);
  });

  it('leaves the files pending when their batch cannot be stored (nothing half-done)', async () => {
    const { db, project, jobId } = await setup();
    await storeImportedMany(db, project.id, [doc(1)], { jobId, keys: [keys[0]!] });
    // A row IndexedDB cannot store (a function cannot be cloned) makes the whole transaction fail.
    const bad = { ...doc(3), parsed: { ...doc(3).parsed, warnings: [() => 'x'] as unknown as ImportWarning[] } };
    await expect(storeImportedMany(db, project.id, [doc(2), bad], { jobId, keys: keys.slice(1, 3) })).rejects.toThrow();
    expect((await listDocuments(db, project.id)).map((d) => d.title)).toEqual(['报告1']);
    expect(await db.contents.count()).toBe(1);
    expect(await db.files.count()).toBe(1);
    expect(await pendingKeys(db, jobId)).toEqual(new Set(keys.slice(1)));
  });

  it('forgets a job and its files', async () => {
    const { db, jobId } = await setup();
    const other = await createImportJob(db, {
      projectId: 'p2',
      source: 'x.txt',
      folder: false,
      keys: ['x.txt\u00001'],
    });
    await deleteImportJob(db, jobId);
    expect(await unfinishedImports(db)).toMatchObject([{ job: { id: other }, left: 1 }]);
    expect(await pendingKeys(db, jobId)).toEqual(new Set());
    expect(await db.importQueue.count()).toBe(1);
  });
});

describe('a job listed page by page (a folder still being walked)', () => {
  it('adds each page as pending, keeps what is done, and on resume takes the pending and the never-listed files', async () => {
    const db = await freshDb();
    const project = await createProject(db, { name: '县级报告', template: 'none' });
    const jobId = await createImportJob(db, {
      projectId: project.id,
      source: '县级',
      folder: true,
      keys: keys.slice(0, 2),
      listing: true,
    });
    await markQueuedDone(db, jobId, [keys[0]!]);
    // The next page repeats a key already done (it stays done) and brings a new one.
    await addImportJobKeys(db, jobId, [keys[0]!, keys[2]!]);
    expect(await pendingKeys(db, jobId)).toEqual(new Set([keys[1], keys[2]]));
    const [open] = await unfinishedImports(db);
    expect(open).toMatchObject({ left: 2, job: { total: 3, listing: true } });
    // The app closed before the walk reached keys[3]: picked again, it is imported; keys[0] is not.
    const take = await filesToResume(db, open!.job);
    expect(keys.map(take)).toEqual([false, true, true, true]);
  });
});
