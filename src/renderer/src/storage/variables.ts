/** A project's own document variables. Changes go through commands; these are the reads. */
import type { CustomVariable } from '../../../shared/model/project';
import type { FazhiDb } from './db';

export async function listVariables(db: FazhiDb, projectId: string): Promise<CustomVariable[]> {
  return db.variables.where('projectId').equals(projectId).toArray();
}
