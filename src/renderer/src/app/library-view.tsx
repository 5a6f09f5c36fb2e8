/** The library view: the document table and the metadata panel of the selected document. */
import { useMemo } from 'react';
import type { HostApi } from '../../../shared/ipc/contract';
import type { Code, DocumentRecord } from '../../../shared/model/project';
import { isDivisionCode } from '../../../shared/regions';
import { deleteDocuments, updateDocumentMeta, type CommandManager } from '../commands';
import { CodebookPane } from './codebook-pane';
import { LibraryTable } from '../features/library/library-table';
import { MetadataPanel } from '../features/library/metadata-panel';
import { DocumentNotesPane } from './document-notes-pane';
import { MemosButton } from './memos-overview';
import { useT } from '../i18n/i18n';
import { getSourceFile } from '../storage/documents';
import type { EncodingLabel } from '../ui/encoding-messages';
import { getDb } from '../storage/instance';
import { useLibraryTextSearch } from './library-text-search';
import { searchDocs } from '../platform/search-client';
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
  host: HostApi;
  onMessage: (message: string) => void;
  projectId: string;
  /** Author of the memos written here. */
  coder: string;
  codes: Code[];
  manager: CommandManager;
  /** Read a text document again in another encoding (after unreadable characters on import). */
  onReencode?: (docId: string, name: string, encoding: EncodingLabel) => Promise<void>;
}

/** Researchers must be able to go back to the source: the original bytes, as imported. */
async function saveOriginal(host: HostApi, doc: DocumentRecord): Promise<string | null> {
  const file = await getSourceFile(getDb(), doc.id);
  if (!file) return null;
  const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '') : '';
  const saved = await host.saveFile({
    suggestedName: file.name,
    filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    data: file.bytes,
    mime: file.mime,
  });
  if (saved.ok) return saved.value.path ?? file.name;
  return saved.error.code === 'cancelled' ? null : saved.error.message;
}

export function LibraryView(props: LibraryViewProps) {
  const { documents, codedCounts, activeDocId, onActivate, onOpen, onVisibleChange, run, undo, host, onMessage } =
    props;
  const t = useT(appMessages);
  const searchable = useMemo(() => searchDocs(documents), [documents]);
  const [onQueryChange, textMatches] = useLibraryTextSearch(searchable);
  const active = documents.find((d) => d.id === activeDocId) ?? null;
  return (
    <>
      <main className="pane library-main" aria-label={t('library')}>
        {documents.length === 0 ? (
          <>
            <div className="empty-state">{t('noDocuments')}</div>
            {/* A codebook brought in alone (REFI-QDA .qdc) is seen, and edited, before any report arrives. */}
            {props.codes.length > 0 && (
              <div className="library-codebook" data-testid="library-codebook">
                <CodebookPane projectCodes={props.codes} manager={props.manager} run={run} />
              </div>
            )}
          </>
        ) : (
          <LibraryTable
            documents={documents}
            codedCounts={codedCounts}
            activeDocId={activeDocId}
            onOpen={onOpen}
            onCursorChange={onActivate}
            onVisibleChange={onVisibleChange}
            onQueryChange={onQueryChange}
            textMatches={textMatches}
            onDelete={(ids) => void run(deleteDocuments(ids))}
            onUndoDelete={undo}
          />
        )}
      </main>
      <aside className="pane library-side" aria-label={t('metadata')}>
        <div className="pane-title library-side-title">
          <h2>{t('metadata')}</h2>
          <MemosButton
            projectId={props.projectId}
            documents={documents}
            codes={props.codes}
            coder={props.coder}
            run={run}
            onOpenDocument={onOpen}
          />
        </div>
        {active ? (
          <>
            <MetadataPanel
              key={active.id}
              document={active}
              onReencode={
                props.onReencode ? (encoding) => props.onReencode!(active.id, active.fileName, encoding) : undefined
              }
              onSave={async (patch) => {
                const result = await run(updateDocumentMeta(active.id, patch, { isRegionCode: isDivisionCode }));
                return result.ok ? { ok: true } : { ok: false, message: result.error.message };
              }}
            />
            <div className="library-actions">
              <button className="btn" onClick={() => onOpen(active.id)} data-testid="open-document">
                {t('openDocument')}
              </button>
              <button
                className="btn"
                data-testid="save-original"
                onClick={() =>
                  void saveOriginal(host, active).then((r) => r && onMessage(t('originalSaved', { name: r })))
                }
              >
                {t('saveOriginal', { name: active.fileName })}
              </button>
            </div>
            <DocumentNotesPane projectId={props.projectId} document={active} coder={props.coder} run={run} />
          </>
        ) : (
          <div className="empty-state">{t('noDocument')}</div>
        )}
      </aside>
    </>
  );
}
