import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { suggestCodes } from '../../../shared/annotations/suggestions';
import { listAnnotations } from '../storage/annotations';
import { getContent } from '../storage/documents';
import { listDecisions } from '../storage/decisions';
import { applyCode, changeAnnotationCode, editMemo, removeAnnotation } from './annotation-commands';
import { countProjectAnnotations } from '../storage/counts';
import { deleteDocuments } from './document-commands';
import { acceptSuggestions, rejectSuggestions } from './suggestion-commands';
import { codeByName, roundTrip, setup } from './test-setup';

describe('annotation commands', () => {
  it('applyCode stores the quote counted in code points, and undo/redo round-trips', async () => {
    const f = await setup();
    const code = codeByName(f, '主要举措和成效');
    // The title starts with 𠵾𫫇 (two code points, four UTF-16 units).
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 3, codeId: code.id, coder: '李', origin: 'manual' }, f.ctx);
    await roundTrip(f, cmd);
    const [a] = await listAnnotations(f.db, f.doc.id);
    expect(a).toMatchObject({
      id: cmd.annotationId,
      quote: '𠵾𫫇区',
      start: 0,
      end: 3,
      coder: '李',
      origin: 'manual',
      memo: '',
    });
    expect(a!.updatedAt).toBe(a!.createdAt);
  });

  it('applyCode refuses empty, out-of-range and duplicate ranges', async () => {
    const f = await setup();
    const codeId = f.codes[0]!.id;
    const base = { docId: f.doc.id, codeId, coder: 'li' };
    expect(await f.manager.execute(applyCode({ ...base, start: 4, end: 4 }, f.ctx))).toMatchObject({
      error: { code: 'range' },
    });
    expect(await f.manager.execute(applyCode({ ...base, start: 0, end: f.doc.length + 1 }, f.ctx))).toMatchObject({
      error: { code: 'range' },
    });
    expect(await f.manager.execute(applyCode({ ...base, start: -1, end: 2 }, f.ctx))).toMatchObject({
      error: { code: 'range' },
    });
    expect(await f.manager.execute(applyCode({ ...base, start: 0, end: f.doc.length }, f.ctx))).toEqual({ ok: true });
    expect(await f.manager.execute(applyCode({ ...base, start: 0, end: f.doc.length }, f.ctx))).toMatchObject({
      error: { code: 'duplicate' },
    });
    expect(await listAnnotations(f.db, f.doc.id)).toHaveLength(1);
  });

  it('applyCode keeps cutting exact quotes and checking ranges when the text is no longer re-read', async () => {
    const f = await setup();
    const [c0, c1] = [f.codes[0]!.id, f.codes[1]!.id];
    const base = { docId: f.doc.id, coder: 'li' };
    const text = [...(await getContent(f.db, f.doc.id))!.text];
    for (const [start, end, codeId] of [
      [0, 3, c0],
      [1, 5, c1],
      [f.doc.length - 2, f.doc.length, c0],
    ] as const) {
      const cmd = applyCode({ ...base, start, end, codeId }, f.ctx);
      expect(await f.manager.execute(cmd)).toEqual({ ok: true });
      expect((await f.db.annotations.get(cmd.annotationId))!.quote).toBe(text.slice(start, end).join(''));
    }
    expect(
      await f.manager.execute(applyCode({ ...base, start: 0, end: f.doc.length + 1, codeId: c1 }, f.ctx)),
    ).toMatchObject({ error: { code: 'range' } });
    expect(await f.manager.execute(applyCode({ ...base, start: 1, end: 5, codeId: c1 }, f.ctx))).toMatchObject({
      error: { code: 'duplicate' },
    });
    expect(await countProjectAnnotations(f.db, f.project.id)).toEqual({
      byDoc: { [f.doc.id]: 3 },
      byCode: { [c0]: 2, [c1]: 1 },
    });
    // A deleted document cannot be coded, whatever was remembered of its text.
    expect(await f.manager.execute(deleteDocuments([f.doc.id]))).toEqual({ ok: true });
    expect(await f.manager.execute(applyCode({ ...base, start: 6, end: 8, codeId: c0 }, f.ctx))).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(await countProjectAnnotations(f.db, f.project.id)).toEqual({ byDoc: {}, byCode: {} });
  });

  it('removeAnnotation, changeAnnotationCode and editMemo round-trip and stamp updatedAt', async () => {
    const f = await setup();
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 3, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    await f.manager.execute(cmd);
    const created = (await f.db.annotations.get(cmd.annotationId))!;

    await roundTrip(f, editMemo(cmd.annotationId, '因为……', f.ctx));
    const memoed = (await f.db.annotations.get(cmd.annotationId))!;
    expect(memoed.memo).toBe('因为……');
    expect(memoed.updatedAt > created.updatedAt).toBe(true);

    const plans = codeByName(f, '下一年度主要安排');
    await roundTrip(f, changeAnnotationCode(cmd.annotationId, plans.id, f.ctx));
    expect((await f.db.annotations.get(cmd.annotationId))!.codeId).toBe(plans.id);

    await roundTrip(f, removeAnnotation(cmd.annotationId));
    expect(await listAnnotations(f.db, f.doc.id)).toEqual([]);
  });

  it('accepting a whole section is one undo step, and accepted suggestions are no longer offered', async () => {
    const f = await setup();
    const content = (await getContent(f.db, f.doc.id))!;
    const offered = suggestCodes(f.doc.id, content, f.codes, [], []);
    const measures = offered.filter((s) => s.category === 'measures');
    expect(measures.length).toBe(2);
    await roundTrip(f, acceptSuggestions(measures, 'li', f.ctx));
    const anns = await listAnnotations(f.db, f.doc.id);
    expect(anns.map((a) => a.quote)).toEqual(['推进𫫇村依法行政。', '加强执法监督。']);
    expect(anns.every((a) => a.origin === 'suggestion')).toBe(true);
    const remaining = suggestCodes(f.doc.id, content, f.codes, anns, []);
    expect(remaining.map((s) => s.category)).toEqual(['shortcomings']);

    await roundTrip(f, rejectSuggestions(remaining, f.ctx));
    const decisions = await listDecisions(f.db, f.doc.id);
    expect(suggestCodes(f.doc.id, content, f.codes, anns, decisions)).toEqual([]);
    expect(await f.manager.execute(acceptSuggestions([], 'li', f.ctx))).toMatchObject({ error: { code: 'empty' } });
  });
});
