/**
 * Under a document's metadata: its memo and the values of the project's own
 * variables (typed text / number / date / yes-no), each saved when the field is
 * left, through the caller's undoable commands; and adding or removing a variable.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { CUSTOM_VARIABLE_TYPES, customValueOf, parseCustomValue } from '../../../../shared/model/custom-variables';
import type { CustomVariable, CustomVariableType, DocumentRecord } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { notesMessages } from './notes-messages';
import './notes.css';

export interface DocumentNotesProps {
  document: DocumentRecord;
  variables: readonly CustomVariable[];
  memo: string;
  onSaveMemo: (text: string) => void;
  onSetValue: (variableId: string, raw: string) => void;
  onAddVariable: (name: string, type: CustomVariableType) => void;
  onRemoveVariable: (variableId: string) => void;
}

const shown = (d: DocumentRecord, v: CustomVariable): string => {
  const value = customValueOf(d, v);
  return value === null ? '' : String(value);
};

export function DocumentNotes(props: DocumentNotesProps) {
  const { document: doc, variables } = props;
  const t = useT(notesMessages);
  const uid = useId();
  return (
    <section className="fz-notes" aria-label={t('memo')} data-testid="document-notes">
      <MemoField key={`${doc.id}:${props.memo}`} initial={props.memo} onSave={props.onSaveMemo} />
      <h3 className="fz-notes-title">{t('variables')}</h3>
      <p className="fz-notes-hint">{t('variablesHint')}</p>
      {variables.length === 0 ? <p className="fz-notes-empty">{t('noVariables')}</p> : null}
      <div className="fz-vars">
        {variables.map((v) => (
          <VariableField
            key={`${doc.id}:${v.id}:${shown(doc, v)}`}
            id={`${uid}-${v.id}`}
            variable={v}
            initial={shown(doc, v)}
            onSave={(raw) => props.onSetValue(v.id, raw)}
            onRemove={() => props.onRemoveVariable(v.id)}
          />
        ))}
      </div>
      <AddVariable onAdd={props.onAddVariable} />
    </section>
  );
}

function MemoField({ initial, onSave }: { initial: string; onSave: (text: string) => void }) {
  const t = useT(notesMessages);
  const [draft, setDraft] = useState(initial);
  const save = () => {
    if (draft !== initial) onSave(draft);
  };
  return (
    <label className="fz-notes-memo">
      <span className="fz-notes-title">{t('memo')}</span>
      <textarea
        data-testid="document-memo"
        rows={3}
        value={draft}
        placeholder={t('memoPlaceholder')}
        title={t('memoHint')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
    </label>
  );
}

function VariableField(props: {
  id: string;
  variable: CustomVariable;
  initial: string;
  onSave: (raw: string) => void;
  onRemove: () => void;
}) {
  const { variable: v, initial, id } = props;
  const t = useT(notesMessages);
  const [draft, setDraft] = useState(initial);
  const parsed = parseCustomValue(v.type, draft);
  const save = (raw = draft) => {
    if (raw !== initial && parseCustomValue(v.type, raw).ok) props.onSave(raw);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') save();
  };
  return (
    <div className="fz-var" data-testid="custom-variable" data-variable={v.name}>
      <label htmlFor={id} className="fz-var-label" title={t(`type_${v.type}`)}>
        {v.name}
        <span className="fz-var-type">{t(`type_${v.type}`)}</span>
      </label>
      {v.type === 'boolean' ? (
        <select
          id={id}
          className="fz-input"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            save(e.target.value);
          }}
        >
          <option value="">{t('unset')}</option>
          <option value="true">{t('yes')}</option>
          <option value="false">{t('no')}</option>
        </select>
      ) : (
        <input
          id={id}
          className="fz-input"
          value={draft}
          inputMode={v.type === 'number' ? 'decimal' : undefined}
          placeholder={v.type === 'date' ? 'YYYY-MM-DD' : t('unset')}
          aria-invalid={!parsed.ok}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => save()}
          onKeyDown={onKey}
        />
      )}
      <button
        type="button"
        className="fz-var-remove"
        aria-label={t('removeVariable', { name: v.name })}
        title={t('removeVariable', { name: v.name })}
        onClick={props.onRemove}
      >
        ×
      </button>
      {!parsed.ok ? (
        <p className="fz-meta-error" role="alert">
          {t(`err_${parsed.error}`)}
        </p>
      ) : null}
    </div>
  );
}

function AddVariable({ onAdd }: { onAdd: (name: string, type: CustomVariableType) => void }) {
  const t = useT(notesMessages);
  const [name, setName] = useState('');
  const [type, setType] = useState<CustomVariableType>('text');
  const add = () => {
    if (!name.trim()) return;
    onAdd(name.trim(), type);
    setName('');
  };
  return (
    <div className="fz-var-add">
      <input
        className="fz-input"
        data-testid="variable-name"
        aria-label={t('variableName')}
        placeholder={t('variableName')}
        value={name}
        maxLength={60}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <select
        className="fz-input"
        data-testid="variable-type"
        aria-label={t('variableType')}
        value={type}
        onChange={(e) => setType(CUSTOM_VARIABLE_TYPES.find((x) => x === e.target.value) ?? 'text')}
      >
        {CUSTOM_VARIABLE_TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`type_${x}`)}
          </option>
        ))}
      </select>
      <button type="button" className="fz-button" data-testid="variable-add" disabled={!name.trim()} onClick={add}>
        {t('addVariable')}
      </button>
    </div>
  );
}
