/**
 * Copied passages: the options (shortest passage, boilerplate threshold), the
 * run with progress and cancel, each pair side by side with the shared text
 * marked in its context, and each report's share of text found elsewhere.
 */
import { useState } from 'react';
import type { Cell } from '../../../../shared/export/rows/segments';
import type { ReuseProgress } from '../../../../shared/reuse/detect';
import { useT } from '../../i18n/i18n';
import { reuseMessages } from './messages';
import '../../ui/list-button.css';
import './reuse.css';

export interface ReuseResultView {
  pairs: readonly Record<string, Cell>[];
  shares: readonly Record<string, Cell>[];
  minChars: number;
  maxReports: number;
  reports: number;
}

export interface PassageContext {
  before: string;
  shared: string;
  after: string;
}

export interface ReuseViewProps {
  defaultMaxReports: number;
  running: boolean;
  progress: ReuseProgress | null;
  cancelled: boolean;
  result: ReuseResultView | null;
  contextOf: (docId: string, start: number, end: number) => PassageContext | null;
  onRun: (minChars: number, maxReports: number | null) => void;
  onCancel: () => void;
  onOpen: (docId: string) => void;
  onExport: (what: 'pairs' | 'shares') => void;
}

export function ReuseView(props: ReuseViewProps) {
  const t = useT(reuseMessages);
  const [minChars, setMinChars] = useState(50);
  const [maxReports, setMaxReports] = useState('');
  const [selected, setSelected] = useState(0);
  const r = props.result;
  const pair = r?.pairs[Math.min(selected, Math.max(0, r.pairs.length - 1))];
  const run = () => {
    const max = Number(maxReports);
    setSelected(0);
    props.onRun(Math.max(4, Math.floor(minChars) || 50), maxReports.trim() && max >= 2 ? Math.floor(max) : null);
  };
  return (
    <section className="reuse-view" data-testid="reuse-view" aria-label={t('title')}>
      <header className="reuse-head">
        <h2>{t('title')}</h2>
        <p className="reuse-muted">{t('intro')}</p>
        <form
          className="reuse-options"
          onSubmit={(e) => {
            e.preventDefault();
            if (!props.running) run();
          }}
        >
          <label>
            {t('minChars')}{' '}
            <input
              type="number"
              min={4}
              value={minChars}
              onChange={(e) => setMinChars(Number(e.target.value))}
              data-testid="reuse-min-chars"
            />
          </label>
          <label>
            {t('maxReports')}{' '}
            <input
              type="number"
              min={2}
              value={maxReports}
              placeholder={String(props.defaultMaxReports)}
              onChange={(e) => setMaxReports(e.target.value)}
              data-testid="reuse-max-reports"
            />
            <span className="reuse-muted"> {t('maxReportsHint', { n: props.defaultMaxReports })}</span>
          </label>
          {props.running ? (
            <button type="button" className="btn" onClick={props.onCancel} data-testid="reuse-cancel">
              {t('cancel')}
            </button>
          ) : (
            <button type="submit" className="btn primary" data-testid="reuse-run">
              {t('run')}
            </button>
          )}
        </form>
        {props.running && (
          <p role="status" data-testid="reuse-progress">
            {props.progress
              ? t('progress', {
                  phase: t(props.progress.phase),
                  done: props.progress.done,
                  total: props.progress.total,
                })
              : t('fingerprints')}
            {props.progress && <progress max={props.progress.total} value={props.progress.done} />}
          </p>
        )}
        {props.cancelled && !props.running && <p role="status">{t('cancelled')}</p>}
      </header>
      {!r ? (
        !props.running && <p className="empty-state">{t('notRun')}</p>
      ) : (
        <>
          <p data-testid="reuse-summary">
            {r.pairs.length === 0
              ? t('none', { n: r.minChars })
              : t('found', {
                  pairs: r.pairs.length,
                  docs: r.shares.filter((s) => Number(s.chars_found_elsewhere) > 0).length,
                  reports: r.reports,
                  min: r.minChars,
                  max: r.maxReports,
                })}
          </p>
          <div className="reuse-exports">
            <button className="btn" onClick={() => props.onExport('pairs')} data-testid="reuse-export-pairs">
              {t('exportPairs')}
            </button>
            <button className="btn" onClick={() => props.onExport('shares')} data-testid="reuse-export-shares">
              {t('exportShares')}
            </button>
          </div>
          {r.pairs.length > 0 && (
            <div className="reuse-body">
              <div className="reuse-list">
                <h3>{t('pairs')}</h3>
                <ul role="listbox" aria-label={t('pairs')}>
                  {r.pairs.map((p, i) => (
                    <li key={i}>
                      <button
                        role="option"
                        aria-selected={i === selected}
                        className="list-button reuse-pair-button"
                        onClick={() => setSelected(i)}
                        data-testid="reuse-pair"
                      >
                        <span>
                          {String(p.government_a ?? p.file_a)} {p.year_a ?? ''} ↔ {String(p.government_b ?? p.file_b)}{' '}
                          {p.year_b ?? ''}
                        </span>
                        <span className="reuse-muted">
                          {t('chars', { n: Number(p.chars) })}
                          {p.same_government === 1 ? ` · ${t('sameGovernment')}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
              {pair && (
                <div className="reuse-sides" data-testid="reuse-sides">
                  {(['a', 'b'] as const).map((side) => {
                    const docId = String(pair[`doc_${side}`]);
                    const ctx = props.contextOf(docId, Number(pair[`start_${side}`]), Number(pair[`end_${side}`]));
                    return (
                      <article key={side} className="reuse-side">
                        <header>
                          <strong>{String(pair[`file_${side}`])}</strong>{' '}
                          <span className="reuse-muted">
                            [{String(pair[`start_${side}`])}, {String(pair[`end_${side}`])})
                          </span>{' '}
                          <button className="btn ghost" onClick={() => props.onOpen(docId)}>
                            {t('open')}
                          </button>
                        </header>
                        {ctx && (
                          <p className="reuse-text">
                            {ctx.before && <span className="reuse-context">…{ctx.before}</span>}
                            <mark title={t('shared')} data-testid={`reuse-shared-${side}`}>
                              {ctx.shared}
                            </mark>
                            {ctx.after && <span className="reuse-context">{ctx.after}…</span>}
                          </p>
                        )}
                      </article>
                    );
                  })}
                </div>
              )}
            </div>
          )}
          <h3>{t('shares')}</h3>
          <table className="reuse-shares" data-testid="reuse-shares">
            <thead>
              <tr>
                <th scope="col">{t('file')}</th>
                <th scope="col">{t('share')}</th>
                <th scope="col">{t('foundIn')}</th>
              </tr>
            </thead>
            <tbody>
              {[...r.shares]
                .sort((x, y) => Number(y.share_found_elsewhere) - Number(x.share_found_elsewhere))
                .map((s) => (
                  <tr key={String(s.doc_id)}>
                    <td>{String(s.file_name)}</td>
                    <td>{(Number(s.share_found_elsewhere) * 100).toFixed(1)}%</td>
                    <td>{String(s.found_in ?? '')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
