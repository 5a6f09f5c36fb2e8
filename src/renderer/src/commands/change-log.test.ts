import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listChanges } from '../storage/changes';
import { listProjects, createProject } from '../storage/projects';
import { dumpDb } from '../storage/testing';
import { applyCode, editMemo } from './annotation-commands';
import { CommandManager } from './manager';
import { commandManagerFor } from './registry';
import { setup } from './test-setup';

describe('the change log', () => {
  it('holds each committed Plan, in the same transaction as the change', async () => {
    const f = await setup();
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    await f.manager.execute(cmd);
    const log = await listChanges(f.db, f.project.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ name: 'applyCode', state: 'done', label: { en: 'Apply code' } });
    expect(log[0]!.plan.annotations?.put?.[0]).toMatchObject({ id: cmd.annotationId, quote: '𠵾𫫇' });

    // If the log row cannot be written (a full disk), the change does not happen either.
    f.db.changes.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    const before = await dumpDb(f.db);
    const second = applyCode({ docId: f.doc.id, start: 3, end: 5, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    expect(await f.manager.execute(second)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await dumpDb(f.db)).toEqual(before);
    expect(await f.db.annotations.get(second.annotationId)).toBeUndefined();
    expect(await listChanges(f.db, f.project.id)).toHaveLength(1);
  });

  it('keeps undo and redo across a reload (a new manager reads them from the log)', async () => {
    const f = await setup();
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    const before = await dumpDb(f.db);
    await f.manager.execute(cmd);
    await f.manager.execute(editMemo(cmd.annotationId, 'why', f.ctx));

    const reloaded = new CommandManager(f.db, f.project.id);
    await reloaded.ready;
    expect(reloaded.getState()).toMatchObject({ canUndo: true, undoLabel: { en: 'Edit memo' } });
    expect(await reloaded.undo()).toEqual({ ok: true });
    expect(await reloaded.undo()).toEqual({ ok: true });
    expect(await dumpDb(f.db)).toEqual(before);
    expect(reloaded.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: { en: 'Apply code' } });
    expect(await reloaded.redo()).toEqual({ ok: true });
    expect((await f.db.annotations.get(cmd.annotationId))?.quote).toBe('𠵾𫫇');
  });

  it('refuses to undo over a change made since, and says so', async () => {
    const f = await setup();
    const cmd = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx);
    await f.manager.execute(cmd);
    // Another window edits the same segment without this manager knowing.
    await f.db.annotations.update(cmd.annotationId, { memo: 'written elsewhere' });
    const r = await f.manager.undo();
    expect(r).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect((await f.db.annotations.get(cmd.annotationId))?.memo).toBe('written elsewhere');
  });

  it('marks the project as changed, so the project list puts it first', async () => {
    const f = await setup();
    await createProject(f.db, { name: 'newer', template: 'none', now: '2999-01-01T00:00:00.000Z' });
    expect((await listProjects(f.db))[0]!.name).toBe('newer');
    const m = new CommandManager(f.db, f.project.id, { now: () => '3000-01-01T00:00:00.000Z' });
    await m.execute(applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx));
    expect((await listProjects(f.db))[0]!.id).toBe(f.project.id);
  });

  it('gives each project one manager, so its history is there after switching away and back', async () => {
    const f = await setup();
    const other = await createProject(f.db, { name: 'other', template: 'none' });
    const m = commandManagerFor(f.db, f.project.id);
    await m.execute(applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx));
    expect(commandManagerFor(f.db, other.id)).not.toBe(m);
    expect(commandManagerFor(f.db, other.id).getState().canUndo).toBe(false);
    expect(commandManagerFor(f.db, f.project.id)).toBe(m);
    expect(m.getState().canUndo).toBe(true);
  });
});
