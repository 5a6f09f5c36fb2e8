/** A whole project in memory: the empty one, and the check every snapshot passes before it is written. */
import type { Code, Project, ProjectSnapshot } from '../model/project';

/** A project with nothing in it yet but its codebook (a new project, a .qdc codebook, a CLI import). */
export function emptySnapshot(project: Project, codes: Code[] = []): ProjectSnapshot {
  return { project, documents: [], contents: [], files: [], codes, annotations: [], memos: [], decisions: [] };
}

/** What is wrong with the snapshot's references (empty when every reference points at a row it holds). */
export function checkSnapshot(s: ProjectSnapshot): string[] {
  const problems: string[] = [];
  const docs = new Set(s.documents.map((d) => d.id));
  const codes = new Set(s.codes.map((c) => c.id));
  for (const c of s.contents) if (!docs.has(c.docId)) problems.push(`content of unknown document ${c.docId}`);
  for (const f of s.files) if (!docs.has(f.docId)) problems.push(`file of unknown document ${f.docId}`);
  for (const c of s.codes)
    if (c.parentId !== null && !codes.has(c.parentId)) problems.push(`code ${c.id} has unknown parent ${c.parentId}`);
  for (const a of s.annotations)
    if (!docs.has(a.docId) || !codes.has(a.codeId)) problems.push(`annotation ${a.id} refers to a missing row`);
  for (const d of s.decisions) if (!docs.has(d.docId)) problems.push(`decision ${d.id} of unknown document`);
  return problems;
}
