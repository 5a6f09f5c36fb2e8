/**
 * The inline text field for a new code's name or a rename: Enter saves, Esc cancels,
 * leaving the field saves a non-empty name (as file explorers do).
 */
import { useRef, useState } from 'react';

export interface NameInputProps {
  initial: string;
  label: string;
  placeholder?: string;
  onSave: (name: string) => void;
  onCancel: () => void;
  testId?: string;
}

export function NameInput({ initial, label, placeholder, onSave, onCancel, testId }: NameInputProps) {
  const [value, setValue] = useState(initial);
  // Enter and Esc end the edit before the blur that follows; this stops a second save.
  const done = useRef(false);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const name = value.trim();
    if (save && name && name !== initial) onSave(name);
    else onCancel();
  };
  return (
    <input
      className="cb-name-input"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      data-testid={testId}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        // The tree's keys (arrows, F2, Delete) and the app's coding shortcuts must not fire while typing.
        e.stopPropagation();
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
