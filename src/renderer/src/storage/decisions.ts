/** Rejected suggestions. Changes go through commands; these are the reads. */
import type { SuggestionDecision } from '../../../shared/model/project';
import type { FazhiDb } from './db';

export async function listDecisions(db: FazhiDb, docId: string): Promise<SuggestionDecision[]> {
  return db.decisions.where('docId').equals(docId).toArray();
}
