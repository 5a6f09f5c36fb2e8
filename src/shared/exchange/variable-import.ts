/**
 * REFI-QDA `<Variable>`s on import. One whose name is a Fazhi document field
 * (variables.ts: title, year, region …) fills that field, as our own exports
 * write them; any other (another tool's "coder", "wave", "population") becomes a
 * custom variable of the project, typed as the file types it, so the value is
 * kept and goes out again in the next export.
 */
import { parseCustomValue } from '../model/custom-variables';
import type { CustomVariable, CustomVariableType, DocumentRecord } from '../model/project';
import type { GuidMap } from './guid-map';
import type { Skipped } from './import-types';
import { VARIABLES, type VariableDef } from './variables';
import { attr, child, children, text, type XmlNode } from './xml-read';

export interface ImportedVariable {
  name: string;
  /** The Fazhi field it fills, or null when it is a custom variable. */
  field: VariableDef | null;
  custom: CustomVariable | null;
}

/**
 * REFI's typeOfVariable → ours. DateTime has no type of its own here: it is kept
 * as text, whole, rather than cut to a date.
 */
const TYPE_OF: Record<string, CustomVariableType> = {
  Text: 'text',
  Integer: 'number',
  Float: 'number',
  Boolean: 'boolean',
  Date: 'date',
  DateTime: 'text',
};

const VALUE_ELEMENTS = ['TextValue', 'IntegerValue', 'FloatValue', 'BooleanValue', 'DateValue', 'DateTimeValue'];

/** The project's `<Variables>`: id → what it maps onto. */
export function readVariables(
  node: XmlNode | undefined,
  ctx: { projectId: string; now: string; ids: GuidMap },
): Map<string, ImportedVariable> {
  const out = new Map<string, ImportedVariable>();
  let order = 0;
  for (const v of children(node, 'Variable')) {
    const guid = attr(v, 'guid');
    const name = attr(v, 'name')?.trim() ?? '';
    if (!guid || !name) continue;
    const id = ctx.ids.id(guid);
    const field = VARIABLES.find((f) => f.name === name) ?? null;
    const custom: CustomVariable | null = field
      ? null
      : {
          id,
          projectId: ctx.projectId,
          name,
          type: TYPE_OF[attr(v, 'typeOfVariable') ?? ''] ?? 'text',
          order: order++,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        };
    out.set(id, { name, field, custom });
  }
  return out;
}

/** A date value as xsd:date writes it may carry a time zone (2023-05-01Z, 2023-05-01+08:00): the day is kept. */
const dayOf = (s: string): string => /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(s)?.[1] ?? s;

/**
 * Writes the `<VariableValue>`s of `node` (a source or a case) onto `record`.
 * A case's values do not overwrite a value the source has itself (`keepExisting`).
 */
export function applyVariableValues(
  node: XmlNode,
  record: DocumentRecord,
  variables: Map<string, ImportedVariable>,
  ids: GuidMap,
  skipped: Skipped[],
  label: string,
  keepExisting = false,
): void {
  for (const vv of children(node, 'VariableValue')) {
    const variable = variables.get(ids.id(attr(child(vv, 'VariableRef'), 'targetGUID') ?? ''));
    if (!variable) continue;
    const valueNode = VALUE_ELEMENTS.map((e) => child(vv, e)).find((x) => x !== undefined);
    const value = text(valueNode).trim();
    if (!value) continue;
    const bad = () =>
      skipped.push({
        what: `variable "${variable.name}" of "${label}"`,
        reason: `the value "${value}" does not fit`,
        key: 'variable-value',
        params: { variable: variable.name, name: label, value },
      });
    if (variable.field) {
      const had = variable.field.get(record);
      if (keepExisting && had !== null && had !== '') continue;
      if (!variable.field.set(record, value)) bad();
      continue;
    }
    const custom = variable.custom!;
    if (keepExisting && record.customValues?.[custom.id] !== undefined) continue;
    const parsed = parseCustomValue(custom.type, custom.type === 'date' ? dayOf(value) : value);
    if (!parsed.ok || parsed.value === null) {
      bad();
      continue;
    }
    record.customValues = { ...record.customValues, [custom.id]: parsed.value };
  }
}
