/** Exporting exactly the retrieved segments (CSV or XLSX) with the shared export builders. */
import { exportProject } from '../../../shared/export/export-project';
import type { HostApi } from '../../../shared/ipc/contract';
import { dateStamp, datedFileName } from '../features/export/build-export';
import type { FazhiDb } from '../storage/db';
import { loadSnapshot } from '../storage/snapshot';

/** Returns the saved file's name, or null when the user cancelled. */
export async function exportSegments(
  db: FazhiDb,
  host: HostApi,
  projectId: string,
  ids: readonly string[],
  format: 'csv' | 'xlsx',
): Promise<string | null> {
  const snapshot = await loadSnapshot(db, projectId);
  const keep = new Set(ids);
  const selected = { ...snapshot, annotations: snapshot.annotations.filter((a) => keep.has(a.id)) };
  const docIds = [...new Set(selected.annotations.map((a) => a.docId))];
  const file = exportProject(selected, format, { docIds });
  const name = datedFileName(file.fileName.replace(/-segments(?=\.)/, '-retrieved'), dateStamp(new Date()));
  const saved = await host.saveFile({
    suggestedName: name,
    filters: [{ name: format.toUpperCase(), extensions: [format] }],
    data: file.bytes,
    mime: file.mime,
  });
  if (!saved.ok) {
    if (saved.error.code === 'cancelled') return null;
    throw new Error(saved.error.message);
  }
  return saved.value.path ?? name;
}
