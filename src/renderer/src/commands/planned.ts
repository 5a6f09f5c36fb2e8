/**
 * How a command is written. A command is a name, a label in both languages, the
 * tables it reads or writes, and `plan(db)`: read what you need through storage's
 * repository functions, apply a rule from the core (src/shared), return the Plan.
 * The CommandManager commits the Plan in one transaction with its change-log row,
 * so revert is exact (the rows as they were) and redo replays the same Plan (same
 * ids, same timestamps). Refuse a change by throwing CommandError.
 *
 *   export function renameMemo(id: string, text: string, ctx = defaultContext): Command {
 *     return planned({
 *       name: 'renameMemo',
 *       label: { zh: '编辑备忘录', en: 'Edit memo' },
 *       tables: ['memos'],
 *       async plan(db) {
 *         const memo = await getMemo(db, id);              // storage/memos.ts
 *         if (!memo) throw new CommandError('not-found', `Memo ${id} no longer exists.`);
 *         return { memos: { put: [{ ...memo, text, updatedAt: ctx.now() }] } };
 *       },
 *     });
 *   }
 */
import type { Command } from './types';

export type { Plan, TablePlan } from '../storage/plan';

/** Names the parts of a command (a checked identity: the manager does the rest). */
export function planned(spec: Command): Command {
  return spec;
}
