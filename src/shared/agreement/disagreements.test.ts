import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/project';
import { compareCoders, CONSENSUS_CODER, planDecision } from './disagreements';

const seg = (id: string, coder: string, codeId: string, start: number, end: number): Annotation => ({
  id,
  projectId: 'p',
  docId: 'd',
  codeId,
  start,
  end,
  quote: '',
  memo: '',
  coder,
  origin: 'manual',
  createdAt: '',
  updatedAt: '',
});

describe('compareCoders', () => {
  const codings = [
    seg('a1', 'A', 'x', 0, 10),
    seg('b1', 'B', 'x', 0, 10), // agreed
    seg('a2', 'A', 'x', 20, 30),
    seg('b2', 'B', 'x', 25, 40), // overlaps a2: one passage [20, 40)
    seg('a3', 'A', 'y', 50, 60), // A alone
    seg('b3', 'B', 'y', 70, 80), // B alone
    seg('c1', CONSENSUS_CODER, 'x', 22, 28),
    seg('z', 'Z', 'x', 0, 100), // another coder: not compared
  ];

  it('finds agreed segments and groups the rest into passages, in text order', () => {
    const r = compareCoders(codings, 'A', 'B');
    expect(r.agreed.map((a) => a.id)).toEqual(['a1']);
    expect(r.disagreements.map((d) => [d.codeId, d.start, d.end, d.a.map((x) => x.id), d.b.map((x) => x.id)])).toEqual([
      ['x', 20, 40, ['a2'], ['b2']],
      ['y', 50, 60, ['a3'], []],
      ['y', 70, 80, [], ['b3']],
    ]);
    expect(r.disagreements[0]!.consensus.map((c) => c.id)).toEqual(['c1']);
  });

  it('a decision writes consensus copies and replaces what consensus had there', () => {
    const d = compareCoders(codings, 'A', 'B').disagreements[0]!;
    let n = 0;
    const ids = { newId: () => `n${++n}`, now: 'T' };
    expect(planDecision(d, 'b', ids)).toMatchObject({
      put: [{ id: 'n1', coder: CONSENSUS_CODER, start: 25, end: 40 }],
      remove: ['c1'],
    });
    expect(planDecision(d, 'both', ids).put.map((p) => [p.start, p.end])).toEqual([
      [20, 30],
      [25, 40],
    ]);
    expect(planDecision(d, 'neither', ids)).toEqual({ put: [], remove: ['c1'] });
  });
});
