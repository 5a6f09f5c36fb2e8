import { describe, expect, it } from 'vitest';
import { createBackup } from '../backup/create-backup';
import { restoreBackup } from '../backup/restore-backup';
import { withFreshIds } from '../backup/fresh-ids';
import { buildCodebook } from '../codebook/templates';
import type { ProjectSnapshot } from '../model/project';
import { loadPanelFixtures } from '../panel/fixtures.test-helper';
import { planLinkId, type PlanLink } from './links';

async function snapshot(links: PlanLink[]): Promise<ProjectSnapshot> {
  const docs = await loadPanelFixtures();
  let n = 0;
  return {
    project: { id: 'p', name: 'p', createdAt: 'now', updatedAt: 'now' },
    documents: docs.map((d) => d.record),
    contents: docs.map((d) => d.content),
    files: [],
    codes: buildCodebook('outline-2021', 'p', 'now', () => `c${++n}`),
    annotations: [],
    memos: [],
    decisions: [],
    planLinks: links,
  };
}

const link = (over: Partial<PlanLink> = {}): PlanLink => ({
  id: planLinkId('linan-2022.txt', 360, 391),
  projectId: 'p',
  planDocId: 'linan-2022.txt',
  planStart: 360,
  planEnd: 391,
  measureDocId: 'linan-2023.txt',
  measureStart: 87,
  measureEnd: 121,
  similarity: 0.44,
  decision: 'confirmed',
  coder: '李',
  decidedAt: '2024-05-01T00:00:00.000Z',
  ...over,
});

describe('plan decisions in a backup', () => {
  it('come back from a .fazhi file, and a decision outside the text is dropped with a warning', async () => {
    const bad = link({ id: 'x', planStart: 10, planEnd: 20, measureStart: 5000, measureEnd: 5010 });
    const bytes = createBackup(await snapshot([link(), bad]), { appVersion: 't', now: 'now' });
    const r = restoreBackup(bytes, 'p.fazhi');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.snapshot.planLinks).toEqual([link()]);
    expect(r.warnings.map((w) => w.what)).toContain('plan decision x');
  });

  it('follow their documents when the project is re-keyed', async () => {
    let n = 0;
    const fresh = withFreshIds(await snapshot([link()]), () => `n${++n}`);
    const planDoc = fresh.documents.find((d) => d.fileName === 'linan-2022.txt')!;
    const measureDoc = fresh.documents.find((d) => d.fileName === 'linan-2023.txt')!;
    expect(fresh.planLinks).toEqual([
      link({
        id: planLinkId(planDoc.id, 360, 391),
        projectId: fresh.project.id,
        planDocId: planDoc.id,
        measureDocId: measureDoc.id,
      }),
    ]);
  });
});
