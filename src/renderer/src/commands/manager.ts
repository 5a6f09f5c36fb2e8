/**
 * Runs commands for one project. Each step is one read-write transaction: the
 * command's Plan is computed, the rows it touches are read as they were, the Plan
 * is written, a row is appended to the change log (storage/changes.ts) and the
 * project is marked as changed — all or nothing. The undo and redo stacks are the
 * log itself, so they survive switching projects and reloading the app.
 *
 * Undo puts the touched rows back as they were, but only if they are still as the
 * step left them; redo only if they are still as the undo left them. Otherwise
 * (another window, a restore, an import touched them) the step is refused with
 * `stale` rather than overwriting newer work. Calls are queued: rapid key presses
 * run in order.
 */
import type { ChangeRow, FazhiDb, TableName } from '../storage/db';
import {
  appendChange,
  dropUndone,
  earliestUndone,
  latestDone,
  loadChange,
  pruneHistory,
  setChangeState,
} from '../storage/changes';
import { afterPlan, readTouched, rowsAre, writePlan, writeStates, type Plan, type RowState } from '../storage/plan';
import { touchProject } from '../storage/projects';
import { storageFailure } from '../storage/errors';
import { runInTransaction } from '../storage/transaction';
import { nowIso } from '../storage/util';
import { CommandError, type Command, type CommandResult, type Label } from './types';

export interface CommandState {
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step `undo()` would revert, or null. */
  undoLabel: Label | null;
  redoLabel: Label | null;
  busy: boolean;
}

export interface ManagerOptions {
  /** How many steps stay undoable (older ones are deleted from the log with the step that pushes them out). */
  limit?: number;
  now?: () => string;
}

export class CommandManager {
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private top: { undo: Label | null; redo: Label | null } = { undo: null, redo: null };
  private state: CommandState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, busy: false };
  private readonly limit: number;
  private readonly now: () => string;
  /** Resolves once the stacks have been read from the log (the state is idle until then). */
  readonly ready: Promise<void>;

  constructor(
    readonly db: FazhiDb,
    readonly projectId: string,
    options: ManagerOptions = {},
  ) {
    this.limit = options.limit ?? 500;
    this.now = options.now ?? nowIso;
    this.ready = this.enqueue(async () => ({ ok: true })).then(() => undefined);
  }

  /** Applies a command; on success it becomes the next undo step and the redo stack is dropped. */
  execute(command: Command): Promise<CommandResult> {
    return this.enqueue(() =>
      this.step(
        command.label,
        [...new Set([...command.tables, 'projects', 'changes', 'changeParts'] as TableName[])],
        async (tx) => {
          const plan = await command.plan(tx);
          const before = await readTouched(tx, plan);
          await writePlan(tx, plan);
          const at = this.now();
          await dropUndone(tx, this.projectId);
          await appendChange(tx, {
            projectId: this.projectId,
            name: command.name,
            label: command.label,
            plan,
            before,
            state: 'done',
            at,
            changedAt: at,
          });
          await pruneHistory(tx, this.projectId, this.limit);
          await touchProject(tx, this.projectId, at);
        },
      ),
    );
  }

  undo(): Promise<CommandResult> {
    return this.enqueue(() =>
      this.step(null, this.allTables(), async (tx) => {
        const head = await latestDone(tx, this.projectId);
        if (!head) throw new CommandError('empty', 'Nothing to undo.');
        const change = await loadChange(tx, head);
        const before = change.before as RowState[];
        if (!(await rowsAre(tx, afterPlan(tx, change.plan as Plan, before)))) throw stale(change, 'undone');
        await writeStates(tx, before);
        await this.settle(tx, change, 'undone');
      }),
    );
  }

  redo(): Promise<CommandResult> {
    return this.enqueue(() =>
      this.step(null, this.allTables(), async (tx) => {
        const head = await earliestUndone(tx, this.projectId);
        if (!head) throw new CommandError('empty', 'Nothing to redo.');
        const change = await loadChange(tx, head);
        if (!(await rowsAre(tx, change.before as RowState[]))) throw stale(change, 'redone');
        await writePlan(tx, change.plan as Plan);
        await this.settle(tx, change, 'done');
      }),
    );
  }

  getState = (): CommandState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Undo and redo open every table: which ones a step touched is only known from its log row. */
  private allTables(): TableName[] {
    return this.db.tables.map((t) => t.name as TableName);
  }

  private async settle(tx: FazhiDb, change: ChangeRow, state: 'done' | 'undone'): Promise<void> {
    const at = this.now();
    await setChangeState(tx, change.seq!, state, at);
    await touchProject(tx, this.projectId, at);
  }

  /** Runs one step in a transaction; a refusal or failure rolls it back and comes back as data. */
  private async step(
    label: Label | null,
    tables: readonly TableName[],
    body: (tx: FazhiDb) => Promise<void>,
  ): Promise<CommandResult> {
    try {
      await runInTransaction(this.db, tables, body);
      return { ok: true };
    } catch (e) {
      // The transaction rolled back: the database is as it was before the call.
      if (e instanceof CommandError) return { ok: false, error: { code: e.code, message: e.message } };
      const message = e instanceof Error ? e.message : String(e);
      // The database itself failed (closed, deleted, full): a code the UI explains in its language.
      const storage = storageFailure(e);
      return {
        ok: false,
        error: { code: storage ?? 'failed', message: `${label?.en ?? 'Undo/redo'} failed: ${message}` },
      };
    }
  }

  private enqueue(task: () => Promise<CommandResult>): Promise<CommandResult> {
    this.pending++;
    this.publish();
    const next = this.queue
      .then(task)
      .then(async (result) => {
        await this.readStacks();
        return result;
      })
      .finally(() => {
        this.pending--;
        this.publish();
      });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The labels at the top of both stacks, from the log. */
  private async readStacks(): Promise<void> {
    try {
      const [undo, redo] = await runInTransaction(
        this.db,
        ['changes'],
        async (tx) => Promise.all([latestDone(tx, this.projectId), earliestUndone(tx, this.projectId)]),
        'r',
      );
      this.top = { undo: undo?.label ?? null, redo: redo?.label ?? null };
    } catch {
      // A closed database (the app is going away): keep the last known state.
    }
  }

  private publish(): void {
    this.state = {
      canUndo: this.top.undo !== null,
      canRedo: this.top.redo !== null,
      undoLabel: this.top.undo,
      redoLabel: this.top.redo,
      busy: this.pending > 0,
    };
    for (const l of this.listeners) l();
  }
}

function stale(change: ChangeRow, done: 'undone' | 'redone'): CommandError {
  return new CommandError(
    'stale',
    `"${change.label.en}" cannot be ${done}: what it changed has been changed since (in another window, or by a restore or import).`,
  );
}
