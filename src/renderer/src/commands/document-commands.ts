/** Editing a document's metadata, and deleting documents with everything attached to them. */
import type { DocumentRecord } from '../../../shared/model/project';
import { validateMetaPatch, type MetaPatch, type MetaValidators } from '../../../shared/model/metadata';
import { documentsCascade } from '../../../shared/project/cascades';
import { documentDependents } from '../storage/dependents';
import { getDocuments } from '../storage/documents';
import { removalPlan } from '../storage/plan';
import { planned } from './planned';
import { mustGetDocument } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

/** Applies a validated metadata patch; refuses the whole patch if any field is invalid. */
export function updateDocumentMeta(
  docId: string,
  patch: MetaPatch,
  validators: MetaValidators = {},
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'updateDocumentMeta',
    label: { zh: '编辑文档信息', en: 'Edit document details' },
    tables: ['documents'],
    async plan(db) {
      const checked = validateMetaPatch(patch, validators);
      if (!checked.ok) throw new CommandError('invalid', checked.errors.map((e) => e.message).join(' '));
      const doc = await mustGetDocument(db, docId);
      const next: DocumentRecord = { ...doc, ...checked.patch, updatedAt: ctx.now() };
      return { documents: { put: [next] } };
    },
  });
}

/**
 * Deletes documents with their text, original files, annotations, rejected suggestions,
 * memos and plan → measure decisions; a copy of a deleted document becomes the report's
 * document (shared/project/cascades.ts). Undo restores them all.
 */
export function deleteDocuments(ids: readonly string[], ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'deleteDocuments',
    label: { zh: '删除文档', en: 'Delete documents' },
    tables: ['documents', 'contents', 'files', 'annotations', 'decisions', 'memos', 'planLinks', 'resolutions'],
    async plan(db) {
      if (ids.length === 0) throw new CommandError('empty', 'No documents to delete.');
      const docIds = [...new Set(ids)];
      const found = await getDocuments(db, docIds);
      if (found.some((d) => d === undefined))
        throw new CommandError('not-found', 'Some of the documents no longer exist.');
      const { recopied, ...removal } = documentsCascade(docIds, await documentDependents(db, docIds));
      const plan = removalPlan(removal);
      if (recopied.length === 0) return plan;
      const now = ctx.now();
      const copies = await getDocuments(
        db,
        recopied.map((r) => r.id),
      );
      const put = recopied.flatMap((r, i) => {
        const d = copies[i];
        return d ? [{ ...d, copyOf: r.copyOf, updatedAt: now }] : [];
      });
      return { ...plan, documents: { remove: removal.documents, put } };
    },
  });
}
