/**
 * `fazhi autocode PROJECT.fazhi QUERY --code PATH --out OUT.fazhi`: codes every
 * hit (or its sentence or paragraph) with one code and writes the project with
 * the new codings (origin "auto", with the query). Existing codings are kept and
 * never duplicated. Exit 2 for a usage error, 1 when a file or the code is wrong.
 */
import { compileQuery, type AutocodeUnit } from '../shared/search';
import { autocodeSnapshot, findCodeByPath } from '../shared/search/autocode-snapshot';
import { readProjectFile, writeProjectFile } from './project-file';
import { parseSearchArgs, queryFrom, SEARCH_OPTIONS_HELP } from './search-options';

const HELP = `Usage: fazhi autocode PROJECT.fazhi QUERY --code PATH --out OUT.fazhi [options]

Code every hit of QUERY with one code and write the project with the new codings.

Options:
  --code PATH        The code: names from the top joined by "/" (Chinese or English names,
                     or category keys as exports write them: measures/行政执法工作体系), or its id
  --unit UNIT        hit (default), sentence or paragraph: what each hit is widened to
  --n N              Also code N sentences or paragraphs on each side (default 0)
  --coder NAME       The coder recorded on the new codings (default "autocode")
  --out FILE         The project file to write (may be PROJECT itself)
  --json             Print a JSON summary
  -h, --help         Show this help

${SEARCH_OPTIONS_HELP}`;

function usage(message: string): number {
  process.stderr.write(`fazhi autocode: ${message}\n\n${HELP}\n`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`fazhi autocode: ${message}\n`);
  return 1;
}

export async function runAutocode(args: string[]): Promise<number> {
  const p = parseSearchArgs(args, ['--code', '--unit', '--n', '--coder', '--out'], ['--json']);
  if (p.flags.has('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (p.error) return usage(p.error);
  if (p.positional.length < 2) return usage('give a project file (.fazhi) and a query');
  const codePath = p.values.get('--code');
  const out = p.values.get('--out');
  if (!codePath) return usage('--code is required');
  if (!out) return usage('--out is required');
  const unit = p.values.get('--unit') ?? 'hit';
  if (unit !== 'hit' && unit !== 'sentence' && unit !== 'paragraph')
    return usage('--unit is hit, sentence or paragraph');
  const n = Number(p.values.get('--n') ?? 0);
  if (!Number.isInteger(n) || n < 0) return usage('--n is a whole number');

  const [file, ...queryParts] = p.positional;
  const queryText = queryParts.join(' ');
  const compiled = compileQuery(queryFrom(p, queryText));
  if (!compiled.ok) return fail(compiled.error.message);
  const project = await readProjectFile(file!);
  if (!project.ok) return fail(project.error.message);
  const s = project.snapshot;
  const code = findCodeByPath(s.codes, codePath);
  if (!code) {
    const top = s.codes.filter((c) => c.parentId === null).map((c) => c.category ?? c.name);
    return fail(`no code "${codePath}" in ${file}; top-level codes: ${top.join(', ')}.`);
  }
  const opts = { unit: unit as AutocodeUnit, n, semicolons: p.query.semicolons ?? false };
  const result = autocodeSnapshot(s, compiled.compiled, code, opts, {
    queryText,
    coder: p.values.get('--coder') ?? 'autocode',
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  });
  const next = { ...s, annotations: [...s.annotations, ...result.annotations] };
  try {
    await writeProjectFile(next, out);
  } catch (e) {
    return fail(`could not write ${out}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const summary = {
    query: queryText,
    code: code.name,
    codeId: code.id,
    unit,
    n,
    hits: result.hits,
    created: result.annotations.length,
    alreadyCoded: result.plan.existing,
    documents: new Set(result.annotations.map((a) => a.docId)).size,
    out,
  };
  if (p.flags.has('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else
    process.stdout.write(
      `${summary.hits} hits → ${summary.created} new codings of "${code.name}" in ${summary.documents} documents` +
        ` (${summary.alreadyCoded} already coded). Wrote ${out}.\n`,
    );
  return 0;
}
