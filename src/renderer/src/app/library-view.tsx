/** The library view: the document table and the metadata panel of the selected document. */
import type { DocumentRecord } from '../../../shared/model/project';
import { isDivisionCode } from '../../../shared/regions';
import { deleteDocuments, updateDocumentMeta } from '../commands';
import { LibraryTable } from '../features/library/library-table';
import { MetadataPanel } from '../features/library/metadata-panel';
import { useT } from '../i18n/i18n';
import { appMessages } from './messages';
import type { CommandRunner } from './use-commands';

export interface LibraryViewProps {
  documents: DocumentRecord[];
  codedCounts: Record<string, number>;
  activeDocId: string | null;
  onActivate: (docId: string) => void;
  onOpen: (docId: string) => void;
  onVisibleChange: (docIds: string[]) => void;
  run: CommandRunner;
  undo: () => void;
}

export function LibraryView(props: LibraryViewProps) {
  const { documents, codedCounts, activeDocId, onActivate, onOpen, onVisibleChange, run, undo } = props;
  const t = useT(appMessages);
  const active = documents.find((d) => d.id === activeDocId) ?? null;
  return (
    <>
      <main className="pane library-main" aria-label={t('library')}>
        {documents.length === 0 ? (
          <div className="empty-state">{t('noDocuments')}</div>
        ) : (
          <LibraryTable
            documents={documents}
            codedCounts={codedCounts}
            activeDocId={activeDocId}
            onOpen={onOpen}
            onCursorChange={onActivate}
            onVisibleChange={onVisibleChange}
            onDelete={(ids) => void run(deleteDocuments(ids))}
            onUndoDelete={undo}
          />
        )}
      </main>
      <aside className="pane" aria-label={t('metadata')}>
        <h2 className="pane-title">{t('metadata')}</h2>
        {active ? (
          <MetadataPanel
            key={active.id}
            document={active}
            onSave={async (patch) => {
              const result = await run(updateDocumentMeta(active.id, patch, { isRegionCode: isDivisionCode }));
              return result.ok ? { ok: true } : { ok: false, message: result.error.message };
            }}
          />
        ) : (
          <div className="empty-state">{t('noDocument')}</div>
        )}
      </aside>
    </>
  );
}
