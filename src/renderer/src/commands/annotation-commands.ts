/** Coding a passage, removing or recoding it, and its memo. */
import type { AnnotationOrigin, DocumentRecord } from '../../../shared/model/project';
import { OffsetMap } from '../../../shared/text/codepoints';
import { isDuplicate, newAnnotation } from '../../../shared/project/annotation';
import { annotationsWithCode } from '../storage/annotations';
import type { FazhiDb } from '../storage/db';
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

/**
 * The offset map of each recently coded document's text, per open database. A
 * stored text never changes (contents rows are only added or deleted, and a
 * document's `sha256Text` names its text), so coding one passage after another
 * does not re-read and re-index the whole text row on every key press.
 */
const texts = new WeakMap<object, Map<string, { sha: string; map: OffsetMap }>>();
const TEXTS_KEPT = 4;

async function documentText(db: FazhiDb, doc: DocumentRecord): Promise<OffsetMap> {
  const key: object = db.backendDB();
  let cache = texts.get(key);
  if (!cache) texts.set(key, (cache = new Map()));
  const hit = cache.get(doc.id);
  if (hit && hit.sha === doc.sha256Text && hit.map.cpCount === doc.length) {
    // Most recently used last.
    cache.delete(doc.id);
    cache.set(doc.id, hit);
    return hit.map;
  }
  const map = new OffsetMap((await mustGetContent(db, doc.id)).text);
  cache.delete(doc.id);
  cache.set(doc.id, { sha: doc.sha256Text, map });
  while (cache.size > TEXTS_KEPT) cache.delete(cache.keys().next().value!);
  return map;
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
      const [doc, code] = await Promise.all([mustGetDocument(db, docId), mustGetCode(db, codeId)]);
      if (code.projectId !== doc.projectId) throw new CommandError('invalid', 'The code belongs to another project.');
      const map = await documentText(db, doc);
      const made = newAnnotation(
        {
          id: annotationId,
          projectId: doc.projectId,
          docId,
          codeId,
          start,
          end,
          coder: args.coder,
          origin: args.origin ?? 'manual',
          now: ctx.now(),
        },
        map,
        await annotationsWithCode(db, docId, codeId),
      );
      if (!made.ok) throw new CommandError(made.error.code, made.error.message);
      return { annotations: { put: [made.value] } };
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
      const sameCode = await annotationsWithCode(db, a.docId, codeId);
      if (isDuplicate({ ...a, codeId }, sameCode, a.id))
        throw new CommandError('duplicate', 'This passage already has this code.');
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
