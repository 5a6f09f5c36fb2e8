import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listCodes } from '../storage/codes';
import {
  addCode,
  moveCode,
  recolorCode,
  renameCode,
  reorderCode,
  setCodeDescription,
  setCodeShortcut,
} from './codebook-commands';
import { codeByName, roundTrip, setup } from './test-setup';

describe('codebook commands', () => {
  it('addCode appends a sub-code after its siblings', async () => {
    const f = await setup();
    const measures = codeByName(f, '主要举措和成效');
    const cmd = addCode(
      { projectId: f.project.id, parentId: measures.id, name: ' 营商环境 ', nameEn: 'Business environment' },
      f.ctx,
    );
    await roundTrip(f, cmd);
    const added = (await f.db.codes.get(cmd.codeId))!;
    expect(added).toMatchObject({
      name: '营商环境',
      nameEn: 'Business environment',
      parentId: measures.id,
      order: 9,
      shortcut: null,
    });
    expect(added.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(
      await f.manager.execute(addCode({ projectId: f.project.id, parentId: null, name: '  ' }, f.ctx)),
    ).toMatchObject({ error: { code: 'invalid' } });
  });

  it('rename, recolour and describe round-trip; bad colours are refused', async () => {
    const f = await setup();
    const plans = codeByName(f, '下一年度主要安排');
    await roundTrip(f, renameCode(plans.id, '工作打算', 'Work plans', f.ctx));
    expect(await f.db.codes.get(plans.id)).toMatchObject({ name: '工作打算', nameEn: 'Work plans' });
    await roundTrip(f, recolorCode(plans.id, '#ABCDEF', f.ctx));
    expect((await f.db.codes.get(plans.id))!.color).toBe('#abcdef');
    expect(await f.manager.execute(recolorCode(plans.id, 'red', f.ctx))).toMatchObject({ error: { code: 'invalid' } });
    await roundTrip(f, setCodeDescription(plans.id, '下一年度的安排', 'Next year', f.ctx));
    expect(await f.db.codes.get(plans.id)).toMatchObject({ description: '下一年度的安排', descriptionEn: 'Next year' });
  });

  it('a shortcut taken from another code is cleared there in the same step', async () => {
    const f = await setup();
    const measures = codeByName(f, '主要举措和成效');
    const sub = codeByName(f, '行政执法工作体系');
    await roundTrip(f, setCodeShortcut(sub.id, '1', f.ctx));
    expect((await f.db.codes.get(sub.id))!.shortcut).toBe('1');
    expect((await f.db.codes.get(measures.id))!.shortcut).toBeNull();
    await f.manager.undo();
    expect((await f.db.codes.get(measures.id))!.shortcut).toBe('1');
    expect(await f.manager.execute(setCodeShortcut(sub.id, 'F1', f.ctx))).toMatchObject({ error: { code: 'invalid' } });
  });

  it('moveCode reparents, renumbers both sibling lists, and never moves under a descendant', async () => {
    const f = await setup();
    const measures = codeByName(f, '主要举措和成效');
    const plans = codeByName(f, '下一年度主要安排');
    const sub = codeByName(f, '行政决策制度体系'); // order 2 under measures
    await roundTrip(f, moveCode(sub.id, plans.id, undefined, f.ctx));
    const codes = await listCodes(f.db, f.project.id);
    expect(codes.filter((c) => c.parentId === plans.id).map((c) => c.name)).toEqual(['行政决策制度体系']);
    expect(codes.filter((c) => c.parentId === measures.id).map((c) => c.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await f.manager.execute(moveCode(plans.id, sub.id, undefined, f.ctx))).toMatchObject({
      error: { code: 'cycle' },
    });
    expect(await f.manager.execute(moveCode(plans.id, plans.id, undefined, f.ctx))).toMatchObject({
      error: { code: 'cycle' },
    });
  });

  it('reorderCode moves a code among its siblings', async () => {
    const f = await setup();
    const other = codeByName(f, '其他需要报告的情况');
    await roundTrip(f, reorderCode(other.id, 0, f.ctx));
    // The stored sibling order; the codebook still lists the five categories in the regulation's order.
    const top = (await listCodes(f.db, f.project.id)).filter((c) => c.parentId === null);
    top.sort((a, b) => a.order - b.order);
    expect(top.map((c) => c.category)).toEqual(['other', 'measures', 'shortcomings', 'duties', 'plans']);
  });
});
