import { describe, expect, it } from 'vitest';
import type {
  Annotation,
  Code,
  DocumentContent,
  DocumentRecord,
  ProjectSnapshot,
} from '../../../../shared/model/project';
import { buildExport, datedFileName, EXPORT_CHOICES, WITHOUT_TEXTS, type ExportRequest } from './build-export';

const T = '2026-01-01T00:00:00Z';

function doc(id: string, title: string, text: string): { record: DocumentRecord; content: DocumentContent } {
  return {
    record: {
      id,
      projectId: 'p',
      fileName: `${id}.txt`,
      format: 'txt',
      encoding: 'utf-8',
      sha256Bytes: id,
      sha256Text: id,
      length: [...text].length,
      warnings: [],
      addedAt: T,
      updatedAt: T,
      title,
      publisher: null,
      published: null,
      documentDate: null,
      indexNumber: null,
      reportYear: 2025,
      region: { province: null, city: null, county: null, code: null },
      level: null,
      genre: 'report',
      script: 'simplified',
    },
    content: { docId: id, text, simplified: null, headings: [], sections: [], paragraphs: [], sentences: [] },
  };
}

function code(id: string, name: string, extra: Partial<Code> = {}): Code {
  return {
    id,
    projectId: 'p',
    parentId: null,
    name,
    nameEn: null,
    description: '',
    color: '#0072b2',
    shortcut: null,
    order: 0,
    category: null,
    createdAt: T,
    updatedAt: T,
    ...extra,
  };
}

function ann(id: string, docId: string, codeId: string, start: number, end: number, quote: string): Annotation {
  return {
    id,
    projectId: 'p',
    docId,
    codeId,
    start,
    end,
    quote,
    memo: '',
    coder: 'a',
    origin: 'manual',
    createdAt: T,
    updatedAt: T,
  };
}

const d1 = doc(
  'd1',
  '海淀区2025年法治政府建设年度报告',
  '一、主要举措和成效。推进严格规范公正文明执法。二、存在的不足。',
);
const d2 = doc('d2', '朝阳区2025年法治政府建设年度报告', '一、主要举措和成效。完善行政决策程序。');
const snapshot: ProjectSnapshot = {
  project: { id: 'p', name: '北京/2025', createdAt: T, updatedAt: T },
  documents: [d1.record, d2.record],
  contents: [d1.content, d2.content],
  files: [],
  codes: [
    code('m', '主要举措和成效', { category: 'measures', nameEn: 'Measures' }),
    code('s', '存在的不足和原因', { category: 'shortcomings', order: 1 }),
    code('m1', '行政执法', { parentId: 'm' }),
  ],
  annotations: [
    ann('a1', 'd1', 'm1', 10, 22, '推进严格规范公正文明执法'),
    ann('a2', 'd1', 's', 23, 28, '二、存在的不足'),
    ann('a3', 'd2', 'm', 10, 19, '完善行政决策程序'),
  ],
  memos: [],
  decisions: [],
};

const all: Omit<ExportRequest, 'format'> = { scope: 'project', docIds: [], codeIds: ['m', 's', 'm1'] };
const now = new Date(2026, 10, 23, 9, 30);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('buildExport', () => {
  it('gives every data format non-empty bytes, a dated name and its MIME type', async () => {
    const expected: Record<string, [string, string]> = {
      csv: ['北京_2025-segments-2026-11-23.csv', 'text/csv'],
      'csv-excel': ['北京_2025-segments-excel-2026-11-23.csv', 'text/csv'],
      'docs-csv': ['北京_2025-documents-2026-11-23.csv', 'text/csv'],
      xlsx: ['北京_2025-2026-11-23.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      jsonl: ['北京_2025-segments-2026-11-23.jsonl', 'application/jsonl'],
      qdpx: ['北京_2025-2026-11-23.qdpx', 'application/zip'],
      qdc: ['北京_2025-2026-11-23.qdc', 'application/xml'],
      'codebook-csv': ['北京_2025-codebook-2026-11-23.csv', 'text/csv'],
    };
    for (const format of EXPORT_CHOICES.filter((f) => f !== 'fazhi')) {
      const out = await buildExport(snapshot, { ...all, format }, '0.1.0', now);
      expect([out.fileName, out.mime], format).toEqual(expected[format]);
      expect(out.data.length, format).toBeGreaterThan(50);
    }
  });

  it('builds the same files from the rows alone for the formats loaded without texts', async () => {
    expect([...WITHOUT_TEXTS].sort()).toEqual(['codebook-csv', 'docs-csv', 'qdc']);
    const rowsOnly: ProjectSnapshot = { ...snapshot, contents: [], files: [] };
    for (const format of WITHOUT_TEXTS) {
      const whole = await buildExport(snapshot, { ...all, format }, '0.1.0', now);
      const fromRows = await buildExport(rowsOnly, { ...all, format }, '0.1.0', now);
      expect(text(fromRows.data), format).toBe(text(whole.data));
    }
  });

  it('zips the xlsx and qdpx files', async () => {
    for (const format of ['xlsx', 'qdpx'] as const) {
      const out = await buildExport(snapshot, { ...all, format }, '0.1.0', now);
      expect(text(out.data.slice(0, 2))).toBe('PK');
    }
  });

  it('keeps only the chosen documents segments', async () => {
    const out = await buildExport(
      snapshot,
      { scope: 'document', docIds: ['d2'], codeIds: all.codeIds, format: 'csv' },
      '0.1.0',
      now,
    );
    const csv = text(out.data);
    expect(csv).toContain('完善行政决策程序');
    expect(csv).not.toContain('推进严格规范公正文明执法');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
  });

  it('keeps only the chosen codes segments, and ignores docIds for the whole project', async () => {
    const out = await buildExport(
      snapshot,
      { scope: 'project', docIds: ['d2'], codeIds: ['m1'], format: 'jsonl' },
      '0.1.0',
      now,
    );
    const lines = text(out.data).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ doc_id: 'd1', code_path: 'measures/行政执法' });
  });

  it('writes one document row per document in the filtered scope', async () => {
    const out = await buildExport(
      snapshot,
      { scope: 'filtered', docIds: ['d1'], codeIds: all.codeIds, format: 'docs-csv' },
      '0.1.0',
      now,
    );
    const rows = text(out.data).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('海淀区');
  });

  it('lists only the chosen codes in a codebook', async () => {
    const out = await buildExport(snapshot, { ...all, codeIds: ['s'], format: 'codebook-csv' }, '0.1.0', now);
    const csv = text(out.data);
    expect(csv).toContain('存在的不足和原因');
    expect(csv).not.toContain('行政执法');
    const qdc = text((await buildExport(snapshot, { ...all, codeIds: ['m', 'm1'], format: 'qdc' }, '0.1.0', now)).data);
    expect(qdc).toContain('name="行政执法"');
    expect(qdc).not.toContain('存在的不足和原因');
  });

  it('backs up the whole project whatever the scope', async () => {
    const out = await buildExport(
      snapshot,
      { scope: 'document', docIds: ['d2'], codeIds: ['s'], format: 'fazhi' },
      '0.1.0',
      now,
    );
    expect(out.fileName).toBe('北京_2025-2026-11-23.fazhi');
    expect(text(out.data.slice(0, 2))).toBe('PK');
    expect(out.data.length).toBeGreaterThan(200);
  });
});

describe('datedFileName', () => {
  it('puts the date before the extension', () => {
    expect(datedFileName('x-segments.csv', '2026-11-23')).toBe('x-segments-2026-11-23.csv');
    expect(datedFileName('noext', '2026-11-23')).toBe('noext-2026-11-23');
  });
});
