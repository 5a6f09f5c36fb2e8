/** Shared setup for command tests: a project with a document and a codebook, and a round-trip check. */
import { expect } from 'vitest';
import type { Code, DocumentRecord, Project } from '../../../shared/model/project';
import { listCodes } from '../storage/codes';
import type { FazhiDb } from '../storage/db';
import { storeImported } from '../storage/documents';
import { createProject } from '../storage/projects';
import { dumpDb, freshDb, sampleParsed } from '../storage/testing';
import { CommandManager } from './manager';
import type { Command, CommandContext } from './types';

export interface Fixture {
  db: FazhiDb;
  project: Project;
  doc: DocumentRecord;
  codes: Code[];
  manager: CommandManager;
  ctx: CommandContext;
}

export async function setup(): Promise<Fixture> {
  const db = await freshDb();
  const project = await createProject(db, { name: 'p', template: 'outline-2021' });
  const doc = await storeImported(db, project.id, sampleParsed(), new Uint8Array([1, 2]));
  const codes = await listCodes(db, project.id);
  let n = 0;
  let t = 0;
  const ctx: CommandContext = {
    newId: () => `new-${++n}`,
    now: () => new Date(Date.UTC(2030, 0, 1, 0, 0, ++t)).toISOString(),
  };
  return { db, project, doc, codes, manager: new CommandManager(db, project.id), ctx };
}

export function codeByName(f: Fixture, name: string): Code {
  const c = f.codes.find((x) => x.name === name);
  if (!c) throw new Error(`no code ${name}`);
  return c;
}

/**
 * Executes the command, then checks that undo restores the db exactly and redo
 * restores the applied state exactly. Leaves the command applied.
 */
export async function roundTrip(f: Fixture, command: Command): Promise<{ before: unknown; after: unknown }> {
  const before = await dumpDb(f.db);
  expect(await f.manager.execute(command)).toEqual({ ok: true });
  const after = await dumpDb(f.db);
  expect(after).not.toEqual(before);
  expect(await f.manager.undo()).toEqual({ ok: true });
  expect(await dumpDb(f.db)).toEqual(before);
  expect(await f.manager.redo()).toEqual({ ok: true });
  expect(await dumpDb(f.db)).toEqual(after);
  return { before, after };
}
