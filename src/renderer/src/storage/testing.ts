/**
 * Test helpers (used by storage and command tests): a fresh database per test and
 * a small parsed report with astral characters, so code points ≠ UTF-16 units.
 */
import type { ParsedDocument } from '../../../shared/model/document';
import { openDb, type FazhiDb } from './db';

export async function freshDb(): Promise<FazhiDb> {
  return openDb(`test-${crypto.randomUUID()}`);
}

/**
 * Every row of every table of the user's work, sorted by key: to compare the db
 * before and after. Left out: the change log (it grows with every step, undo
 * included) and a project's `updatedAt` (every step, undo included, marks the
 * project as changed so the project list sorts it first).
 */
export async function dumpDb(db: FazhiDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'changes' || table.name === 'changeParts') continue;
    const keyPath = table.schema.primKey.keyPath;
    // Every table has a single-field primary key, so sorting by it gives a canonical order.
    const rows: Record<string, unknown>[] = await table.toArray();
    const keyOf = (r: Record<string, unknown>): string => (typeof keyPath === 'string' ? String(r[keyPath]) : '');
    if (table.name === 'projects') for (const r of rows) delete r.updatedAt;
    out[table.name] = rows.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }
  return out;
}

const LINES = [
  '𠵾𫫇区2023年法治政府建设年度报告',
  '一、主要举措和成效',
  '推进𫫇村依法行政。',
  '加强执法监督。',
  '二、存在的不足和原因',
  '个别部门重视不够。',
];

export function sampleParsed(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  const text = LINES.join('\n');
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of LINES) {
    const n = [...line].length;
    paragraphs.push({ start: at, end: at + n });
    at += n + 1;
  }
  const p = (i: number): { start: number; end: number } => paragraphs[i]!;
  return {
    fileName: 'report.txt',
    format: 'txt',
    encoding: 'utf-8',
    sha256Bytes: 'b'.repeat(64),
    sha256Text: 't'.repeat(64),
    text,
    simplified: null,
    headings: [],
    sections: [
      { start: p(1).start, end: p(3).end, heading: LINES[1]!, category: 'measures', level: 1, headingEnd: p(1).end },
      {
        start: p(4).start,
        end: p(5).end,
        heading: LINES[4]!,
        category: 'shortcomings',
        level: 1,
        headingEnd: p(4).end,
      },
    ],
    paragraphs,
    sentences: paragraphs,
    warnings: [],
    title: '𠵾𫫇区2023年法治政府建设年度报告',
    publisher: null,
    published: '2024-03-20',
    documentDate: null,
    indexNumber: null,
    reportYear: 2023,
    region: { province: null, city: null, county: null, code: null },
    level: 'county',
    genre: 'report',
    script: 'simplified',
    ...overrides,
  };
}

type AnyRow = Record<string, unknown>;

/**
 * Every reference in the database that points at a row that is not there: a row of
 * a deleted project, document or code, a memo on a missing target, a copy of a
 * missing document, a value of a missing variable. Every table must have its rule
 * here: a table this does not know is reported too, so a new table cannot escape
 * the delete tests.
 */
export async function orphanRows(db: FazhiDb): Promise<string[]> {
  const all = new Map<string, AnyRow[]>();
  for (const t of db.tables) all.set(t.name, await t.toArray());
  const ids = (table: string, key = 'id'): Set<unknown> => new Set((all.get(table) ?? []).map((r) => r[key]));
  const projects = ids('projects');
  const documents = ids('documents');
  const codes = ids('codes');
  const variables = ids('variables');
  const jobs = ids('importJobs');
  const out: string[] = [];
  const expect = (table: string, row: AnyRow, field: string, among: Set<unknown>, optional = false): void => {
    const v = row[field];
    if (optional && (v === null || v === undefined)) return;
    if (!among.has(v)) out.push(`${table} ${JSON.stringify(row.id ?? row.docId ?? row.seq)}: ${field} ${String(v)}`);
  };
  const rules: Record<string, (row: AnyRow) => void> = {
    projects: () => {},
    prefs: () => {},
    documents: (r) => {
      expect('documents', r, 'projectId', projects);
      expect('documents', r, 'copyOf', documents, true);
      for (const key of Object.keys((r.customValues as object | undefined) ?? {}))
        if (!variables.has(key)) out.push(`documents ${String(r.id)}: value of variable ${key}`);
    },
    contents: (r) => expect('contents', r, 'docId', documents),
    files: (r) => expect('files', r, 'docId', documents),
    codes: (r) => {
      expect('codes', r, 'projectId', projects);
      expect('codes', r, 'parentId', codes, true);
    },
    annotations: (r) => {
      expect('annotations', r, 'projectId', projects);
      expect('annotations', r, 'docId', documents);
      expect('annotations', r, 'codeId', codes);
    },
    memos: (r) => {
      expect('memos', r, 'projectId', projects);
      if (r.targetType === 'document') expect('memos', r, 'targetId', documents);
      if (r.targetType === 'code') expect('memos', r, 'targetId', codes);
    },
    decisions: (r) => {
      expect('decisions', r, 'projectId', projects);
      expect('decisions', r, 'docId', documents);
    },
    planLinks: (r) => {
      expect('planLinks', r, 'projectId', projects);
      expect('planLinks', r, 'planDocId', documents);
      expect('planLinks', r, 'measureDocId', documents);
    },
    variables: (r) => expect('variables', r, 'projectId', projects),
    resolutions: (r) => {
      expect('resolutions', r, 'projectId', projects);
      expect('resolutions', r, 'docId', documents);
      expect('resolutions', r, 'codeId', codes);
    },
    importJobs: (r) => expect('importJobs', r, 'projectId', projects),
    importQueue: (r) => expect('importQueue', r, 'jobId', jobs),
    changes: (r) => expect('changes', r, 'projectId', projects),
    changeParts: (r) => expect('changeParts', r, 'seq', ids('changes', 'seq')),
  };
  for (const [table, rows] of all) {
    const rule = rules[table];
    if (!rule) out.push(`table ${table} has no orphan rule`);
    else rows.forEach(rule);
  }
  return out;
}
