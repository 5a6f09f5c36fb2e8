/** Asks for the coder's name (stamped on every annotation): on first run and from the top bar. */
import { useState } from 'react';
import { Dialog } from '../features/library/dialog';
import { useT } from '../i18n/i18n';
import { appMessages } from './messages';

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
  const [name, setName] = useState(initial);
  const save = () => {
    if (name.trim()) onSave(name.trim());
  };
  return (
    <Dialog
      title={t('setCoder')}
      onClose={onClose}
      testId="coder-dialog"
      actions={
        <button type="button" className="fz-button fz-button-primary" disabled={!name.trim()} onClick={save}>
          OK
        </button>
      }
    >
      <label className="coder-field">
        <span>{t('coderPrompt')}</span>
        <input
          autoFocus
          data-testid="coder-name"
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      </label>
    </Dialog>
  );
}
