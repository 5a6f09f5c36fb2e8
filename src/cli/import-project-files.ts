/**
 * `fazhi import` given project files (.fazhi, .qdpx, .qdc): the core reads each
 * (shared/exchange/project-file.ts, as the app does) and says what it holds; with
 * `--project OUT.fazhi` the one project — documents, codebook and coded segments —
 * is written as a Fazhi Coder project. Exit 1 when a file cannot be read.
 */
import type { ProjectFile } from '../shared/exchange/project-file';
import { readProjectFile, writeProjectFile } from './project-file';

const KIND_LABEL: Record<ProjectFile['kind'], string> = {
  backup: 'Fazhi Coder project',
  qdpx: 'REFI-QDA project',
  qdc: 'REFI-QDA codebook',
};

export async function importProjectFiles(
  files: readonly string[],
  opts: { json: boolean; project?: string },
): Promise<number> {
  if (opts.project && files.length !== 1) {
    process.stderr.write('fazhi import: --project takes one project file at a time (or report files only).\n');
    return 2;
  }
  const results: unknown[] = [];
  let failed = false;
  for (const file of files) {
    const r = await readProjectFile(file, 'import');
    if (!r.ok) {
      failed = true;
      if (opts.json) results.push({ file, ok: false, error: r.error });
      else process.stderr.write(`fazhi import: ${r.error.message}\n`);
      continue;
    }
    const s = r.snapshot;
    const counts = {
      documents: s.documents.length,
      codes: s.codes.length,
      annotations: s.annotations.length,
      memos: s.memos.length,
    };
    if (opts.json) results.push({ file, ok: true, kind: r.kind, name: s.project.name, counts, skipped: r.warnings });
    else {
      process.stdout.write(
        `${file}: ${KIND_LABEL[r.kind]} "${s.project.name}": ${counts.documents} documents, ${counts.codes} codes, ${counts.annotations} coded segments, ${counts.memos} memos\n`,
      );
      for (const w of r.warnings) process.stdout.write(`  left out: ${w.what}: ${w.reason}\n`);
    }
    if (opts.project) {
      await writeProjectFile(s, opts.project);
      (opts.json ? process.stderr : process.stdout).write(
        `Wrote ${opts.project}: ${counts.documents} documents, ${counts.codes} codes, ${counts.annotations} coded segments.\n`,
      );
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ results })}\n`);
  return failed ? 1 : 0;
}
