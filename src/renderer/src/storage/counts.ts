/** Coded-segment counts of a project, per document (library) and per code (codebook), in one pass. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { FazhiDb } from './db';
import { getDb } from './instance';

export interface ProjectCounts {
  byDoc: Record<string, number>;
  byCode: Record<string, number>;
}

export async function countProjectAnnotations(db: FazhiDb, projectId: string): Promise<ProjectCounts> {
  const counts: ProjectCounts = { byDoc: {}, byCode: {} };
  await db.annotations
    .where('projectId')
    .equals(projectId)
    .each((a) => {
      counts.byDoc[a.docId] = (counts.byDoc[a.docId] ?? 0) + 1;
      counts.byCode[a.codeId] = (counts.byCode[a.codeId] ?? 0) + 1;
    });
  return counts;
}

const EMPTY: ProjectCounts = { byDoc: {}, byCode: {} };

export function useProjectCounts(projectId: string | null): ProjectCounts {
  return useLiveQuery(
    async () => (projectId ? countProjectAnnotations(getDb(), projectId) : EMPTY),
    [projectId],
    EMPTY,
  );
}

/** Documents per project id, for the project menu and its delete confirmation. */
export function useDocumentCountsByProject(): Record<string, number> {
  return useLiveQuery(
    async () => {
      const counts: Record<string, number> = {};
      await getDb().documents.each((d) => {
        counts[d.projectId] = (counts[d.projectId] ?? 0) + 1;
      });
      return counts;
    },
    [],
    {},
  );
}
