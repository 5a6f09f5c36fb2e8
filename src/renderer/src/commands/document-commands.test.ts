import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countAnnotationsByDocument } from '../storage/annotations';
import { getContent, getSourceFile, listDocuments, storeImported } from '../storage/documents';
import { sampleParsed } from '../storage/testing';
import { applyCode } from './annotation-commands';
import { deleteDocuments, updateDocumentMeta } from './document-commands';
import { rejectSuggestions } from './suggestion-commands';
import { roundTrip, setup } from './test-setup';

describe('document commands', () => {
  it('updateDocumentMeta writes a valid patch and refuses an invalid one whole', async () => {
    const f = await setup();
    const isRegionCode = (c: string) => c === '330106';
    const region = { province: '浙江省', city: '杭州市', county: '西湖区', code: '330106' };
    await roundTrip(
      f,
      updateDocumentMeta(f.doc.id, { reportYear: 2022, region, genre: 'news' }, { isRegionCode }, f.ctx),
    );
    expect(await f.db.documents.get(f.doc.id)).toMatchObject({ reportYear: 2022, region, genre: 'news' });
    const r = await f.manager.execute(
      updateDocumentMeta(f.doc.id, { reportYear: 2023, published: '2023-13-01' }, {}, f.ctx),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await f.db.documents.get(f.doc.id))!.reportYear).toBe(2022);
  });

  it('deleteDocuments removes records, contents, files, annotations and decisions; undo restores them', async () => {
    const f = await setup();
    const other = await storeImported(
      f.db,
      f.project.id,
      sampleParsed({ sha256Text: 'o'.repeat(64) }),
      new Uint8Array([9]),
    );
    await f.manager.execute(
      applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx),
    );
    await f.manager.execute(
      applyCode({ docId: other.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx),
    );
    await f.manager.execute(
      rejectSuggestions([{ docId: f.doc.id, start: 3, end: 5, category: 'plans', codeId: f.codes[0]!.id }], f.ctx),
    );
    const now = f.ctx.now();
    await f.db.memos.add({
      id: 'dm',
      projectId: f.project.id,
      targetType: 'document',
      targetId: f.doc.id,
      text: 'odd file',
      author: 'li',
      createdAt: now,
      updatedAt: now,
    });

    await roundTrip(f, deleteDocuments([f.doc.id]));
    expect((await listDocuments(f.db, f.project.id)).map((d) => d.id)).toEqual([other.id]);
    expect(await getContent(f.db, f.doc.id)).toBeUndefined();
    expect(await getSourceFile(f.db, f.doc.id)).toBeUndefined();
    expect(await f.db.decisions.count()).toBe(0);
    expect(await f.db.memos.get('dm')).toBeUndefined();
    expect(await countAnnotationsByDocument(f.db, f.project.id)).toEqual({ [other.id]: 1 });
    expect(await f.manager.execute(deleteDocuments(['nope']))).toMatchObject({ error: { code: 'not-found' } });
  });
});
