/**
 * The search view: the query, keyword-in-context lines with counts per
 * document and in total, and autocoding of the ticked hits. Props in, intents
 * out; the lead runs the search off the UI thread and dispatches the command.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { AutocodeBar, type AutocodeBarProps } from './autocode-bar';
import { KwicList } from './kwic-list';
import { searchMessages } from './messages';
import { SearchForm } from './search-form';
import type { KwicRow, KwicSort, SearchForm as Form, SearchState } from './types';
import './search.css';

export interface SearchPanelProps {
  form: Form;
  state: SearchState | null;
  rows: readonly KwicRow[];
  docNames: ReadonlyMap<string, string>;
  projectCount: number;
  filteredCount: number;
  sort: KwicSort;
  unticked: ReadonlySet<string>;
  autocode: Omit<AutocodeBarProps, 'ticked'>;
  onSearch(form: Form): void;
  onSort(sort: KwicSort): void;
  onToggle(key: string): void;
  onOpen(row: KwicRow): void;
  onOpenDocument(docId: string): void;
}

const PER_DOC_SHOWN = 200;

export function SearchPanel(props: SearchPanelProps) {
  const t = useT(searchMessages);
  const { state } = props;
  const perDoc = useMemo(
    // The documents with most hits (a list of thousands of buttons would stall the page).
    () =>
      [...(state?.perDoc ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).slice(0, PER_DOC_SHOWN),
    [state?.perDoc],
  );
  const ticked = props.rows.length - props.unticked.size;
  return (
    <>
      <main className="pane fz-search" aria-label={t('title')}>
        <SearchForm
          initial={props.form}
          projectCount={props.projectCount}
          filteredCount={props.filteredCount}
          running={state?.running ?? false}
          onSearch={props.onSearch}
        />
        {state && (
          <div className="fz-search-status" aria-live="polite" data-testid="search-summary">
            {state.error
              ? state.error
              : state.running
                ? `${t('searching', { done: state.done, of: state.of })} · ${t('summary', { total: state.total, docs: state.perDoc.size })}`
                : state.total === 0
                  ? t('noHits')
                  : t('summaryMs', { total: state.total, docs: state.perDoc.size, ms: Math.round(state.ms ?? 0) })}
          </div>
        )}
        {props.rows.length > 0 && (
          <>
            <KwicList
              rows={props.rows}
              docNames={props.docNames}
              unticked={props.unticked}
              sort={props.sort}
              onSort={props.onSort}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
            />
            <AutocodeBar {...props.autocode} ticked={ticked} />
          </>
        )}
      </main>
      <aside className="pane fz-search-side" aria-label={t('perDoc')}>
        <h2 className="pane-title">{t('perDoc')}</h2>
        <ul className="fz-perdoc" data-testid="search-per-doc">
          {perDoc.map(([docId, n]) => (
            <li key={docId}>
              <button type="button" className="btn ghost" onClick={() => props.onOpenDocument(docId)}>
                <span className="fz-perdoc-n">{n}</span> {props.docNames.get(docId) ?? docId}
              </button>
            </li>
          ))}
        </ul>
        {(state?.perDoc.size ?? 0) > PER_DOC_SHOWN && (
          <p className="fz-perdoc-more">{t('perDocMore', { n: state!.perDoc.size - PER_DOC_SHOWN })}</p>
        )}
      </aside>
    </>
  );
}
