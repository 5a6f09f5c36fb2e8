/** The search view wired to the search worker, the codebook and the autocode command. */
import { useEffect, useMemo, useState } from 'react';
import type { Code, DocumentRecord } from '../../../shared/model/project';
import { describeAutocode } from '../../../shared/search/autocode-snapshot';
import { autocode } from '../commands';
import {
  rowKey,
  SearchPanel,
  searchMessages,
  type AutocodeForm,
  type AutocodePreview,
  type KwicRow,
} from '../features/search';
import { useLang, useT } from '../i18n/i18n';
import { searchDocs } from '../platform/search-client';
import type { PlannedRow } from '../platform/search-protocol';
import { runSearch, searchClient, setSort, tickAll, tickedHits, toggleHit, useSearchStore } from './search-store';
import type { CommandRunner } from './use-commands';
import { toViewerCodes } from './viewer-codes';

export interface SearchViewProps {
  documents: DocumentRecord[];
  filteredDocIds: string[];
  codes: Code[];
  coder: string;
  run: CommandRunner;
  /** Changes whenever codings change: the autocode preview is worked out again. */
  countsKey: object;
  onOpenHit(row: KwicRow): void;
  onOpenDocument(docId: string): void;
  onMessage(message: string): void;
}

export function SearchView(props: SearchViewProps) {
  const { documents, filteredDocIds, codes, coder, run } = props;
  const t = useT(searchMessages);
  const { lang } = useLang();
  const store = useSearchStore();
  const docNames = useMemo(() => new Map(documents.map((d) => [d.id, d.fileName])), [documents]);
  const codeOptions = useMemo(
    () => toViewerCodes(codes, lang).map((c) => ({ id: c.id, label: c.path, color: c.color })),
    [codes, lang],
  );
  const [acForm, setAcForm] = useState<AutocodeForm>({ codeId: '', unit: 'sentence', n: 0 });
  const [preview, setPreview] = useState<(AutocodePreview & { rows: PlannedRow[] }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => searchClient().warm(), []);
  const done = store.state !== null && !store.state.running;
  // The preview follows the ticked hits, the code and the unit (planned in the worker: it reads the texts).
  useEffect(() => {
    if (!done || acForm.codeId === '' || store.rows.length === 0) {
      setPreview(null);
      return;
    }
    let live = true;
    setPreview((p) => ({ planning: true, segments: p?.segments ?? 0, existing: p?.existing ?? 0, rows: [] }));
    const timer = window.setTimeout(() => {
      const options = { unit: acForm.unit, n: acForm.n, semicolons: store.form.semicolons };
      void searchClient()
        .plan(acForm.codeId, tickedHits(rowKey), options)
        .then(
          (p) => live && setPreview({ planning: false, segments: p.rows.length, existing: p.existing, rows: p.rows }),
        );
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [done, acForm, store.unticked, store.rows.length, store.form.semicolons, version, props.countsKey]);

  const runAutocode = async () => {
    if (!preview || preview.planning || preview.rows.length === 0) return;
    setBusy(true);
    const cmd = autocode({
      codeId: acForm.codeId,
      coder: coder || '—',
      autoQuery: describeAutocode(store.form.text, { unit: acForm.unit, n: acForm.n }),
      segments: preview.rows,
    });
    const r = await run(cmd);
    setBusy(false);
    if (r.ok) props.onMessage(t('autocodeDone', { n: cmd.count() }));
    setVersion((v) => v + 1);
  };

  return (
    <SearchPanel
      form={store.form}
      state={store.state}
      rows={store.rows}
      docNames={docNames}
      projectCount={documents.length}
      filteredCount={filteredDocIds.length}
      sort={store.sort}
      unticked={store.unticked}
      onSearch={(form) => {
        const byId = new Map(documents.map((d) => [d.id, d]));
        const docs = form.scope === 'filtered' ? filteredDocIds.flatMap((id) => byId.get(id) ?? []) : documents;
        void runSearch(form, searchDocs(docs));
      }}
      onSort={setSort}
      onToggle={toggleHit}
      onOpen={props.onOpenHit}
      onOpenDocument={props.onOpenDocument}
      autocode={{
        codes: codeOptions,
        form: acForm,
        preview,
        busy,
        onChange: setAcForm,
        onRun: () => void runAutocode(),
        onTickAll: (all) => tickAll(all, rowKey),
      }}
    />
  );
}
