/**
 * The change log (schema v2): one row per command, appended by the command manager
 * in the transaction that commits the command's Plan. It is where a project's undo
 * and redo stacks live, so they survive switching projects and reloading the app.
 */
import { Dexie } from 'dexie';
import type { ChangeRow, FazhiDb } from './db';

type State = ChangeRow['state'];

function ofState(db: FazhiDb, projectId: string, state: State) {
  return db.changes
    .where('[projectId+state+seq]')
    .between([projectId, state, Dexie.minKey], [projectId, state, Dexie.maxKey]);
}

export async function appendChange(db: FazhiDb, row: Omit<ChangeRow, 'seq'>): Promise<number> {
  return db.changes.add(row);
}

/** The step undo would revert: the project's last one still done. */
export async function latestDone(db: FazhiDb, projectId: string): Promise<ChangeRow | undefined> {
  return ofState(db, projectId, 'done').last();
}

/** The step redo would apply again: the first of the undone ones (they are undone last-first). */
export async function earliestUndone(db: FazhiDb, projectId: string): Promise<ChangeRow | undefined> {
  return ofState(db, projectId, 'undone').first();
}

export async function setChangeState(db: FazhiDb, seq: number, state: State, changedAt: string): Promise<void> {
  await db.changes.update(seq, { state, changedAt });
}

/** A new command ends the redo stack: the undone steps can never be redone, so their rows go. */
export async function dropUndone(db: FazhiDb, projectId: string): Promise<void> {
  await ofState(db, projectId, 'undone').delete();
}

/**
 * Keeps the project's undo history to its last `keep` undoable steps: older steps
 * are deleted, in the transaction of the step that pushed them out, so the log stays
 * bounded (the redo stack cannot outgrow it: only undone steps go there). Rows of the
 * old 'dropped' and 'settled' states, which earlier versions kept for ever, go too.
 * Only change-log rows are deleted here, never the user's work.
 */
export async function pruneHistory(db: FazhiDb, projectId: string, keep: number): Promise<number> {
  const [beyond, dropped, settled] = await Promise.all([
    ofState(db, projectId, 'done').reverse().offset(keep).primaryKeys(),
    ofState(db, projectId, 'dropped').primaryKeys(),
    ofState(db, projectId, 'settled').primaryKeys(),
  ]);
  const gone = [...beyond, ...dropped, ...settled];
  if (gone.length > 0) await db.changes.bulkDelete(gone);
  return gone.length;
}

/** The project's log, oldest first. */
export async function listChanges(db: FazhiDb, projectId: string): Promise<ChangeRow[]> {
  return db.changes.where('projectId').equals(projectId).sortBy('seq');
}

/** A deleted project's log goes with it. */
export async function deleteChanges(db: FazhiDb, projectId: string): Promise<void> {
  await db.changes.where('projectId').equals(projectId).delete();
}
