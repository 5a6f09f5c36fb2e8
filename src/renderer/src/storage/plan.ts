/**
 * A Plan is what a command changes: per table, the rows to write and the keys to
 * remove. Storage commits it (the command layer never names a Dexie table or
 * index), reads the rows it touches as they were, and checks whether those rows
 * are still as a step left them before undoing or redoing it.
 */
import { REMOVAL_TABLES, type Removal } from '../../../shared/project/cascades';
import type { FazhiDb, TableName } from './db';

export interface TablePlan {
  put?: readonly object[];
  remove?: readonly string[];
  /**
   * Rows new to the table (keys just made with newId): added, and known to be absent
   * before, so they are not read first (reading 10,000 keys that are not there cost
   * an autocoding a long task per slice). Adding a key that exists fails the step.
   */
  add?: readonly object[];
}

export type Plan = Partial<Record<TableName, TablePlan>>;

/** A touched row as it was (`row` null: it did not exist). */
export interface RowState {
  table: TableName;
  key: string;
  row: object | null;
}

type Row = Record<string, unknown>;

/**
 * Rows are written and read in slices inside the one transaction: each call clones its
 * rows on the main thread, and 10,000 (an autocode) in one call would hold it for half a second.
 * 500 rows a call measured 25–40 ms per slice under load (140 ms at worst); 250 keeps a slice short.
 */
const SLICE = 250;

function slices<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += SLICE) out.push(list.slice(i, i + SLICE));
  return out;
}

function keyOf(db: FazhiDb, name: TableName, row: object): string {
  const keyPath = db.table(name).schema.primKey.keyPath;
  const key: unknown = typeof keyPath === 'string' ? Reflect.get(row, keyPath) : undefined;
  if (typeof key !== 'string') throw new Error(`Row without a key for table ${name}.`);
  return key;
}

export function planEntries(plan: Plan): [TableName, TablePlan][] {
  return Object.entries(plan).filter((e): e is [TableName, TablePlan] => e[1] !== undefined);
}

/** A cascade's removal (shared/project/cascades.ts) as a plan: tables with nothing to remove are left out. */
export function removalPlan(removal: Removal): Plan {
  const plan: Plan = {};
  for (const table of REMOVAL_TABLES) if (removal[table].length > 0) plan[table] = { remove: removal[table] };
  return plan;
}

/** Every row the plan touches, as it is now. */
export async function readTouched(db: FazhiDb, plan: Plan): Promise<RowState[]> {
  const out: RowState[] = [];
  for (const [name, tp] of planEntries(plan)) {
    for (const r of tp.add ?? []) out.push({ table: name, key: keyOf(db, name, r), row: null });
    const keys = [...new Set([...(tp.put ?? []).map((r) => keyOf(db, name, r)), ...(tp.remove ?? [])])];
    for (const part of slices(keys)) {
      const rows = await db.table<Row, string>(name).bulkGet(part);
      part.forEach((key, i) => out.push({ table: name, key, row: rows[i] ?? null }));
    }
  }
  return out;
}

/** The touched rows as the plan leaves them (a key both removed and put ends up put). */
export function afterPlan(db: FazhiDb, plan: Plan, touched: readonly RowState[]): RowState[] {
  const put = new Map<string, object>();
  for (const [name, tp] of planEntries(plan))
    for (const r of [...(tp.put ?? []), ...(tp.add ?? [])]) put.set(`${name}\u0000${keyOf(db, name, r)}`, r);
  return touched.map((t) => ({ ...t, row: put.get(`${t.table}\u0000${t.key}`) ?? null }));
}

function groupByTable(states: readonly RowState[]): Map<TableName, RowState[]> {
  const byTable = new Map<TableName, RowState[]>();
  for (const s of states) {
    const list = byTable.get(s.table);
    if (list) list.push(s);
    else byTable.set(s.table, [s]);
  }
  return byTable;
}

/** Writes the plan: removals first, then puts, then new rows. */
export async function writePlan(db: FazhiDb, plan: Plan): Promise<void> {
  for (const [name, tp] of planEntries(plan)) {
    const table = db.table<object, string>(name);
    for (const part of slices(tp.remove ?? [])) await table.bulkDelete(part);
    for (const part of slices(tp.put ?? [])) await table.bulkPut(part);
    for (const part of slices(tp.add ?? [])) await table.bulkAdd(part);
  }
}

/** Puts the rows back as `states` say (deleting those that did not exist). */
export async function writeStates(db: FazhiDb, states: readonly RowState[]): Promise<void> {
  const byTable = groupByTable(states);
  for (const [name, list] of byTable) {
    const table = db.table<object, string>(name);
    for (const part of slices(list.filter((s) => s.row === null).map((s) => s.key))) await table.bulkDelete(part);
    for (const part of slices(list.flatMap((s) => (s.row === null ? [] : [s.row])))) await table.bulkPut(part);
  }
}

/** True when every row is now exactly as `states` say. */
export async function rowsAre(db: FazhiDb, states: readonly RowState[]): Promise<boolean> {
  const byTable = groupByTable(states);
  for (const [name, list] of byTable) {
    for (const part of slices(list)) {
      const now = await db.table<object, string>(name).bulkGet(part.map((s) => s.key));
      if (part.some((s, i) => !sameValue(now[i] ?? null, s.row))) return false;
    }
  }
  return true;
}

/** Structural equality of stored values (plain objects, arrays, bytes; key order ignored). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return false;
    return a.every((x, i) => x === b[i]);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Row)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Row)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Row)[k], (b as Row)[k]));
}
