import { describe, expect, it } from 'vitest';
import type { Annotation, ProjectSnapshot } from '../model/project';
import { buildCodebook } from '../codebook/templates';
import {
  buildPanelTable,
  cellKey,
  cellStatus,
  daysAfterDeadline,
  indexPanel,
  panelDocuments,
  panelLong,
  panelStructure,
} from './panel';
import { panelFile } from './panel-file';
import { loadPanelFixtures } from './fixtures.test-helper';

async function snapshot(): Promise<ProjectSnapshot> {
  const docs = await loadPanelFixtures();
  let n = 0;
  const codes = buildCodebook('outline-2021', 'p', 'now', () => `code-${++n}`);
  const plans = codes.find((c) => c.category === 'plans')!;
  const linan22 = docs[0]!.record;
  const annotation: Annotation = {
    id: 'a1',
    projectId: 'p',
    docId: linan22.id,
    codeId: plans.id,
    start: 0,
    end: 4,
    quote: '杭州市临',
    memo: '',
    coder: 'x',
    origin: 'manual',
    createdAt: 'now',
    updatedAt: 'now',
  };
  // A PDF copy of the 2023 report: counted once.
  const copy = { ...docs[1]!.record, id: 'copy', fileName: 'linan-2023.pdf', copyOf: docs[1]!.record.id };
  return {
    project: { id: 'p', name: 'p', createdAt: 'now', updatedAt: 'now' },
    documents: [...docs.map((d) => d.record), copy],
    contents: [...docs.map((d) => d.content), { ...docs[1]!.content, docId: 'copy' }],
    files: [],
    codes,
    annotations: [annotation],
    memos: [],
    decisions: [],
  };
}

describe('government × year panel', () => {
  it('has one row per government and year, copies counted once', async () => {
    const table = buildPanelTable(await snapshot());
    expect(table.rows.map((r) => [r.government, r.report_year, r.docs_in_cell])).toEqual([
      ['富阳区', 2023, 1],
      ['临安区', 2022, 1],
      ['临安区', 2023, 1],
    ]);
    const linan22 = table.rows[1]!;
    expect(linan22).toMatchObject({
      government_id: '330112',
      region_code: '330112',
      level: 'county',
      province: '浙江省',
      published: '2023-03-20',
      days_after_deadline: -12,
      items_plans: 4,
      items_shortcomings: 3,
      segments: 1,
      n_plans: 1,
      n_measures: 0,
    });
    expect(table.rows[2]!.days_after_deadline).toBe(8);
    expect(table.rows[0]!.chars_duties).toBe(0);
    expect(Number(linan22.chars_plans)).toBeGreaterThan(100);
    // Stata: names are lower-case ASCII, start with a letter, at most 32 characters.
    for (const c of table.columns) expect(c).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
  });

  it('marks cells present, coded or missing, and lists what it could not place', async () => {
    const s = await snapshot();
    const coded = new Map([[s.documents[0]!.id, 1]]);
    const index = indexPanel(s.documents, coded);
    expect(index.years).toEqual([2022, 2023]);
    expect(cellStatus(index, '330112', 2022)).toBe('coded');
    expect(cellStatus(index, '330112', 2023)).toBe('present');
    expect(cellStatus(index, '330111', 2022)).toBe('missing');
    expect(index.unplaced.map((u) => [u.doc.id, u.reason])).toEqual([['copy', 'copy']]);
  });

  it('counts a copy whose original is no longer in the project as the report', async () => {
    const s = await snapshot();
    const original = s.documents.find((d) => d.id === 'copy')!.copyOf!;
    const index = indexPanel(s.documents.filter((d) => d.id !== original));
    expect(index.unplaced).toEqual([]);
    expect(cellStatus(index, '330112', 2023)).toBe('present');
    expect(index.cells.get(cellKey('330112', 2023))!.doc.id).toBe('copy');
  });

  it('built from structures read a report at a time (the export worker) gives the same table, reading only cell reports', async () => {
    const s = await snapshot();
    const docs = panelDocuments(s);
    // The copy stands for no cell: its text is never read.
    expect(docs.map((d) => d.id)).not.toContain('copy');
    expect(docs).toHaveLength(3);
    const structures = new Map(
      docs.map((d) => [
        d.id,
        panelStructure(
          s.contents.find((c) => c.docId === d.id),
          d.length,
        ),
      ]),
    );
    const { contents: _texts, ...rest } = s;
    expect(buildPanelTable(rest, structures)).toEqual(buildPanelTable(s));
  });

  it('writes the long and wide forms as CSV and XLSX', async () => {
    const wide = buildPanelTable(await snapshot());
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(panelFile(wide, 'wide', 'csv', 'panel'));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${wide.columns.join(',')}`);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(wide.rows.length + 1);
    const long = new TextDecoder().decode(panelFile(wide, 'long', 'csv', 'panel'));
    expect(long.trimEnd().split('\r\n')).toHaveLength(panelLong(wide).rows.length + 1);
    const xlsx = panelFile(wide, 'long', 'xlsx', 'panel_long');
    expect([...xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('long form has one row per government, year and variable', async () => {
    const wide = buildPanelTable(await snapshot());
    const long = panelLong(wide);
    expect(long.columns).toEqual(['government_id', 'government', 'region_code', 'report_year', 'variable', 'value']);
    expect(long.rows).toHaveLength(wide.rows.length * (wide.columns.length - 4));
    expect(long.rows).toContainEqual({
      government_id: '330112',
      government: '临安区',
      region_code: '330112',
      report_year: 2022,
      variable: 'items_plans',
      value: 4,
    });
  });

  it('counts days from the 1 April deadline', () => {
    expect(daysAfterDeadline('2023-04-01', 2022)).toBe(0);
    expect(daysAfterDeadline('2024-03-01', 2023)).toBe(-31);
    expect(daysAfterDeadline(null, 2022)).toBeNull();
  });
});
