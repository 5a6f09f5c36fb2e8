import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findDuplicate, listDocuments, storeImported } from './documents';
import { validateMetaPatch } from './document-meta';
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

describe('validateMetaPatch', () => {
  it('accepts a good patch and normalises empty strings to null', () => {
    const r = validateMetaPatch({ reportYear: 2022, published: '2024-02-29', title: '  ', genre: 'news', level: null });
    expect(r).toEqual({
      ok: true,
      patch: { reportYear: 2022, published: '2024-02-29', title: null, genre: 'news', level: null },
    });
  });

  it('rejects impossible years, dates, enums and unknown region codes', () => {
    const r = validateMetaPatch(
      {
        reportYear: 2023.5,
        published: '2023-02-29',
        documentDate: '2023/01/01',
        genre: 'novel' as 'news',
        region: { province: '北京市', city: null, county: '朝阳区', code: '999999' },
      },
      { isRegionCode: (c) => c === '110105' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field).sort()).toEqual([
        'documentDate',
        'genre',
        'published',
        'region',
        'reportYear',
      ]);
    expect(validateMetaPatch({ reportYear: 1948 }).ok).toBe(false);
    expect(validateMetaPatch({ reportYear: 2101 }).ok).toBe(false);
    expect(
      validateMetaPatch(
        { region: { province: '北京市', city: null, county: '朝阳区', code: '110105' } },
        { isRegionCode: (c) => c === '110105' },
      ).ok,
    ).toBe(true);
  });
});
