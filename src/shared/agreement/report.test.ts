/** The agreement table on a tiny report, worked by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { cpLength } from '../text/codepoints';
import { computeAgreement } from './report';
import type { AgreementCoding } from './units';

// Three sentences of four code points each; two lie outside the BMP (the text is 14 UTF-16 units).
const TEXT = '甲𠵾乙。丙𫫇丁。戊己庚。';
const doc = {
  id: 'd1',
  length: cpLength(TEXT),
  sentences: [
    { start: 0, end: 4 },
    { start: 4, end: 8 },
    { start: 8, end: 12 },
  ],
  paragraphs: [{ start: 0, end: 12 }],
};
const c = (coder: string, codeId: string, start: number, end: number): AgreementCoding => ({
  docId: 'd1',
  coder,
  codeId,
  start,
  end,
});
const codings = [c('A', 'X', 0, 3), c('A', 'X', 8, 10), c('B', 'X', 1, 4), c('B', 'Y', 4, 6), c('C', 'X', 0, 12)];

describe('computeAgreement', () => {
  it('sentence level: per code and pooled, for the chosen coders only', () => {
    const t = computeAgreement({ documents: [doc], codings, coders: ['A', 'B'], unit: 'sentence' });
    expect(t.units).toBe(3);
    const [x, y] = t.codes;
    // X: A in sentences 1 and 3, B in sentence 1: po = 2/3, pe = 2/3·1/3 + 1/3·2/3 = 4/9, κ = .4.
    expect(x!.figures.percent_agreement).toMatchObject({ n: 3 });
    expect(x!.figures.percent_agreement!.value).toBeCloseTo(2 / 3, 10);
    expect(x!.figures.cohen_kappa!.value).toBeCloseTo(0.4, 10);
    // Y: only B, in sentence 2: po = 2/3, pe = 2/3, κ = 0.
    expect(y!.figures.cohen_kappa!.value).toBeCloseTo(0, 10);
    // Pooled over 6 sentence × code items: po = 4/6, pe = 1/9 + 4/9, κ = .25.
    expect(t.overall.figures.cohen_kappa).toMatchObject({ n: 6 });
    expect(t.overall.figures.cohen_kappa!.value).toBeCloseTo(0.25, 10);
    expect(t.overall.figures.krippendorff_u_alpha).toBeUndefined();
  });

  it('character level counts code points, not UTF-16 units, and adds uα and cuα', () => {
    const t = computeAgreement({ documents: [doc], codings, coders: ['A', 'B'], codeIds: ['X'], unit: 'character' });
    expect(t.units).toBe(12);
    // X: both code 2 points, A alone 3, B alone 1, neither 6: po = 8/12.
    expect(t.codes[0]!.figures.percent_agreement!.value).toBeCloseTo(8 / 12, 10);
    expect(t.codes[0]!.figures.krippendorff_u_alpha).toMatchObject({ n: 12 });
    expect(typeof t.overall.figures.krippendorff_u_alpha!.value).toBe('number');
    expect(t.overall.figures.krippendorff_cu_alpha).toBeDefined();
  });

  it('document and paragraph level: one unit per document or paragraph', () => {
    const d = computeAgreement({ documents: [doc], codings, coders: ['A', 'B', 'C'], unit: 'document' });
    expect(d.units).toBe(1);
    expect(d.codes.map((r) => r.codeId)).toEqual(['X', 'Y']);
    expect(d.codes[0]!.figures.percent_agreement!.value).toBe(1);
    expect(d.codes[0]!.figures.cohen_kappa).toBeUndefined();
    expect(d.codes[0]!.figures.fleiss_kappa!.value).toBeNull();
  });

  it('overlap unit (MAXQDA): segments agree when they share at least the threshold of their joint length', () => {
    const segs = [c('A', 'X', 0, 10), c('B', 'X', 1, 10)]; // shared 9 of joint 10
    const doc10 = { id: 'd1', length: 10 };
    const at90 = computeAgreement({
      documents: [doc10],
      codings: segs,
      coders: ['A', 'B'],
      unit: 'overlap',
      threshold: 0.9,
    });
    expect(at90.units).toBe(2);
    expect(at90.codes[0]!.figures.percent_agreement!.value).toBe(1);
    const at95 = computeAgreement({
      documents: [doc10],
      codings: segs,
      coders: ['A', 'B'],
      unit: 'overlap',
      threshold: 0.95,
    });
    expect(at95.codes[0]!.figures.percent_agreement!.value).toBe(0);
  });

  it('a coder who coded nothing is still compared (all absent); no codings at all gives no codes', () => {
    const t = computeAgreement({ documents: [doc], codings, coders: ['A', 'Nobody'], unit: 'sentence' });
    expect(t.codes[0]!.figures.cohen_kappa!.value).toBeCloseTo(0, 10);
    expect(t.codes[0]!.figures.percent_agreement!.value).toBeCloseTo(1 / 3, 10);
    const empty = computeAgreement({ documents: [doc], codings: [], coders: ['A', 'B'], unit: 'sentence' });
    expect(empty.codes).toEqual([]);
    expect(empty.overall.figures.percent_agreement).toMatchObject({ value: null, n: 0 });
  });
});
