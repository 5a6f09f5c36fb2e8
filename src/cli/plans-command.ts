/**
 * `fazhi plans PROJECT.fazhi [--json] [--top N]`: for every government with
 * reports for consecutive years, each plan item of year t with the passages of
 * year t+1's measures that most resemble it (offsets in code points).
 */
import { writeFile } from 'node:fs/promises';
import { tableToCsv } from '../shared/export/csv';
import { PLAN_COLUMNS, planRows, projectPlanMatches } from '../shared/plans/links';
import { loadProject, parseArgs, positiveInt } from './analysis-args';

const HELP = `Usage: fazhi plans PROJECT.fazhi [--json] [--top N] [--out PATH.csv]

For each government with reports for years t and t+1, each plan item of year t
with the passages of year t+1's measures that most resemble it (character
bigram similarity, 0–1), best first.

Options:
  --top N     Passages per plan item (default 3)
  --json      Print JSON instead of text
  --out PATH  Also write the plans dataset (best passage per plan) as CSV
  -h, --help  Show this help`;

export async function runPlans(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = parseArgs(args, ['--json'], ['--top', '--out']);
  if (typeof parsed === 'string') return usage(parsed);
  const top = positiveInt(parsed, '--top');
  if (typeof top === 'string') return usage(top);
  const snapshot = await loadProject('plans', parsed.project);
  if (!snapshot) return 1;
  const contents = new Map(snapshot.contents.map((c) => [c.docId, c]));
  const pairs = projectPlanMatches(snapshot.documents, contents, top ?? 3);
  const out = parsed.values.get('--out');
  if (out) {
    try {
      await writeFile(out, tableToCsv({ columns: PLAN_COLUMNS, rows: planRows(pairs, [], contents) }));
    } catch (e) {
      process.stderr.write(`fazhi plans: could not write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  if (parsed.flags.has('--json')) {
    const json = pairs.map((p) => ({
      government_id: p.government.id,
      government: p.government.name,
      plan_year: p.year,
      plan_doc: { id: p.planDoc.id, file_name: p.planDoc.fileName },
      measure_doc: { id: p.measureDoc.id, file_name: p.measureDoc.fileName },
      plans: p.matches.map((m) => ({ ...m.plan, candidates: m.candidates })),
    }));
    process.stdout.write(`${JSON.stringify({ pairs: json }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  if (!pairs.length) lines.push('No government has reports for two consecutive years.');
  for (const p of pairs) {
    lines.push(
      `${p.government.name} (${p.government.id}): plans of ${p.year} (${p.planDoc.fileName}) → measures of ${p.year + 1} (${p.measureDoc.fileName})`,
    );
    if (!p.matches.length) lines.push('  no plan items found');
    for (const m of p.matches) {
      lines.push(`  ${m.plan.index}. [${m.plan.start}, ${m.plan.end}) ${m.plan.text}`);
      if (!m.candidates.length) lines.push('      (no resembling passage)');
      for (const c of m.candidates) lines.push(`      ${c.similarity.toFixed(3)} [${c.start}, ${c.end}) ${c.text}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`fazhi plans: ${message}\n\n${HELP}\n`);
  return 2;
}
