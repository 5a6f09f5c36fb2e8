/**
 * Autocoding: many segments of one code from a search, as one undo step. Each
 * coding is marked origin 'auto' with the query that made it; a segment the code
 * already has (same document, start and end) is skipped, never duplicated.
 *
 * It only ever adds rows, so revert deletes exactly those rows. Rows are written
 * in slices inside the one transaction: each put clones its rows on the main
 * thread, and 10,000 in one call would hold it for half a second.
 */
import type { Annotation } from '../../../shared/model/project';
import type { FazhiDb } from '../storage/db';
import { mustGetCode } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

export interface AutocodeSegment {
  docId: string;
  /** Code points into the stored text, end exclusive. */
  start: number;
  end: number;
  /** The text of [start, end) (read from the stored text by the search worker). */
  quote: string;
}

export interface AutocodeArgs {
  codeId: string;
  coder: string;
  /** The query as typed and how hits were widened (stored on every coding). */
  autoQuery: string;
  segments: readonly AutocodeSegment[];
}

const SLICE = 500;

async function plan(db: FazhiDb, args: AutocodeArgs, ctx: CommandContext): Promise<Annotation[]> {
  const code = await mustGetCode(db, args.codeId);
  const have = new Set<string>();
  await db.annotations
    .where('codeId')
    .equals(args.codeId)
    .each((a) => void have.add(`${a.docId}\u0000${a.start}\u0000${a.end}`));
  // Offsets are checked against each document's length (its text is not re-read: 10,000 segments stay fast).
  const docIds = [...new Set(args.segments.map((s) => s.docId))];
  const docs = new Map((await db.documents.bulkGet(docIds)).flatMap((d) => (d ? [[d.id, d] as const] : [])));
  const now = ctx.now();
  const put: Annotation[] = [];
  for (const s of args.segments) {
    const doc = docs.get(s.docId);
    if (!doc || doc.projectId !== code.projectId) {
      throw new CommandError('not-found', `No document ${s.docId} in this project.`);
    }
    const valid = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end;
    if (!valid || s.end > doc.length) {
      throw new CommandError('range', `Cannot code [${s.start}, ${s.end}): the text has ${doc.length} characters.`);
    }
    const key = `${s.docId}\u0000${s.start}\u0000${s.end}`;
    if (have.has(key)) continue;
    have.add(key);
    put.push({
      id: ctx.newId(),
      projectId: code.projectId,
      docId: s.docId,
      codeId: args.codeId,
      start: s.start,
      end: s.end,
      quote: s.quote,
      memo: '',
      coder: args.coder,
      origin: 'auto',
      autoQuery: args.autoQuery,
      createdAt: now,
      updatedAt: now,
    });
  }
  if (put.length === 0) throw new CommandError('empty', 'Every segment already has this code.');
  return put;
}

export function autocode(args: AutocodeArgs, ctx: CommandContext = defaultContext): Command & { count(): number } {
  // Planned once; redo writes the same rows (same ids and times) again.
  let rows: Annotation[] | null = null;
  return {
    name: 'autocode',
    label: { zh: `自动编码（${args.segments.length}）`, en: `Autocode (${args.segments.length})` },
    tables: ['codes', 'documents', 'annotations'],
    async apply(db) {
      rows ??= await plan(db, args, ctx);
      for (let i = 0; i < rows.length; i += SLICE) await db.annotations.bulkAdd(rows.slice(i, i + SLICE));
    },
    async revert(db) {
      if (!rows) return;
      const ids = rows.map((r) => r.id);
      for (let i = 0; i < ids.length; i += SLICE) await db.annotations.bulkDelete(ids.slice(i, i + SLICE));
    },
    count: () => rows?.length ?? 0,
  };
}
