/**
 * The open document's annotations: counts per code (which double as filters),
 * then the coded passages in reading order; a click reports the range so the
 * lead can focus it in the viewer.
 */
import { memo, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { useT } from '../../../i18n/i18n';
import { messages } from '../messages';
import { countByCode, countByCoder, listed, ofCoder, shortQuote } from '../model/annotation-summary';
import type { CodeRange, ViewerAnnotation, ViewerCode } from '../types';

export interface AnnotationListProps {
  annotations: readonly ViewerAnnotation[];
  codes: readonly ViewerCode[];
  /** The document text, for quotes. */
  text: string;
  onSelect(range: CodeRange, annotationId: string): void;
}

/** Memoised: a coding that is still being saved re-renders the reader, not this list. */
export const AnnotationList = memo(function AnnotationList({
  annotations,
  codes,
  text,
  onSelect,
}: AnnotationListProps) {
  const t = useT(messages);
  const [filter, setFilter] = useState<string | null>(null);
  const [coderChoice, setCoder] = useState<string | null>(null);
  const map = useMemo(() => new OffsetMap(text), [text]);
  const coders = useMemo(() => countByCoder(annotations), [annotations]);
  // A coder chosen in another document who has coded nothing here: everyone's codings, not an empty list.
  const coder = coderChoice !== null && coders.some(([c]) => c === coderChoice) ? coderChoice : null;
  const mine = useMemo(() => ofCoder(annotations, coder), [annotations, coder]);
  const counts = useMemo(() => countByCode(mine), [mine]);
  const shown = useMemo(() => listed(mine, filter), [mine, filter]);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  // The coder filter appears once two people (or a named and an unnamed coder) coded this document.
  const several = coders.length > 1;
  const coderName = (c: string) => c || t('listNoCoder');

  return (
    <section className="fz-annotation-list" aria-label={t('listLabel')} data-testid="annotation-list">
      {several && (
        <label className="fz-coder-filter">
          {t('listCoder')}{' '}
          <select
            value={coder ?? '\u0000all'}
            data-testid="annotation-list-coder"
            onChange={(e) => setCoder(e.target.value === '\u0000all' ? null : e.target.value)}
          >
            <option value={'\u0000all'}>{t('listAllCoders', { count: coders.length })}</option>
            {coders.map(([c, n]) => (
              <option key={c} value={c}>
                {coderName(c)} ({n})
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="fz-filter" role="group" aria-label={t('listFilterLabel')}>
        <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          {t('listAll', { count: mine.length })}
        </button>
        {codes
          .filter((c) => counts.has(c.id))
          .map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={filter === c.id}
              data-code-id={c.id}
              title={c.path}
              onClick={() => setFilter(filter === c.id ? null : c.id)}
            >
              <span className="fz-swatch" style={{ background: c.color }} aria-hidden="true" />
              {c.label} ({counts.get(c.id)})
            </button>
          ))}
      </div>
      {shown.length === 0 ? (
        <p className="fz-empty">{t('listEmpty')}</p>
      ) : (
        <VirtualRows
          items={shown}
          label={t('listLabel')}
          render={(a) => {
            const code = byId.get(a.codeId);
            const quote = shortQuote(map.slice(a.start, a.end));
            const name = code?.path ?? t('unknownCode');
            return (
              <button
                type="button"
                data-annotation-id={a.id}
                aria-label={t('listItem', { code: name, quote })}
                data-coder={a.coder}
                onClick={() => onSelect({ start: a.start, end: a.end }, a.id)}
              >
                <span className="fz-swatch" style={{ background: code?.color ?? '#888' }} aria-hidden="true" />
                <span className="fz-list-code">{code?.label ?? t('unknownCode')}</span>
                <span className="fz-list-quote">{quote}</span>
                {several && coder === null && <span className="fz-list-coder">{coderName(a.coder)}</span>}
                {a.memo && <span className="fz-list-memo">✎</span>}
              </button>
            );
          }}
        />
      )}
    </section>
  );
});

const ROW_HEIGHT = 28;

/** Only the rows in view are rendered: a document may carry thousands of codings. */
function VirtualRows<T extends { id: string }>({
  items,
  label,
  render,
}: {
  items: readonly T[];
  label: string;
  render: (item: T) => ReactNode;
}) {
  const scrollRef = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => items[i]!.id,
  });
  return (
    <ul ref={scrollRef} className="fz-list-rows" aria-label={label}>
      <li aria-hidden="true" style={{ height: virtualizer.getTotalSize(), position: 'relative', listStyle: 'none' }} />
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          aria-setsize={items.length}
          aria-posinset={row.index + 1}
          style={{ position: 'absolute', top: row.start, left: 0, right: 0, height: ROW_HEIGHT }}
        >
          {render(items[row.index]!)}
        </li>
      ))}
    </ul>
  );
}
