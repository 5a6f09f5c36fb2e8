/** Reopen the last import's summary from anywhere in the app (e.g. a status bar). */
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { ImportSummaryDialog } from './import-summary-dialog';
import { importMessages } from './messages';
import type { DuplicateEntry } from './run-import';
import { lastImportSummary, useLastImportSummary, type SummaryStore } from './summary-store';

export interface ImportSummaryButtonProps {
  onImportAnyway?: (duplicates: DuplicateEntry[], asCopies?: boolean) => void;
  busy?: boolean;
  store?: SummaryStore;
}

export function ImportSummaryButton({ onImportAnyway, busy, store = lastImportSummary }: ImportSummaryButtonProps) {
  const t = useT(importMessages);
  const summary = useLastImportSummary(store);
  const [open, setOpen] = useState(false);
  if (!summary) return null;
  const label = summary.failed.length
    ? t('lastImport', { imported: summary.imported.length, failed: summary.failed.length })
    : t('lastImportNoFail', { imported: summary.imported.length });
  return (
    <>
      <button
        type="button"
        className={`fz-import-summary-button ${summary.failed.length ? 'has-failures' : ''}`}
        data-testid="import-summary-button"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <ImportSummaryDialog
          summary={summary}
          onClose={() => setOpen(false)}
          onImportAnyway={onImportAnyway}
          busy={busy}
        />
      ) : null}
    </>
  );
}
