/**
 * Keyword-in-context lines: left context | hit | right context, with the
 * document, a tick box for autocoding, and Enter or a click to open the hit.
 * Only the lines in view are rendered (a search may find tens of thousands).
 */
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../i18n/i18n';
import { searchMessages } from './messages';
import { rowKey, type KwicRow, type KwicSort } from './types';

export interface KwicListProps {
  rows: readonly KwicRow[];
  docNames: ReadonlyMap<string, string>;
  unticked: ReadonlySet<string>;
  sort: KwicSort;
  onSort(sort: KwicSort): void;
  onToggle(key: string): void;
  onOpen(row: KwicRow): void;
}

const ROW = 30;

export function KwicList({ rows, docNames, unticked, sort, onSort, onToggle, onOpen }: KwicListProps) {
  const t = useT(searchMessages);
  const scrollRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  const header = (key: KwicSort, label: string, className: string) => (
    <button
      type="button"
      className={`fz-kwic-head ${className}`}
      aria-pressed={sort === key}
      onClick={() => onSort(key)}
      data-testid={`kwic-sort-${key}`}
    >
      {label}
      {sort === key ? ' ▾' : ''}
    </button>
  );
  return (
    <div className="fz-kwic" data-testid="kwic">
      <div className="fz-kwic-row fz-kwic-header" role="group" aria-label={t('sortBy')}>
        <span className="fz-kwic-tick" />
        {header('document', t('document'), 'fz-kwic-doc')}
        {header('left', t('left'), 'fz-kwic-left')}
        <span className="fz-kwic-hit">{t('hit')}</span>
        {header('right', t('right'), 'fz-kwic-right')}
      </div>
      <div ref={scrollRef} className="fz-kwic-scroll" role="list" aria-label={t('title')}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const key = rowKey(r);
            const doc = docNames.get(r.docId) ?? r.docId;
            return (
              <div
                key={key}
                role="listitem"
                className="fz-kwic-row"
                style={{ position: 'absolute', top: item.start, left: 0, right: 0, height: ROW }}
                data-testid="kwic-row"
                data-doc-id={r.docId}
              >
                <input
                  type="checkbox"
                  className="fz-kwic-tick"
                  aria-label={t('include')}
                  checked={!unticked.has(key)}
                  onChange={() => onToggle(key)}
                />
                <span className="fz-kwic-doc" title={doc}>
                  {doc}
                </span>
                <button
                  type="button"
                  className="fz-kwic-line"
                  aria-label={t('openHit', { doc })}
                  onClick={() => onOpen(r)}
                >
                  <span className="fz-kwic-left">{r.left}</span>
                  <mark className="fz-kwic-hit">{r.hit}</mark>
                  <span className="fz-kwic-right">{r.right}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
