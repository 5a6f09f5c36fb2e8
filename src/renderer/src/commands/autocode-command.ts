/**
 * Autocoding: many segments of one code from a search, as one undo step. Each
 * coding is marked origin 'auto' with the query that made it; a segment the code
 * already has (same document, start and end) is skipped, never duplicated.
 *
 * It only ever adds rows (storage writes a Plan in slices, and the change log keeps a
 * big step in parts, so 10,000 rows never hold the main thread in one clone).
 */
import type { Annotation, DocumentRecord } from '../../../shared/model/project';
import { checkRange } from '../../../shared/project/annotation';
import { listCodeAnnotations } from '../storage/annotations';
import type { FazhiDb } from '../storage/db';
import { getDocuments } from '../storage/documents';
import { planned } from './planned';
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

/** Segments handled per step of the plan: each step's reads and rows fit in a short task. */
const SLICE = 500;

async function plan(db: FazhiDb, args: AutocodeArgs, ctx: CommandContext): Promise<Annotation[]> {
  const code = await mustGetCode(db, args.codeId);
  const have = new Set<string>();
  for (const a of await listCodeAnnotations(db, args.codeId)) have.add(`${a.docId}\u0000${a.start}\u0000${a.end}`);
  // Offsets are checked against each document's length (its text is not re-read: 10,000 segments stay fast).
  const docs = new Map<string, DocumentRecord>();
  const now = ctx.now();
  const put: Annotation[] = [];
  // A slice at a time: its documents are read (the page draws while IndexedDB answers), then its rows built.
  for (let i = 0; i < args.segments.length; i += SLICE) {
    const slice = args.segments.slice(i, i + SLICE);
    const need = [...new Set(slice.map((s) => s.docId))].filter((id) => !docs.has(id));
    if (need.length > 0) {
      for (const d of await getDocuments(db, need)) if (d) docs.set(d.id, d);
    } else {
      // Nothing to read for this slice: one small request still lets the page draw.
      await mustGetCode(db, args.codeId);
    }
    for (const s of slice) {
      const doc = docs.get(s.docId);
      if (!doc || doc.projectId !== code.projectId) {
        throw new CommandError('not-found', `No document ${s.docId} in this project.`);
      }
      const range = checkRange(s, doc.length);
      if (range) throw new CommandError(range.code, range.message);
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
  }
  if (put.length === 0) throw new CommandError('empty', 'Every segment already has this code.');
  return put;
}

export function autocode(args: AutocodeArgs, ctx: CommandContext = defaultContext): Command & { count(): number } {
  // Planned once by the manager; redo writes the same rows (same ids and times) again.
  let created = 0;
  const command = planned({
    name: 'autocode',
    label: { zh: `自动编码（${args.segments.length}）`, en: `Autocode (${args.segments.length})` },
    tables: ['codes', 'documents', 'annotations'],
    async plan(db) {
      const put = await plan(db, args, ctx);
      created = put.length;
      // New rows with fresh ids: added without reading 10,000 keys that cannot be there.
      return { annotations: { add: put } };
    },
  });
  return { ...command, count: () => created };
}
