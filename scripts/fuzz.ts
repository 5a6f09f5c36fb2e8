/**
 * `npm run fuzz [-- --count N --seed S --budget MS]`: the import fuzzer for long
 * runs, over every sample report (the unit suite runs a fixed few hundred).
 * Prints each finding as it comes and a summary; exit 1 if anything was found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { usePdfiumFromPackage } from '../src/cli/pdfium-wasm';
import { runFuzz } from '../src/shared/import/fuzz.test-helper';

usePdfiumFromPackage();
const SAMPLES = fileURLToPath(new URL('../resources/samples/', import.meta.url));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i === -1 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isFinite(v) ? v : fallback;
}

const count = option('count', 5000);
const seed = option('seed', Date.now() % 1_000_000_007);
const budgetMs = option('budget', 20_000);
const samples = readdirSync(SAMPLES)
  .filter((f) => !f.startsWith('.'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(SAMPLES + name)) }));

console.log(`fuzz: ${count} mutants of ${samples.length} samples, seed ${seed}, budget ${budgetMs} ms per file`);
const started = performance.now();
const report = await runFuzz({
  samples,
  seed,
  count,
  budgetMs,
  onProgress: (done, finding) => {
    if (finding) console.log(`FINDING ${finding.sample} (${finding.mutation}): ${finding.problem}`);
    else if (done % 250 === 0) console.log(`  ${done}/${count}`);
  },
});
console.log(
  `fuzz: ${report.runs} runs in ${Math.round((performance.now() - started) / 1000)} s: ${report.imported} imported, ${report.warned} with a warning, ${report.refused} refused; slowest ${Math.round(report.slowestMs)} ms; ${report.findings.length} findings (seed ${seed})`,
);
process.exit(report.findings.length > 0 ? 1 : 0);
