/** The tabs of the views across the corpus: search, coded segments, code matrix, charts. */
import { useT } from '../i18n/i18n';
import { corpusMessages } from './corpus-messages';

export const CORPUS_VIEWS = ['search'] as const;
export type CorpusView = (typeof CORPUS_VIEWS)[number];

export function isCorpusView(v: string): v is CorpusView {
  return (CORPUS_VIEWS as readonly string[]).includes(v);
}

export function CorpusTabs({ view, onView }: { view: string; onView: (v: CorpusView) => void }) {
  const t = useT(corpusMessages);
  return (
    <>
      {CORPUS_VIEWS.map((v) => (
        <button
          key={v}
          className="btn ghost"
          role="tab"
          aria-selected={view === v}
          onClick={() => onView(v)}
          data-testid={`tab-${v}`}
          title={v === 'search' ? `${t(v)} (Ctrl+Shift+F)` : t(v)}
        >
          {t(v)}
        </button>
      ))}
    </>
  );
}
