/** Live memos and custom variables of a project (the library's notes and the memo overview). */
import { useLiveQuery } from 'dexie-react-hooks';
import { sortVariables } from '../../../shared/model/custom-variables';
import type { Annotation, CustomVariable, Memo } from '../../../shared/model/project';
import { getDb } from './instance';

export function useVariables(projectId: string | null): CustomVariable[] | undefined {
  return useLiveQuery(
    async () =>
      projectId ? sortVariables(await getDb().variables.where('projectId').equals(projectId).toArray()) : [],
    [projectId],
  );
}

export function useMemos(projectId: string | null): Memo[] | undefined {
  return useLiveQuery(
    () => (projectId ? getDb().memos.where('projectId').equals(projectId).toArray() : []),
    [projectId],
  );
}

/** Coded segments that carry a memo (read when the memo overview is open). */
export function useAnnotationMemos(projectId: string | null): Annotation[] | undefined {
  return useLiveQuery(
    () =>
      projectId
        ? getDb()
            .annotations.where('projectId')
            .equals(projectId)
            .filter((a) => a.memo.trim() !== '')
            .toArray()
        : [],
    [projectId],
  );
}
