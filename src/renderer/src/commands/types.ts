/** What a command is, and how commands report failure (as data, translated by `code`). */
import type { FazhiDb, TableName } from '../storage/db';

export interface Label {
  zh: string;
  en: string;
}

/**
 * A named, undoable change to a user's work. `apply` and `revert` run inside one
 * read-write transaction over `tables` (the CommandManager opens it), so they must
 * await only database operations: awaiting anything else would commit the
 * transaction early.
 */
export interface Command {
  name: string;
  label: Label;
  tables: readonly TableName[];
  apply(db: FazhiDb): Promise<void>;
  revert(db: FazhiDb): Promise<void>;
}

export type CommandErrorCode =
  | 'not-found'
  | 'invalid'
  | 'range'
  | 'duplicate'
  | 'cycle'
  | 'empty'
  | 'failed'
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
