/**
 * `fazhi` command-line entry: dispatches subcommands. Each subcommand returns
 * its exit status; 0 unless the command line itself was wrong.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAgree } from './agree-command';
import { runAutocode } from './autocode-command';
import { runImport } from './import-command';
import { runPanel } from './panel-command';
import { runPlans } from './plans-command';
import { runReuse } from './reuse-command';
import { runMerge } from './merge-command';
import { runSearch } from './search-command';

const USAGE = `Usage: fazhi <command> [options]

Commands:
  import [--json] PATH...   Import report files or folders and print what was found
  export ...                Export a coded project (see: fazhi export --help)
  panel PROJECT --out F     The government × year panel dataset (CSV/XLSX, long or --wide)
  reuse PROJECT [--json]    Passages reports share almost verbatim, and each report's share
  plans PROJECT [--json]    Each plan item with the next year's most resembling measures
  search PROJECT QUERY      Search a project's texts: keyword in context and counts
  autocode PROJECT QUERY    Code every hit with one code (see: fazhi autocode --help)
  merge PROJECT FILE... --out OUT   Merge coders' files into a project
  agree PROJECT | --ratings F | --codings F   Inter-coder agreement

Run "fazhi <command> --help" for a command's options.`;

type Command = (args: string[]) => Promise<number>;

/** The export command is another module; it is loaded only when present and asked for. */
async function runExportIfAvailable(args: string[]): Promise<number> {
  const url = new URL('./export-command.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    process.stderr.write('fazhi export is not available yet in this version.\n');
    return 1;
  }
  // A computed specifier: the module may not exist when this file is type-checked.
  const mod: unknown = await import(url.href);
  const runExport = (mod as { runExport?: unknown }).runExport;
  if (typeof runExport !== 'function') {
    process.stderr.write('fazhi export is not available: export-command.ts has no runExport.\n');
    return 1;
  }
  return (runExport as Command)(args);
}

const COMMANDS: Record<string, Command> = {
  import: runImport,
  export: runExportIfAvailable,
  panel: runPanel,
  reuse: runReuse,
  plans: runPlans,
  search: runSearch,
  autocode: runAutocode,
  merge: runMerge,
  agree: runAgree,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`fazhi: unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  return run(rest);
}
