/** The views across the corpus, wired to the worker, storage and commands. */
import { useMemo } from 'react';
import type { HostApi } from '../../../shared/ipc/contract';
import type { Code, DocumentRecord } from '../../../shared/model/project';
import { sortCodeTree } from '../../../shared/codebook/tree';
import { ChartPanel, type ChartFile } from '../features/charts';
import { MatrixPanel } from '../features/matrix';
import { RetrievalPanel, type RetrievalCode } from '../features/retrieval';
import type { FindRequest } from '../features/viewer';
import { useLang, useT } from '../i18n/i18n';
import { getDb } from '../storage/instance';
import { corpusMessages } from './corpus-messages';
import { exportSegments } from './corpus-export';
import { setCorpusState, useCorpusState, useSegmentRows } from './corpus-store';
import type { CorpusView } from './corpus-tabs';
import { searchStoreQuery } from './search-store';
import { SearchView } from './search-view';
import type { CommandRunner } from './use-commands';
import { toViewerCodes } from './viewer-codes';

export interface OpenHit {
  docId: string;
  find?: FindRequest;
  /** Scroll to and flash this range (a retrieved segment). */
  jump?: { start: number; end: number; nonce: number };
}

export interface CorpusViewsProps {
  view: CorpusView;
  host: HostApi;
  projectId: string;
  documents: DocumentRecord[];
  filteredDocIds: string[];
  codes: Code[];
  coder: string;
  run: CommandRunner;
  /** Changes whenever codings change (re-reads what depends on them). */
  countsKey: object;
  onView(view: CorpusView): void;
  onOpenHit(hit: OpenHit): void;
  onOpenDocument(docId: string): void;
  onMessage(message: string): void;
}

let nonce = 0;

export function CorpusViews(props: CorpusViewsProps) {
  const { view, host, projectId, documents, codes, onMessage } = props;
  const t = useT(corpusMessages);
  const { lang } = useLang();
  const corpus = useCorpusState();
  const segments = useSegmentRows(projectId, props.countsKey, view !== 'search');
  const treeCodes = useMemo<RetrievalCode[]>(() => {
    const sorted = sortCodeTree(codes);
    const labels = new Map(toViewerCodes(sorted, lang).map((c) => [c.id, c]));
    const depth = new Map<string, number>();
    return sorted.map((c) => {
      const d = c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0;
      depth.set(c.id, d);
      const v = labels.get(c.id)!;
      return { id: c.id, parentId: c.parentId, label: v.label, path: v.path, color: c.color, depth: d };
    });
  }, [codes, lang]);
  const docNames = useMemo(() => new Map(documents.map((d) => [d.id, d.fileName])), [documents]);
  const save = (file: ChartFile) =>
    void host
      .saveFile({
        suggestedName: file.fileName,
        filters: [
          { name: file.fileName.split('.').pop()!.toUpperCase(), extensions: [file.fileName.split('.').pop()!] },
        ],
        data: file.data,
        mime: file.mime,
      })
      .then((r) => {
        if (r.ok) onMessage(t('exported', { name: r.value.path ?? file.fileName }));
        else if (r.error.code !== 'cancelled') onMessage(r.error.message);
      });

  if (view === 'segments') {
    return (
      <RetrievalPanel
        rows={segments}
        codes={treeCodes}
        docNames={docNames}
        filteredDocIds={props.filteredDocIds}
        cellDocIds={corpus.cellDocIds}
        filter={corpus.filter}
        onFilter={(filter) => setCorpusState({ filter })}
        onJump={(r) => props.onOpenHit({ docId: r.docId, jump: { start: r.start, end: r.end, nonce: ++nonce } })}
        onExport={(format, ids) =>
          void exportSegments(getDb(), host, projectId, ids, format).then(
            (name) => name && onMessage(t('exported', { name })),
            (e: unknown) => onMessage(e instanceof Error ? e.message : String(e)),
          )
        }
      />
    );
  }
  if (view === 'matrix') {
    return (
      <MatrixPanel
        documents={documents}
        codes={treeCodes}
        segments={segments ?? []}
        onCell={(cell) => {
          setCorpusState({
            cellDocIds: cell.docIds,
            filter: { ...corpus.filter, codeIds: [cell.codeId], withSubCodes: cell.withSubCodes, docScope: 'cell' },
          });
          props.onView('segments');
        }}
      />
    );
  }
  if (view === 'charts') {
    return <ChartPanel documents={documents} codes={treeCodes} segments={segments ?? []} onSave={save} />;
  }
  return (
    <SearchView
      documents={documents}
      filteredDocIds={props.filteredDocIds}
      codes={codes}
      coder={props.coder}
      run={props.run}
      countsKey={props.countsKey}
      onOpenHit={(row) => {
        const { text, query } = searchStoreQuery();
        props.onOpenHit({
          docId: row.docId,
          find: { text, query, focus: { start: row.start, end: row.end }, nonce: ++nonce },
        });
      }}
      onOpenDocument={props.onOpenDocument}
      onMessage={onMessage}
    />
  );
}
