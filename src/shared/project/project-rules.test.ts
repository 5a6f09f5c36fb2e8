import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../text/codepoints';
import { codeCascade, documentsCascade, projectCascade } from './cascades';
import { newAnnotation } from './annotation';
import { checkSnapshot, emptySnapshot } from './snapshot';

const text = new OffsetMap('𠵾法治𫫇政府');
const spec = {
  id: 'a1',
  projectId: 'p',
  docId: 'd',
  codeId: 'c',
  start: 1,
  end: 4,
  coder: 'me',
  origin: 'manual' as const,
  now: '2030-01-01T00:00:00Z',
};

describe('a new annotation', () => {
  it('quotes its range in code points (characters outside the BMP count once)', () => {
    const r = newAnnotation(spec, text, []);
    expect(r).toMatchObject({ ok: true, value: { quote: '法治𫫇', start: 1, end: 4, memo: '' } });
  });
  it('refuses an empty range or one outside the text', () => {
    for (const [start, end] of [
      [2, 2],
      [3, 1],
      [-1, 2],
      [0, 7],
      [0.5, 2],
    ])
      expect(newAnnotation({ ...spec, start: start!, end: end! }, text, [])).toMatchObject({
        ok: false,
        error: { code: 'range' },
      });
    expect(newAnnotation({ ...spec, start: 0, end: 6 }, text, []).ok).toBe(true);
  });
  it('refuses the same code on the same range twice, not another code or range', () => {
    const there = [{ id: 'x', docId: 'd', codeId: 'c', start: 1, end: 4 }];
    expect(newAnnotation(spec, text, there)).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    expect(newAnnotation({ ...spec, codeId: 'c2' }, text, there).ok).toBe(true);
    expect(newAnnotation({ ...spec, end: 5 }, text, there).ok).toBe(true);
  });
});

const rows = {
  documents: ['d1', 'd2'],
  contents: ['d1', 'd2'],
  files: ['d1'],
  codes: [
    { id: 'top', parentId: null },
    { id: 'sub', parentId: 'top' },
    { id: 'subsub', parentId: 'sub' },
    { id: 'other', parentId: null },
  ],
  annotations: [
    { id: 'a1', docId: 'd1', codeId: 'sub' },
    { id: 'a2', docId: 'd2', codeId: 'other' },
    { id: 'a3', docId: 'd2', codeId: 'subsub' },
  ],
  memos: [
    { id: 'm1', targetType: 'document' as const, targetId: 'd1' },
    { id: 'm2', targetType: 'code' as const, targetId: 'subsub' },
    { id: 'm3', targetType: 'project' as const, targetId: null },
  ],
  decisions: [{ id: 'r1', docId: 'd1' }],
  planLinks: [
    { id: 'l1', planDocId: 'd1', measureDocId: 'd2' },
    { id: 'l2', planDocId: 'd2', measureDocId: 'd3' },
  ],
  copies: [] as { id: string; copyOf: string | null }[],
  variables: ['v1'],
};

describe('delete cascades', () => {
  it('a document takes its text, file, segments, rejected suggestions and memos', () => {
    expect(documentsCascade(['d1'], rows)).toMatchObject({
      documents: ['d1'],
      contents: ['d1'],
      files: ['d1'],
      annotations: ['a1'],
      decisions: ['r1'],
      memos: ['m1'],
      planLinks: ['l1'],
      codes: [],
      recopied: [],
    });
    // A plan pair goes when either side goes.
    expect(documentsCascade(['d3'], rows).planLinks).toEqual(['l2']);
  });
  it("a document's copies stay: the oldest becomes the report, the others point at it", () => {
    const copies = [
      { id: 'c1', copyOf: 'd1' },
      { id: 'c2', copyOf: 'd1' },
      { id: 'c3', copyOf: 'd2' },
      { id: 'c4', copyOf: 'd1' },
    ];
    expect(documentsCascade(['d1', 'c4'], { ...rows, copies }).recopied).toEqual([
      { id: 'c1', copyOf: null },
      { id: 'c2', copyOf: 'c1' },
    ]);
  });
  it('a code takes its sub-codes, their segments and code memos', () => {
    const r = codeCascade('top', rows);
    expect([...r.codes].sort()).toEqual(['sub', 'subsub', 'top']);
    expect([...r.annotations].sort()).toEqual(['a1', 'a3']);
    expect(r.memos).toEqual(['m2']);
    expect(r.documents).toEqual([]);
  });
  it('a project takes everything', () => {
    const r = projectCascade('p', rows);
    expect(r.projects).toEqual(['p']);
    expect(r.annotations).toHaveLength(3);
    expect(r.memos).toHaveLength(3);
    expect(r.codes).toHaveLength(4);
    expect(r.files).toEqual(['d1']);
    expect(r.planLinks).toEqual(['l1', 'l2']);
    expect(r.variables).toEqual(['v1']);
  });
});

describe('snapshots', () => {
  it('an empty project checks out; a dangling reference does not', () => {
    const s = emptySnapshot({ id: 'p', name: 'p', createdAt: 'x', updatedAt: 'x' });
    expect(checkSnapshot(s)).toEqual([]);
    const bad = { ...s, codes: [{ ...s.codes[0], id: 'c', parentId: 'gone' } as never] };
    expect(checkSnapshot(bad)).toEqual(['code c has unknown parent gone']);
  });
});
