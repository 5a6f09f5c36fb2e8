/**
 * `fazhi search PROJECT.fazhi QUERY`: every hit as keyword in context (file
 * name, document id, start and end in code points, left context, hit, right
 * context), the count per document and the total. Exit 2 for a usage error, 1
 * when the project cannot be read or the query is invalid.
 */
import { compileQuery, searchCorpus } from '../shared/search';
import { readProjectFile } from './project-file';
import { parseSearchArgs, queryFrom, SEARCH_OPTIONS_HELP } from './search-options';

const HELP = `Usage: fazhi search PROJECT.fazhi QUERY [options]

Search the texts of a project and print each hit in context, then the counts.

${SEARCH_OPTIONS_HELP}

Output options:
  --context N        Characters of context on each side (default 30)
  --json             One JSON object: {"query", "total", "documents": [...], "hits": [...]}
  -h, --help         Show this help`;

function usage(message: string): number {
  process.stderr.write(`fazhi search: ${message}\n\n${HELP}\n`);
  return 2;
}

export async function runSearch(args: string[]): Promise<number> {
  const p = parseSearchArgs(args, ['--context'], ['--json']);
  if (p.flags.has('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (p.error) return usage(p.error);
  if (p.positional.length < 2) return usage('give a project file (.fazhi) and a query');
  const [file, ...queryParts] = p.positional;
  const context = Number(p.values.get('--context') ?? 30);
  if (!Number.isInteger(context) || context < 0) return usage('--context is a whole number');
  const queryText = queryParts.join(' ');
  const compiled = compileQuery(queryFrom(p, queryText));
  if (!compiled.ok) {
    process.stderr.write(`fazhi search: ${compiled.error.message}\n`);
    return 1;
  }
  const project = await readProjectFile(file!);
  if (!project.ok) {
    process.stderr.write(`fazhi search: ${project.error.message}\n`);
    return 1;
  }
  const s = project.snapshot;
  const names = new Map(s.documents.map((d) => [d.id, d.fileName]));
  const result = searchCorpus(
    s.contents.map((c) => ({ docId: c.docId, text: c.text, paragraphs: c.paragraphs })),
    compiled.compiled,
    context,
  );
  const documents = s.documents
    .filter((d) => result.perDoc.has(d.id))
    .map((d) => ({ docId: d.id, fileName: d.fileName, hits: result.perDoc.get(d.id)! }));
  if (p.flags.has('--json')) {
    const hits = result.rows.map((r) => ({ fileName: names.get(r.docId) ?? '', ...r }));
    process.stdout.write(`${JSON.stringify({ query: queryText, total: result.total, documents, hits })}\n`);
    return 0;
  }
  for (const r of result.rows) {
    process.stdout.write(
      `${names.get(r.docId) ?? ''}\t${r.docId}\t${r.start}\t${r.end}\t${r.left}\t【${r.hit}】\t${r.right}\n`,
    );
  }
  process.stdout.write('\n');
  for (const d of documents) process.stdout.write(`${d.hits}\t${d.fileName}\t${d.docId}\n`);
  process.stdout.write(`${result.total} hits in ${documents.length} of ${s.documents.length} documents.\n`);
  return 0;
}
