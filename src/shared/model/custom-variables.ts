/**
 * A project's own document variables: reading a typed value from what the user
 * typed, writing it back for a form and a dataset, and a dataset column name for
 * each variable. Pure; the model types are in project.ts.
 */
import { isCalendarDate } from './metadata';
import type { CustomValue, CustomVariable, CustomVariableType, DocumentRecord } from './project';

export const CUSTOM_VARIABLE_TYPES: readonly CustomVariableType[] = ['text', 'number', 'date', 'boolean'];

export type ParsedValue = { ok: true; value: CustomValue | null } | { ok: false; error: 'number' | 'date' | 'boolean' };

/** What the user typed, as a value of the variable's type; blank is "no value" (null). */
export function parseCustomValue(type: CustomVariableType, raw: string): ParsedValue {
  const s = raw.trim();
  if (s === '') return { ok: true, value: null };
  switch (type) {
    case 'text':
      return { ok: true, value: s };
    case 'number': {
      const n = Number(s.replace(/,/g, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'number' };
    }
    case 'date':
      return isCalendarDate(s) ? { ok: true, value: s } : { ok: false, error: 'date' };
    case 'boolean':
      if (/^(true|yes|y|1|是)$/i.test(s)) return { ok: true, value: true };
      if (/^(false|no|n|0|否)$/i.test(s)) return { ok: true, value: false };
      return { ok: false, error: 'boolean' };
  }
}

/** A stored value that no longer fits its variable's type is treated as empty, not shown wrong. */
export function customValueOf(d: DocumentRecord, v: CustomVariable): CustomValue | null {
  const value = d.customValues?.[v.id];
  if (value === undefined) return null;
  switch (v.type) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'date':
      return isCalendarDate(value) ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
  }
}

/** The value as a dataset cell: numbers as numbers, yes/no as true/false, empty as null. */
export function customCell(value: CustomValue | null): string | number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/**
 * Dataset column names, safe for Stata and R like every other column: `var_` and the
 * name in lower-case ASCII letters, digits and `_` (at most 32 characters); a name
 * with none of those (编码员) becomes `var_<its position>`; a clash gets `_2`, `_3`.
 */
export function customColumns(variables: readonly CustomVariable[], taken: Iterable<string> = []): Map<string, string> {
  const used = new Set(taken);
  const out = new Map<string, string>();
  sortVariables(variables).forEach((v, index) => {
    const slug = v.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 24);
    const base = `var_${slug || index + 1}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    out.set(v.id, name);
  });
  return out;
}

export function sortVariables<T extends Pick<CustomVariable, 'order' | 'id'>>(variables: readonly T[]): T[] {
  return [...variables].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** REFI-QDA's typeOfVariable for each of our types. */
export const REFI_TYPE = {
  text: 'Text',
  number: 'Float',
  date: 'Date',
  boolean: 'Boolean',
} as const satisfies Record<CustomVariableType, string>;
