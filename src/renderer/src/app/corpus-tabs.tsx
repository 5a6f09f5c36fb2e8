/** The tabs of the views across the corpus: search, coded segments, code matrix, charts. */
import { useEffect } from 'react';
import { useT } from '../i18n/i18n';
import { corpusMessages } from './corpus-messages';

export const CORPUS_VIEWS = ['search', 'segments', 'matrix', 'charts'] as const;
export type CorpusView = (typeof CORPUS_VIEWS)[number];

export function isCorpusView(v: string): v is CorpusView {
  return (CORPUS_VIEWS as readonly string[]).includes(v);
}

export function CorpusTabs({ view, onView }: { view: string; onView: (v: CorpusView) => void }) {
  const t = useT(corpusMessages);
  // Ctrl/Cmd+Shift+F opens the corpus search from anywhere (Ctrl/Cmd+F finds in the open document).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        onView('search');
        // Already in the search view, the query box takes the focus back (it takes it itself when the view opens).
        window.requestAnimationFrame(() => {
          const input = document.querySelector<HTMLInputElement>('.fz-search-input');
          input?.focus();
          input?.select();
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onView]);
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
