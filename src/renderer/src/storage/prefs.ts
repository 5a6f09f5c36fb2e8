/** Preferences: small per-installation settings (not part of any project, no undo). */
import type { FazhiDb } from './db';

export interface Prefs {
  /** Name stamped on annotations as `coder`. */
  coderName: string;
  /** UI language; null follows the system. */
  language: 'zh' | 'en' | null;
  /** Project opened last, reopened at start. */
  lastProjectId: string | null;
  /** Show simplified characters for traditional documents. */
  showSimplified: boolean;
  /** Reader font size in px. */
  fontSize: number;
  /** Show section-based code suggestions in the viewer. */
  showSuggestions: boolean;
  /** Where the coder was reading (document and first visible code point), reopened at start. */
  readerPlace: ReaderPlace | null;
}

export interface ReaderPlace {
  projectId: string;
  docId: string;
  /** Code point at the top of the reader. */
  cp: number;
  /** The reader was the open view (a reload returns to it). */
  reading: boolean;
}

export type PrefKey = keyof Prefs;

export const DEFAULT_PREFS: Prefs = {
  coderName: '',
  language: null,
  lastProjectId: null,
  showSimplified: false,
  fontSize: 16,
  showSuggestions: true,
  readerPlace: null,
};

export async function getPref<K extends PrefKey>(db: FazhiDb, key: K): Promise<Prefs[K]> {
  const row = await db.prefs.get(key);
  // Values are only written by setPref, so the stored type matches the key.
  return row === undefined ? DEFAULT_PREFS[key] : (row.value as Prefs[K]);
}

export async function setPref<K extends PrefKey>(db: FazhiDb, key: K, value: Prefs[K]): Promise<void> {
  await db.prefs.put({ key, value });
}
