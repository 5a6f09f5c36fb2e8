/**
 * `fazhi agree`: inter-coder agreement of a project, of a ratings table or of a
 * codings table, on the same core as the app. Exit 2 for a usage error, 1 when
 * a file cannot be read, 0 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  AGREEMENT_UNITS,
  codingsFromCsv,
  computeAgreement,
  nominalFigures,
  ratingsFromCsv,
  type AgreementTable,
  type AgreementUnit,
  type Figures,
  type MeasureName,
} from '../shared/agreement';
import { codePath } from '../shared/codebook/tree';
import type { ProjectSnapshot } from '../shared/model/project';
import { readProjectFile } from './project-file';

const HELP = `Usage: fazhi agree PROJECT.fazhi [--coders A,B] [--unit U] [--codes C1,C2] [--json]
       fazhi agree --ratings FILE.csv [--categories Q] [--json]
       fazhi agree --codings FILE.csv [--unit U] [--json]

Inter-coder agreement: percent agreement, Cohen's κ (two coders), Fleiss' κ,
Krippendorff's α (nominal), Brennan–Prediger κ; at the character unit also
Krippendorff's unitizing α (uα per code and overall, cuα overall).

Options:
  --coders A,B      Coders to compare (default: every coder in the project)
  --unit U          ${AGREEMENT_UNITS.join(', ')} (default: sentence; codings files: character)
  --threshold P     For --unit overlap: the least overlap that agrees, in percent (default 90)
  --codes C1,C2     Codes to report, by name, path (A/B) or id (default: all coded)
  --documents D1,D2 Documents to include, by file name, title or id (default: all)
  --ratings FILE    A CSV with the header unit,coder,value (an empty value is missing)
  --categories Q    For --ratings: how many categories coders could choose from (Brennan–Prediger)
  --codings FILE    A CSV with the header document,length,coder,start,end,code
                    (code points, end exclusive; a row without a range lists a coder who coded nothing)
  --json            Print JSON: each figure under its measure's name, as {"value", "n"}
  -h, --help        Show this help`;

const LABELS: Record<MeasureName, string> = {
  percent_agreement: 'agree',
  cohen_kappa: 'Cohen κ',
  fleiss_kappa: 'Fleiss κ',
  krippendorff_alpha: 'Kripp. α',
  brennan_prediger_kappa: 'B–P κ',
  krippendorff_u_alpha: 'uα',
  krippendorff_cu_alpha: 'cuα',
};

function usage(message: string): number {
  process.stderr.write(`fazhi agree: ${message}\n\n${HELP}\n`);
  return 2;
}

const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toFixed(3));
const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function figuresJson(f: Figures): Record<string, { value: number | null; n: number; note?: string }> {
  const out: Record<string, { value: number | null; n: number; note?: string }> = {};
  for (const [k, c] of Object.entries(f)) out[k] = { value: c.value, n: c.n, ...(c.note ? { note: c.note } : {}) };
  return out;
}

/** Columns a terminal gives the text: CJK and full-width characters take two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** A plain-text table: one row per code, one column per measure, n of the first measure. */
function printTable(t: AgreementTable, label: (id: string) => string): void {
  const measures = (Object.keys(LABELS) as MeasureName[]).filter((m) =>
    [t.overall, ...t.codes].some((r) => r.figures[m] !== undefined),
  );
  const unit = t.unit === 'overlap' ? `segments overlapping ≥ ${Math.round((t.threshold ?? 0) * 100)}%` : t.unit;
  process.stdout.write(
    `Agreement of ${t.coders.join(', ')} over ${t.documents} documents; unit: ${unit} (${t.units} units per code).\n`,
  );
  const rows = [t.overall, ...t.codes].map((r) => [
    r.codeId === null ? '(overall)' : label(r.codeId),
    ...measures.map((m) => fmt(r.figures[m]?.value)),
    String(r.figures.percent_agreement?.n ?? 0),
  ]);
  const header = ['code', ...measures.map((m) => LABELS[m]), 'n'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  for (const r of [header, ...rows])
    process.stdout.write(
      `${r
        .map((c, i) => pad(c, widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
}

function pickCodes(s: ProjectSnapshot, wanted: string[]): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    const c = s.codes.find((c) => c.id === w || c.name === w || codePath(s.codes, c.id) === w);
    if (c) ids.push(c.id);
    else unknown.push(w);
  }
  return { ids, unknown };
}

interface Args {
  inputs: string[];
  coders?: string[];
  unit?: string;
  threshold?: number;
  codes?: string[];
  documents?: string[];
  ratings?: string;
  codings?: string;
  categories?: number;
  json: boolean;
}

function parse(args: string[]): Args | string {
  const a: Args = { inputs: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (name === '--json') a.json = true;
    else if (
      [
        '--coders',
        '--unit',
        '--threshold',
        '--codes',
        '--documents',
        '--ratings',
        '--codings',
        '--categories',
      ].includes(name)
    ) {
      const v = value();
      if (v === undefined) return `${name} needs a value`;
      if (name === '--coders') a.coders = list(v);
      else if (name === '--unit') a.unit = v;
      else if (name === '--codes') a.codes = list(v);
      else if (name === '--documents') a.documents = list(v);
      else if (name === '--ratings') a.ratings = v;
      else if (name === '--codings') a.codings = v;
      else {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) return `${name} needs a positive number`;
        if (name === '--threshold') a.threshold = n;
        else a.categories = n;
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else a.inputs.push(arg);
  }
  return a;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    process.stderr.write(`fazhi agree: could not read ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}

export async function runAgree(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const a = parse(args);
  if (typeof a === 'string') return usage(a);
  const sources = [a.ratings, a.codings, a.inputs[0]].filter(Boolean).length;
  if (sources !== 1 || a.inputs.length > 1) return usage('give one project file, or --ratings FILE, or --codings FILE');
  if (a.unit !== undefined && !(AGREEMENT_UNITS as readonly string[]).includes(a.unit))
    return usage(`unknown unit "${a.unit}"; use one of ${AGREEMENT_UNITS.join(', ')}`);
  if (a.threshold !== undefined && a.threshold > 100) return usage('--threshold is a percentage, at most 100');
  const threshold = a.threshold === undefined ? undefined : a.threshold / 100;

  if (a.ratings) {
    const text = await readText(a.ratings);
    if (text === null) return 1;
    const r = ratingsFromCsv(text, basename(a.ratings));
    if (!r.ok) {
      process.stderr.write(`fazhi agree: ${r.error}\n`);
      return 1;
    }
    const figures = nominalFigures(r.value, a.categories);
    const units = r.value.rows.length;
    if (a.json) {
      const json = { coders: r.value.coders, categories: r.value.categories, units, ...figuresJson(figures) };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${units} units, ${r.value.coders.length} coders (${r.value.coders.join(', ')}), ${r.value.categories.length} categories.\n`,
      );
      for (const [name, f] of Object.entries(figures))
        process.stdout.write(
          `${name.padEnd(24)}${fmt(f.value).padStart(7)}  n = ${f.n}${f.note ? `  (${f.note})` : ''}\n`,
        );
    }
    return 0;
  }

  let table: AgreementTable;
  let label: (id: string) => string = (id) => id;
  if (a.codings) {
    const text = await readText(a.codings);
    if (text === null) return 1;
    const r = codingsFromCsv(text, basename(a.codings));
    if (!r.ok) {
      process.stderr.write(`fazhi agree: ${r.error}\n`);
      return 1;
    }
    const f = r.value;
    table = computeAgreement({
      documents: f.documents,
      codings: f.codings,
      coders: a.coders ?? f.coders,
      codeIds: a.codes ?? f.codes,
      unit: (a.unit as AgreementUnit | undefined) ?? 'character',
      ...(threshold !== undefined ? { threshold } : {}),
    });
  } else {
    const project = await readProjectFile(a.inputs[0]!);
    if (!project.ok) {
      process.stderr.write(`fazhi agree: ${project.error.message}\n`);
      return 1;
    }
    const s = project.snapshot;
    const coders = a.coders ?? [...new Set(s.annotations.map((x) => x.coder))].sort();
    if (coders.length < 2)
      return usage(`the project has ${coders.length} coder(s); agreement needs two or more (--coders)`);
    let codeIds: string[] | undefined;
    if (a.codes) {
      const picked = pickCodes(s, a.codes);
      if (picked.unknown.length > 0) return usage(`no code named ${picked.unknown.map((u) => `"${u}"`).join(', ')}`);
      codeIds = picked.ids;
    }
    const contents = new Map(s.contents.map((c) => [c.docId, c]));
    const docs = s.documents.filter(
      (d) => !a.documents || a.documents.some((w) => w === d.id || w === d.fileName || w === d.title),
    );
    table = computeAgreement({
      documents: docs.map((d) => ({
        id: d.id,
        length: d.length,
        paragraphs: contents.get(d.id)?.paragraphs ?? [],
        sentences: contents.get(d.id)?.sentences ?? [],
      })),
      codings: s.annotations,
      coders,
      ...(codeIds ? { codeIds } : {}),
      unit: (a.unit as AgreementUnit | undefined) ?? 'sentence',
      ...(threshold !== undefined ? { threshold } : {}),
    });
    label = (id) => codePath(s.codes, id) || id;
  }
  if (a.json) {
    const json = {
      unit: table.unit,
      ...(table.threshold !== null ? { threshold: table.threshold } : {}),
      coders: table.coders,
      documents: table.documents,
      units: table.units,
      overall: figuresJson(table.overall.figures),
      codes: table.codes.map((r) => ({ code: label(r.codeId!), id: r.codeId, ...figuresJson(r.figures) })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else printTable(table, label);
  return 0;
}
