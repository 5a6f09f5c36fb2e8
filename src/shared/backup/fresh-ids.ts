/**
 * Re-keys a whole snapshot with new ids, consistently: every reference (docId,
 * codeId, parentId, memo targets, file and content rows) follows its row. The
 * storage layer uses it to restore a backup as a new project beside the old one.
 */
import { resolutionId, type ProjectSnapshot } from '../model/project';
import { planLinkId } from '../plans/links';

export function withFreshIds(snapshot: ProjectSnapshot, newId: () => string): ProjectSnapshot {
  const map = new Map<string, string>();
  const fresh = (old: string): string => {
    let id = map.get(old);
    if (!id) map.set(old, (id = newId()));
    return id;
  };
  // References to rows that are not in the snapshot are kept as they are: re-keying them would invent links.
  const ref = (old: string): string => map.get(old) ?? old;
  const projectId = fresh(snapshot.project.id);
  const variables = (snapshot.variables ?? []).map((v) => ({ ...v, id: fresh(v.id), projectId }));
  // Custom values are keyed by their variable's id, which is re-keyed above.
  const documents = snapshot.documents.map((d) => ({
    ...d,
    id: fresh(d.id),
    projectId,
    ...(d.customValues
      ? { customValues: Object.fromEntries(Object.entries(d.customValues).map(([k, x]) => [ref(k), x])) }
      : {}),
  }));
  const codes = snapshot.codes.map((c) => ({ ...c, id: fresh(c.id), projectId }));
  return {
    project: { ...snapshot.project, id: projectId },
    // A copy follows the document it is a copy of.
    documents: documents.map((d) => (d.copyOf ? { ...d, copyOf: ref(d.copyOf) } : d)),
    contents: snapshot.contents.map((c) => ({ ...c, docId: ref(c.docId) })),
    files: snapshot.files.map((f) => ({ ...f, docId: ref(f.docId) })),
    codes: codes.map((c) => ({ ...c, parentId: c.parentId === null ? null : ref(c.parentId) })),
    annotations: snapshot.annotations.map((a) => ({
      ...a,
      id: fresh(a.id),
      projectId,
      docId: ref(a.docId),
      codeId: ref(a.codeId),
    })),
    memos: snapshot.memos.map((m) => ({
      ...m,
      id: fresh(m.id),
      projectId,
      targetId: m.targetId === null ? null : ref(m.targetId),
    })),
    decisions: snapshot.decisions.map((d) => ({ ...d, id: fresh(d.id), projectId, docId: ref(d.docId) })),
    // A plan decision's id is its plan's document and span, so it follows the document.
    ...(snapshot.planLinks && {
      planLinks: snapshot.planLinks.map((l) => ({
        ...l,
        id: planLinkId(ref(l.planDocId), l.planStart, l.planEnd),
        projectId,
        planDocId: ref(l.planDocId),
        measureDocId: ref(l.measureDocId),
      })),
    }),
    variables,
    // A decision's id is its passage and coders, so it follows the document and the code.
    ...(snapshot.resolutions && {
      resolutions: snapshot.resolutions.map((r) => {
        const moved = { ...r, projectId, docId: ref(r.docId), codeId: ref(r.codeId) };
        return { ...moved, id: resolutionId(moved) };
      }),
    }),
  };
}
