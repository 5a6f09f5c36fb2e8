/**
 * The app's import sink over a real database and resumable queue: a file held
 * back as the same report stays pending until the import finishes, so an app
 * closed before the summary was shown offers it again when the import continues.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HostResult, ParsedFile, PickedFile } from '../../../shared/ipc/contract';
import type { ParsedDocument } from '../../../shared/model/document';
import { reportFingerprint } from '../../../shared/import/same-report';
import { defaultFileKey, runImport } from '../features/import/run-import';
import { listDocuments } from '../storage/documents';
import { createImportJob, pendingKeys } from '../storage/import-queue';
import { createProject } from '../storage/projects';
import { freshDb, sampleParsed } from '../storage/testing';
import { projectSink } from './import-sink';

const BODY = '本区全面推进依法行政，健全重大行政决策程序，规范行政执法，深化复议改革，法治政府建设取得新成效。'.repeat(
  4,
);
const OTHER = '本县开展普法宣传三十场，发放资料五千份，群众法治意识明显增强，基层治理水平提升。'.repeat(4);

const parsed: Record<string, ParsedDocument> = {
  'report.html': sampleParsed({ fileName: 'report.html', sha256Text: 'h', fingerprint: reportFingerprint(BODY) }),
  // The same report as a PDF: other line breaks, so another text hash, nearly the same fingerprint.
  'report.pdf': sampleParsed({
    fileName: 'report.pdf',
    sha256Text: 'p',
    fingerprint: reportFingerprint(BODY.replace(/，/g, '，\n')),
  }),
  'other.txt': sampleParsed({ fileName: 'other.txt', sha256Text: 'o', fingerprint: reportFingerprint(OTHER) }),
};

const host = {
  async parseFile(token: string): Promise<HostResult<ParsedFile>> {
    return { ok: true, value: { token, bytes: new Uint8Array([1]), result: { ok: true, document: parsed[token]! } } };
  },
  async releaseFiles(): Promise<void> {},
};

const pick = (...names: string[]): PickedFile[] =>
  names.map((name) => ({ token: name, name, relPath: `crawl/${name}`, size: 1 }));

describe('same-report files in the resumable queue', () => {
  it('stay pending when the app closes before the summary, and are offered again on continuing', async () => {
    const db = await freshDb();
    const p = await createProject(db, { name: 'p', template: 'none' });
    const files = pick('report.html', 'report.pdf', 'other.txt');
    const jobId = await createImportJob(db, {
      projectId: p.id,
      source: 'crawl',
      folder: true,
      keys: files.map(defaultFileKey),
    });
    const first = await runImport({ host, files, sink: projectSink(db, p.id, jobId) });
    expect(first.imported.map((f) => f.name)).toEqual(['report.html', 'other.txt']);
    expect(first.duplicates).toMatchObject([{ name: 'report.pdf', kind: 'same-report' }]);
    // The page closes here: the job is not forgotten and the summary was never seen.
    const pending = await pendingKeys(db, jobId);
    expect([...pending]).toEqual([defaultFileKey(files[1]!)]);
    // Continuing with the same folder picked again: only the held-back file, offered again.
    const again = pick('report.html', 'report.pdf', 'other.txt').filter((f) => pending.has(defaultFileKey(f)));
    const second = await runImport({ host, files: again, sink: projectSink(db, p.id, jobId) });
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toMatchObject([
      { name: 'report.pdf', kind: 'same-report', existingId: first.imported[0]!.docId },
    ]);
    expect((await listDocuments(db, p.id)).map((d) => d.fileName)).toEqual(['report.html', 'other.txt']);
  });
});
