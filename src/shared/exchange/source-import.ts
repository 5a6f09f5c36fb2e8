/** One REFI-QDA TextSource → a document, its coded selections and its memos. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { blankMeta, type Span } from '../model/document';
import type { Annotation, DocumentContent, DocumentRecord, Memo, SourceFile } from '../model/project';
import { OffsetMap } from '../text/codepoints';
import { xsdDateTime } from './dates';
import type { GuidMap } from './guid-map';
import type { Skipped } from './import-types';
import { applyVariableValues, type ImportedVariable } from './variable-import';
import { attr, child, children, elementNames, text, type XmlNode } from './xml-read';

export interface SourceContext {
  projectId: string;
  now: string;
  ids: GuidMap;
  skipped: Skipped[];
  zip: Map<string, Uint8Array>;
  /** User id → name. */
  users: Map<string, string>;
  codeIds: Set<string>;
  /** Variable id → the field or custom variable it fills. */
  variables: Map<string, ImportedVariable>;
  /** Note id → element. */
  notes: Map<string, XmlNode>;
  /** Notes already turned into memos (mutated). */
  usedNotes: Set<string>;
}

export interface ImportedSource {
  record: DocumentRecord;
  content: DocumentContent;
  file: SourceFile;
  annotations: Annotation[];
  memos: Memo[];
}

/** Non-empty lines as paragraphs: a first structure until the document is analysed again. */
function lineParagraphs(s: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of s.split('\n')) {
    const len = [...line].length;
    if (line.trim()) out.push({ start: at, end: at + len });
    at += len + 1;
  }
  return out;
}

/** The source's text and bytes: the internal:// file from the archive, or PlainTextContent. */
function sourceText(node: XmlNode, ctx: SourceContext, label: string): { text: string; bytes: Uint8Array } | null {
  const path = attr(node, 'plainTextPath');
  if (path) {
    const m = /^internal:\/\/(.+)$/i.exec(path.trim());
    if (!m) {
      ctx.skipped.push({
        what: `text source "${label}"`,
        reason: `its text is outside the archive (${path})`,
        key: 'source-outside',
        params: { name: label, path },
      });
      return null;
    }
    const name = m[1]!.replace(/\\/g, '/').toLowerCase();
    const bytes = ctx.zip.get(`sources/${name}`) ?? ctx.zip.get(name);
    if (!bytes) {
      ctx.skipped.push({
        what: `text source "${label}"`,
        reason: `the archive lacks its text file sources/${m[1]}`,
        key: 'source-file-missing',
        params: { name: label, file: `sources/${m[1]}` },
      });
      return null;
    }
    return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), bytes };
  }
  const content = child(node, 'PlainTextContent');
  if (content) {
    const t = text(content);
    return { text: t, bytes: new TextEncoder().encode(t) };
  }
  ctx.skipped.push({
    what: `text source "${label}"`,
    reason: 'it has neither plainTextPath nor PlainTextContent (rich text only)',
    key: 'source-no-text',
    params: { name: label },
  });
  return null;
}

function noteText(ctx: SourceContext, refs: XmlNode[]): string[] {
  const out: string[] = [];
  for (const r of refs) {
    const id = ctx.ids.id(attr(r, 'targetGUID') ?? '');
    const n = ctx.notes.get(id);
    if (!n) continue;
    ctx.usedNotes.add(id);
    const t = text(child(n, 'PlainTextContent')) || text(child(n, 'Description'));
    if (t) out.push(t);
  }
  return out;
}

export function importTextSource(node: XmlNode, ctx: SourceContext): ImportedSource | null {
  const guid = attr(node, 'guid');
  const label = attr(node, 'name') ?? guid ?? '(no name)';
  if (!guid) {
    ctx.skipped.push({
      what: `text source "${label}"`,
      reason: 'it has no guid',
      key: 'source-no-guid',
      params: { name: label },
    });
    return null;
  }
  const got = sourceText(node, ctx, label);
  if (!got) return null;
  const docId = ctx.ids.id(guid);
  const map = new OffsetMap(got.text);
  const added = xsdDateTime(attr(node, 'creationDateTime')) ?? ctx.now;
  const fileName = attr(node, 'name')?.trim() || `${guid}.txt`;
  const description = text(child(node, 'Description')).trim();
  const record: DocumentRecord = {
    id: docId,
    projectId: ctx.projectId,
    fileName,
    format: 'txt',
    encoding: 'utf-8',
    sha256Bytes: bytesToHex(sha256(got.bytes)),
    sha256Text: bytesToHex(sha256(new TextEncoder().encode(got.text))),
    length: map.cpCount,
    warnings: [],
    addedAt: added,
    updatedAt: xsdDateTime(attr(node, 'modifiedDateTime')) ?? added,
    ...blankMeta(),
    title: description || fileName.replace(/\.[^.]*$/, ''),
  };
  applyVariableValues(node, record, ctx.variables, ctx.ids, ctx.skipped, label);

  const annotations: Annotation[] = [];
  for (const sel of children(node, 'PlainTextSelection')) {
    const selGuid = attr(sel, 'guid') ?? '';
    const start = Number(attr(sel, 'startPosition'));
    const end = Number(attr(sel, 'endPosition'));
    const what = `selection ${selGuid || '(no guid)'} in "${label}"`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > map.cpCount) {
      ctx.skipped.push({
        what,
        reason: `its positions ${attr(sel, 'startPosition')}–${attr(sel, 'endPosition')} do not fit the text (${map.cpCount} characters)`,
        key: 'selection-positions',
        params: {
          guid: selGuid,
          name: label,
          start: attr(sel, 'startPosition') ?? '',
          end: attr(sel, 'endPosition') ?? '',
          length: map.cpCount,
        },
      });
      continue;
    }
    const codings = children(sel, 'Coding');
    if (codings.length === 0) {
      ctx.skipped.push({
        what,
        reason: 'it carries no coding (Fazhi keeps coded segments only)',
        key: 'selection-uncoded',
        params: { guid: selGuid, name: label },
      });
      continue;
    }
    const selMemo = [text(child(sel, 'Description')), ...noteText(ctx, children(sel, 'NoteRef'))].filter(Boolean);
    const created = xsdDateTime(attr(sel, 'creationDateTime')) ?? ctx.now;
    for (const coding of codings) {
      const codeId = ctx.ids.id(attr(child(coding, 'CodeRef'), 'targetGUID') ?? '');
      if (!ctx.codeIds.has(codeId)) {
        ctx.skipped.push({
          what: `coding of ${what}`,
          reason: 'it refers to a code not in the codebook',
          key: 'coding-unknown-code',
          params: { guid: selGuid, name: label },
        });
        continue;
      }
      const user = attr(coding, 'creatingUser') ?? attr(sel, 'creatingUser');
      // One coding: the selection's guid is the annotation's id (what our own export writes).
      const id = codings.length === 1 && selGuid ? ctx.ids.id(selGuid) : ctx.ids.id(attr(coding, 'guid') ?? selGuid);
      annotations.push({
        id,
        projectId: ctx.projectId,
        docId,
        codeId,
        start,
        end,
        quote: map.slice(start, end),
        memo: [...selMemo, ...noteText(ctx, children(coding, 'NoteRef'))].join('\n\n'),
        coder: user ? (ctx.users.get(ctx.ids.id(user)) ?? '') : '',
        origin: 'manual',
        createdAt: xsdDateTime(attr(coding, 'creationDateTime')) ?? created,
        updatedAt: xsdDateTime(attr(sel, 'modifiedDateTime')) ?? created,
      });
    }
  }
  const sourceCodings = children(node, 'Coding').length;
  if (sourceCodings > 0)
    ctx.skipped.push({
      what: `${sourceCodings} coding(s) of the whole source "${label}"`,
      reason: 'Fazhi codes ranges of text, not whole documents',
      key: 'source-codings',
      params: { count: sourceCodings, name: label },
    });
  for (const other of elementNames(node))
    if (
      !['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'].includes(other)
    )
      ctx.skipped.push({
        what: `${other} in "${label}"`,
        reason: 'not a text selection',
        key: 'source-other-element',
        params: { element: other, name: label },
      });

  const memos: Memo[] = [];
  for (const r of children(node, 'NoteRef')) {
    const id = ctx.ids.id(attr(r, 'targetGUID') ?? '');
    const n = ctx.notes.get(id);
    if (!n || ctx.usedNotes.has(id)) continue;
    ctx.usedNotes.add(id);
    const author = attr(n, 'creatingUser');
    memos.push({
      id,
      projectId: ctx.projectId,
      targetType: 'document',
      targetId: docId,
      text: text(child(n, 'PlainTextContent')) || text(child(n, 'Description')),
      author: author ? (ctx.users.get(ctx.ids.id(author)) ?? '') : '',
      createdAt: xsdDateTime(attr(n, 'creationDateTime')) ?? ctx.now,
      updatedAt: xsdDateTime(attr(n, 'modifiedDateTime')) ?? xsdDateTime(attr(n, 'creationDateTime')) ?? ctx.now,
    });
  }
  const content: DocumentContent = {
    docId,
    text: got.text,
    simplified: null,
    headings: [],
    sections: [],
    paragraphs: lineParagraphs(got.text),
    sentences: [],
  };
  const file: SourceFile = { docId, name: fileName, mime: 'text/plain', bytes: got.bytes };
  return { record, content, file, annotations, memos };
}
