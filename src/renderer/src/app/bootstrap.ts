/**
 * First start: if there is no project yet, create the sample project and import
 * the bundled sample reports into it through the normal import path.
 */
import type { HostApi } from '../../../shared/ipc/contract';
import { runImport, type ImportProgress } from '../features/import/run-import';
import type { FazhiDb } from '../storage/db';
import { getPref, setPref } from '../storage/prefs';
import { createProject, listProjects } from '../storage/projects';
import { projectSink } from './import-sink';

// React's StrictMode runs effects twice in development: both runs must share one bootstrap.
let running: Promise<string> | null = null;

export function ensureProject(
  db: FazhiDb,
  host: HostApi,
  sampleName: string,
  onProgress: (p: ImportProgress | null) => void,
): Promise<string> {
  running ??= bootstrap(db, host, sampleName, onProgress).finally(() => {
    running = null;
  });
  return running;
}

async function bootstrap(
  db: FazhiDb,
  host: HostApi,
  sampleName: string,
  onProgress: (p: ImportProgress | null) => void,
): Promise<string> {
  const projects = await listProjects(db);
  const last = await getPref(db, 'lastProjectId');
  if (last && projects.some((p) => p.id === last)) return last;
  if (projects[0]) {
    await setPref(db, 'lastProjectId', projects[0].id);
    return projects[0].id;
  }
  const project = await createProject(db, { name: sampleName, template: 'outline-2021' });
  await setPref(db, 'lastProjectId', project.id);
  const samples = await host.sampleFiles();
  if (samples.ok && samples.value.length > 0) {
    // Every format of a sample report is kept, so formats can be compared side by side, but as
    // copies of one report: the sample's datasets count each report once.
    await runImport({
      host,
      files: samples.value,
      sink: projectSink(db, project.id),
      options: { keepAsCopies: true },
      onProgress,
    });
  }
  onProgress(null);
  return project.id;
}
