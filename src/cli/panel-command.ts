/**
 * `fazhi panel PROJECT.fazhi --out panel.csv [--wide]`: the government × year
 * panel dataset, long (government, year, variable, value) unless --wide; an
 * .xlsx path writes a workbook. Exit 2 for a usage error, 1 when the project
 * cannot be read or the file written.
 */
import { writeFile } from 'node:fs/promises';
import { tableToCsv } from '../shared/export/csv';
import { tablesToXlsx } from '../shared/export/xlsx';
import { buildPanelTable, indexPanel, panelLong } from '../shared/panel/panel';
import { loadProject, parseArgs } from './analysis-args';

const HELP = `Usage: fazhi panel PROJECT.fazhi --out PATH [--wide] [--json]

The government × year panel: one government and year reported on per row (copies
of a report counted once), with level, region, publication date, days after the
1 April deadline, characters per prescribed section, shortcomings and plan items,
and codings per code.

Options:
  --out PATH   File to write: .csv (UTF-8 with BOM) or .xlsx
  --wide       One row per government and year (default: long, one row per variable)
  --json       Print the grid of governments × years (present, coded, missing) as JSON
  -h, --help   Show this help`;

export async function runPanel(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseArgs(args, ['--wide', '--json'], ['--out']);
  if (typeof parsed === 'string') return usage(parsed);
  const out = parsed.values.get('--out');
  if (!out && !parsed.flags.has('--json')) return usage('--out is required (or --json for the grid)');
  const snapshot = await loadProject('panel', parsed.project);
  if (!snapshot) return 1;
  const wide = buildPanelTable(snapshot);
  const table = parsed.flags.has('--wide') ? wide : panelLong(wide);
  if (out) {
    const bytes = /\.xlsx$/i.test(out) ? tablesToXlsx([{ name: 'panel', ...table }]) : tableToCsv(table);
    try {
      await writeFile(out, bytes);
    } catch (e) {
      process.stderr.write(`fazhi panel: could not write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  const codings = new Map<string, number>();
  for (const a of snapshot.annotations) codings.set(a.docId, (codings.get(a.docId) ?? 0) + 1);
  const index = indexPanel(snapshot.documents, codings);
  if (parsed.flags.has('--json')) {
    const grid = index.governments.map((g) => ({
      government_id: g.id,
      government: g.name,
      years: Object.fromEntries(
        index.years.map((y) => {
          const cell = index.cells.get(`${g.id}\t${y}`);
          return [
            y,
            cell ? { status: cell.codings > 0 ? 'coded' : 'present', doc_id: cell.doc.id } : { status: 'missing' },
          ];
        }),
      ),
    }));
    const unplaced = index.unplaced.map((u) => ({ doc_id: u.doc.id, file_name: u.doc.fileName, reason: u.reason }));
    process.stdout.write(`${JSON.stringify({ years: index.years, governments: grid, unplaced }, null, 2)}\n`);
  }
  if (out) {
    process.stdout.write(
      `Wrote ${out} (${parsed.flags.has('--wide') ? 'wide' : 'long'}, ${table.rows.length} rows): ${wide.rows.length} government-years, ${index.governments.length} governments, ${index.unplaced.length} documents not placed.\n`,
    );
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`fazhi panel: ${message}\n\n${HELP}\n`);
  return 2;
}
