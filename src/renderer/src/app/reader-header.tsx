/**
 * The reader's header: which document is open (title, government, year, level,
 * format, length) and whether it is a copy of another report, so a coder with
 * several copies of one report always knows which one they are coding. The
 * reader's toggles sit at its end.
 */
import type { ReactNode } from 'react';
import type { DocumentRecord } from '../../../shared/model/project';
import { regionLabel } from '../features/library/library-model';
import { libraryMessages } from '../features/library/messages';
import { useT } from '../i18n/i18n';
import { readerMessages } from './reader-messages';
import './reader.css';

export interface ReaderHeaderProps {
  document: DocumentRecord;
  /** The document this one is a copy of, when it names one and it is still in the project. */
  original: DocumentRecord | null;
  children?: ReactNode;
}

export function ReaderHeader({ document: d, original, children }: ReaderHeaderProps) {
  const t = useT(readerMessages);
  const tl = useT(libraryMessages);
  const title = d.title ?? d.fileName;
  const government = regionLabel(d.region);
  const isCopy = Boolean(d.copyOf);
  const copyNote = original ? t('copyOf', { title: original.title ?? original.fileName }) : t('copyOfUnknown');
  return (
    <header className="reader-header" data-testid="reader-header" aria-label={t('headerLabel')}>
      <div className="reader-heading">
        <h1 className="reader-doc-title" title={`${title}\n${t('fileName', { name: d.fileName })}`}>
          {title}
        </h1>
        {isCopy && (
          <span className="reader-copy" data-testid="reader-copy" title={copyNote}>
            {t('copy')}
          </span>
        )}
      </div>
      <div className="reader-meta" data-testid="reader-meta">
        <span className={government ? undefined : 'is-missing'}>{government || t('noGovernment')}</span>
        <span className={d.reportYear ? undefined : 'is-missing'}>
          {d.reportYear ? t('yearReported', { year: d.reportYear }) : t('noYear')}
        </span>
        {d.level && <span>{tl(`level_${d.level}`)}</span>}
        <span className="reader-format">{d.format.toUpperCase()}</span>
        <span>{t('length', { n: d.length.toLocaleString() })}</span>
        {isCopy && <span className="reader-copy-note">{copyNote}</span>}
        <span className="reader-tools">{children}</span>
      </div>
    </header>
  );
}
