/**
 * One CommandManager per open project, so undo history survives switching views
 * (and is not shared between projects).
 */
import { getDb } from '../storage/instance';
import { CommandManager } from './manager';

const managers = new Map<string, CommandManager>();

export function commandManagerFor(projectId: string): CommandManager {
  let m = managers.get(projectId);
  if (!m) {
    m = new CommandManager(getDb(), projectId);
    managers.set(projectId, m);
  }
  return m;
}

/** Forget a project's history (it was closed or deleted). */
export function dropCommandManager(projectId: string): void {
  managers.get(projectId)?.clear();
  managers.delete(projectId);
}
