/** The project switcher wired to storage: switch, create, rename, delete. */
import type { CodebookTemplateId } from '../../../shared/codebook/templates';
import { ProjectSwitcher } from '../features/projects/project-switcher';
import type { FazhiDb } from '../storage/db';
import { useProjects } from '../storage/hooks';
import { createProject, deleteProject, listProjects, renameProject } from '../storage/projects';

export interface ProjectControlProps {
  db: FazhiDb;
  currentId: string | null;
  onSwitch: (id: string) => void;
}

export function ProjectControl({ db, currentId, onSwitch }: ProjectControlProps) {
  const projects = useProjects() ?? [];
  const create = async (name: string, template: CodebookTemplateId) => {
    const project = await createProject(db, { name, template });
    onSwitch(project.id);
  };
  const remove = async (id: string) => {
    await deleteProject(db, id);
    if (id !== currentId) return;
    const rest = await listProjects(db);
    // A user always has a project to work in.
    const next = rest[0] ?? (await createProject(db, { name: 'Project', template: 'outline-2021' }));
    onSwitch(next.id);
  };
  return (
    <ProjectSwitcher
      projects={projects}
      currentId={currentId}
      onSwitch={onSwitch}
      onCreate={(name, template) => void create(name, template)}
      onRename={(id, name) => void renameProject(db, id, name)}
      onDelete={(id) => void remove(id)}
    />
  );
}
