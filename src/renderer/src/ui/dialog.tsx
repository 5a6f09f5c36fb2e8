/**
 * The dialog the library, import, project and app UIs share (the app's modal with
 * actions under its body), and a confirmation built on it.
 */
import type { ReactNode } from 'react';
import { Modal } from './modal';
import './dialog.css';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned under the body. */
  actions?: ReactNode;
  className?: string;
  testId?: string;
}

/** The library's name for the app's modal dialog. */
export function Dialog(props: DialogProps) {
  return <Modal {...props} />;
}

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Ask before an action; the Cancel button gets focus so Enter does not confirm by accident. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      testId="confirm-dialog"
      actions={
        <>
          <button type="button" className="fz-button" data-autofocus onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={`fz-button ${danger ? 'fz-button-danger' : 'fz-button-primary'}`}
            data-testid="confirm-ok"
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {message}
    </Dialog>
  );
}
