/** The `<Code>` tree shared by project.qde and .qdc (which differ only in allowing NoteRefs). */
import type { Code } from '../model/project';
import { escapeXml, escapeXmlAttr } from '../export/xml';
import { buildCodeTree, type CodeNode } from '../codebook/tree';
import { guidOf } from './guid';

const HEX6 = /^#[0-9a-fA-F]{6}$/;
const HEX3 = /^#[0-9a-fA-F]{3}$/;

export function refiColor(color: string): string | null {
  if (HEX6.test(color)) return color.toUpperCase();
  if (HEX3.test(color)) return color.toUpperCase();
  return null;
}

export function codesXml(codes: readonly Code[], noteRefs: (code: Code) => string[] = () => []): string {
  // The tree as the user sees it; codes of a parent cycle come out at the top (REFI cannot nest them).
  const one = ({ code: c, children }: CodeNode<Code>): string => {
    const color = refiColor(c.color);
    let xml = `<Code guid="${guidOf(c.id)}" name="${escapeXmlAttr(c.name)}" isCodable="true"${color ? ` color="${color}"` : ''}>`;
    if (c.description) xml += `<Description>${escapeXml(c.description)}</Description>`;
    for (const ref of noteRefs(c)) xml += `<NoteRef targetGUID="${ref}"/>`;
    for (const child of children) xml += one(child);
    return `${xml}</Code>`;
  };
  return buildCodeTree(codes).map(one).join('');
}
