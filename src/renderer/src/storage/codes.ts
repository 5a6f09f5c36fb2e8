/** Codes (the codebook). Changes go through commands; these are the reads. */
import type { Code } from '../../../shared/model/project';
import { sortCodeTree } from '../../../shared/codebook/tree';
import type { FazhiDb } from './db';

/** The project's codes in tree order (parents first, siblings by `order`). */
export async function listCodes(db: FazhiDb, projectId: string): Promise<Code[]> {
  return sortCodeTree(await db.codes.where('projectId').equals(projectId).toArray());
}

export async function getCode(db: FazhiDb, id: string): Promise<Code | undefined> {
  return db.codes.get(id);
}
