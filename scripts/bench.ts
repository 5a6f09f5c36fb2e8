/**
 * `npm run bench`: runs every scripts/bench-*.ts module's `run()` in turn and
 * prints their figures. Timings are printed, never asserted.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

for (const file of modules) {
  console.log(`\n== ${file} ==`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') {
    console.log(`${file} exports no run(); skipped`);
    continue;
  }
  try {
    await mod.run();
  } catch (e) {
    console.log(`${file} failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  }
}
