/**
 * `fazhi import [--json] PATH...`: import files and folders (recursively,
 * hidden files skipped) and print what each became. A bad file is reported and
 * the batch goes on; the exit status is non-zero only for a usage error.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ImportOptions, ParsedDocument } from '../shared/model/document';
import { importFile } from '../shared/import';
import { formatTable } from './import-table';
import { writeProjectFromImport } from './project-file';

const HELP = `Usage: fazhi import [--json] [--project OUT.fazhi] PATH...

Import report files (.txt, .html, .docx, .pdf) or folders of them (recursively;
hidden files are skipped) and print the text, metadata and sections found.

Options:
  --json       Print one JSON object {"results":[...]}, one entry per file
  --encoding L Read text files in encoding L (e.g. gb18030) instead of detecting it
  --project F  Also write the imported documents as a new project file F (.fazhi)
  -h, --help   Show this help`;

export type ImportEntry =
  | { file: string; ok: true; document: ParsedDocument }
  | { file: string; ok: false; error: { code: string; message: string } };

/** pdf.js resources shipped in pdfjs-dist, as filesystem paths ending in '/' (what pdf.js wants under Node). */
export function pdfResources(): NonNullable<ImportOptions['pdf']> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
}

/** Every file under `path` (the path itself when it is a file), sorted, hidden names skipped. */
async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

export async function importPath(file: string, options: ImportOptions): Promise<ImportEntry> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    return { file, ok: false, error: { code: 'io', message: `${file} could not be read: ${(e as Error).message}` } };
  }
  const result = await importFile(bytes, file, options);
  return result.ok ? { file, ok: true, document: result.document } : { file, ok: false, error: result.error };
}

export async function runImport(args: string[]): Promise<number> {
  let json = false;
  let encoding: string | undefined;
  let project: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    } else if (a === '--encoding') {
      encoding = args[++i];
      if (!encoding) return usage('--encoding needs a value, e.g. --encoding gb18030');
    } else if (a === '--project') {
      project = args[++i];
      if (!project) return usage('--project needs a file name, e.g. --project reports.fazhi');
    } else if (a.startsWith('-') && a !== '-') return usage(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!paths.length) return usage('give at least one file or folder');

  const options: ImportOptions = { pdf: pdfResources(), ...(encoding ? { encoding } : {}) };
  const results: ImportEntry[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = await listFiles(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'io';
      results.push({ file: path, ok: false, error: { code, message: `${path}: ${(e as Error).message}` } });
      continue;
    }
    for (const file of files) {
      const entry = await importPath(file, options);
      results.push(entry);
      if (!json) process.stdout.write(`${formatTable(entry)}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify({ results })}\n`);
  if (project) {
    const written = await writeProjectFromImport(results, project);
    (json ? process.stderr : process.stdout).write(
      `Wrote ${project}: ${written.documents.length} documents, ${written.codes.length} codes.\n`,
    );
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`fazhi import: ${message}\n\n${HELP}\n`);
  return 2;
}
