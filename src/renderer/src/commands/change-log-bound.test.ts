/** The change log keeps undo history only, bounded per project, pruned with the step that pushes a row out. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listChanges } from '../storage/changes';
import { createProject } from '../storage/projects';
import { storeImported } from '../storage/documents';
import { sampleParsed } from '../storage/testing';
import { applyCode } from './annotation-commands';
import { CommandManager } from './manager';
import { setup, type Fixture } from './test-setup';

const code = (f: Fixture, m: CommandManager, start: number, docId = f.doc.id) =>
  m.execute(applyCode({ docId, start, end: start + 1, codeId: f.codes[0]!.id, coder: 'li' }, f.ctx));

describe('bounded undo history', () => {
  it('keeps the last N steps undoable and deletes older ones; the coding itself stays', async () => {
    const f = await setup();
    const m = new CommandManager(f.db, f.project.id, { limit: 3 });
    for (let i = 0; i < 5; i++) expect(await code(f, m, i)).toEqual({ ok: true });
    const log = await listChanges(f.db, f.project.id);
    expect(log.map((c) => c.state)).toEqual(['done', 'done', 'done']);
    // The three kept are the newest: they code offsets 2, 3 and 4.
    expect(log.map((c) => (c.plan.annotations?.put?.[0] as { start: number }).start)).toEqual([2, 3, 4]);
    for (let i = 0; i < 3; i++) expect(await m.undo()).toEqual({ ok: true });
    expect(await m.undo()).toMatchObject({ ok: false, error: { code: 'empty' } });
    // Pruning history never undoes work: the two codings beyond the window are still there.
    expect((await f.db.annotations.toArray()).map((a) => a.start).sort()).toEqual([0, 1]);
  });

  it('a new step deletes the redo stack it replaces, so undo + new step does not grow the log', async () => {
    const f = await setup();
    const m = new CommandManager(f.db, f.project.id, { limit: 3 });
    for (let i = 0; i < 3; i++) await code(f, m, i);
    await m.undo();
    await m.undo();
    expect((await listChanges(f.db, f.project.id)).map((c) => c.state)).toEqual(['done', 'undone', 'undone']);
    await code(f, m, 5);
    expect((await listChanges(f.db, f.project.id)).map((c) => c.state)).toEqual(['done', 'done']);
    expect(m.getState()).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('stays at the bound over many steps, with rows of the old states pruned too', async () => {
    const f = await setup();
    const m = new CommandManager(f.db, f.project.id, { limit: 4 });
    // Rows an earlier version kept for ever: a replaced redo step and a step beyond the window.
    for (const state of ['dropped', 'settled'] as const)
      await f.db.changes.add({
        projectId: f.project.id,
        name: 'old',
        label: { zh: '旧', en: 'old' },
        plan: {},
        before: [],
        state,
        at: '2020-01-01T00:00:00.000Z',
        changedAt: '2020-01-01T00:00:00.000Z',
      });
    for (let i = 0; i < 14; i++) await code(f, m, i % 6, f.doc.id).then(() => m.undo().then(() => m.redo()));
    // Six codings applied (each undone and redone), the later presses refused as duplicates: 4 steps kept.
    expect(await f.db.annotations.count()).toBe(6);
    const log = await listChanges(f.db, f.project.id);
    expect(log).toHaveLength(4);
    expect(log.every((c) => c.state === 'done')).toBe(true);
  });

  it("one project's steps never prune another project's history", async () => {
    const f = await setup();
    const other = await createProject(f.db, { name: 'other', template: 'outline-2021' });
    const otherDoc = await storeImported(
      f.db,
      other.id,
      sampleParsed({ sha256Text: 'o'.repeat(64) }),
      new Uint8Array([1]),
    );
    const otherCodes = await f.db.codes.where('projectId').equals(other.id).toArray();
    const mo = new CommandManager(f.db, other.id, { limit: 2 });
    for (let i = 0; i < 2; i++)
      await mo.execute(
        applyCode({ docId: otherDoc.id, start: i, end: i + 1, codeId: otherCodes[0]!.id, coder: 'x' }, f.ctx),
      );
    const m = new CommandManager(f.db, f.project.id, { limit: 2 });
    for (let i = 0; i < 5; i++) await code(f, m, i);
    expect(await listChanges(f.db, other.id)).toHaveLength(2);
    expect(await listChanges(f.db, f.project.id)).toHaveLength(2);
  });

  it('prunes in the transaction of the new step: a step that fails prunes nothing', async () => {
    const f = await setup();
    const m = new CommandManager(f.db, f.project.id, { limit: 2 });
    await code(f, m, 0);
    await code(f, m, 1);
    const before = await listChanges(f.db, f.project.id);
    f.db.changes.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    expect(await code(f, m, 2)).toMatchObject({ ok: false });
    expect(await listChanges(f.db, f.project.id)).toEqual(before);
  });

  it('the app keeps 500 steps by default', async () => {
    const f = await setup();
    const row = (i: number) => ({
      projectId: f.project.id,
      name: 'old',
      label: { zh: '旧', en: `step ${i}` },
      plan: {},
      before: [],
      state: 'done' as const,
      at: '2020-01-01T00:00:00.000Z',
      changedAt: '2020-01-01T00:00:00.000Z',
    });
    await f.db.changes.bulkAdd(Array.from({ length: 500 }, (_, i) => row(i)));
    const m = new CommandManager(f.db, f.project.id);
    expect(await code(f, m, 0)).toEqual({ ok: true });
    const log = await listChanges(f.db, f.project.id);
    expect(log).toHaveLength(500);
    expect(log[0]!.label.en).toBe('step 1');
    expect(log.at(-1)!.name).toBe('applyCode');
  });
});
