/**
 * What goes with a document, a code or a project when it is deleted. The one
 * statement of these rules: the delete commands, the project delete and anything
 * working on snapshots (merging, the CLI) take their lists from here. Pure: the
 * caller hands in the rows that could depend on what goes (storage reads them by
 * index; a snapshot has them all).
 */
import type { Annotation, Code, DocumentRecord, Memo, Resolution, SuggestionDecision } from '../model/project';
import type { PlanLink } from '../plans/links';
import { descendantIds } from '../codebook/tree';

/** The tables a cascade removes rows from (contents and files are keyed by their document's id). */
export const REMOVAL_TABLES = [
  'projects',
  'documents',
  'contents',
  'files',
  'codes',
  'annotations',
  'memos',
  'decisions',
  'planLinks',
  'variables',
  'resolutions',
] as const;

/** Keys to delete, per table. */
export type Removal = Record<(typeof REMOVAL_TABLES)[number], string[]>;

/** The rows a cascade looks at (only their keys and links are read). */
export interface Dependents {
  codes: readonly Pick<Code, 'id' | 'parentId'>[];
  annotations: readonly Pick<Annotation, 'id' | 'docId' | 'codeId'>[];
  memos: readonly Pick<Memo, 'id' | 'targetType' | 'targetId'>[];
  decisions: readonly Pick<SuggestionDecision, 'id' | 'docId'>[];
  /** Decisions on plan → measure pairs that name one of the documents (as the plan or as the measure). */
  planLinks: readonly Pick<PlanLink, 'id' | 'planDocId' | 'measureDocId'>[];
  /** Documents kept as copies of one of the documents (`copyOf`), oldest first; empty for a project. */
  copies: readonly Pick<DocumentRecord, 'id' | 'copyOf'>[];
  /** Resolve-view decisions on these documents or codes (absent: none read). */
  resolutions?: readonly Pick<Resolution, 'id' | 'docId' | 'codeId'>[];
  /** Document ids that have a stored text / original file. */
  contents: readonly string[];
  files: readonly string[];
}

/** A copy that stays while its original goes: it now points at `copyOf` (null: it is the report's document now). */
export interface Recopied {
  id: string;
  copyOf: string | null;
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
  planLinks: [],
  variables: [],
  resolutions: [],
});

/**
 * Documents go with their text, original file, coded segments, rejected suggestions,
 * document memos and plan → measure decisions (a pair is gone when either side is).
 * A copy of a deleted document is not deleted: the oldest copy left becomes the
 * report's document and the other copies point at it, so the report still counts
 * once in the panel and the datasets instead of vanishing with its original.
 */
export function documentsCascade(
  docIds: readonly string[],
  rows: Omit<Dependents, 'codes'>,
): Removal & { recopied: Recopied[] } {
  const ids = new Set(docIds);
  const primaryOf = new Map<string, string>();
  const recopied: Recopied[] = [];
  for (const c of rows.copies) {
    if (ids.has(c.id) || !c.copyOf || !ids.has(c.copyOf)) continue;
    const primary = primaryOf.get(c.copyOf);
    if (primary === undefined) primaryOf.set(c.copyOf, c.id);
    recopied.push({ id: c.id, copyOf: primary ?? null });
  }
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
    planLinks: rows.planLinks.filter((l) => ids.has(l.planDocId) || ids.has(l.measureDocId)).map((l) => l.id),
    resolutions: (rows.resolutions ?? []).filter((r) => ids.has(r.docId)).map((r) => r.id),
    recopied,
  };
}

/** A code goes with its sub-codes, their coded segments, their code memos and resolve decisions. */
export function codeCascade(
  codeId: string,
  rows: Pick<Dependents, 'codes' | 'annotations' | 'memos' | 'resolutions'>,
): Removal {
  const ids = new Set([codeId, ...descendantIds(rows.codes, codeId)]);
  return {
    ...none(),
    codes: [...ids],
    annotations: rows.annotations.filter((a) => ids.has(a.codeId)).map((a) => a.id),
    memos: rows.memos
      .filter((m) => m.targetType === 'code' && m.targetId !== null && ids.has(m.targetId))
      .map((m) => m.id),
    resolutions: (rows.resolutions ?? []).filter((r) => ids.has(r.codeId)).map((r) => r.id),
  };
}

/** A project goes with everything in it: `rows` are all of the project's rows. */
export function projectCascade(
  projectId: string,
  rows: Dependents & { documents: readonly string[]; variables: readonly string[] },
): Removal {
  const { recopied: _allGoing, ...docs } = documentsCascade(rows.documents, rows);
  return {
    ...docs,
    projects: [projectId],
    codes: rows.codes.map((c) => c.id),
    annotations: rows.annotations.map((a) => a.id),
    memos: rows.memos.map((m) => m.id),
    planLinks: rows.planLinks.map((l) => l.id),
    variables: [...rows.variables],
    resolutions: (rows.resolutions ?? []).map((r) => r.id),
  };
}
