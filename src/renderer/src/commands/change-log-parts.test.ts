import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../storage/annotations';
import { listChanges, PART_ROWS } from '../storage/changes';
import { deleteProject } from '../storage/projects';
import { dumpDb, orphanRows } from '../storage/testing';
import { applyCode } from './annotation-commands';
import { autocode } from './autocode-command';
import { CommandManager } from './manager';
import { roundTrip, setup, type Fixture } from './test-setup';

/** An autocoding of every range of the sample report, up to `max` (many more rows than a change-log part holds). */
function bigAutocode(f: Fixture, codeIndex = 0, max = 1200) {
  const segments: { docId: string; start: number; end: number; quote: string }[] = [];
  for (let start = 0; start < f.doc.length && segments.length < max; start++)
    for (let end = start + 1; end <= f.doc.length && segments.length < max; end++)
      segments.push({ docId: f.doc.id, start, end, quote: '' });
  const cmd = autocode({ codeId: f.codes[codeIndex]!.id, coder: 'li', autoQuery: 'big', segments }, f.ctx);
  return { cmd, n: segments.length };
}

describe('a big step in the change log', () => {
  it('is kept in parts, undone and redone exactly, also after a reload', async () => {
    const f = await setup();
    const { cmd, n } = bigAutocode(f);
    expect(n).toBeGreaterThan(4 * PART_ROWS);
    await roundTrip(f, cmd);
    expect(await f.db.changes.count()).toBe(1);
    const head = (await f.db.changes.toArray())[0]!;
    // The step's own row is small: label and state; its rows are in the parts.
    expect(head.plan).toEqual({});
    expect(head.before).toEqual([]);
    expect(head.parts).toBe(await f.db.changeParts.count());
    const [full] = await listChanges(f.db, f.project.id);
    expect(full!.plan.annotations?.add).toHaveLength(n);
    expect(full!.before).toHaveLength(n);
    expect(full!.before.every((b) => b.row === null)).toBe(true);

    const applied = await dumpDb(f.db);
    const reloaded = new CommandManager(f.db, f.project.id);
    await reloaded.ready;
    expect(reloaded.getState()).toMatchObject({ canUndo: true, undoLabel: { en: `Autocode (${n})` } });
    expect(await reloaded.undo()).toEqual({ ok: true });
    expect(await listAnnotations(f.db, f.doc.id)).toEqual([]);
    expect(await reloaded.redo()).toEqual({ ok: true });
    expect(await dumpDb(f.db)).toEqual(applied);
  });

  it('takes its parts with it when a new step replaces it, when history is pruned and with its project', async () => {
    const f = await setup();
    expect(await f.manager.execute(bigAutocode(f).cmd)).toEqual({ ok: true });
    expect(await f.manager.undo()).toEqual({ ok: true });
    expect(await f.db.changeParts.count()).toBeGreaterThan(0);
    // A new command ends the redo stack: the undone big step and its parts go.
    const small = applyCode({ docId: f.doc.id, start: 0, end: 2, codeId: f.codes[1]!.id, coder: 'li' }, f.ctx);
    expect(await f.manager.execute(small)).toEqual({ ok: true });
    expect(await f.db.changeParts.count()).toBe(0);
    expect(await orphanRows(f.db)).toEqual([]);

    // Pushed out of a one-step history by the next step.
    const short = new CommandManager(f.db, f.project.id, { limit: 1 });
    expect(await short.execute(bigAutocode(f, 2).cmd)).toEqual({ ok: true });
    expect(await f.db.changeParts.count()).toBeGreaterThan(0);
    const next = applyCode({ docId: f.doc.id, start: 3, end: 5, codeId: f.codes[1]!.id, coder: 'li' }, f.ctx);
    expect(await short.execute(next)).toEqual({ ok: true });
    expect(await f.db.changeParts.count()).toBe(0);

    // Deleted with its project.
    expect(await short.execute(bigAutocode(f, 3).cmd)).toEqual({ ok: true });
    expect(await f.db.changeParts.count()).toBeGreaterThan(0);
    await deleteProject(f.db, f.project.id);
    expect(await f.db.changeParts.count()).toBe(0);
    expect(await orphanRows(f.db)).toEqual([]);
  });
});
