/**
 * What goes with a document, a code or a project when it is deleted. The one
 * statement of these rules: the delete commands, the project delete and anything
 * working on snapshots (merging, the CLI) take their lists from here. Pure: the
 * caller hands in the rows that could depend on what goes (storage reads them by
 * index; a snapshot has them all).
 */
import type { Annotation, Code, Memo, SuggestionDecision } from '../model/project';
import { descendantIds } from '../codebook/tree';

/** Keys to delete, per table (contents and files are keyed by their document's id). */
export interface Removal {
  projects: string[];
  documents: string[];
  contents: string[];
  files: string[];
  codes: string[];
  annotations: string[];
  memos: string[];
  decisions: string[];
}

/** The rows a cascade looks at (only their keys and links are read). */
export interface Dependents {
  codes: readonly Pick<Code, 'id' | 'parentId'>[];
  annotations: readonly Pick<Annotation, 'id' | 'docId' | 'codeId'>[];
  memos: readonly Pick<Memo, 'id' | 'targetType' | 'targetId'>[];
  decisions: readonly Pick<SuggestionDecision, 'id' | 'docId'>[];
  /** Document ids that have a stored text / original file. */
  contents: readonly string[];
  files: readonly string[];
}

const none = (): Removal => ({
  projects: [],
  documents: [],
  contents: [],
  files: [],
  codes: [],
  annotations: [],
  memos: [],
  decisions: [],
});

/** Documents go with their text, original file, coded segments, rejected suggestions and document memos. */
export function documentsCascade(docIds: readonly string[], rows: Omit<Dependents, 'codes'>): Removal {
  const ids = new Set(docIds);
  return {
    ...none(),
    documents: [...ids],
    contents: rows.contents.filter((d) => ids.has(d)),
    files: rows.files.filter((d) => ids.has(d)),
    annotations: rows.annotations.filter((a) => ids.has(a.docId)).map((a) => a.id),
    decisions: rows.decisions.filter((d) => ids.has(d.docId)).map((d) => d.id),
    memos: rows.memos
      .filter((m) => m.targetType === 'document' && m.targetId !== null && ids.has(m.targetId))
      .map((m) => m.id),
  };
}

/** A code goes with its sub-codes, their coded segments and their code memos. */
export function codeCascade(codeId: string, rows: Pick<Dependents, 'codes' | 'annotations' | 'memos'>): Removal {
  const ids = new Set([codeId, ...descendantIds(rows.codes, codeId)]);
  return {
    ...none(),
    codes: [...ids],
    annotations: rows.annotations.filter((a) => ids.has(a.codeId)).map((a) => a.id),
    memos: rows.memos
      .filter((m) => m.targetType === 'code' && m.targetId !== null && ids.has(m.targetId))
      .map((m) => m.id),
  };
}

/** A project goes with everything in it: `rows` are all of the project's rows. */
export function projectCascade(projectId: string, rows: Dependents & { documents: readonly string[] }): Removal {
  const docs = documentsCascade(rows.documents, rows);
  return {
    ...docs,
    projects: [projectId],
    codes: rows.codes.map((c) => c.id),
    annotations: rows.annotations.map((a) => a.id),
    memos: rows.memos.map((m) => m.id),
  };
}
