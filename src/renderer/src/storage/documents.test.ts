import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findDuplicate, listDocuments, storeImported } from './documents';
import { createProject } from './projects';
import { dumpDb, freshDb, sampleParsed } from './testing';

describe('storeImported', () => {
  it('is all or nothing: a failure writing the file leaves no record and no content', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const before = await dumpDb(db);
    // The third write of the transaction fails, as a full disk or quota error would.
    db.files.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    await expect(storeImported(db, p.id, sampleParsed(), new Uint8Array([1]))).rejects.toThrow('QuotaExceededError');
    expect(await dumpDb(db)).toEqual(before);
    expect(await listDocuments(db, p.id)).toEqual([]);
  });

  it('finds a duplicate by text hash within the project only', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const q = await createProject(db, { name: 'q', template: 'none' });
    const rec = await storeImported(db, p.id, sampleParsed(), new Uint8Array([1]));
    expect((await findDuplicate(db, p.id, sampleParsed().sha256Text))?.id).toBe(rec.id);
    expect(await findDuplicate(db, q.id, sampleParsed().sha256Text)).toBeUndefined();
    expect(await findDuplicate(db, p.id, 'f'.repeat(64))).toBeUndefined();
  });
});
