/**
 * The outline: headings by level; a click jumps to the heading. Top-level
 * sections show their category label.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Heading, Section } from '../../../../../shared/model/document';
import { OffsetMap } from '../../../../../shared/text/codepoints';
import { useT } from '../../../i18n/i18n';
import { CATEGORY_KEYS, messages } from '../messages';
import type { CodeRange } from '../types';

export interface OutlinePanelProps {
  headings: readonly Heading[];
  sections: readonly Section[];
  /** The text as the reader shows it (simplified on request): headings are quoted from it. */
  text?: string;
  onJump(range: CodeRange): void;
}

export function OutlinePanel({ headings, sections, text, onJump }: OutlinePanelProps) {
  // The list re-renders only when the structure changes, not when the parent passes a new callback.
  const latest = useRef(onJump);
  useEffect(() => {
    latest.current = onJump;
  });
  const jump = useCallback((range: CodeRange) => latest.current(range), []);
  // Same code points in both scripts: each heading's span is read from the displayed text.
  const shown = useMemo(() => {
    if (text === undefined) return headings;
    const map = new OffsetMap(text);
    return headings.map((h) => ({ ...h, text: map.slice(h.start, h.end) || h.text }));
  }, [headings, text]);
  return <OutlineList headings={shown} sections={sections} onJump={jump} />;
}

const OutlineList = memo(function OutlineList({ headings, sections, onJump }: OutlinePanelProps) {
  const t = useT(messages);
  const minLevel = sections.reduce((m, s) => Math.min(m, s.level), Infinity);
  const categoryAt = new Map(sections.filter((s) => s.level === minLevel).map((s) => [s.start, s.category]));
  return (
    <nav className="fz-outline" aria-label={t('outlineLabel')} data-testid="outline">
      {headings.length === 0 ? (
        <p className="fz-empty">{t('outlineEmpty')}</p>
      ) : (
        <ul>
          {headings.map((h) => {
            const category = categoryAt.get(h.start);
            return (
              <li key={`${h.start}-${h.level}`} style={{ paddingInlineStart: `${(h.level - 1) * 12}px` }}>
                <button type="button" onClick={() => onJump({ start: h.start, end: h.end })}>
                  <span className={`fz-outline-l${Math.min(h.level, 4)}`}>{h.text}</span>
                  {category && (
                    <span className={`fz-badge fz-badge-${category}`} data-category={category}>
                      {t(CATEGORY_KEYS[category])}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
});
