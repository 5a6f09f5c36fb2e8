import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getContent } from '../storage/documents';
import { sampleParsed } from '../storage/testing';
import { applyCode } from './annotation-commands';
import { replaceDocumentText } from './reencode-command';
import { roundTrip, setup } from './test-setup';

describe('replaceDocumentText', () => {
  it('puts the new reading in place of the text, keeps id and addedAt, and undo restores the old text', async () => {
    const f = await setup();
    const before = await getContent(f.db, f.doc.id);
    const reread = sampleParsed({
      text: '𠵾字村法治政府建设年度报告',
      encoding: 'gb18030',
      sha256Text: 'n'.repeat(64),
      warnings: [],
      title: '𠵾字村法治政府建设年度报告',
    });
    // Undo restores every row exactly, redo applies it again.
    await roundTrip(f, replaceDocumentText(f.doc.id, reread, f.ctx));
    const doc = await f.db.documents.get(f.doc.id);
    expect(doc).toMatchObject({ id: f.doc.id, addedAt: f.doc.addedAt, encoding: 'gb18030', title: reread.title });
    // Length in code points: 𠵾 is one character (two UTF-16 units).
    expect(doc!.length).toBe(13);
    expect(doc!.warnings).toEqual([]);
    expect((await getContent(f.db, f.doc.id))!.text).toBe(reread.text);
    await f.manager.undo();
    expect((await getContent(f.db, f.doc.id))!.text).toBe(before!.text);
    expect((await f.db.documents.get(f.doc.id))!.encoding).toBe(f.doc.encoding);
  });

  it('refuses a document with coded segments and leaves it as it was', async () => {
    const f = await setup();
    await f.manager.execute(
      applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx),
    );
    const r = await f.manager.execute(replaceDocumentText(f.doc.id, sampleParsed({ text: '新文字' }), f.ctx));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await getContent(f.db, f.doc.id))!.text).not.toBe('新文字');
  });
});
