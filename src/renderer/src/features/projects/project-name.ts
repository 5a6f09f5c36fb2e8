/** Validation of a project's name, shared by the create and rename dialogs. */
import type { Project } from '../../../../shared/model/project';

export const MAX_PROJECT_NAME = 80;
export type ProjectNameError = 'empty' | 'too-long' | 'taken';

/** `exceptId`: the project being renamed (it may keep its own name). Names compare trimmed and case-insensitively. */
export function validateProjectName(
  name: string,
  projects: readonly Pick<Project, 'id' | 'name'>[],
  exceptId?: string,
): ProjectNameError | null {
  const n = name.trim();
  if (n === '') return 'empty';
  if ([...n].length > MAX_PROJECT_NAME) return 'too-long';
  const lower = n.toLowerCase();
  if (projects.some((p) => p.id !== exceptId && p.name.trim().toLowerCase() === lower)) return 'taken';
  return null;
}
