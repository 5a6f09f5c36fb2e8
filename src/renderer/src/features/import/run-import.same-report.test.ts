/**
 * The import runner with the same report in another file: held back as "same
 * report as …", then skipped, kept as a copy (copyOf set) or imported anyway.
 */
import { describe, expect, it } from 'vitest';
import type { HostResult, ParsedFile, PickedFile } from '../../../../shared/ipc/contract';
import { blankMeta, type ParsedDocument } from '../../../../shared/model/document';
import { findSameReport, reportFingerprint } from '../../../../shared/import/same-report';
import { importDuplicatesAnyway, runImport, type ImportSink } from './run-import';

const BODY =
  '2023年，本县坚持以习近平法治思想为指导，全面推进依法行政。一、主要举措和成效。健全重大行政决策程序，规范行政执法行为，' +
  '深化行政复议体制改革，全年办理复议案件一百二十件。二、存在的不足。基层执法力量不足。三、下一步工作。持续推进法治政府建设。';

function doc(name: string, text: string, title: string): ParsedDocument {
  return {
    ...blankMeta(),
    title,
    fileName: name,
    format: name.endsWith('.pdf') ? 'pdf' : 'html',
    encoding: null,
    sha256Bytes: `b:${name}`,
    sha256Text: `t:${text}`,
    text,
    simplified: null,
    headings: [],
    sections: [],
    paragraphs: [],
    sentences: [],
    warnings: [],
    fingerprint: reportFingerprint(text),
  };
}

const files: Record<string, ParsedDocument> = {
  'report.html': doc('report.html', `首页 > 政务公开\n${BODY}\n打印本页`, '某县2023年法治政府建设年度报告'),
  // The PDF wraps lines differently and has no page furniture.
  'report.pdf': doc('report.pdf', BODY.replace(/。/g, '。\n'), '某县2023年法治政府建设年度报告'),
  'other.pdf': doc(
    'other.pdf',
    '2023年，本县开展普法宣传活动三十场，发放资料五千份，群众法治意识明显增强。',
    '某县普法工作总结',
  ),
};

const host = {
  async parseFile(token: string): Promise<HostResult<ParsedFile>> {
    return { ok: true, value: { token, bytes: new Uint8Array([1]), result: { ok: true, document: files[token]! } } };
  },
  async releaseFiles(): Promise<void> {},
};

function memorySink() {
  const stored: { docId: string; title: string | null; fp: number[]; copyOf?: string; sha: string }[] = [];
  const sink: ImportSink = {
    async findDuplicate(sha) {
      const hit = stored.find((s) => s.sha === sha);
      return hit ? { docId: hit.docId, title: hit.title } : null;
    },
    async findSameReport(parsed) {
      const hit = findSameReport(
        parsed.fingerprint!,
        stored.map((s) => ({ ...s, fingerprint: s.fp })),
      );
      return hit ? { docId: hit.match.copyOf ?? hit.match.docId, title: hit.match.title } : null;
    },
    async store(parsed, _bytes, opts) {
      const docId = `doc${stored.length}`;
      stored.push({
        docId,
        title: parsed.title,
        fp: parsed.fingerprint!,
        copyOf: opts?.copyOf,
        sha: parsed.sha256Text,
      });
      return { docId };
    },
  };
  return { sink, stored };
}

const picked = (...names: string[]): PickedFile[] => names.map((n) => ({ token: n, name: n, relPath: n, size: 1 }));

describe('runImport and the same report in another file', () => {
  it('holds back the PDF of a report already imported as a page, and lets a different report through', async () => {
    const { sink, stored } = memorySink();
    const summary = await runImport({ host, files: picked('report.html', 'report.pdf', 'other.pdf'), sink });
    expect(summary.imported.map((x) => x.name)).toEqual(['report.html', 'other.pdf']);
    expect(summary.duplicates).toEqual([
      {
        name: 'report.pdf',
        relPath: 'report.pdf',
        token: 'report.pdf',
        existingTitle: '某县2023年法治政府建设年度报告',
        existingId: 'doc0',
        kind: 'same-report',
      },
    ]);
    expect(stored).toHaveLength(2);
  });

  it('keeps it as a copy of the report when the user chooses so', async () => {
    const { sink, stored } = memorySink();
    const first = await runImport({ host, files: picked('report.html', 'report.pdf'), sink });
    const after = await importDuplicatesAnyway({ host, summary: first, sink, asCopies: true });
    expect(after.duplicates).toEqual([]);
    expect(after.imported.map((x) => x.name)).toEqual(['report.html', 'report.pdf']);
    expect(stored.map((s) => s.copyOf)).toEqual([undefined, 'doc0']);
  });

  it('imports it as a document of its own when the user says import anyway', async () => {
    const { sink, stored } = memorySink();
    const first = await runImport({ host, files: picked('report.html', 'report.pdf'), sink });
    await importDuplicatesAnyway({ host, summary: first, sink });
    expect(stored.map((s) => s.copyOf)).toEqual([undefined, undefined]);
  });

  it('stores every duplicate as a copy when asked up front (the sample project)', async () => {
    const { sink, stored } = memorySink();
    const summary = await runImport({
      host,
      files: picked('report.html', 'report.pdf', 'other.pdf'),
      sink,
      options: { keepAsCopies: true },
    });
    expect(summary.duplicates).toEqual([]);
    expect(stored.map((s) => s.copyOf)).toEqual([undefined, 'doc0', undefined]);
  });
});
