/**
 * The script fold as opencc computes it: every Han code point converted t→cn on
 * its own, keeping only one-to-one conversions (anything else would shift
 * offsets). Run by scripts/gen-fold-table.ts and by fold-table.test.ts, never at
 * search time (it takes a fraction of a second).
 */
import { Converter } from 'opencc-js/t2cn';

const HAN: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x323af],
];

/** [from, to] for every Han code point the fold changes, in code point order. */
export function scriptFoldPairs(): [number, number][] {
  const convert = Converter({ from: 't', to: 'cn' });
  const cps: number[] = [];
  for (const [a, b] of HAN) for (let c = a; c <= b; c++) cps.push(c);
  // Newline-separated so that no phrase rule spans two characters.
  const out = convert(cps.map((c) => String.fromCodePoint(c)).join('\n')).split('\n');
  if (out.length !== cps.length) throw new Error('opencc changed the number of lines');
  const pairs: [number, number][] = [];
  for (let i = 0; i < cps.length; i++) {
    const o = out[i]!;
    const to = o.codePointAt(0)!;
    if (to !== cps[i] && o.length === (to > 0xffff ? 2 : 1)) pairs.push([cps[i]!, to]);
  }
  return pairs;
}
