/** A transient notice at the bottom of the window, with an optional action (Undo). */
import { useEffect, useRef } from 'react';

export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  dismissLabel: string;
  onDismiss: () => void;
  /** Hides itself after this long unless the pointer or focus is on it. */
  timeoutMs?: number;
}

export function Toast({ message, actionLabel, onAction, dismissLabel, onDismiss, timeoutMs = 8000 }: ToastProps) {
  const onDismissRef = useRef(onDismiss);
  useEffect(() => {
    onDismissRef.current = onDismiss;
  });
  const hovered = useRef(false);
  useEffect(() => {
    const id = window.setInterval(() => {
      if (!hovered.current) onDismissRef.current();
    }, timeoutMs);
    return () => window.clearInterval(id);
  }, [timeoutMs]);

  return (
    <div
      className="fz-toast"
      role="status"
      data-testid="toast"
      onMouseEnter={() => (hovered.current = true)}
      onMouseLeave={() => (hovered.current = false)}
      onFocus={() => (hovered.current = true)}
      onBlur={() => (hovered.current = false)}
    >
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button
          type="button"
          className="fz-toast-action"
          onClick={() => {
            onAction();
            onDismiss();
          }}
        >
          {actionLabel}
        </button>
      ) : null}
      <button type="button" className="fz-toast-close" aria-label={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
