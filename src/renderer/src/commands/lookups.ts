/** Reads shared by several commands; each throws CommandError('not-found') when the row is gone. */
import type { Annotation, Code, DocumentContent, DocumentRecord } from '../../../shared/model/project';
import { getAnnotation } from '../storage/annotations';
import { getCode } from '../storage/codes';
import type { FazhiDb } from '../storage/db';
import { getContent, getDocument } from '../storage/documents';
import { CommandError } from './types';

export async function mustGetAnnotation(db: FazhiDb, id: string): Promise<Annotation> {
  const a = await getAnnotation(db, id);
  if (!a) throw new CommandError('not-found', `Annotation ${id} no longer exists.`);
  return a;
}

export async function mustGetCode(db: FazhiDb, id: string): Promise<Code> {
  const c = await getCode(db, id);
  if (!c) throw new CommandError('not-found', `Code ${id} no longer exists.`);
  return c;
}

export async function mustGetDocument(db: FazhiDb, id: string): Promise<DocumentRecord> {
  const d = await getDocument(db, id);
  if (!d) throw new CommandError('not-found', `Document ${id} no longer exists.`);
  return d;
}

export async function mustGetContent(db: FazhiDb, docId: string): Promise<DocumentContent> {
  const c = await getContent(db, docId);
  if (!c) throw new CommandError('not-found', `The text of document ${docId} is missing.`);
  return c;
}
