/** The project switcher wired to storage: switch, create, rename, delete, open a project file, back up. */
import { useState } from 'react';
import { createBackup } from '../../../shared/backup/create-backup';
import type { CodebookTemplateId } from '../../../shared/codebook/templates';
import type { HostApi } from '../../../shared/ipc/contract';
import { dropCommandManager } from '../commands';
import { ProjectSwitcher } from '../features/projects/project-switcher';
import { useT } from '../i18n/i18n';
import type { FazhiDb } from '../storage/db';
import { useProjects } from '../storage/hooks';
import { createProject, deleteProject, listProjects, renameProject } from '../storage/projects';
import { loadSnapshot } from '../storage/snapshot';
import { appMessages } from './messages';
import { openProjectFile, type OpenedProject } from './open-project-file';
import { OpenResultDialog } from './open-result-dialog';

export interface ProjectControlProps {
  db: FazhiDb;
  host: HostApi;
  appVersion: string;
  currentId: string | null;
  documentCounts: Record<string, number>;
  onSwitch: (id: string) => void;
  onMessage: (message: string) => void;
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'project';
}

export function ProjectControl({
  db,
  host,
  appVersion,
  currentId,
  documentCounts,
  onSwitch,
  onMessage,
}: ProjectControlProps) {
  const t = useT(appMessages);
  const projects = useProjects() ?? [];
  const [opened, setOpened] = useState<OpenedProject | null>(null);

  const create = async (name: string, template: CodebookTemplateId) => {
    const project = await createProject(db, { name, template });
    onSwitch(project.id);
  };
  const remove = async (id: string) => {
    await deleteProject(db, id);
    dropCommandManager(db, id);
    if (id !== currentId) return;
    const rest = await listProjects(db);
    // A user always has a project to work in.
    const next = rest[0] ?? (await createProject(db, { name: 'Project', template: 'outline-2021' }));
    onSwitch(next.id);
  };
  const openFile = () => {
    // Called within the menu click: the web edition's picker opens before any await.
    void host.pickFiles({ folder: false, kind: 'projects' }).then(async (picked) => {
      if (!picked.ok) {
        if (picked.error.code !== 'cancelled') onMessage(t('openFailed', { message: picked.error.message }));
        return;
      }
      const file = picked.value[0];
      if (!file) return;
      const bytes = await host.readFile(file.token);
      void host.releaseFiles([file.token]);
      if (!bytes.ok) return onMessage(t('openFailed', { message: bytes.error.message }));
      const result = await openProjectFile(db, file.name, bytes.value);
      if (!result.ok) return onMessage(t('openFailed', { message: result.error.message }));
      setOpened(result.value);
      onSwitch(result.value.projectId);
    });
  };
  const backup = async () => {
    if (!currentId) return;
    const snapshot = await loadSnapshot(db, currentId);
    const data = createBackup(snapshot, { appVersion, now: new Date().toISOString() });
    const name = `${safeFileName(snapshot.project.name)}.fazhi`;
    const saved = await host.saveFile({
      suggestedName: name,
      filters: [{ name: 'Fazhi Coder project', extensions: ['fazhi'] }],
      data,
      mime: 'application/zip',
    });
    if (saved.ok) onMessage(t('backupSaved', { name: saved.value.path ?? name }));
    else if (saved.error.code !== 'cancelled') onMessage(saved.error.message);
  };

  return (
    <>
      <ProjectSwitcher
        projects={projects}
        currentId={currentId}
        documentCounts={documentCounts}
        onSwitch={onSwitch}
        onCreate={(name, template) => void create(name, template)}
        onRename={(id, name) => void renameProject(db, id, name)}
        onDelete={(id) => void remove(id)}
        onOpenFile={openFile}
        onBackup={() => void backup()}
      />
      {opened && <OpenResultDialog opened={opened} onClose={() => setOpened(null)} />}
    </>
  );
}
