/**
 * Import progress: a panel in the corner, not a modal — the app stays usable
 * while a large folder imports. It is a dialog for assistive technology
 * (role="dialog", labelled), but it neither traps focus nor closes on Esc:
 * closing it would mean cancelling, which only the Cancel button does.
 */
import { useId } from 'react';
import { visibleName } from '../../../../shared/text/display-name';
import { useT } from '../../i18n/i18n';
import { importMessages } from './messages';
import type { ImportProgress } from './run-import';
import './import.css';

export interface ImportProgressDialogProps {
  progress: ImportProgress;
  onCancel: () => void;
  /** True once Cancel was pressed and the current file is finishing. */
  cancelling?: boolean;
}

/** Seconds as m:ss (or h:mm:ss), the same in both languages. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function ImportProgressDialog({ progress, onCancel, cancelling = false }: ImportProgressDialogProps) {
  const t = useT(importMessages);
  const titleId = useId();
  const { done, total } = progress;
  // While the folder is walked the total grows: say so rather than show a bar that jumps back.
  const count = progress.walking ? t('progressFound', { done, total }) : t('progressCount', { done, total });
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div
      className="fz-import-progress"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-testid="import-progress"
    >
      <div className="fz-import-progress-head">
        <h2 id={titleId}>{t('progressTitle')}</h2>
        <span className="fz-import-progress-count" data-testid="import-progress-count">
          {count}
        </span>
      </div>
      <div
        className="fz-progress"
        role="progressbar"
        aria-label={t('progressTitle')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={count}
      >
        <div className="fz-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="fz-import-progress-rate" data-testid="import-progress-rate">
        {progress.rate
          ? progress.secondsLeft !== null && progress.secondsLeft !== undefined && done < total
            ? t('progressRate', { rate: progress.rate.toFixed(1), left: formatDuration(progress.secondsLeft) })
            : t('progressRateOnly', { rate: progress.rate.toFixed(1) })
          : '\u00a0'}
      </p>
      <p className="fz-import-progress-current" title={progress.current}>
        {progress.current ? t('progressCurrent', { name: visibleName(progress.current) }) : '\u00a0'}
      </p>
      <div className="fz-import-progress-foot">
        <span className="fz-import-progress-tally">
          {t('progressTally', {
            imported: progress.imported,
            duplicates: progress.duplicates,
            failed: progress.failed,
          })}
        </span>
        <button
          type="button"
          className="fz-button"
          data-testid="import-cancel"
          disabled={cancelling}
          onClick={onCancel}
        >
          {cancelling ? t('cancelling') : t('cancel')}
        </button>
      </div>
    </div>
  );
}
