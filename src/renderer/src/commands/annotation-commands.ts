/** Coding a passage, removing or recoding it, and its memo. */
import type { AnnotationOrigin } from '../../../shared/model/project';
import { OffsetMap } from '../../../shared/text/codepoints';
import { planned } from './planned';
import { mustGetAnnotation, mustGetCode, mustGetContent, mustGetDocument } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

export interface ApplyCodeArgs {
  docId: string;
  /** Code points into the document text, end exclusive. */
  start: number;
  end: number;
  codeId: string;
  coder: string;
  origin?: AnnotationOrigin;
}

/** Codes [start, end) of a document. `annotationId` is the id the new annotation will have. */
export function applyCode(
  args: ApplyCodeArgs,
  ctx: CommandContext = defaultContext,
): Command & { annotationId: string } {
  const annotationId = ctx.newId();
  const command = planned({
    name: 'applyCode',
    label: { zh: '应用编码', en: 'Apply code' },
    tables: ['documents', 'contents', 'codes', 'annotations'],
    async plan(db) {
      const { docId, start, end, codeId } = args;
      const doc = await mustGetDocument(db, docId);
      const content = await mustGetContent(db, docId);
      const code = await mustGetCode(db, codeId);
      if (code.projectId !== doc.projectId) throw new CommandError('invalid', 'The code belongs to another project.');
      const map = new OffsetMap(content.text);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > map.cpCount || start >= end) {
        throw new CommandError('range', `Cannot code [${start}, ${end}): the text has ${map.cpCount} characters.`);
      }
      const same = await db.annotations
        .where('[docId+codeId]')
        .equals([docId, codeId])
        .filter((a) => a.start === start && a.end === end)
        .count();
      if (same > 0) throw new CommandError('duplicate', 'This passage already has this code.');
      const now = ctx.now();
      return {
        annotations: {
          put: [
            {
              id: annotationId,
              projectId: doc.projectId,
              docId,
              codeId,
              start,
              end,
              quote: map.slice(start, end),
              memo: '',
              coder: args.coder,
              origin: args.origin ?? 'manual',
              createdAt: now,
              updatedAt: now,
            },
          ],
        },
      };
    },
  });
  return { ...command, annotationId };
}

export function removeAnnotation(id: string): Command {
  return planned({
    name: 'removeAnnotation',
    label: { zh: '移除编码', en: 'Remove code' },
    tables: ['annotations'],
    async plan(db) {
      await mustGetAnnotation(db, id);
      return { annotations: { remove: [id] } };
    },
  });
}

export function changeAnnotationCode(id: string, codeId: string, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'changeAnnotationCode',
    label: { zh: '更改编码', en: 'Change code' },
    tables: ['annotations', 'codes'],
    async plan(db) {
      const a = await mustGetAnnotation(db, id);
      const code = await mustGetCode(db, codeId);
      if (code.projectId !== a.projectId) throw new CommandError('invalid', 'The code belongs to another project.');
      const same = await db.annotations
        .where('[docId+codeId]')
        .equals([a.docId, codeId])
        .filter((b) => b.start === a.start && b.end === a.end)
        .count();
      if (same > 0) throw new CommandError('duplicate', 'This passage already has this code.');
      return { annotations: { put: [{ ...a, codeId, updatedAt: ctx.now() }] } };
    },
  });
}

/** Sets an annotation's memo (why the passage has this code). */
export function editMemo(id: string, memo: string, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'editMemo',
    label: { zh: '编辑备注', en: 'Edit memo' },
    tables: ['annotations'],
    async plan(db) {
      const a = await mustGetAnnotation(db, id);
      return { annotations: { put: [{ ...a, memo, updatedAt: ctx.now() }] } };
    },
  });
}
