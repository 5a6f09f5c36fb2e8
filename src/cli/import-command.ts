/**
 * `fazhi import [--json] [--project OUT.fazhi] [--jobs N] [--timeout S] PATH...`: import files
 * and folders (recursively, hidden files skipped) and print what each became. A
 * bad file is reported and the batch goes on; the exit status is non-zero only
 * for a usage error (or a project file that could not be written).
 *
 * Streams, so a crawl of 30,000 reports runs in bounded memory: folders are
 * walked as the import goes, files are parsed in worker threads (N at once), each
 * result is printed (or written as one element of the JSON array) and added to
 * the project file as it comes, in the order listed, then dropped.
 */
import { projectFileKind } from '../shared/exchange/project-file';
import { importProjectFiles } from './import-project-files';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ParsePool } from '../shared/import/parse-pool';
import { findSameReport } from '../shared/import/same-report';
import { PARSE_TIME_BUDGET_MS } from '../shared/import/worker-protocol';
import type { ImportOptions, ParsedDocument } from '../shared/model/document';
import { cliParsePool, defaultJobs } from './import-pool';
import { formatTable } from './import-table';
import { appVersion } from './project-file';
import { ProjectFileWriter } from './project-writer';

const HELP = `Usage: fazhi import [--json] [--project OUT.fazhi] [--jobs N] [--timeout S] PATH...

Import report files (.txt, .html, .docx, .pdf) or folders of them (recursively;
hidden files are skipped) and print the text, metadata and sections found.
A project file (.fazhi, or REFI-QDA .qdpx/.qdc from another tool) is read whole:
what it holds is printed, and --project F writes it (codes and coded segments
included) as a Fazhi Coder project file.

Options:
  --json       Print one JSON object {"results":[...]}, one entry per file
  --encoding L Read text files in encoding L (e.g. gb18030) instead of detecting it
  --project F  Also write the imported documents as a new project file F (.fazhi)
  --jobs N     Parse N files at once in worker threads (default: one per CPU core)
  --timeout S  Give up on a file after S seconds (default: ${PARSE_TIME_BUDGET_MS / 1000}); it is reported
               with the error "timeout" and the batch goes on
  -h, --help   Show this help`;

export type ImportEntry =
  /** `copyOf`: an earlier file of this run that is the same report (same text, or another format or a mirror). */
  | { file: string; ok: true; document: ParsedDocument; copyOf?: string }
  | { file: string; ok: false; error: { code: string; message: string } };

type Listed = { file: string } | { file: string; error: { code: string; message: string } };

/** Every file under `path` (the path itself when it is a file), sorted per folder, hidden names skipped; lazily. */
async function* walk(path: string): AsyncGenerator<Listed> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'io';
    yield { file: path, error: { code, message: `${path}: ${(e as Error).message}` } };
    return;
  }
  if (!info.isDirectory()) {
    yield { file: path };
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield { file: full };
  }
}

type Parsed = { entry: ImportEntry; bytes: Uint8Array | null };

async function readAndParse(file: string, options: ImportOptions, pool: ParsePool): Promise<Parsed> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    return {
      entry: { file, ok: false, error: { code: 'io', message: `${file} could not be read: ${(e as Error).message}` } },
      bytes: null,
    };
  }
  const answer = await pool.parse(bytes, file, options);
  if (!answer.ok) return { entry: { file, ok: false, error: answer.error }, bytes: null };
  const r = answer.result;
  return r.ok
    ? { entry: { file, ok: true, document: r.document }, bytes }
    : { entry: { file, ok: false, error: r.error }, bytes: null };
}

interface Args {
  json: boolean;
  encoding?: string;
  project?: string;
  jobs: number;
  timeoutMs: number;
  paths: string[];
}

function parseArgs(args: string[]): Args | string | 'help' {
  const out: Args = { json: false, jobs: defaultJobs(), timeoutMs: PARSE_TIME_BUDGET_MS, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') out.json = true;
    else if (a === '-h' || a === '--help') return 'help';
    else if (a === '--encoding') {
      out.encoding = args[++i];
      if (!out.encoding) return '--encoding needs a value, e.g. --encoding gb18030';
    } else if (a === '--project') {
      out.project = args[++i];
      if (!out.project) return '--project needs a file name, e.g. --project reports.fazhi';
    } else if (a === '--jobs') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 64) return '--jobs needs a whole number from 1 to 64, e.g. --jobs 2';
      out.jobs = n;
    } else if (a === '--timeout') {
      const s = Number(args[++i]);
      if (!Number.isFinite(s) || s < 1 || s > 3600) return '--timeout needs seconds from 1 to 3600, e.g. --timeout 30';
      out.timeoutMs = Math.round(s * 1000);
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else out.paths.push(a);
  }
  if (!out.paths.length) return 'give at least one file or folder';
  return out;
}

export async function runImport(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (typeof args === 'string') return usage(args);
  const { json, project, jobs, timeoutMs } = args;
  // Project files are read whole by the core; reports go through the parse pool.
  const projectFiles = args.paths.filter((p) => projectFileKind(p) !== null);
  if (projectFiles.length > 0) {
    if (projectFiles.length < args.paths.length)
      return usage('give project files (.fazhi, .qdpx, .qdc) and report files in separate calls');
    return importProjectFiles(projectFiles, { json, ...(project ? { project } : {}) });
  }
  const options: ImportOptions = args.encoding ? { encoding: args.encoding } : {};
  const pool = cliParsePool(jobs, timeoutMs);
  const writer = project
    ? new ProjectFileWriter(project, { name: basename(project).replace(/\.fazhi$/i, ''), appVersion: appVersion() })
    : null;
  const out = process.stdout;
  let first = true;
  const emit = async (entry: ImportEntry): Promise<void> => {
    const ok = json ? out.write(`${first ? '' : ','}${JSON.stringify(entry)}`) : out.write(`${formatTable(entry)}\n`);
    first = false;
    // A slow reader of our output (a pipe) holds the import back instead of filling memory.
    if (!ok) await new Promise((r) => out.once('drain', r));
  };

  // Files in flight, in the order listed: parsed on `jobs` threads with as many more read ahead.
  const window: Promise<Parsed>[] = [];
  const ahead = jobs * 2;
  const seen: { file: string; fingerprint: number[] }[] = [];
  const consume = async (): Promise<void> => {
    const { entry, bytes } = await window.shift()!;
    if (entry.ok && entry.document.fingerprint) {
      const same = findSameReport(entry.document.fingerprint, seen);
      if (same) entry.copyOf = same.match.file;
      else seen.push({ file: entry.file, fingerprint: entry.document.fingerprint });
    }
    if (writer && entry.ok && bytes) await writer.add(entry.document, bytes);
    await emit(entry);
  };
  try {
    if (json) out.write('{"results":[');
    for (const path of args.paths) {
      for await (const listed of walk(path)) {
        if ('error' in listed) {
          window.push(Promise.resolve({ entry: { file: listed.file, ok: false, error: listed.error }, bytes: null }));
        } else window.push(readAndParse(listed.file, options, pool));
        if (window.length >= ahead) await consume();
      }
    }
    while (window.length) await consume();
    if (json) out.write(']}\n');
    if (writer) {
      const written = await writer.close();
      (json ? process.stderr : process.stdout).write(
        `Wrote ${project}: ${written.documents} documents, ${written.codes} codes.\n`,
      );
    }
  } catch (e) {
    await writer?.abort().catch(() => undefined);
    process.stderr.write(`fazhi import: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    pool.dispose();
  }
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`fazhi import: ${message}\n\n${HELP}\n`);
  return 2;
}
