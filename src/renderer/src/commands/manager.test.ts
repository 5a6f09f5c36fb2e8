import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dumpDb } from '../storage/testing';
import { applyCode, editMemo, removeAnnotation } from './annotation-commands';
import { setup } from './test-setup';
import type { Command } from './types';

describe('CommandManager', () => {
  it('tracks undo/redo availability and labels, and notifies subscribers', async () => {
    const f = await setup();
    const seen: boolean[] = [];
    const unsubscribe = f.manager.subscribe(() => seen.push(f.manager.getState().canUndo));
    expect(f.manager.getState()).toMatchObject({ canUndo: false, canRedo: false, undoLabel: null });
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    await f.manager.execute(cmd);
    expect(f.manager.getState()).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoLabel: { en: 'Apply code' },
      busy: false,
    });
    await f.manager.undo();
    expect(f.manager.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: { zh: '应用编码' } });
    expect(seen).toContain(true);
    unsubscribe();
  });

  it('clears the redo stack when a new command runs', async () => {
    const f = await setup();
    const a = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    await f.manager.execute(a);
    await f.manager.undo();
    await f.manager.execute(
      applyCode({ docId: f.doc.id, start: 3, end: 5, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx),
    );
    expect(f.manager.getState().canRedo).toBe(false);
    expect(await f.manager.redo()).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('returns a refused command as data, pushes no step and changes nothing', async () => {
    const f = await setup();
    const before = await dumpDb(f.db);
    const r = await f.manager.execute(removeAnnotation('missing'));
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(f.manager.getState().canUndo).toBe(false);
    expect(await dumpDb(f.db)).toEqual(before);
  });

  it('rolls back a command that fails half-way', async () => {
    const f = await setup();
    const before = await dumpDb(f.db);
    const failing: Command = {
      name: 'failing',
      label: { zh: '失败', en: 'Fail' },
      tables: ['annotations', 'codes'],
      async plan(db) {
        await db.codes.delete(f.codes[0]!.id);
        throw new Error('disk full');
      },
    };
    const r = await f.manager.execute(failing);
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await dumpDb(f.db)).toEqual(before);
  });

  it('runs rapid calls in order', async () => {
    const f = await setup();
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    const results = await Promise.all([
      f.manager.execute(cmd),
      f.manager.execute(editMemo(cmd.annotationId, 'first', f.ctx)),
      f.manager.undo(),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await f.db.annotations.get(cmd.annotationId))?.memo).toBe('');
  });
});
