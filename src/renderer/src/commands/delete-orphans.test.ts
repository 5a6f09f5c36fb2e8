/**
 * Deleting a document, a code or a project leaves no row behind that points at what
 * went (checked over every table of a real database), and undo brings every row back.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listDocuments, storeImported } from '../storage/documents';
import { createImportJob, unfinishedImports } from '../storage/import-queue';
import { createProject, deleteProject } from '../storage/projects';
import { dumpDb, orphanRows, sampleParsed } from '../storage/testing';
import { applyCode } from './annotation-commands';
import { deleteCode } from './code-merge-delete';
import { deleteDocuments } from './document-commands';
import { setMemo } from './memo-commands';
import { decidePlan } from './plan-link-commands';
import { rejectSuggestions } from './suggestion-commands';
import { resolveDisagreement } from './team-commands';
import { resolutionId } from '../../../shared/model/project';
import { addVariable, setVariableValue } from './variable-commands';
import { codeByName, roundTrip, setup, type Fixture } from './test-setup';

/** A project with a row in every table: two years of one county, two copies of the first year, everything coded. */
async function richProject(): Promise<Fixture & { year2: string; copyA: string; copyB: string }> {
  const f = await setup();
  const store = (tag: string, opts: { copyOf?: string; reportYear?: number } = {}) =>
    storeImported(
      f.db,
      f.project.id,
      sampleParsed({ sha256Text: tag.repeat(64), reportYear: opts.reportYear ?? 2023, fileName: `${tag}.txt` }),
      new Uint8Array([1]),
      { copyOf: opts.copyOf, now: `2030-01-0${'abcd'.indexOf(tag) + 2}T00:00:00.000Z` },
    );
  const year2 = (await store('a', { reportYear: 2024 })).id;
  const copyA = (await store('b', { copyOf: f.doc.id })).id;
  const copyB = (await store('c', { copyOf: f.doc.id })).id;
  const top = codeByName(f, '主要举措和成效');
  const run = async (c: Parameters<Fixture['manager']['execute']>[0]) =>
    expect(await f.manager.execute(c)).toEqual({ ok: true });
  for (const docId of [f.doc.id, year2, copyA])
    for (const code of f.codes.slice(0, 3))
      await run(applyCode({ docId, start: 0, end: 2, codeId: code.id, coder: 'li' }, f.ctx));
  await run(rejectSuggestions([{ docId: f.doc.id, start: 3, end: 5, category: 'plans', codeId: top.id }], f.ctx));
  await run(
    setMemo({ projectId: f.project.id, targetType: 'document', targetId: f.doc.id, text: '原件', author: 'li' }, f.ctx),
  );
  await run(
    setMemo(
      { projectId: f.project.id, targetType: 'code', targetId: f.codes[1]!.id, text: '子码', author: 'li' },
      f.ctx,
    ),
  );
  await run(
    setMemo({ projectId: f.project.id, targetType: 'project', targetId: null, text: '项目', author: 'li' }, f.ctx),
  );
  await run(
    decidePlan(
      {
        planDocId: f.doc.id,
        planStart: 0,
        planEnd: 4,
        measureDocId: year2,
        measureStart: 2,
        measureEnd: 6,
        similarity: 0.5,
        decision: 'confirmed',
        coder: 'li',
      },
      f.ctx,
    ),
  );
  // A resolve decision ('neither') on a passage of the first report, under the sub-code.
  const passage = { docId: f.doc.id, codeId: f.codes[1]!.id, start: 0, end: 3, coderA: 'li', coderB: 'wang' };
  await run(
    resolveDisagreement({
      put: [],
      remove: [],
      choice: '—',
      decision: {
        ...passage,
        id: resolutionId(passage),
        projectId: f.project.id,
        decision: 'neither',
        decidedAt: f.ctx.now(),
      },
    }),
  );
  const variable = addVariable({ projectId: f.project.id, name: '批次', type: 'text' }, f.ctx);
  await run(variable);
  for (const docId of [f.doc.id, copyA])
    await run(setVariableValue({ docId, variableId: variable.variableId, raw: '一' }, f.ctx));
  await createImportJob(f.db, {
    projectId: f.project.id,
    source: 'folder',
    folder: true,
    keys: ['x/1.txt', 'x/2.txt'],
  });
  return { ...f, year2, copyA, copyB };
}

/** Rows of every table, less those of project `id` (the other project must come through untouched). */
async function otherProjectRows(f: Fixture): Promise<Record<string, unknown[]>> {
  const keep = await createProject(f.db, { name: 'keep', template: 'outline-2015' });
  await storeImported(f.db, keep.id, sampleParsed({ sha256Text: 'k'.repeat(64) }), new Uint8Array([7]));
  return dumpDb(f.db);
}

describe('deletes leave no orphans', () => {
  it('the rich project has a row in every table and no orphan to begin with', async () => {
    const f = await richProject();
    const dump = await dumpDb(f.db);
    for (const [table, rows] of Object.entries(dump))
      if (table !== 'prefs') expect(rows.length, `rows in ${table}`).toBeGreaterThan(0);
    expect(await orphanRows(f.db)).toEqual([]);
  });

  it('deleting a document takes its plan pairs; its copies stay, the oldest becomes the report; undo restores all', async () => {
    const f = await richProject();
    expect(await f.db.planLinks.count()).toBe(1);
    await roundTrip(f, deleteDocuments([f.doc.id], f.ctx));
    expect(await orphanRows(f.db)).toEqual([]);
    expect(await f.db.planLinks.count()).toBe(0);
    const docs = new Map((await listDocuments(f.db, f.project.id)).map((d) => [d.id, d]));
    expect(docs.has(f.doc.id)).toBe(false);
    expect(docs.get(f.copyA)!.copyOf).toBeNull();
    expect(docs.get(f.copyB)!.copyOf).toBe(f.copyA);
    // The copy's own coding and variable value stay with it.
    expect(docs.get(f.copyA)!.customValues).toEqual({ [Object.keys(docs.get(f.copyA)!.customValues!)[0]!]: '一' });
    expect(await f.db.annotations.where('docId').equals(f.copyA).count()).toBe(3);
  });

  it('deleting the measure side of a plan pair takes the pair too', async () => {
    const f = await richProject();
    await roundTrip(f, deleteDocuments([f.year2], f.ctx));
    expect(await orphanRows(f.db)).toEqual([]);
    expect(await f.db.planLinks.count()).toBe(0);
  });

  it('deleting a report with all its copies leaves none of them pointing anywhere', async () => {
    const f = await richProject();
    await roundTrip(f, deleteDocuments([f.doc.id, f.copyA, f.copyB], f.ctx));
    expect(await orphanRows(f.db)).toEqual([]);
    expect((await listDocuments(f.db, f.project.id)).map((d) => d.id)).toEqual([f.year2]);
  });

  it('deleting a code with sub-codes takes their codings and code memos; undo restores them', async () => {
    const f = await richProject();
    await roundTrip(f, deleteCode(f.codes[0]!.id));
    expect(await orphanRows(f.db)).toEqual([]);
    expect(await f.db.memos.where('targetType').equals('code').count()).toBe(0);
  });

  it('deleting a project takes every row that names it and leaves another project as it was', async () => {
    const f = await richProject();
    const before = await otherProjectRows(f);
    const jobs = await unfinishedImports(f.db);
    expect(jobs.map((u) => u.job.projectId)).toEqual([f.project.id]);
    const gone = [f.project.id, ...(await listDocuments(f.db, f.project.id)).map((d) => d.id), jobs[0]!.job.id];
    await deleteProject(f.db, f.project.id);
    expect(await orphanRows(f.db)).toEqual([]);
    expect(await unfinishedImports(f.db)).toEqual([]);
    const after = await dumpDb(f.db);
    const names = (rows: unknown[]) => JSON.stringify(rows).includes(f.project.id);
    for (const [table, rows] of Object.entries(after)) expect(names(rows), `${table} names the project`).toBe(false);
    expect(await f.db.changes.where('projectId').equals(f.project.id).count()).toBe(0);
    // What is left is exactly the other project's rows.
    const without = (d: Record<string, unknown[]>) =>
      Object.fromEntries(
        Object.entries(d).map(([t, rows]) => [
          t,
          rows.filter((r) => !gone.some((id) => JSON.stringify(r).includes(id))),
        ]),
      );
    expect(after).toEqual(without(before));
  });
});
