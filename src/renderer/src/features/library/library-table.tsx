/**
 * The document library: a virtualised, sortable, filterable table of a project's
 * documents. Only the rows in view are in the DOM, so thousands of reports scroll
 * smoothly. Data comes in as props; opening and deleting are reported as intents.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { visibleName } from '../../../../shared/text/display-name';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocumentRecord } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/dialog';
import {
  clickRow,
  copyCounts,
  EMPTY_FILTER,
  EMPTY_SELECTION,
  facets,
  filterDocuments,
  groupCopies,
  isFilterActive,
  moveCursor,
  nextSort,
  regionLabel,
  selectAll,
  sortDocuments,
  visibleSelection,
  type LibraryFilter,
  type Selection,
  type SortKey,
  type SortState,
} from './library-model';
import { LibraryToolbar } from './library-toolbar';
import { libraryMessages } from './messages';
import { Toast } from '../../ui/toast';
import './library.css';

export interface LibraryTableProps {
  documents: DocumentRecord[];
  codedCounts: Record<string, number>;
  activeDocId: string | null;
  onOpen: (docId: string) => void;
  onDelete: (docIds: string[]) => void;
  /** When given, a toast offers to undo the last delete. */
  onUndoDelete?: () => void;
  /** The row with the keyboard cursor changed (click or arrows): e.g. to show its metadata. */
  onCursorChange?: (docId: string) => void;
  /** The visible rows (filtered, in display order) changed: e.g. for next/previous document or an export scope. */
  onVisibleChange?: (docIds: string[]) => void;
  /** The search box changed (the lead looks the words up in the texts and answers with `textMatches`). */
  onQueryChange?: (query: string) => void;
  /** Documents whose text holds the current query. */
  textMatches?: ReadonlySet<string> | null;
}

// Two lines: a report's title (often 30 characters or more) is read whole, not cut at 14.
const ROW_HEIGHT = 46;
const HEADER_HEIGHT = 34;

type Column = { key: SortKey; label: keyof typeof libraryMessages.zh };
const COLUMNS: Column[] = [
  { key: 'title', label: 'colTitle' },
  { key: 'government', label: 'colGovernment' },
  { key: 'level', label: 'colLevel' },
  { key: 'year', label: 'colYear' },
  { key: 'genre', label: 'colGenre' },
  { key: 'script', label: 'colScript' },
  { key: 'format', label: 'colFormat' },
  { key: 'coded', label: 'colCoded' },
  { key: 'added', label: 'colAdded' },
];

/** Local calendar date of an ISO time (the user's day, not UTC's). */
function day(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function LibraryTable(props: LibraryTableProps) {
  const { documents, codedCounts, activeDocId, onOpen, onDelete, onUndoDelete } = props;
  const t = useT(libraryMessages);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<SortState>({ key: 'added', dir: 'desc' });
  const [sel, setSel] = useState<Selection>(EMPTY_SELECTION);
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [toast, setToast] = useState<number | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () =>
      groupCopies(
        sortDocuments(filterDocuments(documents, filter, codedCounts, props.textMatches ?? null), sort, codedCounts),
      ),
    [documents, filter, sort, codedCounts, props.textMatches],
  );
  const copies = useMemo(() => copyCounts(documents), [documents]);
  const ids = useMemo(() => new Set(documents.map((d) => d.id)), [documents]);
  const order = useMemo(() => rows.map((d) => d.id), [rows]);
  const { provinces, years } = useMemo(() => facets(documents), [documents]);
  // reduce, not Math.max(...values): spreading a very large project's counts could overflow the stack.
  const maxCoded = useMemo(() => Object.values(codedCounts).reduce((m, n) => Math.max(m, n), 1), [codedCounts]);
  const selectedVisible = useMemo(() => visibleSelection(sel, order), [sel, order]);

  // Report through refs so a caller's inline callbacks do not re-run the effects on every render.
  const onQueryChange = props.onQueryChange;
  useEffect(() => onQueryChange?.(filter.query), [onQueryChange, filter.query]);
  const onCursorChange = useRef(props.onCursorChange);
  const onVisibleChange = useRef(props.onVisibleChange);
  useEffect(() => {
    onCursorChange.current = props.onCursorChange;
    onVisibleChange.current = props.onVisibleChange;
  });
  useEffect(() => {
    if (sel.cursor) onCursorChange.current?.(sel.cursor);
  }, [sel.cursor]);
  useEffect(() => {
    onVisibleChange.current?.(order);
  }, [order]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the rows inside the scroll container.
    // The rows' container starts below the sticky header, so item offsets need no margin;
    // scrolling a row into view must still clear the header.
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const askDelete = () => {
    if (selectedVisible.length > 0) setConfirming(selectedVisible);
  };
  const confirmDelete = () => {
    if (!confirming) return;
    onDelete(confirming);
    setToast(confirming.length);
    setConfirming(null);
    setSel(EMPTY_SELECTION);
  };

  const onRowClick = (e: MouseEvent, id: string) => {
    setSel((s) => clickRow(s, order, id, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = moveCursor(sel, order, e.key === 'ArrowDown' ? 1 : -1, e.shiftKey);
      setSel(next);
      if (next.cursor) virtualizer.scrollToIndex(order.indexOf(next.cursor), { align: 'auto' });
    } else if (e.key === 'Enter' && sel.cursor) {
      e.preventDefault();
      onOpen(sel.cursor);
    } else if (mod && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      setSel((s) => selectAll(order, s));
    } else if (e.key === 'Delete' || (e.key === 'Backspace' && mod)) {
      e.preventDefault();
      askDelete();
    }
  };

  const confirmTitle = (() => {
    if (!confirming || confirming.length !== 1) return '';
    const d = documents.find((x) => x.id === confirming[0]);
    return d?.title ?? d?.fileName ?? '';
  })();

  return (
    <section className="fz-library" data-testid="library" aria-label={t('libraryLabel')}>
      <LibraryToolbar
        filter={filter}
        onFilter={setFilter}
        provinces={provinces}
        years={years}
        shown={rows.length}
        total={documents.length}
        selected={selectedVisible.length}
        onDeleteSelected={askDelete}
      />
      <div
        className="fz-library-grid"
        role="grid"
        aria-label={t('libraryLabel')}
        aria-rowcount={rows.length + 1}
        aria-multiselectable="true"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div className="fz-library-scroll" ref={scrollRef}>
          <div className="fz-library-row fz-library-head" role="row" aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <div
                key={c.key}
                role="columnheader"
                className={`fz-col fz-col-${c.key}`}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  tabIndex={-1}
                  data-sort-key={c.key}
                  className="fz-library-sort"
                  title={t(c.label)}
                  onClick={() => setSort((s) => nextSort(s, c.key))}
                >
                  {t(c.label)}
                  <span className="fz-sort-mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            ))}
          </div>

          {rows.length === 0 ? (
            <p className="fz-library-empty">
              {documents.length === 0 || !isFilterActive(filter) ? t('empty') : t('noMatch')}
            </p>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((v) => {
                const d = rows[v.index]!;
                const coded = codedCounts[d.id] ?? 0;
                const classes = ['fz-library-row', 'fz-library-body-row'];
                if (sel.selected.has(d.id)) classes.push('is-selected');
                if (d.id === activeDocId) classes.push('is-active');
                if (d.id === sel.cursor) classes.push('is-cursor');
                const isCopy = Boolean(d.copyOf && ids.has(d.copyOf));
                if (isCopy) classes.push('is-copy');
                const nCopies = copies.get(d.id) ?? 0;
                return (
                  <div
                    key={d.id}
                    role="row"
                    aria-rowindex={v.index + 2}
                    aria-selected={sel.selected.has(d.id)}
                    aria-current={d.id === activeDocId ? 'true' : undefined}
                    data-testid="library-row"
                    data-doc-id={d.id}
                    data-copy-of={isCopy ? d.copyOf! : undefined}
                    className={classes.join(' ')}
                    style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                    onClick={(e) => onRowClick(e, d.id)}
                    onDoubleClick={() => onOpen(d.id)}
                  >
                    <div
                      role="gridcell"
                      className="fz-col fz-col-title"
                      title={
                        d.title
                          ? `${d.title}
${visibleName(d.fileName)}`
                          : visibleName(d.fileName)
                      }
                    >
                      {nCopies > 0 && !isCopy ? (
                        <span className="fz-copies-badge" data-testid="copies-badge">
                          {t('copiesBadge', { n: nCopies })}
                        </span>
                      ) : null}
                      <span className="fz-title-text">
                        {isCopy ? (
                          <span className="fz-muted">{visibleName(d.fileName)}</span>
                        ) : (
                          (d.title ?? <span className="fz-muted">{visibleName(d.fileName)}</span>)
                        )}
                      </span>
                      {d.copyOf ? (
                        <span className="fz-copy-mark" data-testid="copy-mark">
                          {t('copyMark')}
                        </span>
                      ) : null}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-government" title={regionLabel(d.region)}>
                      {regionLabel(d.region)}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-level">
                      {d.level ? t(`level_${d.level}`) : ''}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-year">
                      {d.reportYear ?? ''}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-genre">
                      {t(`genre_${d.genre}`)}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-script">
                      {t(`script_${d.script}`)}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-format">
                      {d.format.toUpperCase()}
                    </div>
                    <div role="gridcell" className="fz-col fz-col-coded">
                      <span className="fz-coded-num">{coded}</span>
                      <span className="fz-coded-bar" aria-hidden="true">
                        <span style={{ width: `${Math.round((coded / maxCoded) * 100)}%` }} />
                      </span>
                    </div>
                    <div role="gridcell" className="fz-col fz-col-added">
                      {day(d.addedAt)}
                    </div>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('confirmDeleteTitle')}
          message={
            <>
              <p>
                {confirming.length === 1
                  ? t('confirmDeleteOne', { title: confirmTitle })
                  : t('confirmDeleteMany', { n: confirming.length })}
              </p>
              {onUndoDelete ? <p className="fz-muted">{t('confirmDeleteUndo')}</p> : null}
            </>
          }
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          danger
          onConfirm={confirmDelete}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {toast !== null ? (
        <Toast
          message={t('deleted', { n: toast })}
          actionLabel={onUndoDelete ? t('undo') : undefined}
          onAction={onUndoDelete}
          dismissLabel={t('dismiss')}
          onDismiss={() => setToast(null)}
        />
      ) : null}
    </section>
  );
}
