import { describe, expect, it } from 'vitest';
import { comparable, estimateJaccard, lshKeys, minhash, minhashText, shingleHashes } from './minhash';

const A = '一年来，我区坚持依法行政，推进法治政府建设，行政执法规范化水平持续提升，群众满意度明显提高。';

describe('minhash', () => {
  it('gives one shingle per run of code points, counting 𠵾 as one character', () => {
    expect(shingleHashes('𠵾𫫇abc', 5)).toHaveLength(1);
    expect(shingleHashes('𠵾𫫇abcd', 5)).toHaveLength(2);
    expect(shingleHashes('', 5)).toHaveLength(0);
    expect(shingleHashes('短', 5)).toHaveLength(1);
  });

  it('compares letters and digits only: line breaks, spaces and ASCII or full-width punctuation do not count', () => {
    expect(comparable('一、总体情况\n（一）２０２３年，')).toBe('一总体情况一2023年');
    const wrapped = A.replace(/，/g, ',\n').replace(/。/g, '. ');
    expect(estimateJaccard(minhashText(A), minhashText(wrapped))).toBe(1);
  });

  it('is deterministic and estimates similarity: near texts high, unrelated texts low', () => {
    const B = '本市全面落实重大行政决策程序制度，开展规范性文件合法性审核，完善行政复议体制改革，化解矛盾纠纷。';
    expect(Array.from(minhashText(A))).toEqual(Array.from(minhashText(A)));
    const longA = A.repeat(1) + B;
    const edited = longA.replace('持续提升', '稳步提升');
    expect(estimateJaccard(minhashText(longA), minhashText(edited))).toBeGreaterThan(0.7);
    expect(estimateJaccard(minhashText(A), minhashText(B))).toBeLessThan(0.2);
  });

  it('makes signatures of the requested length, comparable only at equal length', () => {
    const sig = minhash(shingleHashes(comparable(A)), { hashes: 32 });
    expect(sig).toHaveLength(32);
    expect(estimateJaccard(sig, minhashText(A))).toBe(0);
  });

  it('gives LSH keys that similar signatures share and unrelated ones do not', () => {
    const s1 = minhashText(A + A.slice(3));
    const s2 = minhashText(A + A.slice(4));
    const s3 = minhashText('行政复议案件办理质效提升，府院联动机制常态化运行，法治宣传教育深入开展。');
    const k1 = new Set(lshKeys(s1));
    expect(lshKeys(s1)).toHaveLength(16);
    expect(lshKeys(s2).some((k) => k1.has(k))).toBe(true);
    expect(lshKeys(s3).some((k) => k1.has(k))).toBe(false);
  });

  it('keeps the signatures stored by earlier versions: the same text gives the same values', () => {
    // Fingerprints are stored with documents and compared with new imports: a change here would
    // make every stored fingerprint unmatchable. Values as the first version (schema v3) computed them.
    expect(Array.from(minhashText(A)).slice(0, 6)).toEqual([
      4185111089, 3430298673, 2490218787, 89288300, 1590420798, 3019317161,
    ]);
    const astral = '𠵾𫫇村ＡＢ１２，法治 政府\n建设';
    expect(comparable(astral)).toBe('𠵾𫫇村AB12法治政府建设');
    expect(Array.from(minhashText(astral)).slice(0, 3)).toEqual([729959766, 3200362858, 4117651493]);
  });
});
