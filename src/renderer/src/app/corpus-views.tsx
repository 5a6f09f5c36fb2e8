/** The views across the corpus, wired to the worker, storage and commands. */
import type { HostApi } from '../../../shared/ipc/contract';
import type { Code, DocumentRecord } from '../../../shared/model/project';
import type { FindRequest } from '../features/viewer';
import type { CorpusView } from './corpus-tabs';
import { searchStoreQuery } from './search-store';
import { SearchView } from './search-view';
import type { CommandRunner } from './use-commands';

export interface OpenHit {
  docId: string;
  find: FindRequest;
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
  onOpenHit(hit: OpenHit): void;
  onOpenDocument(docId: string): void;
  onMessage(message: string): void;
}

let nonce = 0;

export function CorpusViews(props: CorpusViewsProps) {
  return (
    <SearchView
      documents={props.documents}
      filteredDocIds={props.filteredDocIds}
      codes={props.codes}
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
      onMessage={props.onMessage}
    />
  );
}
