/**
 * The app's modal dialog (library, import, projects, codebook, export): labelled by its title,
 * Tab kept inside, Esc closes, focus returned to where it was. The element marked
 * `data-autofocus` gets focus first (else the first control).
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './modal.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
  testId?: string;
  /** Wider layout for dialogs with two columns. */
  wide?: boolean;
  /** While a task runs, Esc and the backdrop do not close the dialog. */
  busy?: boolean;
  className?: string;
}

export function Modal({ title, onClose, children, actions, testId, wide, busy, className }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  const busyRef = useRef(busy);
  useEffect(() => {
    onCloseRef.current = onClose;
    busyRef.current = busy;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    const first = node?.querySelector<HTMLElement>('[data-autofocus]') ?? node?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? node)?.focus();
    // Return focus only if it is still attached (the row may have been deleted).
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const close = () => {
    if (!busyRef.current) onCloseRef.current();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in a dialog never reach the panel or the app's coding shortcuts behind it.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="fz-modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
        tabIndex={-1}
        className={`fz-modal${wide ? ' fz-modal-wide' : ''}${className ? ` ${className}` : ''}`}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="fz-modal-title">
          {title}
        </h2>
        <div className="fz-modal-body">{children}</div>
        {actions ? <div className="fz-modal-actions">{actions}</div> : null}
      </div>
    </div>
  );
}
