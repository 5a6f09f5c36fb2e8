/**
 * Pick an encoding and re-import a text file in it: offered where a file was read
 * with unreadable characters (`encoding-damaged`) or refused as not text.
 */
import { useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import { ENCODINGS, encodingMessages, type EncodingLabel } from './encoding-messages';
import './encoding-picker.css';

export interface EncodingPickerProps {
  /** The encoding it was read in (not offered first), if known. */
  current?: string | null;
  onPick: (encoding: EncodingLabel) => Promise<void> | void;
  testId?: string;
}

export function EncodingPicker({ current, onPick, testId = 'encoding-picker' }: EncodingPickerProps) {
  const t = useT(encodingMessages);
  const id = useId();
  const first = ENCODINGS.find((e) => e.label !== current)!.label;
  const [choice, setChoice] = useState<EncodingLabel>(first);
  const [busy, setBusy] = useState(false);
  return (
    <span className="fz-encoding-picker" data-testid={testId}>
      <label htmlFor={id}>{t('pickerLabel')}</label>
      <select id={id} value={choice} disabled={busy} onChange={(e) => setChoice(e.target.value as EncodingLabel)}>
        {ENCODINGS.map((e) => (
          <option key={e.label} value={e.label}>
            {e.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="fz-button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void Promise.resolve(onPick(choice)).finally(() => setBusy(false));
        }}
      >
        {busy ? t('reading') : t('reread')}
      </button>
    </span>
  );
}
