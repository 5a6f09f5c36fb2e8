/**
 * The change log (schema v2): one row per command, appended by the command manager
 * in the transaction that commits the command's Plan. It is where a project's undo
 * and redo stacks live, so they survive switching projects and reloading the app.
 *
 * A big step (an autocoding of 10,000 hits) keeps its Plan and its rows-before in
 * part rows of PART_ROWS each (schema v11, `changeParts`), written and read one
 * part per request: cloning 20,000 rows in one request held the page for over
 * 100 ms, and reading the step back for its label did it again. The step's own row
 * then holds only its label and state, and `loadChange` puts the parts back.
 */
import { Dexie } from 'dexie';
import type { ChangePartRow, ChangeRow, FazhiDb } from './db';

type State = ChangeRow['state'];

function ofState(db: FazhiDb, projectId: string, state: State) {
  return db.changes
    .where('[projectId+state+seq]')
    .between([projectId, state, Dexie.minKey], [projectId, state, Dexie.maxKey]);
}

/** Rows (plan rows, removed keys and rows-before together) per part. */
export const PART_ROWS = 250;

type PlanRows = ChangeRow['plan'];
type Before = ChangeRow['before'];

function planSize(plan: PlanRows): number {
  let n = 0;
  for (const tp of Object.values(plan))
    n += (tp?.put?.length ?? 0) + (tp?.remove?.length ?? 0) + (tp?.add?.length ?? 0);
  return n;
}

/** The payload cut into parts of at most PART_ROWS rows each, in order (`seq` is set when written). */
function toParts(plan: PlanRows, before: Before): Omit<ChangePartRow, 'seq'>[] {
  const parts: Omit<ChangePartRow, 'seq'>[] = [];
  const push = (p: Omit<ChangePartRow, 'seq' | 'part'>) => parts.push({ part: parts.length, ...p });
  for (const [table, tp] of Object.entries(plan)) {
    if (!tp) continue;
    push({ table });
    for (const kind of ['remove', 'put', 'add'] as const) {
      const list: readonly unknown[] = tp[kind] ?? [];
      for (let i = 0; i < list.length; i += PART_ROWS) push({ table, [kind]: list.slice(i, i + PART_ROWS) });
    }
  }
  for (let i = 0; i < before.length; i += PART_ROWS) push({ before: before.slice(i, i + PART_ROWS) });
  return parts;
}

export async function appendChange(db: FazhiDb, row: Omit<ChangeRow, 'seq'>): Promise<number> {
  if (planSize(row.plan) + row.before.length <= PART_ROWS) return db.changes.add(row);
  const parts = toParts(row.plan, row.before);
  const seq = await db.changes.add({ ...row, plan: {}, before: [], parts: parts.length });
  // One part per request: each clone is small, and the page draws between them.
  for (const p of parts) await db.changeParts.add({ ...p, seq });
  return seq;
}

/** The step with its Plan and rows-before (read back from its parts when it has them). */
export async function loadChange(db: FazhiDb, change: ChangeRow): Promise<ChangeRow> {
  if (!change.parts || change.seq === undefined) return change;
  const plan: Record<string, { put?: object[]; remove?: string[]; add?: object[] }> = {};
  const before: Before = [];
  for (let part = 0; part < change.parts; part++) {
    const p = await db.changeParts.get([change.seq, part]);
    if (!p) throw new Error(`Part ${part} of change ${change.seq} is missing from the change log.`);
    if (p.before) for (const b of p.before) before.push(b);
    if (!p.table) continue;
    const tp = (plan[p.table] ??= {});
    if (p.remove) (tp.remove ??= []).push(...p.remove);
    if (p.put) for (const r of p.put) (tp.put ??= []).push(r);
    if (p.add) for (const r of p.add) (tp.add ??= []).push(r);
  }
  return { ...change, plan, before };
}

/** Deletes log rows and their parts. */
async function deleteSteps(db: FazhiDb, seqs: readonly number[]): Promise<void> {
  if (seqs.length === 0) return;
  for (const seq of seqs)
    await db.changeParts.where('[seq+part]').between([seq, Dexie.minKey], [seq, Dexie.maxKey]).delete();
  await db.changes.bulkDelete([...seqs]);
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
  await deleteSteps(db, await ofState(db, projectId, 'undone').primaryKeys());
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
  await deleteSteps(db, gone);
  return gone.length;
}

/** The project's log, oldest first, each step with its Plan and rows-before. */
export async function listChanges(db: FazhiDb, projectId: string): Promise<ChangeRow[]> {
  const heads = await db.changes.where('projectId').equals(projectId).sortBy('seq');
  const out: ChangeRow[] = [];
  for (const c of heads) out.push(await loadChange(db, c));
  return out;
}

/** A deleted project's log goes with it. */
export async function deleteChanges(db: FazhiDb, projectId: string): Promise<void> {
  await deleteSteps(db, await db.changes.where('projectId').equals(projectId).primaryKeys());
}
