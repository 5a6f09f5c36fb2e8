/**
 * `fazhi merge PROJECT.fazhi CODER1.fazhi CODER2.qdpx … --out MERGED.fazhi`:
 * brings coders' files back into the project and writes the result, listing
 * what each file added and what could not be matched. The project file itself
 * is never overwritten unless --out names it. Exit 2 for a usage error, 1 when a
 * file cannot be read or written.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importQdpx } from '../shared/exchange/qdpx-import';
import type { ProjectSnapshot } from '../shared/model/project';
import { mergeAll, type MergeReport } from '../shared/project/merge';
import { readProjectFile, writeProjectFile } from './project-file';

const HELP = `Usage: fazhi merge PROJECT.fazhi CODER.fazhi|CODER.qdpx... --out MERGED.fazhi [--json]

Merge coders' project files (.fazhi, or .qdpx from another tool) into a project:
documents match by id or text, codes by id or path, codings by id or content;
merging a file twice changes nothing. Lists what could not be matched.

Options:
  --out PATH   The merged project to write (.fazhi)
  --json       Print the merge reports as JSON
  -h, --help   Show this help`;

function usage(message: string): number {
  process.stderr.write(`fazhi merge: ${message}\n\n${HELP}\n`);
  return 2;
}

async function readCoderFile(
  path: string,
): Promise<{ ok: true; snapshot: ProjectSnapshot } | { ok: false; message: string }> {
  if (path.toLowerCase().endsWith('.qdpx')) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      return {
        ok: false,
        message: `Could not read "${basename(path)}": ${e instanceof Error ? e.message : String(e)}.`,
      };
    }
    const r = importQdpx(bytes, basename(path));
    return r.ok ? { ok: true, snapshot: r.snapshot } : { ok: false, message: r.error.message };
  }
  const r = await readProjectFile(path);
  return r.ok ? { ok: true, snapshot: r.snapshot } : { ok: false, message: r.error.message };
}

function describe(r: MergeReport): string {
  const lines = [
    `${r.fileName}: ${r.annotations.added} codings added, ${r.annotations.alreadyPresent} already there, ${r.annotations.updated} updated; ` +
      `documents ${r.documents.matchedById} by id, ${r.documents.matchedByText} by text, ${r.documents.added.length} added; ` +
      `codes ${r.codes.matchedById} by id, ${r.codes.matchedByPath} by path, ${r.codes.added.length} added.`,
  ];
  for (const d of r.documents.added) lines.push(`  added document: ${d}`);
  for (const c of r.codes.added) lines.push(`  added code: ${c}`);
  for (const v of r.variables.added) lines.push(`  added variable: ${v}`);
  if (r.values.added || r.memos.added || r.planLinks.added)
    lines.push(
      `  ${r.values.added} variable values, ${r.memos.added} memos and ${r.planLinks.added} plan decisions added`,
    );
  for (const d of r.documents.notInFile) lines.push(`  not in this file (kept in the project): ${d}`);
  for (const u of r.unmatched) lines.push(`  not merged: ${u.what}: ${u.reason}`);
  return lines.join('\n');
}

export async function runMerge(args: string[]): Promise<number> {
  let out: string | undefined;
  let json = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    } else if (a === '--json') json = true;
    else if (a === '--out') {
      out = args[++i];
      if (!out) return usage('--out needs a value');
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length < 2) return usage('give the project file and at least one coder’s file');
  if (!out) return usage('--out is required');

  const project = await readProjectFile(inputs[0]!);
  if (!project.ok) {
    process.stderr.write(`fazhi merge: ${project.error.message}\n`);
    return 1;
  }
  const files: { snapshot: ProjectSnapshot; options: { fileName: string; coderForUnnamed: string } }[] = [];
  for (const path of inputs.slice(1)) {
    const r = await readCoderFile(path);
    if (!r.ok) {
      // Nothing is written when one file is bad: a half merge is worse than none.
      process.stderr.write(`fazhi merge: ${r.message} Nothing was written.\n`);
      return 1;
    }
    const name = basename(path);
    files.push({ snapshot: r.snapshot, options: { fileName: name, coderForUnnamed: name.replace(/\.[^.]+$/, '') } });
  }
  const { snapshot, reports } = mergeAll(project.snapshot, files, new Date().toISOString());
  try {
    await writeProjectFile(snapshot, out);
  } catch (e) {
    process.stderr.write(`fazhi merge: could not write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify({ out, reports }, null, 2)}\n`);
  else {
    for (const r of reports) process.stdout.write(`${describe(r)}\n`);
    process.stdout.write(
      `Wrote ${out}: ${snapshot.documents.length} documents, ${snapshot.codes.length} codes, ${snapshot.annotations.length} codings.\n`,
    );
  }
  return 0;
}
