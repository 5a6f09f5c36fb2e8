/**
 * Merging a coder's project file back into the project: documents match by id
 * (when the text is the same) or else by text, codes by id or else by their path
 * of names, codings by id or else by what they are (document, code, range,
 * coder), so merging the same file twice changes nothing. What arrives new is
 * added; what cannot be matched is listed with the reason; nothing already in the
 * project is changed except a coding the file holds in a newer version. Pure.
 */
import { codePath } from '../codebook/tree';
import { OffsetMap } from '../text/codepoints';
import { mergeExtras, type ExtraReport, type MergeProblem } from './merge-extras';
import type { PlanLink } from '../plans/links';
import type {
  Annotation,
  Code,
  CustomVariable,
  DocumentContent,
  DocumentRecord,
  Memo,
  ProjectSnapshot,
  SourceFile,
  SuggestionDecision,
} from '../model/project';

/** Rows a merge adds, and codings it replaces by a newer version (before, after). */
export interface MergeChanges {
  documents: DocumentRecord[];
  contents: DocumentContent[];
  files: SourceFile[];
  codes: Code[];
  annotations: Annotation[];
  updatedAnnotations: { before: Annotation; after: Annotation }[];
  memos: Memo[];
  decisions: SuggestionDecision[];
  /** Document variables the project did not have. */
  variables: CustomVariable[];
  /** Project documents given values of variables they had none for. */
  updatedDocuments: { before: DocumentRecord; after: DocumentRecord }[];
  planLinks: PlanLink[];
}

export type { MergeProblem };

export interface MergeReport {
  fileName: string;
  documents: { matchedById: number; matchedByText: number; added: string[]; notInFile: string[] };
  codes: { matchedById: number; matchedByPath: number; added: string[] };
  annotations: { added: number; alreadyPresent: number; updated: number };
  memos: { added: number; alreadyPresent: number };
  variables: ExtraReport['variables'];
  values: ExtraReport['values'];
  planLinks: ExtraReport['planLinks'];
  /** What was left out or conflicts with the project (the project's kept), each with the reason. */
  unmatched: MergeProblem[];
}

export interface MergeOptions {
  fileName: string;
  /** The coder to record on codings that name none (e.g. the file's coder); default: left empty. */
  coderForUnnamed?: string;
}

/** Names from the root down, trimmed: what a code made apart has in common with its twin. */
function namePath(byId: ReadonlyMap<string, Code>, id: string): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (let c = byId.get(id); c && !seen.has(c.id); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
    seen.add(c.id);
    parts.unshift(c.name.trim());
  }
  return parts.join('\u0000');
}
const codingKey = (a: Pick<Annotation, 'docId' | 'codeId' | 'start' | 'end' | 'coder'>): string =>
  `${a.docId}\u0000${a.codeId}\u0000${a.start}\u0000${a.end}\u0000${a.coder}`;

export function mergeSnapshot(
  base: ProjectSnapshot,
  incoming: ProjectSnapshot,
  options: MergeOptions,
): { changes: MergeChanges; report: MergeReport } {
  const projectId = base.project.id;
  const changes: MergeChanges = {
    documents: [],
    contents: [],
    files: [],
    codes: [],
    annotations: [],
    updatedAnnotations: [],
    memos: [],
    decisions: [],
    variables: [],
    updatedDocuments: [],
    planLinks: [],
  };
  const report: MergeReport = {
    fileName: options.fileName,
    documents: { matchedById: 0, matchedByText: 0, added: [], notInFile: [] },
    codes: { matchedById: 0, matchedByPath: 0, added: [] },
    annotations: { added: 0, alreadyPresent: 0, updated: 0 },
    memos: { added: 0, alreadyPresent: 0 },
    variables: { matchedById: 0, matchedByName: 0, added: [] },
    values: { added: 0, alreadyPresent: 0 },
    planLinks: { added: 0, alreadyPresent: 0 },
    unmatched: [],
  };

  // Documents.
  const baseDocs = new Map(base.documents.map((d) => [d.id, d]));
  const baseText = new Map(base.contents.map((c) => [c.docId, c.text]));
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const d of base.documents) if (d.sha256Text) byHash.set(d.sha256Text, d.id);
  for (const c of base.contents) byText.set(c.text, c.docId);
  const inText = new Map(incoming.contents.map((c) => [c.docId, c]));
  const inFiles = new Map(incoming.files.map((f) => [f.docId, f]));
  const docMap = new Map<string, string>();
  const textOf = new Map<string, string>();
  const docName = new Map<string, string>();
  for (const d of incoming.documents) {
    const content = inText.get(d.id);
    docName.set(d.id, d.title ?? d.fileName);
    const text = content?.text;
    const sameId = baseDocs.get(d.id);
    const sameIdText = baseText.get(d.id);
    if (sameId && (text === undefined || sameIdText === text)) {
      docMap.set(d.id, d.id);
      report.documents.matchedById++;
    } else {
      // A hash is trusted only when the texts agree too (or the file carries no text to compare).
      const candidates = [
        d.sha256Text ? byHash.get(d.sha256Text) : undefined,
        text !== undefined ? byText.get(text) : undefined,
      ];
      const match = candidates.find((id) => id !== undefined && (text === undefined || baseText.get(id) === text));
      if (match) {
        docMap.set(d.id, match);
        report.documents.matchedByText++;
      } else if (sameId) {
        report.unmatched.push({
          what: `document "${d.title ?? d.fileName}"`,
          reason: 'the project has a document with the same id but a different text; its codings were not merged',
        });
        continue;
      } else if (!content) {
        report.unmatched.push({ what: `document "${d.fileName}"`, reason: 'the file holds no text for it' });
        continue;
      } else {
        // A report the project does not have (or no longer has): added, so its codings are not lost.
        docMap.set(d.id, d.id);
        changes.documents.push({ ...d, projectId });
        changes.contents.push(content);
        const file = inFiles.get(d.id);
        if (file) changes.files.push(file);
        byHash.set(d.sha256Text, d.id);
        byText.set(content.text, d.id);
        baseText.set(d.id, content.text);
        report.documents.added.push(d.title ?? d.fileName);
      }
    }
    textOf.set(docMap.get(d.id)!, baseText.get(docMap.get(d.id)!) ?? text ?? '');
  }
  const mapped = new Set(docMap.values());
  for (const d of base.documents) if (!mapped.has(d.id)) report.documents.notInFile.push(d.title ?? d.fileName);

  // Codes: parents before children, so an added child can point at its (mapped) parent.
  const baseCodes = new Map(base.codes.map((c) => [c.id, c]));
  const inCodes = new Map(incoming.codes.map((c) => [c.id, c]));
  const byPath = new Map<string, string>();
  for (const c of base.codes) byPath.set(namePath(baseCodes, c.id), c.id);
  const codeMap = new Map<string, string>();
  const inPath = new Map(incoming.codes.map((c) => [c.id, namePath(inCodes, c.id)]));
  const depth = new Map([...inPath].map(([id, path]) => [id, path.split('\u0000').length]));
  const ordered = [...incoming.codes].sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  for (const c of ordered) {
    if (baseCodes.has(c.id)) {
      codeMap.set(c.id, c.id);
      report.codes.matchedById++;
      continue;
    }
    const path = inPath.get(c.id)!;
    const match = byPath.get(path);
    if (match) {
      codeMap.set(c.id, match);
      report.codes.matchedByPath++;
      continue;
    }
    const parentId = c.parentId === null ? null : (codeMap.get(c.parentId) ?? null);
    const added: Code = { ...c, projectId, parentId };
    changes.codes.push(added);
    baseCodes.set(added.id, added);
    codeMap.set(c.id, added.id);
    byPath.set(path, added.id);
    report.codes.added.push(codePath(incoming.codes, c.id));
  }

  // Codings.
  const baseById = new Map(base.annotations.map((a) => [a.id, a]));
  // Keys of what the project holds, built only when a coding is not found by its id.
  let keysOf: Set<string> | null = null;
  const keys = (): Set<string> => (keysOf ??= new Set(base.annotations.map(codingKey)));
  const codeNames = new Map(incoming.codes.map((c) => [c.id, c.name]));
  const maps = new Map<string, OffsetMap>();
  const offsetMap = (docId: string): OffsetMap => {
    let m = maps.get(docId);
    if (!m) maps.set(docId, (m = new OffsetMap(textOf.get(docId) ?? '')));
    return m;
  };
  const label = (a: Annotation): string =>
    `coding "${codeNames.get(a.codeId) ?? a.codeId}" in "${docName.get(a.docId) ?? a.docId}" [${a.start}, ${a.end})`;
  // No closure and no spread per coding: a coder's file holds 100,000 of them.
  for (const a of incoming.annotations) {
    const docId = docMap.get(a.docId);
    const codeId = docId === undefined ? undefined : codeMap.get(a.codeId);
    if (docId === undefined) {
      report.unmatched.push({ what: label(a), reason: 'its document could not be matched' });
      continue;
    }
    if (codeId === undefined) {
      report.unmatched.push({ what: label(a), reason: 'its code is not in the file' });
      continue;
    }
    const map = offsetMap(docId);
    if (!(a.start >= 0 && a.end <= map.cpCount && a.start < a.end)) {
      report.unmatched.push({ what: label(a), reason: 'its range lies outside the document’s text' });
      continue;
    }
    const coder = a.coder || options.coderForUnnamed || '';
    const existing = baseById.get(a.id);
    if (existing) {
      const same =
        existing.docId === docId &&
        existing.codeId === codeId &&
        existing.start === a.start &&
        existing.end === a.end &&
        existing.coder === coder &&
        existing.memo === a.memo;
      if (same || a.updatedAt <= existing.updatedAt) {
        report.annotations.alreadyPresent++;
        continue;
      }
    }
    const key = existing ? '' : codingKey({ docId, codeId, start: a.start, end: a.end, coder });
    if (!existing && keys().has(key)) {
      report.annotations.alreadyPresent++;
      continue;
    }
    const row: Annotation = {
      id: a.id,
      projectId,
      docId,
      codeId,
      start: a.start,
      end: a.end,
      quote: map.slice(a.start, a.end),
      memo: a.memo,
      coder,
      origin: a.origin,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    };
    if (a.autoQuery !== undefined) row.autoQuery = a.autoQuery;
    if (existing) {
      changes.updatedAnnotations.push({ before: existing, after: row });
      report.annotations.updated++;
      continue;
    }
    keys().add(key);
    baseById.set(row.id, row);
    changes.annotations.push(row);
    report.annotations.added++;
  }

  // Variables and their values, memos, rejected suggestions, plan decisions.
  const extras = mergeExtras(base, incoming, {
    projectId,
    docMap,
    codeMap,
    addedDocuments: changes.documents,
    docName: (id) => docName.get(id) ?? id,
    problems: report.unmatched,
  });
  Object.assign(changes, extras.changes);
  Object.assign(report, extras.report);
  return { changes, report };
}

/** The project after a merge: `base` with the changes applied (a new snapshot; `base` is not touched). */
export function applyMerge(base: ProjectSnapshot, changes: MergeChanges, now: string): ProjectSnapshot {
  const replaced = new Map(changes.updatedAnnotations.map((u) => [u.after.id, u.after]));
  const updatedDocs = new Map(changes.updatedDocuments.map((u) => [u.after.id, u.after]));
  return {
    // Everything the merge does not touch (plan decisions, document variables …) stays as the project had it.
    ...base,
    project: { ...base.project, updatedAt: now },
    documents: [...base.documents.map((d) => updatedDocs.get(d.id) ?? d), ...changes.documents],
    contents: [...base.contents, ...changes.contents],
    files: [...base.files, ...changes.files],
    codes: [...base.codes, ...changes.codes],
    annotations: [...base.annotations.map((a) => replaced.get(a.id) ?? a), ...changes.annotations],
    memos: [...base.memos, ...changes.memos],
    decisions: [...base.decisions, ...changes.decisions],
    ...(base.variables || changes.variables.length
      ? { variables: [...(base.variables ?? []), ...changes.variables] }
      : {}),
    ...(base.planLinks || changes.planLinks.length
      ? { planLinks: [...(base.planLinks ?? []), ...changes.planLinks] }
      : {}),
  };
}

/** Merges several files in turn; each report describes its own file. */
export function mergeAll(
  base: ProjectSnapshot,
  files: readonly { snapshot: ProjectSnapshot; options: MergeOptions }[],
  now: string,
): { snapshot: ProjectSnapshot; reports: MergeReport[] } {
  let snapshot = base;
  const reports: MergeReport[] = [];
  for (const f of files) {
    const { changes, report } = mergeSnapshot(snapshot, f.snapshot, f.options);
    snapshot = applyMerge(snapshot, changes, now);
    reports.push(report);
  }
  return { snapshot, reports };
}
