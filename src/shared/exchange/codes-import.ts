/** The `<Code>` tree of a .qde or .qdc as our codes: hierarchy, order, colours, descriptions. */
import type { Code } from '../model/project';
import { attr, child, children, text, type XmlNode } from './xml-read';
import type { GuidMap } from './guid-map';
import type { Skipped } from './import-types';

const DEFAULT_COLOR = '#9e9e9e';

function color(raw: string | null): string {
  if (!raw) return DEFAULT_COLOR;
  const s = raw.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return `#${[...s.slice(1)].map((c) => c + c).join('')}`;
  return DEFAULT_COLOR;
}

export function importCodes(
  codesNode: XmlNode | undefined,
  ctx: { projectId: string; now: string; ids: GuidMap; skipped: Skipped[] },
): { codes: Code[]; noteRefs: Map<string, string[]> } {
  const codes: Code[] = [];
  const noteRefs = new Map<string, string[]>();
  const walk = (nodes: XmlNode[], parentId: string | null): void => {
    nodes.forEach((node, order) => {
      const guid = attr(node, 'guid');
      const name = attr(node, 'name')?.trim() || '';
      if (!guid) {
        ctx.skipped.push({
          what: `code "${name || '(no name)'}"`,
          reason: 'it has no guid',
          key: 'code-no-guid',
          params: { name },
        });
        return;
      }
      const id = ctx.ids.id(guid);
      if (codes.some((c) => c.id === id)) {
        ctx.skipped.push({
          what: `code "${name}"`,
          reason: `its guid ${guid} is used twice`,
          key: 'code-guid-twice',
          params: { name, guid },
        });
        return;
      }
      codes.push({
        id,
        projectId: ctx.projectId,
        parentId,
        name: name || `Code ${codes.length + 1}`,
        nameEn: null,
        description: text(child(node, 'Description')),
        color: color(attr(node, 'color')),
        shortcut: null,
        order,
        category: null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const refs = children(node, 'NoteRef')
        .map((r) => attr(r, 'targetGUID'))
        .filter((g): g is string => g !== null);
      if (refs.length) noteRefs.set(id, refs);
      walk(children(node, 'Code'), id);
    });
  };
  walk(children(codesNode, 'Code'), null);
  return { codes, noteRefs };
}
