/**
 * Retrieved segments: every coded segment across documents that the filters
 * keep (codes ± sub-codes, documents, coder, origin), with text, document,
 * section and memo; a click or Enter jumps to it; the selection exports as is.
 */
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../i18n/i18n';
import { filterSegments } from './filter-segments';
import { retrievalMessages } from './messages';
import type { DocScope, RetrievalCode, RetrievalFilter, RetrievedSegment } from './types';
import './retrieval.css';

export interface RetrievalPanelProps {
  rows: readonly RetrievedSegment[] | undefined;
  codes: readonly RetrievalCode[];
  docNames: ReadonlyMap<string, string>;
  filteredDocIds: readonly string[];
  /** The documents of a matrix cell, when the view was opened from one. */
  cellDocIds: readonly string[] | null;
  filter: RetrievalFilter;
  onFilter(f: RetrievalFilter): void;
  onJump(row: RetrievedSegment): void;
  onExport(format: 'csv' | 'xlsx', ids: string[]): void;
}

const ROW = 74;

export function RetrievalPanel(props: RetrievalPanelProps) {
  const t = useT(retrievalMessages);
  const { rows, codes, filter, onFilter } = props;
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const docSet = useMemo(() => {
    if (filter.docScope === 'filtered') return new Set(props.filteredDocIds);
    if (filter.docScope === 'cell' && props.cellDocIds) return new Set(props.cellDocIds);
    return null;
  }, [filter.docScope, props.filteredDocIds, props.cellDocIds]);
  const shown = useMemo(() => (rows ? filterSegments(rows, codes, filter, docSet) : []), [rows, codes, filter, docSet]);
  const coders = useMemo(() => [...new Set((rows ?? []).map((r) => r.coder))].sort(), [rows]);
  const docCount = useMemo(() => new Set(shown.map((r) => r.docId)).size, [shown]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const toggle = (id: string) =>
    onFilter({
      ...filter,
      codeIds: filter.codeIds.includes(id) ? filter.codeIds.filter((x) => x !== id) : [...filter.codeIds, id],
    });

  return (
    <>
      <main className="pane fz-retrieval" aria-label={t('title')}>
        <div className="fz-retrieval-bar">
          <span data-testid="retrieval-count" aria-live="polite">
            {rows ? t('count', { n: shown.length, docs: docCount }) : t('loading')}
          </span>
          <span className="spacer" />
          <button
            className="btn"
            disabled={!shown.length}
            onClick={() =>
              props.onExport(
                'csv',
                shown.map((r) => r.id),
              )
            }
            data-testid="retrieval-export-csv"
          >
            {t('exportCsv')}
          </button>
          <button
            className="btn"
            disabled={!shown.length}
            onClick={() =>
              props.onExport(
                'xlsx',
                shown.map((r) => r.id),
              )
            }
            data-testid="retrieval-export-xlsx"
          >
            {t('exportXlsx')}
          </button>
        </div>
        {rows && shown.length === 0 ? (
          <p className="empty-state">{t('none')}</p>
        ) : (
          <div ref={scrollRef} className="fz-retrieval-scroll" role="list" aria-label={t('title')}>
            <div style={{ height: v.getTotalSize(), position: 'relative' }}>
              {v.getVirtualItems().map((item) => {
                const r = shown[item.index]!;
                const code = byId.get(r.codeId);
                const doc = props.docNames.get(r.docId) ?? r.docId;
                return (
                  <div
                    key={r.id}
                    role="listitem"
                    style={{ position: 'absolute', top: item.start, left: 0, right: 0, height: ROW }}
                  >
                    <button
                      type="button"
                      className="fz-segment"
                      onClick={() => props.onJump(r)}
                      aria-label={t('jump', { doc })}
                      data-testid="retrieved-segment"
                    >
                      <span className="fz-segment-meta">
                        <span className="fz-swatch" style={{ background: code?.color ?? '#888' }} aria-hidden="true" />
                        <span className="fz-segment-code">{code?.path ?? r.codeId}</span>
                        <span className="fz-segment-doc">{doc}</span>
                        {r.heading && <span className="fz-segment-section">{r.heading}</span>}
                        {r.origin !== 'manual' && <span className="fz-segment-origin">{t(r.origin)}</span>}
                        {r.memo && <span className="fz-segment-memo">✎ {r.memo}</span>}
                      </span>
                      <span className="fz-segment-text">{r.quote}</span>
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </main>
      <aside className="pane fz-retrieval-side" aria-label={t('filters')}>
        <h2 className="pane-title">{t('filters')}</h2>
        <div className="fz-retrieval-filters">
          <label>
            {t('documents')}
            <select
              value={filter.docScope}
              onChange={(e) => onFilter({ ...filter, docScope: e.target.value as DocScope })}
              data-testid="retrieval-docs"
            >
              <option value="project">{t('docProject')}</option>
              <option value="filtered">{t('docFiltered', { n: props.filteredDocIds.length })}</option>
              {props.cellDocIds && <option value="cell">{t('docCell', { n: props.cellDocIds.length })}</option>}
            </select>
          </label>
          <label>
            {t('coder')}
            <select value={filter.coder ?? ''} onChange={(e) => onFilter({ ...filter, coder: e.target.value || null })}>
              <option value="">{t('all')}</option>
              {coders.map((c) => (
                <option key={c} value={c}>
                  {c || '—'}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('origin')}
            <select
              value={filter.origin ?? ''}
              onChange={(e) => onFilter({ ...filter, origin: (e.target.value || null) as RetrievalFilter['origin'] })}
              data-testid="retrieval-origin"
            >
              <option value="">{t('all')}</option>
              <option value="manual">{t('manual')}</option>
              <option value="suggestion">{t('suggestion')}</option>
              <option value="auto">{t('auto')}</option>
            </select>
          </label>
          <label className="fz-check">
            <input
              type="checkbox"
              checked={filter.withSubCodes}
              onChange={(e) => onFilter({ ...filter, withSubCodes: e.target.checked })}
            />
            {t('withSub')}
          </label>
          <fieldset className="fz-retrieval-codes">
            <legend>{t('codes')}</legend>
            {codes.map((c) => (
              <label key={c.id} style={{ paddingLeft: c.depth * 14 }} className="fz-check">
                <input
                  type="checkbox"
                  checked={filter.codeIds.includes(c.id)}
                  onChange={() => toggle(c.id)}
                  data-testid="retrieval-code"
                  data-code-id={c.id}
                />
                <span className="fz-swatch" style={{ background: c.color }} aria-hidden="true" />
                {c.label}
              </label>
            ))}
          </fieldset>
          {filter.codeIds.length > 0 && (
            <button className="btn ghost" onClick={() => onFilter({ ...filter, codeIds: [] })}>
              {t('clearCodes')}
            </button>
          )}
        </div>
      </aside>
    </>
  );
}
