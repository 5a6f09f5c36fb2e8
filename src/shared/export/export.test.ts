import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cpSlice } from '../text/codepoints';
import { csvCell } from './csv';
import { exportProject } from './export-project';
import { sampleSnapshot, TEXT_A } from './fixtures/sample-snapshot';
import { buildDocumentTable } from './rows/documents';
import { buildSegmentRows } from './rows/segments';
import { CELL_LIMIT } from './xlsx';

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]!])));
/** What the user typed, before the formula guard's apostrophe. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const textOf = (docId: string) => sampleSnapshot().contents.find((c) => c.docId === docId)!.text;

describe('segment dataset', () => {
  const rows = buildSegmentRows(sampleSnapshot());

  it('has one row per annotation, with code point offsets whose slice is the text', () => {
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r.text).toBe(cpSlice(textOf(String(r.doc_id)), Number(r.start), Number(r.end)));
    // The astral 𠵾 before the second segment: code points, not UTF-16 units.
    expect(rows[1]!.start).toBe(TEXT_A.indexOf('全年办理') - 1);
  });

  it('places each segment in its section, heading path and paragraph, with its code path', () => {
    expect(rows[0]).toMatchObject({
      section_category: 'measures',
      heading_path: '一、主要举措和成效 > (一)深化行政执法改革',
      paragraph_index: 3,
      code_path: 'measures/行政执法',
      code_label: '行政执法',
    });
    expect(rows[2]).toMatchObject({ section_category: 'shortcomings', heading_path: '二、存在的不足和原因' });
  });

  it('adds the simplified text of a traditional document', () => {
    expect(rows[4]).toMatchObject({
      text: '推進嚴格規範公正文明執法。',
      text_simplified: '推进严格规范公正文明执法。',
    });
  });

  it('exports only the documents and codes in scope', () => {
    const s = sampleSnapshot();
    const scoped = buildSegmentRows(s, { docIds: [s.documents[1]!.id], codeIds: [s.codes[1]!.id] });
    expect(scoped.map((r) => r.text)).toEqual(['推進嚴格規範公正文明執法。']);
  });
});

describe('CSV', () => {
  it('writes UTF-8 with a BOM and CRLF, and every text cell equals the document slice', () => {
    const bytes = exportProject(sampleSnapshot(), 'csv').bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes); // strips the BOM
    expect(csv.split('\r\n')).toHaveLength(7);
    const recs = records(parseCsv(csv));
    expect(recs).toHaveLength(5);
    // Exact by default: a segment that starts with "=" is still the document slice, for R, Stata, pandas.
    for (const r of recs) expect(r.text!).toBe(cpSlice(textOf(r.doc_id!), Number(r.start), Number(r.end)));
    expect(recs.map((r) => r.text)).toContain('=SUM(A1)式的问题仍有发生。');
    expect(recs[0]!.memo).toBe('含"扩展"汉字, 逗号');
  });

  it('for Excel (csv-excel) neutralises formulas but leaves plain numbers alone', () => {
    const safe = { spreadsheetSafe: true };
    expect(csvCell('=SUM(A1)')).toBe('=SUM(A1)');
    expect(csvCell('=SUM(A1)', safe)).toBe("'=SUM(A1)");
    expect(csvCell('+86 10', safe)).toBe("'+86 10");
    expect(csvCell('@cmd', safe)).toBe("'@cmd");
    expect(csvCell('\tx', safe)).toBe("'\tx");
    expect(csvCell('-3.5', safe)).toBe('-3.5');
    expect(csvCell('-1-', safe)).toBe("'-1-");
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvCell(null)).toBe('');
    const recs = records(parseCsv(new TextDecoder().decode(exportProject(sampleSnapshot(), 'csv-excel').bytes)));
    for (const r of recs) expect(unguard(r.text!)).toBe(cpSlice(textOf(r.doc_id!), Number(r.start), Number(r.end)));
    expect(recs.map((r) => r.text)).toContain("'=SUM(A1)式的问题仍有发生。");
    expect(recs.map((r) => r.memo)).toContain(`'=HYPERLINK("x")`);
    expect(recs.map((r) => r.memo)).toContain('-3.5');
  });
});

describe('JSONL', () => {
  it('writes one object per segment whose text equals the document slice', () => {
    const lines = new TextDecoder().decode(exportProject(sampleSnapshot(), 'jsonl').bytes).trimEnd().split('\n');
    const objs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objs).toHaveLength(5);
    for (const o of objs) expect(o.text).toBe(cpSlice(textOf(String(o.doc_id)), Number(o.start), Number(o.end)));
    expect(objs[0]!.report_year).toBe(2023);
  });
});

describe('XLSX', () => {
  async function sheets(bytes: Uint8Array) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb.worksheets.map((ws) => {
      const values = ws.getSheetValues().slice(1) as unknown[][];
      const header = values[0]!.slice(1) as string[];
      const rows = values.slice(1).map((v) => Object.fromEntries(header.map((h, i) => [h, v[i + 1] ?? null])));
      return { name: ws.name, header, rows, frozen: ws.views[0]?.state };
    });
  }

  it('has a segments sheet whose texts equal the document slices, a documents sheet, frozen headers', async () => {
    const [segments, documents] = await sheets(exportProject(sampleSnapshot(), 'xlsx').bytes);
    expect(segments!.name).toBe('segments');
    expect(segments!.frozen).toBe('frozen');
    expect(segments!.rows).toHaveLength(5);
    for (const r of segments!.rows)
      expect(r.text).toBe(cpSlice(textOf(String(r.doc_id)), Number(r.start), Number(r.end)));
    expect(segments!.rows[3]!.text).toBe('=SUM(A1)式的问题仍有发生。'); // a string cell, not a formula
    expect(documents!.name).toBe('documents');
    expect(documents!.rows.map((r) => r.n_shortcomings)).toEqual([2, 0]);
  });

  it('cuts text longer than a cell holds and flags the row', async () => {
    const s = sampleSnapshot();
    const long = '长'.repeat(CELL_LIMIT + 10);
    s.contents[0]!.text += long;
    s.documents[0]!.length += long.length;
    const start = [...TEXT_A].length;
    s.annotations.push({ ...s.annotations[0]!, id: 'x', start, end: start + long.length, quote: long });
    const [segments] = await sheets(exportProject(s, 'xlsx').bytes);
    const cut = segments!.rows.find((r) => r.start === start)!;
    expect(String(cut.text)).toHaveLength(CELL_LIMIT);
    expect(cut.cut_to_cell_limit).toBe(true);
    expect(segments!.rows.filter((r) => r.cut_to_cell_limit === true)).toHaveLength(1);
  });
});

describe('document dataset', () => {
  it('counts segments per code and the share of the text each code covers, overlaps once', () => {
    const s = sampleSnapshot();
    const t = buildDocumentTable(s);
    const [a, b] = t.rows;
    const ann = s.annotations;
    // Two shortcomings segments that do not overlap.
    const shortLen = ann[2]!.end - ann[2]!.start + (ann[3]!.end - ann[3]!.start);
    expect(a).toMatchObject({ segments: 4, n_shortcomings: 2, n_measures: 1, length: [...TEXT_A].length });
    expect(a!.share_shortcomings).toBe(Math.round((shortLen / [...TEXT_A].length) * 10000) / 10000);
    expect(b).toMatchObject({ segments: 1, n_measures_law_enforcement: 1, n_shortcomings: 0, share_shortcomings: 0 });
    // The measures category rolls up its sub-codes: b has no own measures segment but one law-enforcement one.
    expect(b).toMatchObject({ n_measures: 0, n_measures_all: 1 });
    expect(b!.share_measures_all).toBe(b!.share_measures_law_enforcement);
    expect(t.columns).toContain('share_measures_all');
    expect(t.columns).not.toContain('n_shortcomings_all');
    // Overlapping segments of one code are counted once in the share.
    s.annotations.push({ ...ann[2]!, id: 'dup', start: ann[2]!.start + 2 });
    const again = buildDocumentTable(s).rows[0]!;
    expect(again.n_shortcomings).toBe(3);
    expect(again.share_shortcomings).toBe(a!.share_shortcomings);
  });

  it("has one row per report: a copy (the same report in another file) is counted in its report's row", () => {
    const s = sampleSnapshot();
    const [a, b] = s.documents;
    const pdf = { ...a!, id: 'a-pdf', fileName: 'a.pdf', copyOf: a!.id };
    const mirror = { ...a!, id: 'a-mirror', fileName: 'a-mirror.html', copyOf: a!.id };
    s.documents.push(pdf, mirror);
    const t = buildDocumentTable(s);
    expect(t.rows.map((r) => r.doc_id)).toEqual([a!.id, b!.id]);
    expect(t.rows[0]).toMatchObject({ copies: 2, copy_files: 'a.pdf; a-mirror.html' });
    expect(t.rows[1]).toMatchObject({ copies: 0, copy_files: '' });
    // A copy whose report is out of scope still has its row: nothing in scope goes missing.
    const only = buildDocumentTable(s, { docIds: ['a-pdf'] });
    expect(only.rows.map((r) => r.doc_id)).toEqual(['a-pdf']);
  });

  it('names columns safely for Stata and R, and the codebook CSV maps each key to its code path', () => {
    const s = sampleSnapshot();
    s.codes.push({ ...s.codes[1]!, id: 'c9', name: '行政执法', nameEn: 'Law enforcement — a very long english label' });
    const { columns } = buildDocumentTable(s);
    for (const c of columns) expect(c).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
    expect(new Set(columns).size).toBe(columns.length);
    const codebook = records(parseCsv(new TextDecoder().decode(exportProject(s, 'codebook-csv').bytes)));
    for (const row of codebook) expect(columns).toContain(`share_${row.column_key}`);
    expect(codebook.find((r) => r.column_key === 'measures_law_enforcement')!.path).toBe('measures/行政执法');
  });
});
