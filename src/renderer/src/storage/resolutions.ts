/** The resolve view's decisions (table `resolutions`, schema v18). */
import type { Resolution } from '../../../shared/model/project';
import type { FazhiDb } from './db';

export function listResolutions(db: FazhiDb, docId: string): Promise<Resolution[]> {
  return db.resolutions.where('docId').equals(docId).toArray();
}
