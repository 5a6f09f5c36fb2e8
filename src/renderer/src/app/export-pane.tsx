/** The export dialog wired to the project: build the file from a snapshot, then save it through the host. */
import type { HostApi } from '../../../shared/ipc/contract';
import type { Code } from '../../../shared/model/project';
import { WITHOUT_TEXTS, buildExport } from '../features/export/build-export';
import { ExportDialog } from '../features/export/export-dialog';
import type { FazhiDb } from '../storage/db';
import { loadSnapshot } from '../storage/snapshot';

export interface ExportPaneProps {
  host: HostApi;
  db: FazhiDb;
  projectId: string;
  codes: Code[];
  allDocIds: string[];
  filteredDocIds: string[];
  openDocId: string | null;
  appVersion: string;
  onClose: () => void;
  coders?: readonly string[];
}

export function ExportPane(props: ExportPaneProps) {
  const { host, db, projectId, appVersion } = props;
  return (
    <ExportDialog
      codes={props.codes}
      allDocIds={props.allDocIds}
      filteredDocIds={props.filteredDocIds}
      openDocId={props.openDocId}
      onClose={props.onClose}
      {...(props.coders ? { coders: props.coders } : {})}
      onExport={async (request) => {
        const snapshot = await loadSnapshot(db, projectId, { texts: !WITHOUT_TEXTS.has(request.format) });
        const file = await buildExport(snapshot, request, appVersion);
        const ext = file.fileName.split('.').pop() ?? '';
        const saved = await host.saveFile({
          suggestedName: file.fileName,
          filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
          data: file.data,
          mime: file.mime,
        });
        if (!saved.ok) {
          if (saved.error.code === 'cancelled') return null;
          throw new Error(saved.error.message);
        }
        return { fileName: saved.value.path ?? file.fileName, how: saved.value.path ? 'saved' : 'downloaded' };
      }}
    />
  );
}
