/**
 * What an import did: counts, each failure with its reason in the user's language
 * (and the parser's English detail), and the duplicates, which can be imported anyway.
 */
import { Dialog } from '../../ui/dialog';
import { EncodingPicker } from '../../ui/encoding-picker';
import { encodingMessages, type EncodingLabel } from '../../ui/encoding-messages';
import { visibleName } from '../../../../shared/text/display-name';
import { useLang, useT } from '../../i18n/i18n';
import { FAILURE_KEYS, importMessages } from './messages';

type ImportMessageKey = keyof typeof importMessages.zh;
import type { DuplicateEntry, ImportSummary } from './run-import';
import './import.css';

export interface ImportSummaryDialogProps {
  summary: ImportSummary;
  onClose: () => void;
  /**
   * Import these duplicates anyway (the caller runs `importDuplicatesAnyway`); with `asCopies`,
   * as copies of the documents they duplicate. Duplicates left alone are skipped.
   */
  onImportAnyway?: (duplicates: DuplicateEntry[], asCopies?: boolean) => void;
  /** True while a re-import runs: the buttons wait. */
  busy?: boolean;
  /**
   * Read a file again in the encoding the user picked: an imported document with unreadable
   * characters (`docId`), or a file refused as not text (`token`, still registered).
   */
  onReencode?: (target: ReencodeTarget, encoding: EncodingLabel) => Promise<void>;
}

export type ReencodeTarget = { docId: string; name: string } | { token: string; name: string };

/** A file name from the user's disk: control and bidi characters shown, never obeyed. */
const shown = (name: string, relPath: string) => visibleName(relPath || name);

/** Rows drawn per list: a crawl can set thousands of files aside, and the dialog must open at once. */
export const LIST_LIMIT = 200;

/** "Same text as …" or "Same report as …" (another format or a mirror). */
function duplicateReason(
  d: DuplicateEntry,
  t: (key: ImportMessageKey, params?: Record<string, string>) => string,
): string {
  if (d.kind === 'same-report') {
    return d.existingTitle ? t('sameReportOf', { title: d.existingTitle }) : t('sameReportOfUntitled');
  }
  return d.existingTitle ? t('duplicateOf', { title: d.existingTitle }) : t('duplicateOfUntitled');
}

export function ImportSummaryDialog({
  summary,
  onClose,
  onImportAnyway,
  busy = false,
  onReencode,
}: ImportSummaryDialogProps) {
  const t = useT(importMessages);
  const te = useT(encodingMessages);
  const damaged = summary.imported.filter((d) => d.encodingDamaged);
  const { lang } = useLang();
  const available = summary.duplicates.filter((d) => d.token);
  return (
    <Dialog
      title={t('summaryTitle')}
      onClose={onClose}
      className="fz-import-summary"
      testId="import-summary"
      actions={
        <button type="button" className="fz-button fz-button-primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <dl className="fz-import-counts">
        <div data-testid="summary-imported">
          <dt>{t('summaryImported')}</dt>
          <dd className="is-ok">{summary.imported.length}</dd>
        </div>
        <div data-testid="summary-duplicates">
          <dt>{t('summaryDuplicates')}</dt>
          <dd>{summary.duplicates.length}</dd>
        </div>
        <div data-testid="summary-failed">
          <dt>{t('summaryFailed')}</dt>
          <dd className={summary.failed.length ? 'is-bad' : ''}>{summary.failed.length}</dd>
        </div>
        {summary.skipped ? (
          <div data-testid="summary-skipped">
            <dt>{t('summarySkipped')}</dt>
            <dd>{summary.skipped}</dd>
          </div>
        ) : null}
      </dl>
      {summary.cancelled ? (
        <p className="fz-import-note">{t('summaryCancelled', { n: summary.notProcessed })}</p>
      ) : null}

      {summary.failed.length > 0 ? (
        <section>
          <h3 className="fz-import-heading">{t('failuresHeading')}</h3>
          <ul className="fz-import-list" data-testid="summary-failures">
            {summary.failed.slice(0, LIST_LIMIT).map((f, i) => (
              <li key={`${f.relPath}-${f.name}-${i}`} data-code={f.code}>
                <span className="fz-import-file">{shown(f.name, f.relPath)}</span>
                {/* The importer's own sentence is English: shown in the English UI, a tooltip in the Chinese one. */}
                <span className="fz-import-reason" title={lang === 'zh' ? f.message : undefined}>
                  {t(FAILURE_KEYS[f.code])}
                </span>
                {lang === 'en' ? (
                  <span className="fz-import-detail" lang="en">
                    {f.message}
                  </span>
                ) : null}
                {onReencode && f.token ? (
                  <EncodingPicker
                    testId="summary-failure-encoding"
                    onPick={(encoding) => onReencode({ token: f.token!, name: f.name }, encoding)}
                  />
                ) : null}
              </li>
            ))}
            {summary.failed.length > LIST_LIMIT ? (
              <li className="fz-import-detail">{t('summaryMore', { n: summary.failed.length - LIST_LIMIT })}</li>
            ) : null}
          </ul>
        </section>
      ) : null}

      {onReencode && damaged.length > 0 ? (
        <section data-testid="summary-encoding-damaged">
          <h3 className="fz-import-heading">{te('damagedHeading')}</h3>
          <p className="fz-import-note">{te('damagedHint')}</p>
          <ul className="fz-import-list">
            {damaged.slice(0, LIST_LIMIT).map((d) => (
              <li key={d.docId}>
                <span className="fz-import-file">{shown(d.name, d.relPath)}</span>
                <EncodingPicker onPick={(encoding) => onReencode({ docId: d.docId, name: d.name }, encoding)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {summary.duplicates.length > 0 ? (
        <section>
          <div className="fz-import-heading-row">
            <h3 className="fz-import-heading">{t('duplicatesHeading')}</h3>
            {onImportAnyway && available.length > 1 ? (
              <span className="fz-import-actions">
                <button
                  type="button"
                  className="fz-button"
                  disabled={busy}
                  onClick={() => onImportAnyway(available, true)}
                >
                  {t('keepAllAsCopies')}
                </button>
                <button type="button" className="fz-button" disabled={busy} onClick={() => onImportAnyway(available)}>
                  {t('importAllAnyway')}
                </button>
              </span>
            ) : null}
          </div>
          <ul className="fz-import-list" data-testid="summary-duplicate-list">
            {summary.duplicates.slice(0, LIST_LIMIT).map((d, i) => (
              <li key={`${d.relPath}-${d.name}-${i}`} className="fz-import-dup" data-kind={d.kind ?? 'same-text'}>
                <div>
                  <span className="fz-import-file">{shown(d.name, d.relPath)}</span>
                  <span className="fz-import-reason">{duplicateReason(d, t)}</span>
                </div>
                {onImportAnyway ? (
                  d.token ? (
                    <span className="fz-import-actions">
                      <button
                        type="button"
                        className="fz-button"
                        disabled={busy}
                        onClick={() => onImportAnyway([d], true)}
                      >
                        {t('keepAsCopy')}
                      </button>
                      <button type="button" className="fz-button" disabled={busy} onClick={() => onImportAnyway([d])}>
                        {t('importAnyway')}
                      </button>
                    </span>
                  ) : (
                    <span className="fz-import-detail">{t('noLongerAvailable')}</span>
                  )
                ) : null}
              </li>
            ))}
            {summary.duplicates.length > LIST_LIMIT ? (
              <li className="fz-import-detail">{t('summaryMore', { n: summary.duplicates.length - LIST_LIMIT })}</li>
            ) : null}
          </ul>
          {onImportAnyway && available.length ? <p className="fz-import-note">{t('skipHint')}</p> : null}
        </section>
      ) : null}
    </Dialog>
  );
}
