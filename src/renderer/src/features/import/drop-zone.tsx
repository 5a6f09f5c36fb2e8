/**
 * Wraps the app: files and folders dropped anywhere on it are read and handed to
 * `onFiles` (the caller registers them with the host and imports them). Shows an
 * overlay while files are dragged over the window.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { entriesFromDataTransfer, readDrop, type DroppedFile } from './drop-entries';
import { importMessages } from './messages';
import './import.css';

export interface DropZoneProps {
  onFiles: (files: DroppedFile[]) => void;
  children: ReactNode;
  disabled?: boolean;
}

/** Only drags that carry files (not selected text or a link) show the overlay. */
const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function DropZone({ onFiles, children, disabled = false }: DropZoneProps) {
  const t = useT(importMessages);
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child element crossed; count them to know when the drag really leaves.
  const depth = useRef(0);

  const onDragEnter = (e: DragEvent) => {
    if (disabled || !carriesFiles(e)) return;
    e.preventDefault();
    depth.current++;
    setOver(true);
  };
  const onDragOver = (e: DragEvent) => {
    if (disabled || !carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (e: DragEvent) => {
    if (disabled || !carriesFiles(e)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setOver(false);
  };
  const onDrop = (e: DragEvent) => {
    if (disabled || !carriesFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    // Take the entries now: the DataTransfer is emptied once this handler returns.
    const drop = entriesFromDataTransfer(e.dataTransfer);
    void readDrop(drop).then((files) => {
      if (files.length) onFiles(files);
    });
  };

  return (
    <div
      className="fz-dropzone"
      data-testid="drop-zone"
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {children}
      {over ? (
        <div className="fz-dropzone-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="fz-dropzone-card">
            <p className="fz-dropzone-title">{t('dropOverlay')}</p>
            <p className="fz-dropzone-hint">{t('dropHint')}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
