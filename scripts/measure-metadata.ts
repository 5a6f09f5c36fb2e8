/**
 * Per-field accuracy of the importer on a folder of pages with expected metadata
 * (expected.json: file, title, published, publisher, reportYear, regionCode, level,
 * genre, textStart, textEnd). Prints, per field, how many are right, how many are
 * wrong, and how many were filled in where empty was right.
 *
 *   npx tsx scripts/measure-metadata.ts src/shared/import/analyze/fixtures/portal [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePdfiumFromPackage } from '../src/cli/pdfium-wasm';
import { importFile } from '../src/shared/import';
import { compareToExpected, FIELDS, type Expected } from '../src/shared/import/analyze/expected';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: measure-metadata.ts FOLDER [--verbose]\n');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
// PDFs are read with PDFium, whose WebAssembly this Node script loads from the package, as the CLI does.
usePdfiumFromPackage();
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<string, number>;
const wrongFilled = { ...right };
for (const e of expected) {
  const r = await importFile(new Uint8Array(readFileSync(join(dir, e.file))), e.file);
  if (!r.ok) {
    process.stdout.write(`${e.file}: ${r.error.message}\n`);
    continue;
  }
  for (const c of compareToExpected(r.document, e)) {
    if (c.ok) right[c.field]!++;
    else {
      if (c.expected === null && c.got !== null) wrongFilled[c.field]!++;
      if (verbose)
        process.stdout.write(
          `${e.file} ${c.field}: got ${JSON.stringify(c.got)}, want ${JSON.stringify(c.expected)}\n`,
        );
    }
  }
}
const n = expected.length;
process.stdout.write(`${n} pages\nfield        right   wrongly filled\n`);
for (const f of FIELDS) {
  process.stdout.write(
    `${f.padEnd(12)} ${String(right[f]).padStart(3)}/${n} ${((100 * right[f]!) / n).toFixed(1).padStart(5)}%   ${wrongFilled[f]}\n`,
  );
}
