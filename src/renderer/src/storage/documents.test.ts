import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { reportFingerprint } from '../../../shared/import/same-report';
import { findDuplicate, findSameReportDocument, listDocuments, storeImported } from './documents';
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

describe('findSameReportDocument', () => {
  const fp = (text: string) => reportFingerprint(text);
  const BODY =
    '本区全面推进依法行政，健全重大行政决策程序，规范行政执法，深化复议改革，法治政府建设取得新成效。'.repeat(3);

  it('finds the same report by its fingerprint keys, in this project only, as its primary document', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const q = await createProject(db, { name: 'q', template: 'none' });
    const page = await storeImported(
      db,
      p.id,
      sampleParsed({ sha256Text: 'a'.repeat(64), fingerprint: fp(BODY) }),
      new Uint8Array([1]),
    );
    const copy = await storeImported(
      db,
      p.id,
      sampleParsed({ sha256Text: 'c'.repeat(64), fingerprint: fp(`${BODY}打印本页`) }),
      new Uint8Array([1]),
      { copyOf: page.id },
    );
    expect(copy.copyOf).toBe(page.id);
    expect((await db.documents.get(copy.id))?.bands).toHaveLength(16);
    const pdf = { fingerprint: fp(BODY.replace(/，/g, ',\n')) };
    expect((await findSameReportDocument(db, p.id, pdf))?.id).toBe(page.id);
    expect(await findSameReportDocument(db, q.id, pdf)).toBeUndefined();
    expect(
      await findSameReportDocument(db, p.id, { fingerprint: fp('本县开展普法宣传三十场，群众法治意识增强。') }),
    ).toBeUndefined();
    expect(await findSameReportDocument(db, p.id, {})).toBeUndefined();
  });
});
