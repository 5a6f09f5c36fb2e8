/** Merging one code into another, and deleting a code with its sub-codes and annotations. */
import type { Annotation, Memo } from '../../../shared/model/project';
import { descendantIds } from '../../../shared/codebook/tree';
import { codeCascade } from '../../../shared/project/cascades';
import { listCodeAnnotations } from '../storage/annotations';
import { listCodes } from '../storage/codes';
import { codeDependents } from '../storage/dependents';
import { memosOn } from '../storage/memos';
import { removalPlan } from '../storage/plan';
import { planned } from './planned';
import { mustGetCode } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

/**
 * Merges `sourceId` into `targetId`: the source's annotations move to the target
 * (one that duplicates a target annotation on the same range is dropped, its memo
 * kept), its sub-codes move under the target, its code memo joins the target's,
 * and the source is deleted.
 */
export function mergeCodes(sourceId: string, targetId: string, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'mergeCodes',
    label: { zh: '合并编码', en: 'Merge codes' },
    tables: ['codes', 'annotations', 'memos', 'resolutions'],
    async plan(db) {
      if (sourceId === targetId) throw new CommandError('invalid', 'A code cannot merge into itself.');
      const source = await mustGetCode(db, sourceId);
      const target = await mustGetCode(db, targetId);
      if (source.projectId !== target.projectId)
        throw new CommandError('invalid', 'The codes belong to different projects.');
      const codes = await listCodes(db, source.projectId);
      if (descendantIds(codes, sourceId).includes(targetId)) {
        throw new CommandError('cycle', 'A code cannot merge into one of its own sub-codes.');
      }
      const now = ctx.now();
      const targetAnns = await listCodeAnnotations(db, targetId);
      const byRange = new Map<string, Annotation>(targetAnns.map((a) => [`${a.docId}:${a.start}:${a.end}`, a]));
      const put: Annotation[] = [];
      const remove: string[] = [];
      for (const a of await listCodeAnnotations(db, sourceId)) {
        const key = `${a.docId}:${a.start}:${a.end}`;
        const kept = byRange.get(key);
        if (!kept) {
          const moved = { ...a, codeId: targetId, updatedAt: now };
          byRange.set(key, moved);
          put.push(moved);
          continue;
        }
        remove.push(a.id);
        if (a.memo && !kept.memo.includes(a.memo)) {
          const joined = { ...kept, memo: kept.memo ? `${kept.memo}\n\n${a.memo}` : a.memo, updatedAt: now };
          byRange.set(key, joined);
          const i = put.findIndex((p) => p.id === kept.id);
          if (i >= 0) put[i] = joined;
          else put.push(joined);
        }
      }
      const children = codes.filter((c) => c.parentId === sourceId);
      const base = codes.filter((c) => c.parentId === targetId).reduce((m, c) => Math.max(m, c.order + 1), 0);
      const memos = await memosOn(db, 'code', sourceId);
      const [targetMemo] = await memosOn(db, 'code', targetId);
      const memoPut: Memo[] = [];
      const memoRemove: string[] = [];
      if (targetMemo && memos.length > 0) {
        memoPut.push({
          ...targetMemo,
          text: [targetMemo.text, ...memos.map((m) => m.text)].filter(Boolean).join('\n\n'),
          updatedAt: now,
        });
        memoRemove.push(...memos.map((m) => m.id));
      } else memoPut.push(...memos.map((m) => ({ ...m, targetId, updatedAt: now })));
      // Decisions on the source's passages were about codings that now carry the target: they no longer apply.
      const { resolutions } = await codeDependents(db, source.projectId, []);
      const stale = (resolutions ?? []).filter((r) => r.codeId === sourceId).map((r) => r.id);
      return {
        ...(stale.length > 0 ? { resolutions: { remove: stale } } : {}),
        annotations: { put, remove },
        codes: {
          put: children.map((c, i) => ({ ...c, parentId: targetId, order: base + i, updatedAt: now })),
          remove: [sourceId],
        },
        memos: { put: memoPut, remove: memoRemove },
      };
    },
  });
}

/** Deletes a code, its sub-codes, their annotations and code memos (undo restores them all). */
export function deleteCode(id: string): Command {
  return planned({
    name: 'deleteCode',
    label: { zh: '删除编码', en: 'Delete code' },
    tables: ['codes', 'annotations', 'memos', 'resolutions'],
    async plan(db) {
      const code = await mustGetCode(db, id);
      const ids = [id, ...descendantIds(await listCodes(db, code.projectId), id)];
      return removalPlan(codeCascade(id, await codeDependents(db, code.projectId, ids)));
    },
  });
}
