/** The two questions the panel asks: which code to merge into, and whether to delete coded work. */
import { useState } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { buildCodeTree, codeLabel, flattenVisible } from '../../../../shared/codebook/tree';
import { validMergeTargets } from './codebook-tree';
import { codebookMessages } from './messages';
import { Modal } from '../../ui/modal';

export function MergeDialog({
  code,
  codes,
  onMerge,
  onClose,
}: {
  code: Code;
  codes: readonly Code[];
  onMerge: (sourceId: string, targetId: string) => void;
  onClose: () => void;
}) {
  const t = useT(codebookMessages);
  const { lang } = useLang();
  const allowed = new Set(validMergeTargets(codes, code.id).map((c) => c.id));
  // In tree order, indented, so the choice reads like the panel.
  const options = flattenVisible(buildCodeTree(codes), new Set()).filter((r) => allowed.has(r.code.id));
  const [target, setTarget] = useState(options[0]?.code.id ?? '');
  const name = codeLabel(code, lang);
  return (
    <Modal
      title={t('mergeTitle', { name })}
      onClose={onClose}
      testId="code-merge-dialog"
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="btn primary"
            disabled={!target}
            data-testid="code-merge-confirm"
            onClick={() => {
              onMerge(code.id, target);
              onClose();
            }}
          >
            {t('mergeConfirm')}
          </button>
        </>
      }
    >
      <p>{t('mergeExplain', { name })}</p>
      <label className="cb-field-label" htmlFor="cb-merge-target">
        {t('mergeTarget')}
      </label>
      <select
        id="cb-merge-target"
        className="cb-select"
        data-autofocus
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        {options.map((r) => (
          <option key={r.code.id} value={r.code.id}>
            {'\u3000'.repeat(r.level - 1)}
            {codeLabel(r.code, lang)}
          </option>
        ))}
      </select>
    </Modal>
  );
}

export function DeleteDialog({
  code,
  segments,
  subCodes,
  onDelete,
  onClose,
}: {
  code: Code;
  segments: number;
  subCodes: number;
  onDelete: (id: string) => void;
  onClose: () => void;
}) {
  const t = useT(codebookMessages);
  const { lang } = useLang();
  return (
    <Modal
      title={t('deleteTitle', { name: codeLabel(code, lang) })}
      onClose={onClose}
      testId="code-delete-dialog"
      actions={
        <>
          {/* Cancel takes focus so Enter does not delete coded work by accident. */}
          <button type="button" className="btn" data-autofocus onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="btn danger"
            data-testid="code-delete-confirm"
            onClick={() => {
              onDelete(code.id);
              onClose();
            }}
          >
            {t('deleteConfirm')}
          </button>
        </>
      }
    >
      <p>
        <strong>{t('deleteInUse', { count: segments })}</strong>
        {subCodes > 0 ? ` ${t('deleteChildren', { count: subCodes })}` : null}
      </p>
      <p>{t('deleteUndo')}</p>
    </Modal>
  );
}
