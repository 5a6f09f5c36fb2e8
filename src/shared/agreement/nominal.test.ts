/**
 * Each coefficient on published worked examples. The source and the figure it
 * prints are named in each test; figures are checked to three decimals.
 */
import { describe, expect, it } from 'vitest';
import { brennanPredigerKappa, cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement } from './nominal';
import { fromMasks, fromTable, type ReliabilityData } from './rows';

/** Two coders' cross-tabulation (count, value of coder 1, value of coder 2) as reliability data. */
function crossTab(cells: [number, string, string][]): ReliabilityData {
  const units: string[][] = [];
  for (const [count, a, b] of cells) for (let i = 0; i < count; i++) units.push([a, b]);
  return fromTable(['1', '2'], units);
}

const three = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);

describe('Cohen’s κ', () => {
  it('Cohen (1960, p. 45): 200 units, three categories, po = .70, pc = .41, κ = .492', () => {
    const data = crossTab([
      [88, '1', '1'], [14, '1', '2'], [18, '1', '3'],
      [10, '2', '1'], [40, '2', '2'], [10, '2', '3'],
      [2, '3', '1'], [6, '3', '2'], [12, '3', '3'],
    ]); // prettier-ignore
    expect(three(percentAgreement(data).value)).toBe(0.7);
    expect(three(cohenKappa(data).value)).toBe(0.492);
    expect(cohenKappa(data).n).toBe(200);
  });

  it('Krippendorff (2004, p. 246): Cohen’s κ .186 and .258 for two tables with the same agreement .460', () => {
    const a = crossTab([
      [12, 'a', 'a'], [9, 'a', 'b'], [9, 'a', 'c'],
      [9, 'b', 'a'], [14, 'b', 'b'], [9, 'b', 'c'],
      [9, 'c', 'a'], [9, 'c', 'b'], [20, 'c', 'c'],
    ]); // prettier-ignore
    const b = crossTab([
      [12, 'a', 'a'], [18, 'a', 'b'], [18, 'a', 'c'],
      [14, 'b', 'b'], [18, 'b', 'c'], [20, 'c', 'c'],
    ]); // prettier-ignore
    expect([three(percentAgreement(a).value), three(cohenKappa(a).value)]).toEqual([0.46, 0.186]);
    expect([three(percentAgreement(b).value), three(cohenKappa(b).value)]).toEqual([0.46, 0.258]);
    // Bennett et al.'s S, the same as Brennan–Prediger's κ with q = 3: .190 for both.
    expect(three(brennanPredigerKappa(a).value)).toBe(0.19);
    expect(three(brennanPredigerKappa(b).value)).toBe(0.19);
  });

  it('is left undefined for more than two coders', () => {
    expect(cohenKappa(fromTable(['a', 'b', 'c'], [['x', 'x', 'y']])).value).toBeNull();
  });
});

describe('Brennan–Prediger κ', () => {
  it('Brennan & Prediger (1981, p. 689): po = .60, κn = .40 with three categories, while Cohen’s κ = .27', () => {
    const data = crossTab([
      [50, '1', '1'],
      [10, '2', '1'],
      [10, '2', '2'],
      [10, '2', '3'],
      [20, '3', '1'],
    ]);
    expect(three(percentAgreement(data).value)).toBe(0.6);
    expect(three(brennanPredigerKappa(data).value)).toBe(0.4);
    expect(Math.round(cohenKappa(data).value! * 100) / 100).toBe(0.27);
  });
});

describe('Fleiss’ κ', () => {
  // Fleiss (1971, Table 1): 30 patients, 6 psychiatrists each, five diagnoses; counts per patient.
  const FLEISS_1971 = [
    [0,0,0,6,0],[0,3,0,0,3],[0,1,4,0,1],[0,0,0,0,6],[0,3,0,3,0],[2,0,4,0,0],[0,0,4,0,2],[2,0,3,1,0],[2,0,0,4,0],[0,0,0,0,6],
    [1,0,0,5,0],[1,1,0,4,0],[0,3,3,0,0],[1,0,0,5,0],[0,2,0,3,1],[0,0,5,0,1],[3,0,0,1,2],[5,1,0,0,0],[0,2,0,4,0],[1,0,2,0,3],
    [0,0,0,0,6],[0,1,0,5,0],[0,2,0,1,3],[2,0,0,4,0],[1,0,0,4,1],[0,5,0,1,0],[4,0,0,0,2],[0,2,0,4,0],[1,0,5,0,0],[0,0,0,0,6],
  ]; // prettier-ignore
  const units = FLEISS_1971.map((row) => row.flatMap((count, k) => new Array<string>(count).fill(`d${k + 1}`)));
  const data = fromTable(['r1', 'r2', 'r3', 'r4', 'r5', 'r6'], units);

  it('Fleiss (1971, p. 379): P̄ = .556, P̄e = .220, κ = .430 over 30 patients', () => {
    expect(three(percentAgreement(data).value)).toBe(0.556);
    expect(three(fleissKappa(data).value)).toBe(0.43);
    expect(fleissKappa(data).n).toBe(30);
  });

  it('leaves out units one coder did not rate, and says how many it used', () => {
    const withGap = fromTable(
      ['a', 'b', 'c'],
      [
        ['x', 'x', 'x'],
        ['y', 'y', 'x'],
        ['x', null, 'y'],
        ['y', 'y', 'y'],
      ],
    );
    expect(fleissKappa(withGap).n).toBe(3);
  });
});

describe('Krippendorff’s α (nominal)', () => {
  it('Krippendorff (2004, p. 224; 2011): two coders, ten units, binary: Do = .400, De = .442, α = .095', () => {
    const a = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const b = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const data = fromTable(
      ['A', 'B'],
      a.map((x, i) => [String(x), String(b[i])]),
    );
    expect(three(krippendorffAlpha(data).value)).toBe(0.095);
    expect(three(percentAgreement(data).value)).toBe(0.6);
  });

  it('Krippendorff (2004, p. 227): two coders, twelve units, three values: α = .734', () => {
    const pairs = ['aa', 'ab', 'bb', 'bb', 'bb', 'bb', 'bc', 'cc', 'cc', 'cc', 'cc', 'cc'];
    const data = fromTable(
      ['A', 'B'],
      pairs.map((p) => [p[0]!, p[1]!]),
    );
    expect(three(krippendorffAlpha(data).value)).toBe(0.734);
    expect(three(percentAgreement(data).value)).toBe(0.833);
  });

  it('Krippendorff (2004, p. 230; 2011): four coders, twelve units, missing values: nominal α = .743', () => {
    const _ = null;
    const data = fromTable(
      ['A', 'B', 'C', 'D'],
      [
        ['1', '1', _, '1'], ['2', '2', '3', '2'], ['3', '3', '3', '3'], ['3', '3', '3', '3'],
        ['2', '2', '2', '2'], ['1', '2', '3', '4'], ['4', '4', '4', '4'], ['1', '1', '2', '1'],
        ['2', '2', '2', '2'], [_, '5', '5', '5'], [_, _, '1', '1'], [_, _, '3', _],
      ],
    ); // prettier-ignore
    const alpha = krippendorffAlpha(data);
    expect(three(alpha.value)).toBe(0.743);
    // The last unit has a single value: it cannot be paired and is not counted.
    expect(alpha.n).toBe(11);
  });

  it('gives the same figure from bit masks as from the table they stand for', () => {
    // Units by mask for coders A (bit 0) and B (bit 1): the 2004 binary example again.
    const masks = new Map([[1, 1], [3, 1], [2, 3]]); // prettier-ignore
    expect(three(krippendorffAlpha(fromMasks(['A', 'B'], 10, masks)).value)).toBe(0.095);
  });
});

describe('edge cases', () => {
  it('one category only: agreement is complete, every chance-corrected figure undefined', () => {
    const data = fromTable(
      ['A', 'B', 'C'],
      [
        ['x', 'x', 'x'],
        ['x', 'x', 'x'],
      ],
    );
    expect(percentAgreement(data).value).toBe(1);
    for (const f of [cohenKappa, fleissKappa, krippendorffAlpha, brennanPredigerKappa])
      expect(f(data).value).toBeNull();
  });

  it('no codings at all: nothing to compute, n = 0', () => {
    const data = fromTable(['A', 'B'], []);
    for (const f of [percentAgreement, cohenKappa, fleissKappa, krippendorffAlpha, brennanPredigerKappa]) {
      expect(f(data)).toMatchObject({ value: null, n: 0 });
    }
  });

  it('a coder who coded nothing: the other coder’s codings are all disagreements', () => {
    // B marks nothing present; A marks 3 of 10 units.
    const data = fromMasks(['A', 'B'], 10, new Map([[1, 3]]));
    expect(percentAgreement(data).value).toBeCloseTo(0.7, 10);
    // Cohen: pe = .7·1 + .3·0 = .7, so κ = (.7 − .7)/(1 − .7) = 0.
    expect(cohenKappa(data).value).toBeCloseTo(0, 10);
    expect(krippendorffAlpha(data).value!).toBeLessThan(0);
  });
});
