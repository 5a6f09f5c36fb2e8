/** Option parsing shared by the panel, reuse and plans commands: one project file, flags and valued options. */
import type { ProjectSnapshot } from '../shared/model/project';
import { readProjectFile } from './project-file';

export interface Parsed {
  project: string;
  flags: Set<string>;
  values: Map<string, string>;
}

/** Parses `args`; a string is the usage error to print. `valued` options take the next argument (or `=value`). */
export function parseArgs(args: string[], flags: readonly string[], valued: readonly string[]): Parsed | string {
  const out: Parsed = { project: '', flags: new Set(), values: new Map() };
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (valued.includes(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
      if (!v) return `${name} needs a value`;
      out.values.set(name, v);
    } else if (flags.includes(a)) out.flags.add(a);
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else inputs.push(a);
  }
  if (inputs.length !== 1) return 'give exactly one project file (.fazhi)';
  out.project = inputs[0]!;
  return out;
}

/** A positive whole number option, or the usage error. */
export function positiveInt(parsed: Parsed, name: string): number | undefined | string {
  const v = parsed.values.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : `${name} must be a positive whole number, not "${v}"`;
}

/** Reads the project, printing its error or warnings under the command's name; null when unreadable. */
export async function loadProject(command: string, path: string): Promise<ProjectSnapshot | null> {
  const project = await readProjectFile(path);
  if (!project.ok) {
    process.stderr.write(`fazhi ${command}: ${project.error.message}\n`);
    return null;
  }
  for (const w of project.warnings) process.stderr.write(`fazhi ${command}: warning: ${w.what}: ${w.reason}\n`);
  return project.snapshot;
}
