/** Unitizing α on Krippendorff's published examples (the source and figure named in each test). */
import { describe, expect, it } from 'vitest';
import { codingGivenUnitizingAlpha, unitizingAlpha, type UnitSpan } from './unitizing';

const u = (start: number, length: number, value: string): UnitSpan => ({ start, end: start + length, value });
const four = (v: number | null | undefined): number | null => (v == null ? null : Math.round(v * 10000) / 10000);

describe('uα (Krippendorff 2004)', () => {
  // Krippendorff (2004, p. 254): two observers, a continuum from 150 to 450; value c and value k.
  // Shifted by −150 so the continuum starts at 0 (uα depends on lengths and distances only).
  const shift = (s: UnitSpan): UnitSpan => ({ ...s, start: s.start - 150, end: s.end - 150 });
  const example = {
    coders: ['i', 'j'],
    length: 300,
    units: [
      [u(225, 70, 'c'), u(370, 30, 'c'), u(180, 60, 'k'), u(300, 50, 'k')].map(shift),
      [u(220, 80, 'c'), u(355, 20, 'c'), u(400, 20, 'c'), u(180, 60, 'k'), u(300, 50, 'k')].map(shift),
    ],
  };

  it('value c: uDo = .0144, uDe = .0532, uα = .7286; value k: uα = 1; overall .859', () => {
    const r = unitizingAlpha(example);
    const c = r.byValue.get('c')!;
    expect([four(c.observed), four(c.expected), Math.round(c.value! * 1000) / 1000]).toEqual([0.0144, 0.0532, 0.729]);
    expect(four(r.byValue.get('k')!.expected)).toBe(0.049);
    expect(r.byValue.get('k')!.value).toBe(1);
    expect(Math.round(r.overall.value! * 1000) / 1000).toBe(0.859);
    expect(r.overall.n).toBe(300);
  });

  it('Krippendorff (1995, p. 57): observed disagreement of the four pairs A–D on a 24-place continuum', () => {
    const data = {
      coders: ['first', 'second'],
      length: 24,
      units: [
        [u(2, 8, 'A'), u(14, 6, 'A'), u(0, 18, 'B'), u(2, 6, 'C'), u(10, 2, 'C'), u(14, 4, 'C'), u(20, 2, 'C')],
        [u(4, 4, 'A'), u(15, 2, 'A'), u(0, 2, 'B'), u(2, 1, 'B'), u(3, 1, 'B'), u(4, 1, 'B'), u(5, 1, 'B')],
      ],
    };
    data.units[1]!.push(u(6, 3, 'B'), u(9, 1, 'B'), u(0, 2, 'C'), u(4, 4, 'C'), u(10, 4, 'C'), u(16, 2, 'C'));
    data.units[1]!.push(u(20, 2, 'C'));
    const r = unitizingAlpha(data);
    // Krippendorff's figures: A .03125, B 2.26736, C .02777 (printed cut off: it is 1/36 = .027778).
    expect(r.byValue.get('A')!.observed).toBeCloseTo(0.03125, 5);
    expect(r.byValue.get('B')!.observed).toBeCloseTo(2.26736, 5);
    expect(r.byValue.get('C')!.observed).toBeCloseTo(1 / 36, 10);
    expect(Math.trunc(r.byValue.get('C')!.observed * 1e5)).toBe(2777);
  });

  it('identical unitizations agree completely; a coder who marked nothing brings uα below zero', () => {
    const same = { coders: ['a', 'b'], length: 100, units: [[u(10, 20, 'x')], [u(10, 20, 'x')]] };
    expect(unitizingAlpha(same).overall.value).toBe(1);
    const none = { coders: ['a', 'b'], length: 100, units: [[u(10, 20, 'x'), u(50, 10, 'x')], []] };
    expect(unitizingAlpha(none).overall.value!).toBeLessThan(0);
  });

  it('no units at all: undefined, not a number', () => {
    expect(unitizingAlpha({ coders: ['a', 'b'], length: 50, units: [[], []] }).overall).toMatchObject({ value: null });
  });
});

describe('cuα (Krippendorff et al. 2016)', () => {
  it('on units of one character each it is Krippendorff’s α on those characters: .095 for the 2004 binary example', () => {
    // Krippendorff (2004, p. 224): α = .095. Unit i of the example is character i of the continuum.
    const a = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    const b = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const data = {
      coders: ['A', 'B'],
      length: 10,
      units: [a.map((v, i) => u(i, 1, String(v))), b.map((v, i) => u(i, 1, String(v)))],
    };
    expect(Math.round(codingGivenUnitizingAlpha(data).value! * 1000) / 1000).toBe(0.095);
  });

  it('judges values only where units overlap, not their boundaries', () => {
    const data = {
      coders: ['a', 'b'],
      length: 100,
      units: [
        [u(0, 30, 'x'), u(50, 20, 'y')],
        [u(10, 10, 'x'), u(55, 30, 'y')],
      ],
    };
    expect(codingGivenUnitizingAlpha(data).value).toBe(1);
    expect(unitizingAlpha(data).overall.value!).toBeLessThan(1);
  });
});
