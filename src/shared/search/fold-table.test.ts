import { describe, expect, it } from 'vitest';
import { foldCodePoint, foldString } from './fold';
import { scriptFoldPairs } from './fold-pairs';
import { SCRIPT_FOLD_PAIRS } from './fold-table';

describe('the generated script fold table', () => {
  it('is what opencc t→cn computes today (rerun scripts/gen-fold-table.ts when this fails)', () => {
    const fromOpencc = scriptFoldPairs();
    const stored = SCRIPT_FOLD_PAIRS.flatMap((line) => {
      const cps = Array.from(line, (ch) => ch.codePointAt(0)!);
      return Array.from({ length: cps.length / 2 }, (_, i) => [cps[2 * i]!, cps[2 * i + 1]!] as [number, number]);
    });
    expect(stored).toEqual(fromOpencc);
    for (const [from, to] of fromOpencc) expect(foldCodePoint(from, { script: true, width: false })).toBe(to);
  });

  it('folds traditional text, characters outside the BMP included, one code point for one', () => {
    expect(foldString('法治政府建設年度報告')).toBe('法治政府建设年度报告');
    expect(foldString('執法監督')).toBe('执法监督');
    // A BMP character whose simplified form lies outside the BMP, and one the other way round.
    expect(foldString('㗲')).toBe('𠵾');
    expect(foldString('𫫇')).toBe('𫫇');
    expect(foldString('㘚')).toBe('㘎');
  });
});
