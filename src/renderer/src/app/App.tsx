/**
 * The app shell: the current project, the library and reader views, import,
 * export, undo/redo and preferences, wired to storage and commands.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, DesktopExtras, HostApi } from '../../../shared/ipc/contract';
import { useCommandState } from '../commands';
import { DropZone } from '../features/import/drop-zone';
import type { ImportProgress } from '../features/import/run-import';
import { ImportProgressDialog } from '../features/import/import-progress-dialog';
import { ImportSummaryButton } from '../features/import/import-summary-button';
import { ImportSummaryDialog } from '../features/import/import-summary-dialog';
import { useT } from '../i18n/i18n';
import { useDocumentCountsByProject, useProjectCounts } from '../storage/counts';
import { useCoders, useCodes, useDocuments, usePref, useStoredPref } from '../storage/hooks';
import { getDb } from '../storage/instance';
import { setPref } from '../storage/prefs';
import { ensureProject } from './bootstrap';
import { CoderDialog } from './coder-dialog';
import { isCorpusView } from './corpus-tabs';
import { CorpusViews, type OpenHit } from './corpus-views';
import { ExportPane } from './export-pane';
import { AnalysisView } from './analysis-view';
import { LibraryView } from './library-view';
import { appMessages } from './messages';
import { ProjectControl } from './project-control';
import { ReaderView } from './reader-view';
import { TeamPane } from './team-pane';
import { ResumeImport } from './resume-import';
import { TopBar, type View } from './top-bar';
import { useCommands } from './use-commands';
import { useImporter } from './use-importer';
import { useReadingPlace } from './use-reading-place';
import { useReencode } from './use-reencode';

export function App({ host, info }: { host: HostApi; info: AppInfo }) {
  const t = useT(appMessages);
  const db = getDb();
  const [projectId, setProjectId] = useState<string | null>(null);
  const [bootProgress, setBootProgress] = useState<ImportProgress | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  const [view, setView] = useState<View>('library');
  const [activeDocId, setActiveDocId] = useState<string | null>(null);
  const [openDocId, setOpenDocId] = useState<string | null>(null);
  const [visibleDocIds, setVisibleDocIds] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const [team, setTeam] = useState(false);
  const [readerFind, setReaderFind] = useState<OpenHit | undefined>(undefined);
  const [coderDialog, setCoderDialog] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const projectDocCounts = useDocumentCountsByProject();

  const coder = usePref('coderName');
  const showSimplified = usePref('showSimplified');
  const showSuggestions = usePref('showSuggestions');
  const documents = useDocuments(projectId);
  const codes = useCodes(projectId);
  const coders = useCoders(projectId);
  const counts = useProjectCounts(projectId);
  const { manager, run, undo, redo, error, clearError } = useCommands(db, projectId);
  const commandState = useCommandState(manager);
  const importer = useImporter(host, db, projectId);
  const startImport = importer.start;
  const startFolderImport = importer.startFolder;
  const reencode = useReencode(host, db, projectId, run, counts.byDoc, setMessage);

  useEffect(() => {
    ensureProject(db, host, t('sampleProject'), setBootProgress).then(setProjectId, (e: unknown) =>
      setBootError(String(e)),
    );
    // The sample project's name is taken in the language of the first start only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, host]);

  const switchProject = useCallback(
    (id: string) => {
      setProjectId(id);
      setActiveDocId(null);
      setOpenDocId(null);
      setView('library');
      void setPref(db, 'lastProjectId', id);
    },
    [db],
  );

  const openDocument = useCallback((id: string) => {
    setActiveDocId(id);
    setOpenDocId(id);
    setView('reader');
  }, []);

  // The document that was open may have been deleted (or undone into existence again).
  const docIds = useMemo(() => new Set((documents ?? []).map((d) => d.id)), [documents]);
  const liveOpenDocId = openDocId && docIds.has(openDocId) ? openDocId : null;
  const place = useReadingPlace(db, projectId, view === 'reader', openDocId, openDocument);
  const openRecord = useMemo(() => documents?.find((d) => d.id === liveOpenDocId) ?? null, [documents, liveOpenDocId]);
  const originalRecord = useMemo(
    () => (openRecord?.copyOf ? (documents?.find((d) => d.id === openRecord.copyOf) ?? null) : null),
    [documents, openRecord],
  );

  const pick = useCallback(
    (folder: boolean) => {
      // The web edition's picker must open within this click: call it before any await.
      // A folder comes page by page (the host walks it as the import goes).
      if (folder) {
        void host.pickFolder().then((r) => {
          if (r.ok) void startFolderImport(r.value);
          else if (r.error.code !== 'cancelled') setMessage(r.error.message);
        });
        return;
      }
      void host.pickFiles({ folder }).then((r) => {
        if (r.ok) void startImport(r.value, { folder });
        else if (r.error.code !== 'cancelled') setMessage(r.error.message);
      });
    },
    [host, startImport, startFolderImport],
  );

  const onDrop = useCallback(
    (files: { name: string; relPath: string; data: Uint8Array }[]) => {
      void host.registerFiles(files).then((r) => {
        if (r.ok) void startImport(r.value, { folder: files.some((f) => f.relPath.includes('/')) });
        else setMessage(r.error.message);
      });
    },
    [host, startImport],
  );

  // Desktop menu commands (the web edition has no application menu).
  useEffect(() => {
    const extras = host as Partial<DesktopExtras>;
    if (typeof extras.onMenuCommand !== 'function') return;
    return extras.onMenuCommand((command) => {
      if (command === 'import-files') pick(false);
      else if (command === 'import-folder') pick(true);
      else if (command === 'export') setExporting(true);
      else if (command === 'about') setMessage(`${info.name} ${info.version} · ${info.dataLocation}`);
    });
  }, [host, pick, info]);

  // Ask for the coder's name once, on the first run (not while the stored name is still loading).
  const storedCoder = useStoredPref('coderName');
  const needsCoder = projectId !== null && storedCoder === '';
  useEffect(() => {
    if (needsCoder) setCoderDialog(true);
  }, [needsCoder]);

  if (bootError) return <div className="empty-state">{t('appError', { message: bootError })}</div>;

  const progress = importer.progress ?? bootProgress;

  return (
    <DropZone onFiles={onDrop} disabled={!projectId || importer.busy}>
      <div className="app" data-testid="app" data-edition={info.edition}>
        <TopBar
          projectSwitcher={
            <ProjectControl
              db={db}
              host={host}
              appVersion={info.version}
              currentId={projectId}
              documentCounts={projectDocCounts}
              onSwitch={switchProject}
              onMessage={setMessage}
            />
          }
          summaryButton={
            <ImportSummaryButton
              onImportAnyway={(d, asCopies) => void importer.importAnyway(d, asCopies)}
              busy={importer.busy}
            />
          }
          view={view}
          onView={setView}
          readerEnabled={liveOpenDocId !== null}
          importBusy={importer.busy || !projectId}
          onImportFiles={() => pick(false)}
          onImportFolder={() => pick(true)}
          onExport={() => setExporting(true)}
          onTeam={() => setTeam(true)}
          commandState={commandState}
          onUndo={() => void undo()}
          onRedo={() => void redo()}
          coder={coder}
          onSetCoder={() => setCoderDialog(true)}
        />
        <div className={`workspace ${isCorpusView(view) ? `corpus-view ${view}-view` : `${view}-view`}`}>
          {!projectId || documents === undefined || codes === undefined || !manager ? (
            <div className="empty-state">{progress ? t('preparingSample') : t('loading')}</div>
          ) : isCorpusView(view) ? (
            <CorpusViews
              view={view}
              host={host}
              projectId={projectId}
              documents={documents}
              filteredDocIds={visibleDocIds}
              codes={codes}
              coder={coder}
              run={run}
              countsKey={counts}
              onView={setView}
              onOpenHit={(hit) => {
                setReaderFind(hit);
                openDocument(hit.docId);
              }}
              onOpenDocument={openDocument}
              onMessage={setMessage}
            />
          ) : view === 'library' ? (
            <LibraryView
              documents={documents}
              codedCounts={counts.byDoc}
              activeDocId={activeDocId}
              onActivate={setActiveDocId}
              onOpen={openDocument}
              onVisibleChange={setVisibleDocIds}
              run={run}
              undo={() => void undo()}
              host={host}
              onMessage={setMessage}
              projectId={projectId}
              coder={coder}
              codes={codes}
              manager={manager}
              onReencode={(docId, name, encoding) => reencode({ docId, name }, encoding)}
            />
          ) : view === 'analysis' ? (
            <AnalysisView
              db={db}
              host={host}
              projectId={projectId}
              documents={documents}
              codedCounts={counts.byDoc}
              run={run}
              coder={coder || '—'}
              onOpen={openDocument}
              onMessage={setMessage}
            />
          ) : (
            <ReaderView
              docId={liveOpenDocId}
              document={openRecord}
              original={originalRecord}
              initialPlace={place.restored?.docId === liveOpenDocId ? place.restored.cp : null}
              onPlaceChange={place.remember}
              codes={codes}
              manager={manager}
              run={run}
              coder={coder || '—'}
              showSimplified={showSimplified}
              showSuggestions={showSuggestions}
              find={readerFind?.docId === liveOpenDocId ? readerFind?.find : undefined}
              jump={readerFind?.docId === liveOpenDocId ? readerFind?.jump : undefined}
            />
          )}
        </div>
        <ResumeImport importer={importer} />
        {progress && (
          <ImportProgressDialog progress={progress} cancelling={importer.cancelling} onCancel={importer.cancel} />
        )}
        {importer.summary && (
          <ImportSummaryDialog
            summary={importer.summary}
            onClose={importer.closeSummary}
            onImportAnyway={(d, asCopies) => void importer.importAnyway(d, asCopies)}
            busy={importer.busy}
            onReencode={reencode}
          />
        )}
        {exporting && projectId && codes && documents && (
          <ExportPane
            host={host}
            db={db}
            projectId={projectId}
            codes={codes}
            allDocIds={documents.map((d) => d.id)}
            filteredDocIds={visibleDocIds}
            openDocId={liveOpenDocId}
            appVersion={info.version}
            onClose={() => setExporting(false)}
            coders={coders}
          />
        )}
        {team && projectId && codes && (
          <TeamPane
            host={host}
            db={db}
            projectId={projectId}
            codes={codes}
            run={run}
            appVersion={info.version}
            onClose={() => setTeam(false)}
            onMessage={setMessage}
          />
        )}
        {coderDialog && (
          <CoderDialog
            initial={coder}
            onSave={(name) => {
              void setPref(db, 'coderName', name);
              setCoderDialog(false);
            }}
            onClose={() => setCoderDialog(false)}
          />
        )}
        {(error ?? message) && (
          <div className="toast" role="alert" data-testid="app-message">
            <span>{error ?? message}</span>
            <button
              className="btn"
              aria-label={t('close')}
              onClick={() => {
                clearError();
                setMessage(null);
              }}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </DropZone>
  );
}
