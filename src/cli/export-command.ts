/**
 * `fazhi export PROJECT --format F --out PATH`: writes one export of a project
 * file (.fazhi, or REFI-QDA .qdpx/.qdc from another tool, read by the core's
 * shared/exchange/project-file.ts). Exit 2 for a usage error, 1 when the project cannot be read or
 * the output written, 0 on success.
 */
import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS, exportProject, isExportFormat } from '../shared/export/export-project';
import { appVersion, readProjectFile } from './project-file';

const HELP = `Usage: fazhi export PROJECT --format FORMAT --out PATH

Export a coded project. PROJECT is a .fazhi project file, or a REFI-QDA project
(.qdpx) or codebook (.qdc) from NVivo, ATLAS.ti or MAXQDA.

Formats:
  csv           Coded segments, one row per segment and code (UTF-8 CSV with BOM); the text
                column is exactly the document text at its offsets: for R, Stata, pandas
  csv-excel     The same for opening in Excel: cells starting with = + - @ get a leading
                apostrophe so Excel does not run them as formulas (the text is then not exact)
  docs-csv      Documents, one row per document with segment counts and shares per code
  xlsx          Both tables as an Excel workbook (sheets "segments" and "documents")
  jsonl         Coded segments as JSON Lines
  qdpx          REFI-QDA project for NVivo, ATLAS.ti, MAXQDA
  qdc           REFI-QDA codebook
  codebook-csv  The codebook with the column key of each code
  fazhi         The whole project as a Fazhi Coder project file

Options:
  --format F   One of: ${EXPORT_FORMATS.join(', ')}
  --out PATH   File to write
  --coder NAME Only this coder's codings (repeat or separate by commas; "consensus" for the
               resolved codings): the datasets' n_/share_ counts are then that coder's
  -h, --help   Show this help`;

function usage(message: string): number {
  process.stderr.write(`fazhi export: ${message}\n\n${HELP}\n`);
  return 2;
}

export async function runExport(args: string[]): Promise<number> {
  let format: string | undefined;
  let out: string | undefined;
  const coders: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    } else if (a === '--format' || a === '--out') {
      const v = args[++i];
      if (!v) return usage(`${a} needs a value`);
      if (a === '--format') format = v;
      else out = v;
    } else if (a === '--coder' || a.startsWith('--coder=')) {
      const v = a === '--coder' ? args[++i] : a.slice(8);
      if (!v) return usage('--coder needs a name');
      coders.push(...v.split(',').map((c) => c.trim()));
    } else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length !== 1) return usage('give exactly one project file (.fazhi, .qdpx or .qdc)');
  if (!format) return usage('--format is required');
  if (!isExportFormat(format)) return usage(`unknown format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
  if (!out) return usage('--out is required');

  const project = await readProjectFile(inputs[0]!);
  if (!project.ok) {
    process.stderr.write(`fazhi export: ${project.error.message}\n`);
    return 1;
  }
  for (const w of project.warnings) process.stderr.write(`fazhi export: warning: ${w.what}: ${w.reason}\n`);
  const known = new Set(project.snapshot.annotations.map((a) => a.coder));
  const unknown = coders.filter((c) => !known.has(c));
  if (unknown.length)
    process.stderr.write(`fazhi export: warning: no codings by ${unknown.map((c) => `"${c}"`).join(', ')}\n`);
  const scope = coders.length ? { coders } : {};
  const file = exportProject(project.snapshot, format, scope, { appVersion: appVersion() });
  try {
    await writeFile(out, file.bytes);
  } catch (e) {
    process.stderr.write(`fazhi export: could not write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const s = project.snapshot;
  process.stdout.write(
    `Wrote ${out} (${format}, ${file.bytes.length} bytes): ${s.documents.length} documents, ${s.annotations.length} coded segments, ${s.codes.length} codes.\n`,
  );
  return 0;
}
