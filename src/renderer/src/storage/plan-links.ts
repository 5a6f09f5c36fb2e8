/** Decisions on plan → measure pairs. Changes go through commands; these are the reads. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanLink } from '../../../shared/plans/links';
import type { FazhiDb } from './db';
import { getDb } from './instance';

export async function listPlanLinks(db: FazhiDb, projectId: string): Promise<PlanLink[]> {
  return db.planLinks.where('projectId').equals(projectId).toArray();
}

export function usePlanLinks(projectId: string | null): PlanLink[] | undefined {
  return useLiveQuery(() => (projectId ? listPlanLinks(getDb(), projectId) : []), [projectId]);
}

/** Every content of a project's documents (for the panel, plans and copied passages: they read the texts). */
export async function listProjectContents(db: FazhiDb, docIds: readonly string[]) {
  const rows = await db.contents.bulkGet([...docIds]);
  return rows.filter((r) => r !== undefined);
}
