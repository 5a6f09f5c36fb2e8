/** Documents: the library rows, their text and structure, and the original files. */
import type { ParsedDocument, SourceFormat } from '../../../shared/model/document';
import type { DocumentContent, DocumentRecord, SourceFile } from '../../../shared/model/project';
import { toStoredDocument } from '../../../shared/model/project';
import { findSameReport, projectBandKeys } from '../../../shared/import/same-report';
import type { FazhiDb } from './db';
import { markQueued } from './import-queue';
import { runInTransaction } from './transaction';
import { newId, nowIso } from './util';

const MIME: Record<SourceFormat, string> = {
  txt: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Sets a document row's same-report index keys from its fingerprint and project
 * (every write of a new row goes through here: import, restore), dropping the
 * cross-project keys older rows and backups carry. Returns the row.
 */
export function withBands<T extends DocumentRecord>(record: T): T {
  delete record.nearKeys;
  if (record.fingerprint?.length) record.bands = projectBandKeys(record.projectId, record.fingerprint);
  else delete record.bands;
  return record;
}

/**
 * Stores an imported document: library row, content and original file in one
 * transaction, so a failure leaves nothing behind (never a half-imported document).
 */
export async function storeImported(
  db: FazhiDb,
  projectId: string,
  parsed: ParsedDocument,
  bytes: Uint8Array,
  opts: { id?: string; now?: string; copyOf?: string } = {},
): Promise<DocumentRecord> {
  const { record, content } = toStoredDocument(parsed, {
    id: opts.id ?? newId(),
    projectId,
    now: opts.now ?? nowIso(),
  });
  withBands(record);
  if (opts.copyOf) record.copyOf = opts.copyOf;
  const file: SourceFile = { docId: record.id, name: parsed.fileName, mime: MIME[parsed.format], bytes };
  await runInTransaction(db, ['documents', 'contents', 'files'], async (tx) => {
    await tx.documents.add(record);
    await tx.contents.add(content);
    await tx.files.add(file);
  });
  return record;
}

let lastAddedAt = 0;

/** A distinct, increasing timestamp per document: the library lists documents by `addedAt`, i.e. in import order. */
function nextAddedAt(): string {
  lastAddedAt = Math.max(Date.now(), lastAddedAt + 1);
  return new Date(lastAddedAt).toISOString();
}

export interface ImportedItem {
  parsed: ParsedDocument;
  bytes: Uint8Array;
  /** Stored as a copy of this document (the same report in another file). */
  copyOf?: string;
}

/**
 * Stores several imported documents in one transaction (an import of thousands
 * of files writes in batches, not one transaction per file): all of them or none.
 * `queue` marks the files done in the resumable import queue in the same
 * transaction, so a document is never stored without its file being marked, nor the reverse.
 */
export async function storeImportedMany(
  db: FazhiDb,
  projectId: string,
  items: readonly ImportedItem[],
  queue?: { jobId: string; keys: readonly string[] },
): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  const contents: DocumentContent[] = [];
  const files: SourceFile[] = [];
  for (const { parsed, bytes, copyOf } of items) {
    const { record, content } = toStoredDocument(parsed, { id: newId(), projectId, now: nextAddedAt() });
    withBands(record);
    const stored = copyOf ? { ...record, copyOf } : record;
    records.push(stored);
    contents.push(content);
    files.push({ docId: record.id, name: parsed.fileName, mime: MIME[parsed.format], bytes });
  }
  await runInTransaction(db, ['documents', 'contents', 'files', 'importQueue'], async (tx) => {
    await tx.documents.bulkAdd(records);
    await tx.contents.bulkAdd(contents);
    await tx.files.bulkAdd(files);
    if (queue) await markQueued(tx, queue.jobId, queue.keys);
  });
  return records;
}

/** The document in this project with the same text, if any (same report imported twice). */
export async function findDuplicate(
  db: FazhiDb,
  projectId: string,
  sha256Text: string,
): Promise<DocumentRecord | undefined> {
  return db.documents.where('[projectId+sha256Text]').equals([projectId, sha256Text]).first();
}

/** Documents whose fingerprints are compared with an imported file's (those sharing the most LSH bands). */
export const MAX_SAME_REPORT_CANDIDATES = 32;

/** The ids sharing the most keys, most first (ties in the order met), at most `limit`. */
export function topByHits(ids: Iterable<string>, limit = MAX_SAME_REPORT_CANDIDATES): string[] {
  const hits = new Map<string, number>();
  for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * Of these candidate ids, the document that is the same report as `fingerprint`, as
 * its primary document (a copy points to the document it copies); undefined when none.
 */
export async function sameReportAmong(
  db: FazhiDb,
  projectId: string,
  fingerprint: readonly number[],
  ids: readonly string[],
): Promise<DocumentRecord | undefined> {
  if (!ids.length) return undefined;
  const candidates = (await db.documents.bulkGet([...ids])).filter(
    (d): d is DocumentRecord => d !== undefined && d.projectId === projectId,
  );
  const found = findSameReport(fingerprint, candidates);
  if (!found) return undefined;
  const primaryId = found.match.copyOf;
  return (primaryId && (await db.documents.get(primaryId))) || found.match;
}

/**
 * The document in this project that is the same report as `parsed` in another file
 * (a fingerprint match through the project's `bands` index), as its primary
 * document. Undefined when none. For one lookup; an import uses SameReportLookup.
 */
export async function findSameReportDocument(
  db: FazhiDb,
  projectId: string,
  parsed: Pick<ParsedDocument, 'fingerprint'>,
): Promise<DocumentRecord | undefined> {
  if (!parsed.fingerprint?.length) return undefined;
  // The keys are the project's own, so the top candidates are this project's documents: reports of
  // other projects sharing more bands can no longer crowd the right one out of the top 32.
  const keys = projectBandKeys(projectId, parsed.fingerprint);
  const ids = topByHits(await db.documents.where('bands').anyOf(keys).primaryKeys());
  return sameReportAmong(db, projectId, parsed.fingerprint, ids);
}

/** Library rows in the order they were added. */
export async function listDocuments(db: FazhiDb, projectId: string): Promise<DocumentRecord[]> {
  return db.documents.where('[projectId+addedAt]').between([projectId, ''], [projectId, '\uffff']).toArray();
}

export async function getDocument(db: FazhiDb, docId: string): Promise<DocumentRecord | undefined> {
  return db.documents.get(docId);
}

/** The documents with these ids, `undefined` where one is gone (in the order asked). */
export async function getDocuments(db: FazhiDb, ids: readonly string[]): Promise<(DocumentRecord | undefined)[]> {
  return db.documents.bulkGet([...ids]);
}

export async function getContent(db: FazhiDb, docId: string): Promise<DocumentContent | undefined> {
  return db.contents.get(docId);
}

export async function getSourceFile(db: FazhiDb, docId: string): Promise<SourceFile | undefined> {
  return db.files.get(docId);
}
