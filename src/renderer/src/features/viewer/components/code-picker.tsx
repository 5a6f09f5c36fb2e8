/**
 * A searchable popup of codes with their shortcuts. Arrow keys move, Enter
 * applies the highlighted code, Esc closes. Focus goes to the search field on
 * open; the caller returns focus where it belongs on close.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/i18n';
import { useFitInView, type PopupAnchor } from '../layers/use-fit-in-view';
import { messages } from '../messages';
import { filterCodes } from '../model/filter-codes';
import type { ViewerCode } from '../types';

export interface CodePickerProps {
  codes: readonly ViewerCode[];
  onPick(codeId: string): void;
  onClose(): void;
  /** The code currently applied, marked as such (when changing a code). */
  currentCodeId?: string;
  /** Where to float it (in the viewer's inner box); without one it sits in the flow (inside the card). */
  anchor?: PopupAnchor | null;
  /** The scrolling viewer: the picker stays inside its visible part. */
  scroller?: HTMLElement | null;
}

export function CodePicker({ codes, onPick, onClose, currentCodeId, anchor, scroller }: CodePickerProps) {
  const t = useT(messages);
  const ref = useRef<HTMLDivElement>(null);
  const style = useFitInView(ref, anchor ?? null, scroller ?? null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCodes(codes, query), [codes, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys stay in the picker: the viewer behind it must not code on them.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = shown.length;
      if (n) setActive((activeIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const c = shown[activeIndex];
      if (c) onPick(c.id);
    }
  };

  return (
    <div
      ref={ref}
      className="fz-code-picker"
      role="dialog"
      aria-label={t('pickerLabel')}
      data-testid="code-picker"
      style={style}
      onKeyDown={onKeyDown}
    >
      <input
        type="search"
        role="combobox"
        aria-label={t('pickerSearch')}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[activeIndex] ? `${id}-${activeIndex}` : undefined}
        placeholder={t('pickerSearch')}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('pickerLabel')}>
        {shown.length === 0 && <li className="fz-empty">{t('pickerEmpty')}</li>}
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            className={c.id === currentCodeId ? 'fz-current' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onPick(c.id)}
          >
            <span className="fz-swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="fz-code-path">{c.path}</span>
            {c.shortcut && <kbd>{c.shortcut}</kbd>}
          </li>
        ))}
      </ul>
    </div>
  );
}
