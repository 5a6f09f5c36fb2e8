import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz.test-helper';

const sample = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../../resources/samples/${name}`, import.meta.url))),
});

describe('import fuzzing (fixed seed)', () => {
  // Fast formats get most of the mutants; one PDF keeps the run CI-fast.
  it('never throws, stays in budget, has no internal error and never changes text silently', async () => {
    const report = await runFuzz({
      samples: [
        sample('dida-2022.gov.docx'),
        sample('linping-2022.gov.docx'),
        sample('linping-2022.html'),
        sample('chaoyang-ln-2024.gbk.html'),
        sample('dida-2022.gb18030.txt'),
        sample('dida-2022.gov.docx'),
        sample('linping-2022.txt'),
        sample('dida-2022.gov.pdf'),
      ],
      seed: 20261201,
      count: 320,
      // Generous: the unit suite shares two cores with everything else; `npm run fuzz` uses the real budget.
      budgetMs: 15_000,
    });
    expect(report.findings).toEqual([]);
    expect(report.runs).toBe(320);
    // The mutants exercise every outcome, or the test is not testing much.
    expect(report.refused).toBeGreaterThan(20);
    expect(report.warned + report.imported).toBeGreaterThan(20);
  }, 240_000);
});
