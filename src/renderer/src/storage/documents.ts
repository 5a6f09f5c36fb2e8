/** Documents: the library rows, their text and structure, and the original files. */
import type { ParsedDocument, SourceFormat } from '../../../shared/model/document';
import type { DocumentContent, DocumentRecord, SourceFile } from '../../../shared/model/project';
import { toStoredDocument } from '../../../shared/model/project';
import type { FazhiDb } from './db';
import { runInTransaction } from './transaction';
import { newId, nowIso } from './util';

const MIME: Record<SourceFormat, string> = {
  txt: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Stores an imported document: library row, content and original file in one
 * transaction, so a failure leaves nothing behind (never a half-imported document).
 */
export async function storeImported(
  db: FazhiDb,
  projectId: string,
  parsed: ParsedDocument,
  bytes: Uint8Array,
  opts: { id?: string; now?: string } = {},
): Promise<DocumentRecord> {
  const { record, content } = toStoredDocument(parsed, {
    id: opts.id ?? newId(),
    projectId,
    now: opts.now ?? nowIso(),
  });
  const file: SourceFile = { docId: record.id, name: parsed.fileName, mime: MIME[parsed.format], bytes };
  await runInTransaction(db, ['documents', 'contents', 'files'], async (tx) => {
    await tx.documents.add(record);
    await tx.contents.add(content);
    await tx.files.add(file);
  });
  return record;
}

/** The document in this project with the same text, if any (same report imported twice). */
export async function findDuplicate(
  db: FazhiDb,
  projectId: string,
  sha256Text: string,
): Promise<DocumentRecord | undefined> {
  return db.documents.where('[projectId+sha256Text]').equals([projectId, sha256Text]).first();
}

/** Library rows in the order they were added. */
export async function listDocuments(db: FazhiDb, projectId: string): Promise<DocumentRecord[]> {
  return db.documents.where('[projectId+addedAt]').between([projectId, ''], [projectId, '\uffff']).toArray();
}

export async function getDocument(db: FazhiDb, docId: string): Promise<DocumentRecord | undefined> {
  return db.documents.get(docId);
}

export async function getContent(db: FazhiDb, docId: string): Promise<DocumentContent | undefined> {
  return db.contents.get(docId);
}

export async function getSourceFile(db: FazhiDb, docId: string): Promise<SourceFile | undefined> {
  return db.files.get(docId);
}
