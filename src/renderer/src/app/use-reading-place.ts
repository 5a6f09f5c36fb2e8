/**
 * A reload returns the coder to the document and the place they were reading: the
 * reader reports the code point at its top as it scrolls; it is kept as a
 * preference (per installation, no undo) and read back once at start.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FazhiDb } from '../storage/db';
import { getPref, setPref, type ReaderPlace } from '../storage/prefs';

export interface ReadingPlace {
  /** The place to scroll to when this document opens after a reload (once). */
  restored: { docId: string; cp: number } | null;
  remember: (docId: string, cp: number) => void;
}

export function useReadingPlace(
  db: FazhiDb,
  projectId: string | null,
  reading: boolean,
  openDocId: string | null,
  onRestore: (docId: string) => void,
): ReadingPlace {
  const [restored, setRestored] = useState<{ docId: string; cp: number } | null>(null);
  // Nothing is written before the stored place has been read: the start-up library view would overwrite it.
  const checkedFor = useRef<string | null>(null);
  const last = useRef<ReaderPlace | null>(null);
  const restore = useRef(onRestore);
  useEffect(() => {
    restore.current = onRestore;
  });

  useEffect(() => {
    if (!projectId || checkedFor.current === projectId) return;
    let live = true;
    void getPref(db, 'readerPlace').then((place) => {
      if (!live) return;
      checkedFor.current = projectId;
      last.current = place;
      if (place && place.projectId === projectId && place.reading) {
        setRestored({ docId: place.docId, cp: place.cp });
        restore.current(place.docId);
      }
    });
    return () => {
      live = false;
    };
  }, [db, projectId]);

  // Leaving the reader (for the library, another project) is remembered too.
  useEffect(() => {
    if (!projectId || checkedFor.current !== projectId) return;
    const p = last.current;
    const isReading = reading && openDocId !== null;
    if (p && p.projectId === projectId && p.reading === isReading && (!isReading || p.docId === openDocId)) return;
    const next: ReaderPlace | null = isReading
      ? { projectId, docId: openDocId, cp: p?.docId === openDocId ? p.cp : 0, reading: true }
      : p
        ? { ...p, reading: false }
        : null;
    last.current = next;
    void setPref(db, 'readerPlace', next);
  }, [db, projectId, reading, openDocId]);

  const remember = useCallback(
    (docId: string, cp: number) => {
      if (!projectId || checkedFor.current !== projectId) return;
      const next = { projectId, docId, cp, reading: true };
      last.current = next;
      void setPref(db, 'readerPlace', next);
    },
    [db, projectId],
  );

  return { restored, remember };
}
