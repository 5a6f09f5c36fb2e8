/**
 * Assign a code's shortcut by pressing the key. A key another code has is not taken
 * silently: the warning names that code, and "Set anyway" lets the command move it.
 */
import { useState } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { codeLabel } from '../../../../shared/codebook/tree';
import { shortcutFromKey, shortcutOwner } from './codebook-tree';
import { codebookMessages } from './messages';

export interface ShortcutFieldProps {
  code: Code;
  codes: readonly Code[];
  onSetShortcut: (id: string, key: string | null) => void;
}

export function ShortcutField({ code, codes, onSetShortcut }: ShortcutFieldProps) {
  const t = useT(codebookMessages);
  const { lang } = useLang();
  const [capturing, setCapturing] = useState(false);
  const [pending, setPending] = useState<{ key: string; owner: Code } | null>(null);

  const assign = (key: string) => {
    const owner = shortcutOwner(codes, key, code.id);
    setCapturing(false);
    if (owner) setPending({ key, owner });
    else if (key !== code.shortcut) onSetShortcut(code.id, key);
  };

  return (
    <div className="cb-field">
      <span className="cb-field-label" id={`cb-shortcut-${code.id}`}>
        {t('shortcut')}
      </span>
      <div className="cb-shortcut-line">
        {capturing ? (
          <button
            type="button"
            className="btn cb-capture"
            autoFocus
            aria-describedby={`cb-shortcut-hint-${code.id}`}
            onKeyDown={(e) => {
              // The pressed key is the answer; it must not also apply a code or move in the tree.
              e.stopPropagation();
              if (e.key === 'Tab') return;
              e.preventDefault();
              if (e.key === 'Escape') {
                setCapturing(false);
                return;
              }
              if (e.ctrlKey || e.metaKey || e.altKey) return;
              const key = shortcutFromKey(e.key);
              if (key) assign(key);
            }}
            onBlur={() => setCapturing(false)}
            data-testid="shortcut-capture"
          >
            {t('shortcutPress')}
          </button>
        ) : (
          <>
            <kbd className="cb-key cb-key-large" aria-labelledby={`cb-shortcut-${code.id}`}>
              {code.shortcut ? code.shortcut.toUpperCase() : t('shortcutNone')}
            </kbd>
            <button type="button" className="btn" onClick={() => setCapturing(true)}>
              {t('shortcutAssign')}
            </button>
            {code.shortcut ? (
              <button type="button" className="btn ghost" onClick={() => onSetShortcut(code.id, null)}>
                {t('shortcutClear')}
              </button>
            ) : null}
          </>
        )}
      </div>
      {capturing ? (
        <p className="cb-hint" id={`cb-shortcut-hint-${code.id}`}>
          {t('shortcutHint')}
        </p>
      ) : null}
      {pending ? (
        <div className="cb-warning" role="alert" data-testid="shortcut-clash">
          <p>{t('shortcutClash', { key: pending.key.toUpperCase(), name: codeLabel(pending.owner, lang) })}</p>
          <div className="cb-warning-actions">
            <button
              type="button"
              className="btn primary"
              onClick={() => {
                onSetShortcut(code.id, pending.key);
                setPending(null);
              }}
            >
              {t('shortcutConfirm')}
            </button>
            <button type="button" className="btn" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
