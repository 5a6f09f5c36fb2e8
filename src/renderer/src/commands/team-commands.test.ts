import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { compareCoders, planDecision } from '../../../shared/agreement/disagreements';
import { coderPackage } from '../../../shared/project/coder-package';
import { mergeSnapshot } from '../../../shared/project/merge';
import { loadSnapshot } from '../storage/snapshot';
import { listResolutions } from '../storage/resolutions';
import { openDb } from '../storage/db';
import { resolutionId } from '../../../shared/model/project';
import { deleteDocuments } from './document-commands';
import { applyCode } from './annotation-commands';
import { mergeCoderFile, resolveDisagreement } from './team-commands';
import { codeByName, roundTrip, setup } from './test-setup';

describe('mergeCoderFile', () => {
  it('brings a coder’s codings in as one undoable step; merging the same file again changes nothing', async () => {
    const f = await setup();
    const code = codeByName(f, '主要举措和成效');
    const pkg = coderPackage(await loadSnapshot(f.db, f.project.id), { coder: 'wang', blind: true });
    pkg.annotations.push({
      id: 'wang-1',
      projectId: f.project.id,
      docId: f.doc.id,
      codeId: code.id,
      start: 0,
      end: 4,
      quote: '',
      memo: '',
      coder: 'wang',
      origin: 'manual',
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
    });
    const { changes, report } = mergeSnapshot(await loadSnapshot(f.db, f.project.id), pkg, { fileName: 'wang.fazhi' });
    expect(report.annotations.added).toBe(1);
    await roundTrip(f, mergeCoderFile(f.project.id, 'wang.fazhi', changes));
    const after = await loadSnapshot(f.db, f.project.id);
    expect(after.annotations.map((a) => a.coder)).toEqual(['wang']);
    expect(mergeSnapshot(after, pkg, { fileName: 'wang.fazhi' }).changes.annotations).toEqual([]);
  });
});

describe('mergeCoderFile with variables and memos', () => {
  it('writes the coder’s new variable, its values on the project’s document and their memo, undoably', async () => {
    const f = await setup();
    const pkg = coderPackage(await loadSnapshot(f.db, f.project.id), { coder: 'wang', blind: true });
    const at = '2030-01-01T00:00:00.000Z';
    pkg.variables = [
      {
        id: 'v-score',
        projectId: pkg.project.id,
        name: '评分',
        type: 'number',
        order: 0,
        createdAt: at,
        updatedAt: at,
      },
    ];
    pkg.documents = pkg.documents.map((d) => ({ ...d, customValues: { 'v-score': 4 } }));
    pkg.memos = [
      {
        id: 'm-wang',
        projectId: pkg.project.id,
        targetType: 'document',
        targetId: f.doc.id,
        text: '王的备忘',
        author: 'wang',
        createdAt: at,
        updatedAt: at,
      },
    ];
    const { changes, report } = mergeSnapshot(await loadSnapshot(f.db, f.project.id), pkg, { fileName: 'wang.fazhi' });
    expect(report.variables.added).toEqual(['评分']);
    await roundTrip(f, mergeCoderFile(f.project.id, 'wang.fazhi', changes));
    const after = await loadSnapshot(f.db, f.project.id);
    expect(after.variables!.map((v) => v.name)).toEqual(['评分']);
    expect(after.documents.find((d) => d.id === f.doc.id)!.customValues).toEqual({ 'v-score': 4 });
    expect(after.memos.filter((m) => m.author === 'wang').map((m) => m.text)).toEqual(['王的备忘']);
    // Undone: the project as it was, the document without the value.
    await f.manager.undo();
    const undone = await loadSnapshot(f.db, f.project.id);
    expect(undone.variables ?? []).toEqual([]);
    expect(undone.documents.find((d) => d.id === f.doc.id)!.customValues).toBeUndefined();
    expect(undone.memos.filter((m) => m.author === 'wang')).toEqual([]);
  });
});

describe('resolveDisagreement', () => {
  it('keeps B’s segment as consensus, undoably', async () => {
    const f = await setup();
    const code = codeByName(f, '主要举措和成效');
    await f.manager.execute(applyCode({ docId: f.doc.id, start: 0, end: 4, codeId: code.id, coder: 'A' }, f.ctx));
    await f.manager.execute(applyCode({ docId: f.doc.id, start: 1, end: 6, codeId: code.id, coder: 'B' }, f.ctx));
    const s = await loadSnapshot(f.db, f.project.id);
    const [d] = compareCoders(s.annotations, 'A', 'B').disagreements;
    const plan = planDecision(d!, 'b', { newId: f.ctx.newId, now: f.ctx.now() });
    await roundTrip(f, resolveDisagreement({ ...plan, choice: 'B' }));
    const consensus = (await loadSnapshot(f.db, f.project.id)).annotations.filter((a) => a.coder === 'consensus');
    expect(consensus.map((a) => [a.start, a.end])).toEqual([[1, 6]]);
  });
});

describe('a "neither" decision', () => {
  it('is stored with the passage, read back by a new connection (a reload), undoable, and goes with its document', async () => {
    const f = await setup();
    const code = codeByName(f, '主要举措和成效');
    await f.manager.execute(applyCode({ docId: f.doc.id, start: 0, end: 4, codeId: code.id, coder: 'A' }, f.ctx));
    await f.manager.execute(applyCode({ docId: f.doc.id, start: 1, end: 6, codeId: code.id, coder: 'B' }, f.ctx));
    const s = await loadSnapshot(f.db, f.project.id);
    const [d] = compareCoders(s.annotations, 'A', 'B').disagreements;
    const plan = planDecision(d!, 'neither', { newId: f.ctx.newId, now: f.ctx.now() });
    expect(plan.put).toEqual([]);
    const passage = { docId: f.doc.id, codeId: code.id, start: d!.start, end: d!.end, coderA: 'A', coderB: 'B' };
    const decision = {
      ...passage,
      id: resolutionId(passage),
      projectId: f.project.id,
      decision: 'neither' as const,
      decidedAt: f.ctx.now(),
    };
    await roundTrip(f, resolveDisagreement({ ...plan, choice: '—', decision }));
    const reopened = await openDb(f.db.name);
    expect((await listResolutions(reopened, f.doc.id)).map((r) => [r.decision, r.start, r.end])).toEqual([
      ['neither', 0, 6],
    ]);
    reopened.close();
    // Kept in the project's snapshot (backups), and deleted with the document.
    expect((await loadSnapshot(f.db, f.project.id)).resolutions).toHaveLength(1);
    await f.manager.execute(deleteDocuments([f.doc.id], f.ctx));
    expect(await listResolutions(f.db, f.doc.id)).toEqual([]);
  });
});
