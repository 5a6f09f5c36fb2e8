import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { planLinkId } from '../../../shared/plans/links';
import { storeImported } from './documents';
import { listPlanLinks } from './plan-links';
import { createProject } from './projects';
import { loadSnapshot, restoreSnapshot } from './snapshot';
import { freshDb, sampleParsed } from './testing';

describe('plan decisions in project snapshots', () => {
  it('are saved with the project and restored as a new project with their documents', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: '计划', template: 'outline-2021' });
    const doc = await storeImported(db, p.id, sampleParsed(), new Uint8Array([1]));
    await db.planLinks.add({
      id: planLinkId(doc.id, 0, 2),
      projectId: p.id,
      planDocId: doc.id,
      planStart: 0,
      planEnd: 2,
      measureDocId: doc.id,
      measureStart: 3,
      measureEnd: 6,
      similarity: 0.3,
      decision: 'confirmed',
      coder: 'li',
      decidedAt: '2024-05-01T00:00:00.000Z',
    });
    const snapshot = await loadSnapshot(db, p.id);
    expect(snapshot.planLinks).toHaveLength(1);
    const r = await restoreSnapshot(db, snapshot, { asNewProject: true });
    if (!r.ok) throw new Error(r.error.message);
    const restored = await listPlanLinks(db, r.value.projectId);
    const newDoc = (await loadSnapshot(db, r.value.projectId)).documents[0]!;
    expect(restored).toMatchObject([{ planDocId: newDoc.id, id: planLinkId(newDoc.id, 0, 2), decision: 'confirmed' }]);
    expect(await listPlanLinks(db, p.id)).toHaveLength(1);
  });
});
