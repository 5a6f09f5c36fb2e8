/** The `<Code>` tree shared by project.qde and .qdc (which differ only in allowing NoteRefs). */
import type { Code } from '../model/project';
import { escapeXml, escapeXmlAttr } from '../export/xml';
import { orderCodes } from '../export/scope';
import { guidOf } from './guid';

const HEX6 = /^#[0-9a-fA-F]{6}$/;
const HEX3 = /^#[0-9a-fA-F]{3}$/;

export function refiColor(color: string): string | null {
  if (HEX6.test(color)) return color.toUpperCase();
  if (HEX3.test(color)) return color.toUpperCase();
  return null;
}

export function codesXml(codes: readonly Code[], noteRefs: (code: Code) => string[] = () => []): string {
  const ordered = orderCodes(codes);
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const c of ordered) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const seen = new Set<string>();
  const one = (c: Code): string => {
    seen.add(c.id);
    const color = refiColor(c.color);
    let xml = `<Code guid="${guidOf(c.id)}" name="${escapeXmlAttr(c.name)}" isCodable="true"${color ? ` color="${color}"` : ''}>`;
    if (c.description) xml += `<Description>${escapeXml(c.description)}</Description>`;
    for (const ref of noteRefs(c)) xml += `<NoteRef targetGUID="${ref}"/>`;
    for (const child of children.get(c.id) ?? []) if (!seen.has(child.id)) xml += one(child);
    return `${xml}</Code>`;
  };
  let out = '';
  for (const root of children.get(null) ?? []) out += one(root);
  // Codes in a parent cycle have no root; REFI cannot nest them, so they go at the top.
  for (const c of ordered) if (!seen.has(c.id)) out += one({ ...c, parentId: null });
  return out;
}
