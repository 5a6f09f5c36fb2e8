/** Projects: create (with a default codebook), rename, list, delete with everything in it. */
import type { Project } from '../../../shared/model/project';
import { buildCodebook, type CodebookTemplateId } from '../../../shared/codebook/templates';
import type { FazhiDb } from './db';
import { projectCascade, REMOVAL_TABLES } from '../../../shared/project/cascades';
import { deleteChanges } from './changes';
import { deleteProjectImports } from './import-queue';
import { projectDependents } from './dependents';
import { removalPlan, writePlan } from './plan';
import { runInTransaction } from './transaction';
import { newId as defaultNewId, nowIso } from './util';

export interface CreateProjectOptions {
  name: string;
  template: CodebookTemplateId;
  now?: string;
  newId?: () => string;
}

/** Creates the project and its codebook in one transaction. */
export async function createProject(db: FazhiDb, opts: CreateProjectOptions): Promise<Project> {
  const now = opts.now ?? nowIso();
  const newId = opts.newId ?? defaultNewId;
  const project: Project = { id: newId(), name: opts.name.trim() || 'Untitled', createdAt: now, updatedAt: now };
  const codes = buildCodebook(opts.template, project.id, now, newId);
  await runInTransaction(db, ['projects', 'codes'], async (tx) => {
    await tx.projects.add(project);
    await tx.codes.bulkAdd(codes);
  });
  return project;
}

export async function renameProject(db: FazhiDb, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A project name cannot be empty.');
  await db.projects.update(id, { name: trimmed, updatedAt: nowIso() });
}

/** Projects, most recently changed first. */
export async function listProjects(db: FazhiDb): Promise<Project[]> {
  const all = await db.projects.toArray();
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

export async function getProject(db: FazhiDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** Deletes the project and every row that belongs to it, all or nothing. */
export async function deleteProject(db: FazhiDb, id: string): Promise<void> {
  await runInTransaction(db, [...REMOVAL_TABLES, 'changes', 'changeParts', 'importJobs', 'importQueue'], async (tx) => {
    // What goes with a project is the core's rule; this only reads the rows and deletes them.
    await writePlan(tx, removalPlan(projectCascade(id, await projectDependents(tx, id))));
    // Not the user's work, but it names the project: its undo history and unfinished imports.
    await deleteChanges(tx, id);
    await deleteProjectImports(tx, id);
  });
}

/** Marks the project as changed (list order); the command manager calls it in each step's transaction. */
export async function touchProject(db: FazhiDb, id: string, now: string = nowIso()): Promise<void> {
  await db.projects.update(id, { updatedAt: now });
}
