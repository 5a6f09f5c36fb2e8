/** Annotations (coded segments). Changes go through commands; these are the reads. */
import type { Annotation } from '../../../shared/model/project';
import type { FazhiDb } from './db';

/** A document's annotations in text order. */
export async function listAnnotations(db: FazhiDb, docId: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('docId').equals(docId).toArray();
  return rows.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

export async function listProjectAnnotations(db: FazhiDb, projectId: string): Promise<Annotation[]> {
  return db.annotations.where('projectId').equals(projectId).toArray();
}

export async function listCodeAnnotations(db: FazhiDb, codeId: string): Promise<Annotation[]> {
  return db.annotations.where('codeId').equals(codeId).toArray();
}

/** Coded segments per document (docId → count) for the library; documents without any are absent. */
export async function countAnnotationsByDocument(db: FazhiDb, projectId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // Iterates rows without materialising the whole array.
  await db.annotations
    .where('projectId')
    .equals(projectId)
    .each((a) => {
      counts[a.docId] = (counts[a.docId] ?? 0) + 1;
    });
  return counts;
}

/** The coders who have codings in the project, sorted (the team views and the export's coder scope). */
export async function listCoders(db: FazhiDb, projectId: string): Promise<string[]> {
  const coders = new Set<string>();
  await db.annotations
    .where('projectId')
    .equals(projectId)
    .each((a) => void coders.add(a.coder));
  return [...coders].sort();
}

export async function getAnnotation(db: FazhiDb, id: string): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

/** A document's segments with one code (one getAll on the compound index, not a cursor walk). */
export async function annotationsWithCode(db: FazhiDb, docId: string, codeId: string): Promise<Annotation[]> {
  return db.annotations.where('[docId+codeId]').equals([docId, codeId]).toArray();
}
