/**
 * Giving a snapshot fresh ids, consistently: every reference (document, code,
 * parent code, memo target) follows its row. Pure; used by restore-as-new.
 */
import type { ProjectSnapshot } from '../../../shared/model/project';

export function rekeySnapshot(snapshot: ProjectSnapshot, newId: () => string): ProjectSnapshot {
  const ids = new Map<string, string>();
  const fresh = (old: string): string => {
    let id = ids.get(old);
    if (id === undefined) {
      id = newId();
      ids.set(old, id);
    }
    return id;
  };
  // A reference to a row the snapshot lacks keeps its value: restore rejects it later rather than inventing a target.
  const ref = (old: string): string => ids.get(old) ?? old;

  const projectId = fresh(snapshot.project.id);
  const documents = snapshot.documents.map((d) => ({ ...d, id: fresh(d.id), projectId }));
  const codes = snapshot.codes.map((c) => ({ ...c, id: fresh(c.id), projectId }));
  return {
    project: { ...snapshot.project, id: projectId },
    documents,
    contents: snapshot.contents.map((c) => ({ ...c, docId: ref(c.docId) })),
    files: snapshot.files.map((f) => ({ ...f, docId: ref(f.docId) })),
    codes: codes.map((c) => ({ ...c, parentId: c.parentId === null ? null : ref(c.parentId) })),
    annotations: snapshot.annotations.map((a) => ({
      ...a,
      id: newId(),
      projectId,
      docId: ref(a.docId),
      codeId: ref(a.codeId),
    })),
    memos: snapshot.memos.map((m) => ({
      ...m,
      id: newId(),
      projectId,
      targetId: m.targetType === 'project' ? projectId : m.targetId === null ? null : ref(m.targetId),
    })),
    decisions: snapshot.decisions.map((d) => ({ ...d, id: newId(), projectId, docId: ref(d.docId) })),
  };
}
