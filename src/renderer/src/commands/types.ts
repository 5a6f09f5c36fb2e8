/** What a command is, and how commands report failure (as data, translated by `code`). */
import type { FazhiDb, TableName } from '../storage/db';
import type { Plan } from '../storage/plan';

export interface Label {
  zh: string;
  en: string;
}

/**
 * A named, undoable change to a user's work. `plan` reads what it needs (through
 * storage's repository functions, inside the transaction the CommandManager opens
 * over `tables`) and returns the rows to write and remove; it writes nothing
 * itself. The manager commits the plan, logs it and keeps it for undo and redo.
 * `plan` must await only database reads: awaiting anything else would commit the
 * transaction early.
 */
export interface Command {
  name: string;
  label: Label;
  tables: readonly TableName[];
  plan(db: FazhiDb): Promise<Plan>;
}

export type CommandErrorCode =
  | 'not-found'
  | 'invalid'
  | 'range'
  | 'duplicate'
  | 'cycle'
  | 'empty'
  | 'failed'
  /** Undo/redo refused: the rows it would restore were changed since (another window, a restore). */
  | 'stale'
  /** The database failed under the command (storage/errors.ts): nothing was written. */
  | 'storage-closed'
  | 'storage-full'
  | 'storage-unavailable';

/** Thrown by a command to refuse a change; the manager turns it into a `CommandResult`. */
export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export type CommandResult = { ok: true } | { ok: false; error: { code: CommandErrorCode; message: string } };

/** Where commands get ids and timestamps (tests pass deterministic ones). */
export interface CommandContext {
  now(): string;
  newId(): string;
}

export const defaultContext: CommandContext = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
