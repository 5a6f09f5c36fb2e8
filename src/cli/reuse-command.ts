/**
 * `fazhi reuse PROJECT.fazhi [--min-chars N] [--max-reports N] [--json]`: the
 * passages two reports share almost verbatim and each report's share of text
 * found elsewhere. Offsets are code points into the stored texts.
 */
import { writeFile } from 'node:fs/promises';
import { tableToCsv } from '../shared/export/csv';
import { findProjectReuse, reuseTables } from '../shared/reuse/report';
import { loadProject, parseArgs, positiveInt } from './analysis-args';

const HELP = `Usage: fazhi reuse PROJECT.fazhi [--min-chars N] [--max-reports N] [--json] [--out PAIRS.csv] [--shares-out SHARES.csv]

Passages of at least N characters (punctuation and spaces not counted) that two
reports share almost verbatim, across governments and across years, and the share
of each report's text found in other reports. Copies of one report are compared
once; text found in more than --max-reports reports is boilerplate and ignored.

Options:
  --min-chars N    Shortest passage (default 50)
  --max-reports N  Boilerplate threshold (default: 5% of the reports, at least 2)
  --json           Print {"pairs": [...], "shares": [...]} instead of text
  --out PATH       Also write the passages as CSV
  --shares-out P   Also write the per-report shares as CSV
  -h, --help       Show this help`;

export async function runReuse(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseArgs(args, ['--json'], ['--min-chars', '--max-reports', '--out', '--shares-out']);
  if (typeof parsed === 'string') return usage(parsed);
  const minChars = positiveInt(parsed, '--min-chars');
  const maxReports = positiveInt(parsed, '--max-reports');
  if (typeof minChars === 'string') return usage(minChars);
  if (typeof maxReports === 'string') return usage(maxReports);
  const snapshot = await loadProject('reuse', parsed.project);
  if (!snapshot) return 1;
  const contents = new Map(snapshot.contents.map((c) => [c.docId, c]));
  const result = findProjectReuse(snapshot.documents, contents, { minChars, maxReports });
  const tables = reuseTables(result, snapshot.documents, contents);
  for (const [option, table] of [
    ['--out', tables.pairs],
    ['--shares-out', tables.shares],
  ] as const) {
    const path = parsed.values.get(option);
    if (!path) continue;
    try {
      await writeFile(path, tableToCsv(table));
    } catch (e) {
      process.stderr.write(`fazhi reuse: could not write ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  if (parsed.flags.has('--json')) {
    const pairs = tables.pairs.rows.map(({ text_b: _b, ...r }) => ({ ...r, text: r.text_a, text_a: undefined }));
    process.stdout.write(
      `${JSON.stringify({ minChars: result.minChars, maxReports: result.maxReports, pairs, shares: tables.shares.rows }, null, 2)}\n`,
    );
    return 0;
  }
  const lines = [
    `${tables.pairs.rows.length} shared passages (at least ${result.minChars} characters; boilerplate: text in more than ${result.maxReports} reports)`,
  ];
  for (const r of tables.pairs.rows) {
    lines.push(
      `${r.file_a} [${r.start_a}, ${r.end_a}) ↔ ${r.file_b} [${r.start_b}, ${r.end_b}) · ${r.chars} characters${r.same_government ? ' · same government' : ''}`,
      `    ${r.doc_a} ↔ ${r.doc_b}`,
      `    ${String(r.text_a).slice(0, 60)}${String(r.text_a).length > 60 ? '…' : ''}`,
    );
  }
  lines.push('', 'Share of each report found in other reports:');
  for (const s of tables.shares.rows) {
    const pct = (Number(s.share_found_elsewhere) * 100).toFixed(1);
    lines.push(
      `${s.file_name} (${s.doc_id}): ${pct}% (${s.chars_found_elsewhere}/${s.chars})${s.found_in ? ` in ${s.found_in}` : ''}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`fazhi reuse: ${message}\n\n${HELP}\n`);
  return 2;
}
