/** A project's own document variables: add one, remove one (with its values), set a document's value. */
import { parseCustomValue } from '../../../shared/model/custom-variables';
import type { CustomVariable, CustomVariableType, DocumentRecord } from '../../../shared/model/project';
import { listDocuments } from '../storage/documents';
import { listVariables } from '../storage/variables';
import { mustGetDocument } from './lookups';
import { planned } from './planned';
import { CommandError, defaultContext, type Command, type CommandContext } from './types';

export function addVariable(
  args: { projectId: string; name: string; type: CustomVariableType },
  ctx: CommandContext = defaultContext,
): Command & { variableId: string } {
  const id = ctx.newId();
  const command = planned({
    name: 'addVariable',
    label: { zh: '添加变量', en: 'Add variable' },
    tables: ['variables'],
    async plan(db) {
      const name = args.name.trim();
      if (!name) throw new CommandError('invalid', 'A variable needs a name.');
      const existing = await listVariables(db, args.projectId);
      if (existing.some((v) => v.name === name))
        throw new CommandError('duplicate', `The project already has a variable named "${name}".`);
      const now = ctx.now();
      const variable: CustomVariable = {
        id,
        projectId: args.projectId,
        name,
        type: args.type,
        order: existing.reduce((m, v) => Math.max(m, v.order + 1), 0),
        createdAt: now,
        updatedAt: now,
      };
      return { variables: { put: [variable] } };
    },
  });
  return Object.assign(command, { variableId: id });
}

/** Removes the variable and its value from every document of the project (undo brings both back). */
export function removeVariable(id: string, ctx: CommandContext = defaultContext): Command {
  return planned({
    name: 'removeVariable',
    label: { zh: '删除变量', en: 'Remove variable' },
    tables: ['variables', 'documents'],
    async plan(db) {
      const variable = await db.variables.get(id);
      if (!variable) throw new CommandError('not-found', 'The variable no longer exists.');
      const docs = await listDocuments(db, variable.projectId);
      const now = ctx.now();
      const put = docs
        .filter((d) => d.customValues && id in d.customValues)
        .map((d): DocumentRecord => {
          const customValues = { ...d.customValues };
          delete customValues[id];
          return { ...d, customValues, updatedAt: now };
        });
      return { variables: { remove: [id] }, documents: { put } };
    },
  });
}

/** Sets (or, with blank input, clears) one document's value, read as the variable's type. */
export function setVariableValue(
  args: { docId: string; variableId: string; raw: string },
  ctx: CommandContext = defaultContext,
): Command {
  return planned({
    name: 'setVariableValue',
    label: { zh: '编辑变量值', en: 'Edit variable value' },
    tables: ['variables', 'documents'],
    async plan(db) {
      const variable = await db.variables.get(args.variableId);
      if (!variable) throw new CommandError('not-found', 'The variable no longer exists.');
      const parsed = parseCustomValue(variable.type, args.raw);
      if (!parsed.ok) throw new CommandError('invalid', `"${args.raw}" is not a ${parsed.error} value.`);
      const doc = await mustGetDocument(db, args.docId);
      const customValues = { ...doc.customValues };
      if (parsed.value === null) delete customValues[variable.id];
      else customValues[variable.id] = parsed.value;
      return { documents: { put: [{ ...doc, customValues, updatedAt: ctx.now() }] } };
    },
  });
}
