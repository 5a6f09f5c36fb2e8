/**
 * Runs commands for one project, keeps the undo and redo stacks, and tells the UI.
 * Each apply/revert runs in one read-write transaction; a step is pushed only
 * after its transaction has committed, so the stacks never claim a change that
 * did not reach the disk. Calls are queued: rapid key presses run in order.
 */
import type { FazhiDb } from '../storage/db';
import { storageFailure } from '../storage/errors';
import { runInTransaction } from '../storage/transaction';
import { CommandError, type Command, type CommandResult, type Label } from './types';

export interface CommandState {
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step `undo()` would revert, or null. */
  undoLabel: Label | null;
  redoLabel: Label | null;
  busy: boolean;
}

export class CommandManager {
  private readonly undoStack: Command[] = [];
  private readonly redoStack: Command[] = [];
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private state: CommandState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, busy: false };

  constructor(
    readonly db: FazhiDb,
    readonly projectId: string,
    private readonly limit = 500,
  ) {}

  /** Applies a command; on success it becomes the next undo step and the redo stack is cleared. */
  execute(command: Command): Promise<CommandResult> {
    return this.enqueue(async () => {
      const result = await this.run(command, 'apply');
      if (result.ok) {
        this.undoStack.push(command);
        if (this.undoStack.length > this.limit) this.undoStack.shift();
        this.redoStack.length = 0;
      }
      return result;
    });
  }

  undo(): Promise<CommandResult> {
    return this.enqueue(async () => {
      const command = this.undoStack[this.undoStack.length - 1];
      if (!command) return { ok: false, error: { code: 'empty', message: 'Nothing to undo.' } };
      const result = await this.run(command, 'revert');
      if (result.ok) this.redoStack.push(this.undoStack.pop()!);
      return result;
    });
  }

  redo(): Promise<CommandResult> {
    return this.enqueue(async () => {
      const command = this.redoStack[this.redoStack.length - 1];
      if (!command) return { ok: false, error: { code: 'empty', message: 'Nothing to redo.' } };
      const result = await this.run(command, 'apply');
      if (result.ok) this.undoStack.push(this.redoStack.pop()!);
      return result;
    });
  }

  /** Forget the history (e.g. when the project closes). */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.publish();
  }

  getState = (): CommandState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async run(command: Command, step: 'apply' | 'revert'): Promise<CommandResult> {
    try {
      await runInTransaction(this.db, command.tables, (txDb) => command[step](txDb));
      return { ok: true };
    } catch (e) {
      // The transaction rolled back: the database is as it was before the call.
      if (e instanceof CommandError) return { ok: false, error: { code: e.code, message: e.message } };
      const message = e instanceof Error ? e.message : String(e);
      // The database itself failed (closed, deleted, full): a code the UI explains in its language.
      const storage = storageFailure(e);
      return { ok: false, error: { code: storage ?? 'failed', message: `${command.label.en} failed: ${message}` } };
    }
  }

  private enqueue(task: () => Promise<CommandResult>): Promise<CommandResult> {
    this.pending++;
    this.publish();
    const next = this.queue.then(task).finally(() => {
      this.pending--;
      this.publish();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private publish(): void {
    const top = this.undoStack[this.undoStack.length - 1];
    const redoTop = this.redoStack[this.redoStack.length - 1];
    this.state = {
      canUndo: top !== undefined,
      canRedo: redoTop !== undefined,
      undoLabel: top?.label ?? null,
      redoLabel: redoTop?.label ?? null,
      busy: this.pending > 0,
    };
    for (const l of this.listeners) l();
  }
}
