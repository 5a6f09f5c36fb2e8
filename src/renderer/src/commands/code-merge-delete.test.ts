import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../storage/annotations';
import { listCodes } from '../storage/codes';
import { applyCode, editMemo } from './annotation-commands';
import { deleteCode, mergeCodes } from './code-merge-delete';
import { codeByName, roundTrip, setup, type Fixture } from './test-setup';

async function code(f: Fixture, codeId: string, start: number, end: number): Promise<string> {
  const cmd = applyCode({ docId: f.doc.id, start, end, codeId, coder: 'li' }, f.ctx);
  expect(await f.manager.execute(cmd)).toEqual({ ok: true });
  return cmd.annotationId;
}

describe('mergeCodes', () => {
  it('moves annotations to the target, collapses identical ranges, keeps memos, deletes the source', async () => {
    const f = await setup();
    const source = codeByName(f, '行政执法工作体系');
    const target = codeByName(f, '行政决策制度体系');
    const dup = await code(f, source.id, 0, 3);
    await f.manager.execute(editMemo(dup, 'source memo', f.ctx));
    await code(f, target.id, 0, 3);
    const moved = await code(f, source.id, 5, 8);
    const now = f.ctx.now();
    await f.db.memos.add({
      id: 'cm',
      projectId: f.project.id,
      targetType: 'code',
      targetId: source.id,
      text: 'about enforcement',
      author: 'li',
      createdAt: now,
      updatedAt: now,
    });

    await roundTrip(f, mergeCodes(source.id, target.id, f.ctx));
    const anns = await listAnnotations(f.db, f.doc.id);
    expect(anns.map((a) => [a.start, a.end, a.codeId])).toEqual([
      [0, 3, target.id],
      [5, 8, target.id],
    ]);
    expect(anns[0]!.memo).toBe('source memo');
    expect(anns[1]!.id).toBe(moved);
    expect(await f.db.codes.get(source.id)).toBeUndefined();
    expect((await f.db.memos.get('cm'))!.targetId).toBe(target.id);
  });

  it('moves the source sub-codes under the target and refuses merging into a descendant', async () => {
    const f = await setup();
    const measures = codeByName(f, '主要举措和成效');
    const other = codeByName(f, '其他需要报告的情况');
    const sub = codeByName(f, '突发事件应对体系');
    expect(await f.manager.execute(mergeCodes(measures.id, sub.id, f.ctx))).toMatchObject({ error: { code: 'cycle' } });
    expect(await f.manager.execute(mergeCodes(other.id, other.id, f.ctx))).toMatchObject({
      error: { code: 'invalid' },
    });
    await roundTrip(f, mergeCodes(measures.id, other.id, f.ctx));
    const codes = await listCodes(f.db, f.project.id);
    expect(codes.filter((c) => c.parentId === other.id)).toHaveLength(9);
  });
});

describe('deleteCode', () => {
  it('deletes a code with its sub-codes and their annotations; undo restores all', async () => {
    const f = await setup();
    const measures = codeByName(f, '主要举措和成效');
    const sub = codeByName(f, '行政执法工作体系');
    const plans = codeByName(f, '下一年度主要安排');
    await code(f, measures.id, 0, 3);
    await code(f, sub.id, 4, 6);
    const kept = await code(f, plans.id, 4, 6);
    await roundTrip(f, deleteCode(measures.id));
    const codes = await listCodes(f.db, f.project.id);
    expect(codes.map((c) => c.category)).toEqual(['shortcomings', 'duties', 'plans', 'other']);
    expect((await listAnnotations(f.db, f.doc.id)).map((a) => a.id)).toEqual([kept]);
    expect(await f.manager.undo()).toEqual({ ok: true });
    expect(await listCodes(f.db, f.project.id)).toHaveLength(14);
    expect(await listAnnotations(f.db, f.doc.id)).toHaveLength(3);
  });
});
