import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../../shared/model/project';
import { listCodes } from './codes';
import { findSameReportDocument, storeImported } from './documents';
import { projectBandKeys, reportFingerprint } from '../../../shared/import/same-report';
import { createProject } from './projects';
import { loadSnapshot, restoreSnapshot } from './snapshot';
import { freshDb, sampleParsed } from './testing';

async function seeded() {
  const db = await freshDb();
  const p = await createProject(db, { name: '样本', template: 'outline-2021' });
  const parsed = sampleParsed();
  const doc = await storeImported(
    db,
    p.id,
    { ...parsed, fingerprint: reportFingerprint(parsed.text) },
    new Uint8Array([7, 8]),
  );
  const codes = await listCodes(db, p.id);
  const now = '2024-05-01T00:00:00.000Z';
  await db.annotations.add({
    id: 'a1',
    projectId: p.id,
    docId: doc.id,
    codeId: codes[1]!.id,
    start: 0,
    end: 2,
    quote: '𠵾𫫇',
    memo: 'why',
    coder: 'li',
    origin: 'manual',
    createdAt: now,
    updatedAt: now,
  });
  await db.memos.bulkAdd([
    {
      id: 'm1',
      projectId: p.id,
      targetType: 'code',
      targetId: codes[1]!.id,
      text: 'c',
      author: 'li',
      createdAt: now,
      updatedAt: now,
    },
    {
      id: 'm2',
      projectId: p.id,
      targetType: 'project',
      targetId: null,
      text: 'p',
      author: 'li',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await db.decisions.add({
    id: 'd1',
    projectId: p.id,
    docId: doc.id,
    start: 3,
    end: 5,
    category: 'plans',
    decision: 'rejected',
    decidedAt: now,
  });
  return { db, p };
}

/** The snapshot with ids replaced by their position, so two projects can be compared. */
function canonical(s: ProjectSnapshot) {
  const names = new Map<string, string>();
  const n = (id: string | null) =>
    id === null ? null : (names.get(id) ?? (names.set(id, `#${names.size}`), names.get(id)!));
  n(s.project.id);
  s.documents.forEach((d) => n(d.id));
  s.codes.forEach((c) => n(c.id));
  return {
    project: { ...s.project, id: n(s.project.id) },
    // Band keys are the fingerprint's hashed with the project id: the same only under the same id.
    documents: s.documents.map(({ bands, ...d }) => ({
      ...d,
      id: n(d.id),
      projectId: n(d.projectId),
      bands: bands && d.fingerprint ? String(bands) === String(projectBandKeys(d.projectId, d.fingerprint)) : bands,
    })),
    contents: s.contents.map((c) => ({ ...c, docId: n(c.docId) })),
    files: s.files.map((f) => ({ ...f, docId: n(f.docId) })),
    codes: s.codes.map((c) => ({ ...c, id: n(c.id), projectId: n(c.projectId), parentId: n(c.parentId) })),
    annotations: s.annotations.map((a) => ({
      ...a,
      id: 'x',
      projectId: n(a.projectId),
      docId: n(a.docId),
      codeId: n(a.codeId),
    })),
    memos: [...s.memos]
      .sort((a, b) => a.text.localeCompare(b.text))
      .map((m) => ({
        ...m,
        id: 'x',
        projectId: n(m.projectId),
        targetId: m.targetType === 'project' ? 'project' : n(m.targetId),
      })),
    decisions: s.decisions.map((d) => ({ ...d, id: 'x', projectId: n(d.projectId), docId: n(d.docId) })),
  };
}

describe('snapshot', () => {
  it('restores as a new project identical to the original except for ids', async () => {
    const { db, p } = await seeded();
    const snap = await loadSnapshot(db, p.id);
    expect(snap.documents).toHaveLength(1);
    expect(snap.codes).toHaveLength(14);
    const r = await restoreSnapshot(db, snap, { asNewProject: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.projectId).not.toBe(p.id);
    const copy = await loadSnapshot(db, r.value.projectId);
    expect(copy.documents[0]!.id).not.toBe(snap.documents[0]!.id);
    expect(canonical(copy)).toEqual(canonical(snap));
    // The original is untouched.
    expect(await loadSnapshot(db, p.id)).toEqual(snap);
  });

  it('leaves out the texts and source files when asked, and nothing else', async () => {
    const { db, p } = await seeded();
    const whole = await loadSnapshot(db, p.id);
    expect(whole.contents).toHaveLength(1);
    const rows = await loadSnapshot(db, p.id, { texts: false });
    expect(rows.contents).toEqual([]);
    expect(rows.files).toEqual([]);
    expect({ ...rows, contents: whole.contents, files: whole.files }).toEqual(whole);
  });

  it('refuses to overwrite an existing project, and restores into an empty database', async () => {
    const { db, p } = await seeded();
    const snap = await loadSnapshot(db, p.id);
    const r = await restoreSnapshot(db, snap, { asNewProject: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'exists' } });

    const other = await freshDb();
    expect(await restoreSnapshot(other, snap, { asNewProject: false })).toEqual({
      ok: true,
      value: { projectId: p.id },
    });
    expect(await loadSnapshot(other, p.id)).toEqual(snap);
  });

  it('rejects an inconsistent backup without writing anything', async () => {
    const { db, p } = await seeded();
    const snap = await loadSnapshot(db, p.id);
    const broken = { ...snap, codes: snap.codes.slice(2) };
    const r = await restoreSnapshot(db, broken, { asNewProject: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.projects.count()).toBe(1);
  });

  it('gives the documents of a backup from before fingerprints their fingerprint, so the same report is found', async () => {
    const { db, p } = await seeded();
    const snap = await loadSnapshot(db, p.id);
    const old = { ...snap, documents: snap.documents.map(({ fingerprint: _f, bands: _k, ...d }) => d) };
    expect('fingerprint' in old.documents[0]!).toBe(false);
    const other = await freshDb();
    expect((await restoreSnapshot(other, old, { asNewProject: false })).ok).toBe(true);
    const [restored] = await other.documents.toArray();
    const fingerprint = reportFingerprint(snap.contents[0]!.text);
    expect(restored).toEqual({ ...old.documents[0], fingerprint, bands: projectBandKeys(p.id, fingerprint) });
    expect((await findSameReportDocument(other, p.id, { fingerprint }))?.id).toBe(restored!.id);
  });
});
