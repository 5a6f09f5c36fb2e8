/** Reads shared by several commands; each throws CommandError('not-found') when the row is gone. */
import type { Annotation, Code, DocumentContent, DocumentRecord } from '../../../shared/model/project';
import type { FazhiDb } from '../storage/db';
import { CommandError } from './types';

export async function mustGetAnnotation(db: FazhiDb, id: string): Promise<Annotation> {
  const a = await db.annotations.get(id);
  if (!a) throw new CommandError('not-found', `Annotation ${id} no longer exists.`);
  return a;
}

export async function mustGetCode(db: FazhiDb, id: string): Promise<Code> {
  const c = await db.codes.get(id);
  if (!c) throw new CommandError('not-found', `Code ${id} no longer exists.`);
  return c;
}

export async function mustGetDocument(db: FazhiDb, id: string): Promise<DocumentRecord> {
  const d = await db.documents.get(id);
  if (!d) throw new CommandError('not-found', `Document ${id} no longer exists.`);
  return d;
}

export async function mustGetContent(db: FazhiDb, docId: string): Promise<DocumentContent> {
  const c = await db.contents.get(docId);
  if (!c) throw new CommandError('not-found', `The text of document ${docId} is missing.`);
  return c;
}
