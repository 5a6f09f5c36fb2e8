/**
 * One CommandManager per project (per database), so switching projects and back
 * finds the same manager, and a reload builds one that reads its undo and redo
 * stacks from the change log.
 */
import type { FazhiDb } from '../storage/db';
import { CommandManager } from './manager';

const managers = new WeakMap<FazhiDb, Map<string, CommandManager>>();

export function commandManagerFor(db: FazhiDb, projectId: string): CommandManager {
  let perDb = managers.get(db);
  if (!perDb) managers.set(db, (perDb = new Map()));
  let m = perDb.get(projectId);
  if (!m) perDb.set(projectId, (m = new CommandManager(db, projectId)));
  return m;
}

/** Forget a deleted project's manager (its change log went with it). */
export function dropCommandManager(db: FazhiDb, projectId: string): void {
  managers.get(db)?.delete(projectId);
}
