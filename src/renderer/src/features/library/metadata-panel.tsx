/**
 * The metadata panel: edit a document's metadata, validated as you type, saved
 * with the Save button or Ctrl/Cmd+S. Shows what the import found about the file.
 */
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { DocumentMeta } from '../../../../shared/model/document';
import type { DocumentRecord } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { libraryMessages, metadataMessages } from './messages';
import { ADMIN_LEVELS as LEVELS, GENRES } from '../../../../shared/model/metadata';
import {
  chooseDivision,
  draftFromMeta,
  isDirty,
  patchFromDraft,
  validateDraft,
  type MetaDraft,
  type MetaErrorCode,
  type MetaField,
} from './metadata-validation';
import { RegionPicker } from './region-picker';
import { EncodingPicker } from '../../ui/encoding-picker';
import { encodingMessages, type EncodingLabel } from '../../ui/encoding-messages';
import './metadata.css';

export type SaveResult = { ok: true } | { ok: false; message: string };

export interface MetadataPanelProps {
  document: DocumentRecord;
  onSave: (patch: Partial<DocumentMeta>) => Promise<SaveResult>;
  /** Offered when the text had unreadable characters on import: read the file again in this encoding. */
  onReencode?: (encoding: EncodingLabel) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const ERROR_KEYS = {
  'year-format': 'err_year_format',
  'year-range': 'err_year_range',
  'date-format': 'err_date_format',
  'date-invalid': 'err_date_invalid',
  'region-unknown': 'err_region_unknown',
} as const satisfies Record<MetaErrorCode, keyof typeof metadataMessages.zh>;

const WARNING_KEYS: Partial<Record<string, keyof typeof metadataMessages.zh>> = {
  'repeated-content': 'warn_repeated_content',
  truncated: 'warn_truncated',
  'no-sections': 'warn_no_sections',
  'encoding-damaged': 'warn_encoding_damaged',
};

const shortHash = (h: string) => (h.length > 12 ? `${h.slice(0, 12)}…` : h);

export function MetadataPanel({ document: doc, onSave, onReencode }: MetadataPanelProps) {
  const t = useT(metadataMessages);
  const te = useT(encodingMessages);
  const tl = useT(libraryMessages);
  const uid = useId();
  const [draft, setDraft] = useState<MetaDraft>(() => draftFromMeta(doc));
  const [synced, setSynced] = useState(doc);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // A different document, or this one updated elsewhere while the form is clean: show the stored values.
  if (synced !== doc) {
    if (synced.id !== doc.id || !isDirty(synced, draft)) {
      setDraft(draftFromMeta(doc));
      setStatus({ kind: 'idle' });
    }
    setSynced(doc);
  }

  const errors = validateDraft(draft);
  const hasErrors = Object.keys(errors).length > 0;
  const dirty = isDirty(doc, draft);

  const update = (next: Partial<MetaDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setStatus({ kind: 'idle' });
  };

  const save = async () => {
    if (!dirty || hasErrors || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const result = await onSave(patchFromDraft(doc, draft));
    setStatus(result.ok ? { kind: 'saved' } : { kind: 'failed', message: result.message });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  };

  const errorId = (f: MetaField) => `${uid}-${f}-error`;
  const field = (f: MetaField, label: string, control: ReactNode) => (
    <div className="fz-meta-field">
      <label htmlFor={`${uid}-${f}`}>{label}</label>
      {control}
      {errors[f] ? (
        <p className="fz-meta-error" id={errorId(f)} role="alert">
          {t(ERROR_KEYS[errors[f]])}
        </p>
      ) : null}
    </div>
  );
  const textInput = (
    f: 'title' | 'reportYear' | 'published' | 'documentDate' | 'indexNumber' | 'publisher',
    extra = {},
  ) => (
    <input
      id={`${uid}-${f}`}
      className="fz-input"
      data-testid={`meta-${f}`}
      value={draft[f]}
      aria-invalid={Boolean(errors[f])}
      aria-describedby={errors[f] ? errorId(f) : undefined}
      onChange={(e) => update({ [f]: e.target.value })}
      {...extra}
    />
  );
  const dateProps = { placeholder: t('datePlaceholder'), inputMode: 'numeric' };

  return (
    <form
      className="fz-meta"
      data-testid="metadata-panel"
      aria-label={t('panelLabel')}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      {field('title', t('title'), textInput('title', { placeholder: doc.fileName }))}
      <div className="fz-meta-row">
        {field(
          'genre',
          t('genre'),
          <select
            id={`${uid}-genre`}
            className="fz-input"
            data-testid="meta-genre"
            value={draft.genre}
            onChange={(e) => update({ genre: GENRES.find((g) => g === e.target.value) ?? draft.genre })}
          >
            {GENRES.map((g) => (
              <option key={g} value={g}>
                {tl(`genre_${g}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'reportYear',
          t('reportYear'),
          textInput('reportYear', { inputMode: 'numeric', placeholder: t('yearPlaceholder') }),
        )}
      </div>
      <div className="fz-meta-row">
        {field('published', t('published'), textInput('published', dateProps))}
        {field('documentDate', t('documentDate'), textInput('documentDate', dateProps))}
      </div>
      {field('publisher', t('publisher'), textInput('publisher'))}
      {field('indexNumber', t('indexNumber'), textInput('indexNumber'))}
      {field(
        'region',
        t('region'),
        <RegionPicker
          region={draft.region}
          invalid={Boolean(errors.region)}
          errorId={errorId('region')}
          onChoose={(code) => {
            setDraft((d) => chooseDivision(d, code));
            setStatus({ kind: 'idle' });
          }}
          onClear={() => update({ region: { province: null, city: null, county: null, code: null } })}
        />,
      )}
      {field(
        'level',
        t('level'),
        <select
          id={`${uid}-level`}
          className="fz-input"
          data-testid="meta-level"
          value={draft.level}
          onChange={(e) => update({ level: LEVELS.find((l) => l === e.target.value) ?? '' })}
        >
          <option value="">{t('levelNone')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {tl(`level_${l}`)}
            </option>
          ))}
        </select>,
      )}

      <div className="fz-meta-actions">
        <button
          type="submit"
          className="fz-button fz-button-primary"
          data-testid="meta-save"
          disabled={!dirty || hasErrors}
        >
          {t('save')}
        </button>
        <button
          type="button"
          className="fz-button"
          data-testid="meta-revert"
          disabled={!dirty}
          onClick={() => {
            setDraft(draftFromMeta(doc));
            setStatus({ kind: 'idle' });
          }}
        >
          {t('revert')}
        </button>
        <span className="fz-meta-status" role="status" data-testid="meta-status">
          {status.kind === 'saving' ? t('saving') : null}
          {status.kind === 'saved' ? t('saved') : null}
          {status.kind === 'failed' ? t('saveFailed', { message: status.message }) : null}
          {status.kind === 'idle' && dirty && hasErrors ? t('fixErrors') : null}
        </span>
      </div>

      <section className="fz-meta-info" aria-label={t('fileInfo')}>
        <h3>{t('fileInfo')}</h3>
        <dl>
          <dt>{t('fileName')}</dt>
          <dd title={doc.fileName}>{doc.fileName}</dd>
          <dt>{t('format')}</dt>
          <dd>{doc.format.toUpperCase()}</dd>
          <dt>{t('encoding')}</dt>
          <dd>{doc.encoding ?? '—'}</dd>
          <dt>{t('length')}</dt>
          <dd>{doc.length.toLocaleString()}</dd>
          <dt>{t('hashBytes')}</dt>
          <dd title={doc.sha256Bytes}>
            <code>{shortHash(doc.sha256Bytes)}</code>
          </dd>
          <dt>{t('hashText')}</dt>
          <dd title={doc.sha256Text}>
            <code>{shortHash(doc.sha256Text)}</code>
          </dd>
        </dl>
        {doc.warnings.length > 0 ? (
          <>
            <h3>{t('warnings')}</h3>
            <ul className="fz-meta-warnings" data-testid="meta-warnings">
              {doc.warnings.map((w, i) => {
                const key = WARNING_KEYS[w.code];
                return <li key={`${w.code}-${i}`}>{key ? t(key) : w.message}</li>;
              })}
            </ul>
            {onReencode && doc.warnings.some((w) => w.code === 'encoding-damaged') ? (
              <div className="fz-meta-reencode" data-testid="meta-reencode">
                <p>{te('metaHint')}</p>
                <EncodingPicker current={doc.encoding} onPick={onReencode} />
              </div>
            ) : null}
          </>
        ) : null}
        {doc.removed?.length ? (
          <details className="fz-meta-removed" data-testid="meta-removed">
            <summary>{t('removedLines', { n: doc.removed.length })}</summary>
            <ul>
              {doc.removed.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </form>
  );
}
