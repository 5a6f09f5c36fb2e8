/**
 * The app's single database instance. Components and hooks call `getDb()`;
 * tests (and the e2e harness) install their own with `setDb()`.
 */
import { DB_NAME, FazhiDb } from './db';

let current: FazhiDb | null = null;

/** The database, opened lazily on first use (Dexie opens on the first query). */
export function getDb(): FazhiDb {
  current ??= new FazhiDb(DB_NAME);
  return current;
}

/** Replace the instance (tests); pass null to go back to the default on next `getDb()`. Closes nothing. */
export function setDb(db: FazhiDb | null): void {
  current = db;
}
