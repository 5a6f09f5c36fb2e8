/**
 * The open document's annotations: counts per code (which double as filters),
 * then the coded passages in reading order; a click reports the range so the
 * lead can focus it in the viewer.
 */
import { useMemo, useState } from 'react';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { useT } from '../../../i18n/i18n';
import { messages } from '../messages';
import { countByCode, listed, shortQuote } from '../model/annotation-summary';
import type { CodeRange, ViewerAnnotation, ViewerCode } from '../types';

export interface AnnotationListProps {
  annotations: readonly ViewerAnnotation[];
  codes: readonly ViewerCode[];
  /** The document text, for quotes. */
  text: string;
  onSelect(range: CodeRange, annotationId: string): void;
}

export function AnnotationList({ annotations, codes, text, onSelect }: AnnotationListProps) {
  const t = useT(messages);
  const [filter, setFilter] = useState<string | null>(null);
  const map = useMemo(() => new OffsetMap(text), [text]);
  const counts = useMemo(() => countByCode(annotations), [annotations]);
  const shown = useMemo(() => listed(annotations, filter), [annotations, filter]);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);

  return (
    <section className="fz-annotation-list" aria-label={t('listLabel')} data-testid="annotation-list">
      <div className="fz-filter" role="group" aria-label={t('listFilterLabel')}>
        <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          {t('listAll', { count: annotations.length })}
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
        <ul aria-label={t('listLabel')}>
          {shown.map((a) => {
            const code = byId.get(a.codeId);
            const quote = shortQuote(map.slice(a.start, a.end));
            const name = code?.path ?? t('unknownCode');
            return (
              <li key={a.id}>
                <button
                  type="button"
                  data-annotation-id={a.id}
                  aria-label={t('listItem', { code: name, quote })}
                  onClick={() => onSelect({ start: a.start, end: a.end }, a.id)}
                >
                  <span className="fz-swatch" style={{ background: code?.color ?? '#888' }} aria-hidden="true" />
                  <span className="fz-list-code">{code?.label ?? t('unknownCode')}</span>
                  <span className="fz-list-quote">{quote}</span>
                  {a.memo && <span className="fz-list-memo">✎</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
