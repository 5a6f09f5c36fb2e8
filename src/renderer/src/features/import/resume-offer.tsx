/**
 * The offer to continue an import the app was closed in the middle of: which
 * files are left, and a button to pick the same folder (or files) again. Not
 * modal: the library stays usable, and the offer stays until taken or discarded.
 */
import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import { importMessages } from './messages';
import './import.css';

export interface ResumeOfferProps {
  source: string;
  /** Files not imported yet, of `total`. */
  left: number;
  total: number;
  projectName: string;
  /** The job came from a folder (the main button asks for the folder) or from files. */
  folder: boolean;
  busy?: boolean;
  onResume: (folder: boolean) => void;
  onDiscard: () => void;
}

export function ResumeOffer(props: ResumeOfferProps) {
  const t = useT(importMessages);
  const titleId = useId();
  const { folder, busy = false } = props;
  return (
    <section className="fz-import-resume" role="region" aria-labelledby={titleId} data-testid="import-resume">
      <h2 id={titleId}>{t('resumeTitle')}</h2>
      <p>
        {t('resumeBody', { source: props.source, left: props.left, total: props.total, project: props.projectName })}
      </p>
      <p className="fz-import-detail">{t('resumeHint')}</p>
      <div className="fz-import-resume-actions">
        <button
          type="button"
          className="fz-button"
          disabled={busy}
          onClick={props.onDiscard}
          data-testid="import-resume-discard"
        >
          {t('resumeDiscard')}
        </button>
        <button
          type="button"
          className="fz-button"
          disabled={busy}
          onClick={() => props.onResume(!folder)}
          data-testid="import-resume-other"
        >
          {folder ? t('resumeFiles') : t('resumeFolder')}
        </button>
        <button
          type="button"
          className="fz-button fz-button-primary"
          disabled={busy}
          onClick={() => props.onResume(folder)}
          data-testid="import-resume-continue"
        >
          {folder ? t('resumeFolder') : t('resumeFiles')}
        </button>
      </div>
    </section>
  );
}
