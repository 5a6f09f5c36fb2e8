/** Transactions for the repositories and the command layer (which may not import Dexie itself). */
import { Dexie, type Table } from 'dexie';
import type { FazhiDb, TableName } from './db';

/**
 * Runs `scope` in a new transaction (read-write unless `mode` is 'r') over `tables` and resolves after it
 * commits; if `scope` throws, everything it wrote is rolled back.
 *
 * `scope` receives a db whose tables are bound to this transaction. Dexie normally
 * finds the transaction through a zone that follows `await`, but that zone can be
 * lost across chains of native async functions (the next call then silently opens
 * its own transaction and this one commits "too early"). Bound tables never lose it.
 * `ignoreTransaction` keeps a call that continues from an earlier transaction's
 * promise from being nested inside that finished transaction.
 */
export function runInTransaction<T>(
  db: FazhiDb,
  tables: readonly TableName[],
  scope: (txDb: FazhiDb) => Promise<T>,
  mode: 'rw' | 'r' = 'rw',
): Promise<T> {
  return Dexie.ignoreTransaction(() =>
    db.transaction(mode, [...tables], (tx) => {
      // Inherits everything from db; only the table accessors are overridden.
      const bound: FazhiDb = Object.create(db);
      for (const name of tables) Object.defineProperty(bound, name, { value: tx.table(name) });
      Object.defineProperty(bound, 'table', {
        value: <R, K>(name: string): Table<R, K> => tx.table<R, K>(name),
      });
      return scope(bound);
    }),
  );
}
