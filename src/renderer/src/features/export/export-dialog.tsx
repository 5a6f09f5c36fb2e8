/**
 * The export dialog: scope, codes and format in, one `onExport` request out.
 * The lead's handler builds the file (see build-export.ts) and saves or downloads it;
 * the dialog shows progress, then what happened.
 */
import { useId, useState } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { Modal } from '../../ui/modal';
import {
  CODEBOOK_ONLY,
  EXPORT_CHOICES,
  WHOLE_PROJECT,
  type ExportChoice,
  type ExportRequest,
  type ExportScopeKind,
} from './build-export';
import { CodeChecklist } from './code-checklist';
import { exportMessages } from './messages';
import './export.css';

/** What the handler reports: the file written and how, or null when the user cancelled the save. */
export type ExportOutcome = { fileName: string; how: 'saved' | 'downloaded' } | null;

export interface ExportDialogProps {
  codes: readonly Code[];
  /** Every document of the project. */
  allDocIds: readonly string[];
  /** The documents the library's filter shows now. */
  filteredDocIds: readonly string[];
  /** The document open in the reader, if any. */
  openDocId: string | null;
  initialScope?: ExportScopeKind;
  initialFormat?: ExportChoice;
  /** Coders with codings in the project: the export can be limited to one of them (e.g. the consensus). */
  coders?: readonly string[];
  onExport: (request: ExportRequest) => Promise<ExportOutcome>;
  onClose: () => void;
}

type Status =
  { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

export function ExportDialog(props: ExportDialogProps) {
  const t = useT(exportMessages);
  const id = useId();
  const [scope, setScope] = useState<ExportScopeKind>(
    props.initialScope ?? (props.filteredDocIds.length < props.allDocIds.length ? 'filtered' : 'project'),
  );
  const [format, setFormat] = useState<ExportChoice>(props.initialFormat ?? 'csv');
  const [allCodes, setAllCodes] = useState(true);
  const [coder, setCoder] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(props.codes.map((c) => c.id)));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const docIds =
    scope === 'project'
      ? [...props.allDocIds]
      : scope === 'filtered'
        ? [...props.filteredDocIds]
        : props.openDocId
          ? [props.openDocId]
          : [];
  const codeIds = allCodes
    ? props.codes.map((c) => c.id)
    : props.codes.filter((c) => chosen.has(c.id)).map((c) => c.id);
  const wholeProject = WHOLE_PROJECT.has(format);
  const codebookOnly = CODEBOOK_ONLY.has(format);
  const problem =
    !wholeProject && codeIds.length === 0
      ? t('noCodes')
      : !wholeProject && !codebookOnly && docIds.length === 0
        ? t('noDocs')
        : null;
  const running = status.kind === 'running';

  const run = async () => {
    setStatus({ kind: 'running' });
    try {
      const outcome = await props.onExport({ scope, docIds, codeIds, format, coders: coder ? [coder] : null });
      setStatus(
        outcome
          ? { kind: 'done', text: t(outcome.how === 'saved' ? 'saved' : 'downloaded', { name: outcome.fileName }) }
          : { kind: 'idle' },
      );
    } catch (e) {
      setStatus({ kind: 'failed', text: t('failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const scopeOption = (value: ExportScopeKind, label: string, disabled: boolean) => (
    <label className={`ex-option${disabled ? ' is-disabled' : ''}`}>
      <input
        type="radio"
        name={`${id}-scope`}
        value={value}
        checked={scope === value}
        data-autofocus={scope === value ? true : undefined}
        disabled={disabled || running}
        onChange={() => setScope(value)}
      />
      {label}
    </label>
  );

  return (
    <Modal
      title={t('title')}
      onClose={props.onClose}
      wide
      busy={running}
      testId="export-dialog"
      actions={
        <>
          <div className="ex-status" role="status" aria-live="polite" data-testid="export-status">
            {running ? (
              <>
                <span className="ex-spinner" aria-hidden="true" />
                {t('exporting')}
              </>
            ) : status.kind === 'done' ? (
              <span className="ex-ok">{status.text}</span>
            ) : status.kind === 'failed' ? (
              <span className="ex-error" role="alert">
                {status.text}
              </span>
            ) : problem ? (
              <span className="ex-muted">{problem}</span>
            ) : null}
          </div>
          <button type="button" className="btn" disabled={running} onClick={props.onClose}>
            {status.kind === 'done' ? t('close') : t('cancel')}
          </button>
          <button
            type="button"
            className="btn primary"
            disabled={running || problem !== null}
            aria-disabled={running || problem !== null}
            data-testid="export-run"
            onClick={() => void run()}
          >
            {running ? t('exporting') : t('export')}
          </button>
        </>
      }
    >
      <div className="ex-grid">
        <div className="ex-col">
          <fieldset className="ex-group" disabled={wholeProject || codebookOnly}>
            <legend>{t('scope')}</legend>
            {scopeOption('project', t('scopeProject', { count: props.allDocIds.length }), false)}
            {scopeOption('filtered', t('scopeFiltered', { count: props.filteredDocIds.length }), false)}
            {scopeOption(
              'document',
              props.openDocId ? t('scopeDocument') : t('scopeDocumentNone'),
              props.openDocId === null,
            )}
            {wholeProject || codebookOnly ? (
              <p className="ex-note">{t(wholeProject ? 'scopeWhole' : 'scopeNotUsed')}</p>
            ) : null}
          </fieldset>
          <fieldset className="ex-group" disabled={wholeProject || running}>
            <legend>{t('codes')}</legend>
            <label className="ex-option">
              <input type="radio" name={`${id}-codes`} checked={allCodes} onChange={() => setAllCodes(true)} />
              {t('codesAll')}
            </label>
            <label className="ex-option">
              <input type="radio" name={`${id}-codes`} checked={!allCodes} onChange={() => setAllCodes(false)} />
              {t('codesSome')}
            </label>
            {!allCodes && !wholeProject ? (
              <CodeChecklist codes={props.codes} chosen={chosen} onChange={setChosen} />
            ) : null}
          </fieldset>
          {(props.coders?.length ?? 0) > 1 && (
            <fieldset className="ex-group" disabled={wholeProject || codebookOnly || running}>
              <legend>{t('coders')}</legend>
              <select value={coder} onChange={(e) => setCoder(e.target.value)} data-testid="export-coder">
                <option value="">{t('codersAll')}</option>
                {props.coders!.map((c) => (
                  <option key={c} value={c}>
                    {c === 'consensus' ? t('coderConsensus') : c}
                  </option>
                ))}
              </select>
            </fieldset>
          )}
        </div>
        <fieldset className="ex-group ex-formats" disabled={running}>
          <legend>{t('format')}</legend>
          {EXPORT_CHOICES.map((f) => (
            <label key={f} className={`ex-format${format === f ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name={`${id}-format`}
                value={f}
                checked={format === f}
                aria-describedby={`${id}-${f}-help`}
                onChange={() => setFormat(f)}
              />
              <span>
                <span className="ex-format-name">{t(`fmt_${f}`)}</span>
                <span className="ex-format-help" id={`${id}-${f}-help`}>
                  {t(`fmt_${f}_help`)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
    </Modal>
  );
}
