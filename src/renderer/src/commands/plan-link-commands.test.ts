import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listPlanLinks } from '../storage/plan-links';
import { clearPlanDecision, decidePlan } from './plan-link-commands';
import { roundTrip, setup } from './test-setup';

describe('plan decisions', () => {
  it('confirms, re-points and clears a plan pair, each undoable', async () => {
    const f = await setup();
    const base = {
      planDocId: f.doc.id,
      planStart: 2,
      planEnd: 6,
      measureDocId: f.doc.id,
      measureStart: 20,
      measureEnd: 28,
      similarity: 0.5,
      coder: 'li',
    };
    await roundTrip(f, decidePlan({ ...base, decision: 'confirmed' }, f.ctx));
    let links = await listPlanLinks(f.db, f.project.id);
    expect(links.map((l) => [l.decision, l.measureStart, l.coder])).toEqual([['confirmed', 20, 'li']]);
    // Re-pointing the same plan item replaces its decision.
    await roundTrip(f, decidePlan({ ...base, measureStart: 29, measureEnd: 36, decision: 'confirmed' }, f.ctx));
    links = await listPlanLinks(f.db, f.project.id);
    expect(links.map((l) => [l.decision, l.measureStart])).toEqual([['confirmed', 29]]);
    await roundTrip(f, clearPlanDecision(links[0]!.id));
    expect(await listPlanLinks(f.db, f.project.id)).toEqual([]);
  });

  it('refuses a passage outside the text (code points: the sample has astral characters)', async () => {
    const f = await setup();
    const length = [...(await f.db.contents.get(f.doc.id))!.text].length;
    const r = await f.manager.execute(
      decidePlan(
        {
          planDocId: f.doc.id,
          planStart: 0,
          planEnd: 2,
          measureDocId: f.doc.id,
          measureStart: length - 1,
          measureEnd: length + 1,
          similarity: 0,
          decision: 'rejected',
          coder: 'li',
        },
        f.ctx,
      ),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'range' } });
  });
});
