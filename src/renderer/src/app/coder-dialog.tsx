/**
 * Asks for the coder's name (stamped on every annotation): on first run and from the
 * top bar. Without a stored name it cannot be dismissed (Esc, the backdrop): every
 * coding needs a coder, so it says why instead of closing.
 */
import { useState } from 'react';
import { Dialog } from '../ui/dialog';
import { useT } from '../i18n/i18n';
import { appMessages } from './messages';
import { coderMessages } from './coder-messages';

export function CoderDialog({
  initial,
  onSave,
  onClose,
}: {
  initial: string;
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const t = useT(appMessages);
  const tc = useT(coderMessages);
  const [name, setName] = useState(initial);
  const [askedToClose, setAskedToClose] = useState(false);
  const required = initial.trim() === '';
  const save = () => {
    if (name.trim()) onSave(name.trim());
  };
  return (
    <Dialog
      title={t('setCoder')}
      onClose={() => (required ? setAskedToClose(true) : onClose())}
      testId="coder-dialog"
      actions={
        <>
          {!required && (
            <button type="button" className="fz-button" onClick={onClose}>
              {tc('cancel')}
            </button>
          )}
          <button type="button" className="fz-button fz-button-primary" disabled={!name.trim()} onClick={save}>
            {tc('ok')}
          </button>
        </>
      }
    >
      <label className="coder-field">
        <span>{t('coderPrompt')}</span>
        <input
          autoFocus
          data-testid="coder-name"
          value={name}
          maxLength={60}
          aria-describedby={askedToClose ? 'coder-required' : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      </label>
      {required && askedToClose && (
        <p id="coder-required" className="coder-required" role="alert" data-testid="coder-required">
          {tc('required')}
        </p>
      )}
    </Dialog>
  );
}
