import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { reportFingerprint } from '../../../shared/import/same-report';
import { findSameReportDocument, storeImported, storeImportedMany } from './documents';
import { createProject } from './projects';
import { SameReportLookup } from './same-report-lookup';
import { freshDb, sampleParsed } from './testing';

const BODY = '本区全面推进依法行政，健全重大行政决策程序，规范行政执法，深化复议改革，法治政府建设取得新成效。'.repeat(
  3,
);
const FP = reportFingerprint(BODY);
/** FP with one value changed in each of the last 12 of its 16 bands (4 values each): similarity 52/64, 4 bands shared. */
const NEAR = FP.map((v, i) => (i >= 16 && i % 4 === 0 ? (v + 1) >>> 0 : v));

async function setUp() {
  const db = await freshDb();
  const p = await createProject(db, { name: 'p', template: 'none' });
  const q = await createProject(db, { name: 'q', template: 'none' });
  // Project q holds 40 exact matches of FP (all 16 bands): more than the 32 candidates compared.
  for (let i = 0; i < 40; i++)
    await storeImported(db, q.id, sampleParsed({ sha256Text: `q${i}`, fingerprint: FP }), new Uint8Array([1]));
  // Project p holds the same report with a fingerprint sharing only 4 bands.
  const mine = await storeImported(
    db,
    p.id,
    sampleParsed({ sha256Text: 'p0', fingerprint: NEAR }),
    new Uint8Array([1]),
  );
  return { db, p, q, mine };
}

describe('the same-report lookup is per project', () => {
  it('finds the project’s own report although another project has 40 documents sharing more bands', async () => {
    const { db, p, q, mine } = await setUp();
    expect((await findSameReportDocument(db, p.id, { fingerprint: FP }))?.id).toBe(mine.id);
    expect((await new SameReportLookup(db, p.id).find(FP))?.id).toBe(mine.id);
    const inQ = await findSameReportDocument(db, q.id, { fingerprint: FP });
    expect(inQ?.projectId).toBe(q.id);
  });

  it('stores band keys hashed with the project: the same fingerprint has other keys in another project', async () => {
    const { db, p, q } = await setUp();
    const inP = await db.documents.where('projectId').equals(p.id).first();
    const inQ = await db.documents.where('projectId').equals(q.id).first();
    expect(inP?.bands).toHaveLength(16);
    expect(inP?.nearKeys).toBeUndefined();
    const shared = inQ!.bands!.filter((k) => inP!.bands!.includes(k));
    expect(shared).toEqual([]);
  });
});

describe('SameReportLookup over one import', () => {
  it('sees the documents the import stores, and reads each band from the index once', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const lookup = new SameReportLookup(db, p.id);
    expect(await lookup.find(FP)).toBeUndefined();
    const held = lookup.size;
    expect(held).toBe(16);
    const [stored] = await storeImportedMany(db, p.id, [
      { parsed: sampleParsed({ sha256Text: 'a', fingerprint: FP }), bytes: new Uint8Array([1]) },
    ]);
    lookup.added([stored!]);
    // The 4 bands NEAR shares with it were read (empty) before it was stored: found through added().
    expect((await lookup.find(NEAR))?.id).toBe(stored!.id);
    expect(lookup.size).toBe(16 + 12);
    const other = reportFingerprint('本县开展普法宣传三十场，群众法治意识增强，基层治理水平提升。'.repeat(2));
    expect(await lookup.find(other)).toBeUndefined();
    expect(lookup.size).toBeGreaterThan(16);
  });

  it('in a project empty at the start, finds what the import stored through bands it never looked up', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const lookup = new SameReportLookup(db, p.id);
    const other = reportFingerprint('本县开展普法宣传三十场，群众法治意识增强，基层治理水平提升。'.repeat(2));
    expect(await lookup.find(other)).toBeUndefined();
    const [stored] = await storeImportedMany(db, p.id, [
      { parsed: sampleParsed({ sha256Text: 'a', fingerprint: FP }), bytes: new Uint8Array([1]) },
    ]);
    lookup.added([stored!]);
    expect((await lookup.find(NEAR))?.id).toBe(stored!.id);
  });

  it('answers with the primary document when the match is a copy', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const primary = await storeImported(
      db,
      p.id,
      sampleParsed({ sha256Text: 'a', fingerprint: NEAR }),
      new Uint8Array([1]),
    );
    await storeImported(db, p.id, sampleParsed({ sha256Text: 'b', fingerprint: FP }), new Uint8Array([1]), {
      copyOf: primary.id,
    });
    expect((await new SameReportLookup(db, p.id).find(FP))?.id).toBe(primary.id);
  });
});
