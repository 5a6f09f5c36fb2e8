/**
 * Team work as undoable steps: merging a coder's file into the project (every
 * row it adds, every coding it updates, in one step), and resolving a
 * disagreement into consensus codings.
 */
import { getDocuments } from '../storage/documents';
import type { MergeChanges } from '../../../shared/project/merge';
import type { Annotation, Resolution } from '../../../shared/model/project';
import { planned } from './planned';
import { CommandError, type Command } from './types';

/** Brings in what `mergeSnapshot` found new in a coder's file (computed against this project). */
export function mergeCoderFile(projectId: string, fileName: string, changes: MergeChanges): Command {
  return planned({
    name: 'mergeCoderFile',
    label: { zh: `合并 ${fileName}`, en: `Merge ${fileName}` },
    tables: [
      'projects',
      'documents',
      'contents',
      'files',
      'codes',
      'annotations',
      'memos',
      'decisions',
      'variables',
      'planLinks',
    ],
    async plan(db) {
      if (!(await db.projects.get(projectId))) throw new CommandError('not-found', 'The project is gone.');
      const rows = [
        ...changes.documents,
        ...changes.codes,
        ...changes.annotations,
        ...changes.memos,
        ...changes.variables,
        ...changes.planLinks,
        ...changes.updatedDocuments.map((u) => u.after),
      ];
      if (rows.some((r) => r.projectId !== projectId))
        throw new CommandError('invalid', 'The merge was computed for another project.');
      return {
        documents: { put: [...changes.documents, ...changes.updatedDocuments.map((u) => u.after)] },
        contents: { put: changes.contents },
        files: { put: changes.files },
        codes: { put: changes.codes },
        annotations: { put: [...changes.annotations, ...changes.updatedAnnotations.map((u) => u.after)] },
        memos: { put: changes.memos },
        decisions: { put: changes.decisions },
        variables: { put: changes.variables },
        planLinks: { put: changes.planLinks },
      };
    },
  });
}

/**
 * Writes a disagreement's consensus codings (and removes the consensus codings they replace), and
 * the decision itself when given: 'neither' leaves no coding, so only the decision remembers it.
 */
export function resolveDisagreement(args: {
  put: readonly Annotation[];
  remove: readonly string[];
  choice: string;
  decision?: Resolution;
}): Command {
  return planned({
    name: 'resolveDisagreement',
    label: { zh: `裁定分歧（${args.choice}）`, en: `Resolve disagreement (${args.choice})` },
    tables: ['documents', 'codes', 'annotations', 'resolutions'],
    async plan(db) {
      const decision = args.decision;
      const docIds = [...new Set([...args.put.map((a) => a.docId), ...(decision ? [decision.docId] : [])])];
      const docs = await getDocuments(db, docIds);
      for (const [i, d] of docs.entries()) {
        if (!d) throw new CommandError('not-found', 'The document is gone.');
        const ends = [...args.put.filter((p) => p.docId === docIds[i]).map((p) => p.end)];
        if (decision && decision.docId === docIds[i]) ends.push(decision.end);
        if (ends.some((end) => end > d.length))
          throw new CommandError('range', 'The passage lies outside the document.');
      }
      return {
        annotations: { put: args.put, remove: args.remove },
        ...(decision ? { resolutions: { put: [decision] } } : {}),
      };
    },
  });
}
