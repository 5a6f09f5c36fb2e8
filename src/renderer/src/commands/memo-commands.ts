/** Memos on the project, a document or a code (annotation memos: editMemo). */
import type { Memo } from '../../../shared/model/project';
import { getMemoFor } from '../storage/memos';
import { planned } from './planned';
import { defaultContext, type Command, type CommandContext } from './types';

/**
 * Sets the memo on a target (`targetId` null: the project memo): creates it, updates
 * it, or deletes it when `text` is blank.
 */
export function setMemo(
  args: { projectId: string; targetType: Memo['targetType']; targetId: string | null; text: string; author: string },
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'setMemo',
    label: { zh: '编辑备忘录', en: 'Edit memo' },
    tables: ['memos'],
    async plan(db) {
      const existing = await getMemoFor(db, args.projectId, args.targetType, args.targetId);
      if (args.text.trim() === '') return existing ? { memos: { remove: [existing.id] } } : {};
      const now = ctx.now();
      const memo: Memo = existing
        ? { ...existing, text: args.text, author: args.author, updatedAt: now }
        : {
            id: ctx.newId(),
            projectId: args.projectId,
            targetType: args.targetType,
            targetId: args.targetId,
            text: args.text,
            author: args.author,
            createdAt: now,
            updatedAt: now,
          };
      return { memos: { put: [memo] } };
    },
  });
}
