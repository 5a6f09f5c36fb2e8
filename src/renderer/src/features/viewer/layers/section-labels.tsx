/**
 * The coloured category label at the margin of each top-level section, with
 * "accept all / reject all" when the section has pending suggestions.
 * Positioned from the blocks' offsetTop (the text column is not positioned, so
 * offsets are relative to the viewer's inner box) and re-measured on resize
 * (which includes a chunk of the text being laid out for the first time).
 */
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { blockTop, type ViewerCore } from '../dom/viewer-core';
import { CATEGORY_KEYS, messages } from '../messages';
import type { SectionLabelSpec } from '../model/blocks';
import type { ViewerSuggestion } from '../types';

const CATEGORY_COLORS = {
  measures: '#2563eb',
  shortcomings: '#dc2626',
  duties: '#7c3aed',
  plans: '#059669',
  other: '#6b7280',
} as const;

export function SectionLabels({
  core,
  labels,
  suggestions,
  onAccept,
  onReject,
}: {
  core: ViewerCore | null;
  labels: readonly SectionLabelSpec[];
  suggestions: readonly ViewerSuggestion[];
  onAccept: (keys: string[]) => void;
  onReject: (keys: string[]) => void;
}) {
  const t = useT(messages);
  const [tops, setTops] = useState<number[]>([]);

  useEffect(() => {
    if (!core) return;
    const measure = () => setTops(labels.map((l) => blockTop(core, l.blockIndex)));
    // No measuring right here: that would force a layout of the whole document in the
    // middle of the commit. A ResizeObserver reports once after the browser's own
    // layout (and on every resize), when reading offsets costs nothing.
    const ro = new ResizeObserver(measure);
    ro.observe(core.root);
    return () => ro.disconnect();
  }, [core, labels]);

  const pending = useMemo(
    () => labels.map((l) => suggestions.filter((s) => s.start >= l.start && s.start < l.end).map((s) => s.key)),
    [labels, suggestions],
  );

  if (!core) return null;
  return (
    <div className="fz-section-labels">
      {labels.map((l, i) => {
        const keys = pending[i] ?? [];
        const heading = l.heading.length > 16 ? `${l.heading.slice(0, 16)}…` : l.heading;
        return (
          <div
            key={`${l.start}-${l.category}`}
            className="fz-section-label"
            style={{ top: tops[i] ?? 0, borderColor: CATEGORY_COLORS[l.category] }}
            data-testid="section-label"
            data-category={l.category}
          >
            <span className="fz-section-name" style={{ color: CATEGORY_COLORS[l.category] }}>
              {t(CATEGORY_KEYS[l.category])}
            </span>
            {keys.length > 0 && (
              <span className="fz-section-suggestions">
                <span>{t('pending', { count: keys.length })}</span>
                <button
                  type="button"
                  data-testid="suggestion-accept-all"
                  aria-label={t('acceptAllNamed', { count: keys.length, heading })}
                  onClick={() => onAccept(keys)}
                >
                  {t('acceptAll')}
                </button>
                <button
                  type="button"
                  data-testid="suggestion-reject-all"
                  aria-label={t('rejectAllNamed', { count: keys.length, heading })}
                  onClick={() => onReject(keys)}
                >
                  {t('rejectAll')}
                </button>
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
