/** Editing the codebook: add, rename, recolour, describe, shortcut, move and reorder codes. */
import type { Code } from '../../../shared/model/project';
import { descendantIds } from '../../../shared/codebook/tree';
import { listCodes } from '../storage/codes';
import type { FazhiDb } from '../storage/db';
import { SUB_CODE_COLORS } from '../../../shared/codebook/templates';
import { planned } from './planned';
import { mustGetCode } from './lookups';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

async function siblings(db: FazhiDb, projectId: string, parentId: string | null): Promise<Code[]> {
  const all = await listCodes(db, projectId);
  return all.filter((c) => c.parentId === parentId).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function cleanName(name: string): string {
  const n = name.trim();
  if (!n) throw new CommandError('invalid', 'A code needs a name.');
  return n;
}

export interface AddCodeArgs {
  projectId: string;
  parentId: string | null;
  name: string;
  nameEn?: string | null;
  description?: string;
  color?: string;
}

/** Adds a code at the end of its siblings. `codeId` is the id it will have. */
export function addCode(args: AddCodeArgs, ctx: CommandContext = defaultContext): Command & { codeId: string } {
  const codeId = ctx.newId();
  const command = planned({
    name: 'addCode',
    label: { zh: '添加编码', en: 'Add code' },
    tables: ['codes'],
    async plan(db) {
      const name = cleanName(args.name);
      if (args.parentId !== null) {
        const parent = await mustGetCode(db, args.parentId);
        if (parent.projectId !== args.projectId)
          throw new CommandError('invalid', 'The parent code belongs to another project.');
      }
      if (args.color !== undefined && !/^#[0-9a-f]{6}$/i.test(args.color))
        throw new CommandError('invalid', 'Colours are written #rrggbb.');
      const sibs = await siblings(db, args.projectId, args.parentId);
      const count = (await listCodes(db, args.projectId)).length;
      const now = ctx.now();
      const code: Code = {
        id: codeId,
        projectId: args.projectId,
        parentId: args.parentId,
        name,
        nameEn: args.nameEn?.trim() || null,
        description: args.description ?? '',
        descriptionEn: null,
        color: (args.color ?? SUB_CODE_COLORS[count % SUB_CODE_COLORS.length]!).toLowerCase(),
        shortcut: null,
        order: sibs.reduce((m, c) => Math.max(m, c.order + 1), 0),
        category: null,
        createdAt: now,
        updatedAt: now,
      };
      return { codes: { put: [code] } };
    },
  });
  return { ...command, codeId };
}

/** A command that changes fields of one code. */
function editCode(
  name: string,
  label: { zh: string; en: string },
  id: string,
  change: (code: Code) => Partial<Code>,
  ctx: CommandContext,
): Command {
  return planned({
    name,
    label,
    tables: ['codes'],
    async plan(db) {
      const code = await mustGetCode(db, id);
      return { codes: { put: [{ ...code, ...change(code), updatedAt: ctx.now() }] } };
    },
  });
}

export function renameCode(
  id: string,
  name: string,
  nameEn?: string | null,
  ctx: CommandContext = defaultContext,
): Command {
  return editCode(
    'renameCode',
    { zh: '重命名编码', en: 'Rename code' },
    id,
    (c) => ({
      name: cleanName(name),
      nameEn: nameEn === undefined ? c.nameEn : nameEn?.trim() || null,
    }),
    ctx,
  );
}

export function recolorCode(id: string, color: string, ctx: CommandContext = defaultContext): Command {
  return editCode(
    'recolorCode',
    { zh: '更改编码颜色', en: 'Change code colour' },
    id,
    () => {
      if (!/^#[0-9a-f]{6}$/i.test(color)) throw new CommandError('invalid', 'Colours are written #rrggbb.');
      return { color: color.toLowerCase() };
    },
    ctx,
  );
}

export function setCodeDescription(
  id: string,
  description: string,
  descriptionEn?: string | null,
  ctx: CommandContext = defaultContext,
): Command {
  return editCode(
    'setCodeDescription',
    { zh: '编辑编码说明', en: 'Edit code description' },
    id,
    (c) => ({
      description,
      descriptionEn: descriptionEn === undefined ? (c.descriptionEn ?? null) : descriptionEn,
    }),
    ctx,
  );
}

/** Gives a code a one-key shortcut (or none); a code that had the key loses it in the same step. */
export function setCodeShortcut(id: string, shortcut: string | null, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'setCodeShortcut',
    label: { zh: '设置快捷键', en: 'Set shortcut' },
    tables: ['codes'],
    async plan(db) {
      const key = shortcut === null ? null : shortcut.toLowerCase();
      if (key !== null && !/^[0-9a-z]$/.test(key))
        throw new CommandError('invalid', 'A shortcut is one digit or letter.');
      const code = await mustGetCode(db, id);
      const now = ctx.now();
      const holders =
        key === null ? [] : (await listCodes(db, code.projectId)).filter((c) => c.shortcut === key && c.id !== id);
      return {
        codes: {
          put: [
            ...holders.map((c) => ({ ...c, shortcut: null, updatedAt: now })),
            { ...code, shortcut: key, updatedAt: now },
          ],
        },
      };
    },
  });
}

/** Renumbers siblings 0..n-1 in the given order; returns only codes whose order changed (plus `always`). */
function renumber(list: Code[], now: string, always?: Code): Code[] {
  return list
    .map((c, i) => (c.order === i && c !== always ? null : { ...c, order: i, updatedAt: now }))
    .filter((c): c is Code => c !== null);
}

/** Moves a code under another parent (null: top level), at `index` among its new siblings (default: last). */
export function moveCode(
  id: string,
  parentId: string | null,
  index?: number,
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'moveCode',
    label: { zh: '移动编码', en: 'Move code' },
    tables: ['codes'],
    async plan(db) {
      const code = await mustGetCode(db, id);
      if (parentId !== null) {
        const parent = await mustGetCode(db, parentId);
        if (parent.projectId !== code.projectId)
          throw new CommandError('invalid', 'The new parent belongs to another project.');
        const all = await listCodes(db, code.projectId);
        if (parentId === id || descendantIds(all, id).includes(parentId)) {
          throw new CommandError('cycle', 'A code cannot move under itself or one of its sub-codes.');
        }
      }
      const now = ctx.now();
      const moved: Code = { ...code, parentId };
      const target = (await siblings(db, code.projectId, parentId)).filter((c) => c.id !== id);
      const at = Math.max(0, Math.min(index ?? target.length, target.length));
      target.splice(at, 0, moved);
      const put = renumber(target, now, moved);
      if (code.parentId !== parentId)
        put.push(
          ...renumber(
            (await siblings(db, code.projectId, code.parentId)).filter((c) => c.id !== id),
            now,
          ),
        );
      return { codes: { put } };
    },
  });
}

/** Moves a code to `index` among its siblings. */
export function reorderCode(id: string, index: number, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'reorderCode',
    label: { zh: '调整编码顺序', en: 'Reorder code' },
    tables: ['codes'],
    async plan(db) {
      const code = await mustGetCode(db, id);
      return moveCode(id, code.parentId, index, ctx).plan(db);
    },
  });
}
