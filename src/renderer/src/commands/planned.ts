/**
 * Most commands are "compute which rows to write or delete, then write them".
 * `planned` turns such a plan into a command whose revert is exact: before the
 * first apply it remembers every row the plan touches as it was (or that it did
 * not exist), and revert puts exactly that back. Redo replays the same plan, so
 * ids and timestamps are the same as the first time.
 */
import type { FazhiDb, TableName } from '../storage/db';
import type { Command, Label } from './types';

type Row = Record<string, unknown>;

export interface TablePlan {
  put?: readonly object[];
  remove?: readonly string[];
}

export type Plan = Partial<Record<TableName, TablePlan>>;

interface Recorded {
  plan: Plan;
  /** Per table: the touched keys and each row before the change (undefined = did not exist). */
  before: Map<TableName, Map<string, Row | undefined>>;
}

export function planned(spec: {
  name: string;
  label: Label;
  tables: readonly TableName[];
  /** Reads what it needs and returns the rows to write; throws CommandError to refuse. */
  plan(db: FazhiDb): Promise<Plan>;
}): Command {
  let recorded: Recorded | null = null;
  return {
    name: spec.name,
    label: spec.label,
    tables: spec.tables,
    async apply(db) {
      if (!recorded) {
        const plan = await spec.plan(db);
        recorded = { plan, before: await readBefore(db, plan) };
      }
      await write(db, recorded.plan);
    },
    async revert(db) {
      if (!recorded) return;
      for (const [name, rows] of recorded.before) {
        const table = db.table<Row, string>(name);
        const existed = [...rows.values()].filter((r) => r !== undefined);
        const added = [...rows.entries()].filter(([, r]) => r === undefined).map(([k]) => k);
        await table.bulkDelete(added);
        await table.bulkPut(existed);
      }
    },
  };
}

function keyOf(db: FazhiDb, name: TableName, row: object): string {
  const keyPath = db.table(name).schema.primKey.keyPath;
  const key: unknown = typeof keyPath === 'string' ? Reflect.get(row, keyPath) : undefined;
  if (typeof key !== 'string') throw new Error(`Row without a key for table ${name}.`);
  return key;
}

async function readBefore(db: FazhiDb, plan: Plan): Promise<Map<TableName, Map<string, Row | undefined>>> {
  const out = new Map<TableName, Map<string, Row | undefined>>();
  for (const [name, tp] of entries(plan)) {
    const keys = [...new Set([...(tp.put ?? []).map((r) => keyOf(db, name, r)), ...(tp.remove ?? [])])];
    const rows = await db.table<Row, string>(name).bulkGet(keys);
    out.set(name, new Map(keys.map((k, i) => [k, rows[i]])));
  }
  return out;
}

async function write(db: FazhiDb, plan: Plan): Promise<void> {
  for (const [name, tp] of entries(plan)) {
    const table = db.table<object, string>(name);
    if (tp.remove?.length) await table.bulkDelete([...tp.remove]);
    if (tp.put?.length) await table.bulkPut([...tp.put]);
  }
}

function entries(plan: Plan): [TableName, TablePlan][] {
  return Object.entries(plan).filter((e): e is [TableName, TablePlan] => e[1] !== undefined);
}
