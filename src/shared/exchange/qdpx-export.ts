/**
 * REFI-QDA project export (.qdpx): a zip with project.qde (urn:QDA-XML:project:1.0)
 * and each document's text as sources/<guid>.txt. Element order, required
 * attributes, GUID form and date types follow Project-mrt2019.xsd.
 * One PlainTextSelection per annotation (our annotation is one range × one code),
 * its memo as the selection's Description; document, code and project memos as Notes.
 * Positions are code points, as REFI-QDA counts them.
 */
import type { Annotation, Memo, ProjectSnapshot } from '../model/project';
import { OffsetMap } from '../text/codepoints';
import { scopeProject, type ExportScope } from '../export/scope';
import { escapeXml, escapeXmlAttr } from '../export/xml';
import { ZipWriter } from '../export/zip-writer';
import { codesXml } from './codes-xml';
import { xsdDateTime } from './dates';
import { derivedGuid, guidOf } from './guid';
import { CUSTOM_VALUE_ELEMENT, customVariableGuid, VARIABLES, variableGuid } from './variables';
import { customValueOf, REFI_TYPE, sortVariables } from '../model/custom-variables';

export const userGuid = (name: string): string => derivedGuid(`fazhi-user:${name}`);
/** The Coding inside the selection made for an annotation. */
export const codingGuid = (annotationId: string): string => derivedGuid(`fazhi-coding:${annotationId}`);

const dt = (attr: string, value: string | null | undefined): string => {
  const v = xsdDateTime(value);
  return v ? ` ${attr}="${v}"` : '';
};

/** A short name for a selection: the start of its text, as other tools show it. */
function selectionName(quote: string): string {
  const chars = [...quote.replace(/\s+/g, ' ').trim()];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}

function noteXml(m: Memo, users: Map<string, string>): string {
  const user = m.author ? ` creatingUser="${users.get(m.author)}"` : '';
  const name = selectionName(m.text) || 'Memo';
  return (
    `<Note guid="${guidOf(m.id)}" name="${escapeXmlAttr(name)}"${user}${dt('creationDateTime', m.createdAt)}${dt('modifiedDateTime', m.updatedAt)}>` +
    `<PlainTextContent>${escapeXml(m.text)}</PlainTextContent></Note>`
  );
}

export function exportQdpx(snapshot: ProjectSnapshot, scope: ExportScope = {}): Uint8Array {
  const scoped = scopeProject(snapshot, scope);
  const docIds = new Set(scoped.documents.map((d) => d.id));
  const codeIds = new Set(scoped.codes.map((c) => c.id));
  const memos = snapshot.memos.filter(
    (m) =>
      m.targetType === 'project' ||
      (m.targetType === 'document' && m.targetId !== null && docIds.has(m.targetId)) ||
      (m.targetType === 'code' && m.targetId !== null && codeIds.has(m.targetId)),
  );
  const memosOf = (type: Memo['targetType'], id: string | null): string[] =>
    memos.filter((m) => m.targetType === type && m.targetId === id).map((m) => guidOf(m.id));

  const users = new Map<string, string>();
  for (const name of [...scoped.annotations.map((a) => a.coder), ...memos.map((m) => m.author)])
    if (name && !users.has(name)) users.set(name, userGuid(name));

  const byDoc = new Map<string, Annotation[]>();
  for (const a of scoped.annotations) {
    const list = byDoc.get(a.docId);
    if (list) list.push(a);
    else byDoc.set(a.docId, [a]);
  }
  const contents = new Map(snapshot.contents.map((c) => [c.docId, c]));

  // Level 1: deflate is most of the export time; level 6 makes the file ~20% smaller but is slower.
  const zip = new ZipWriter(1);
  const qde = zip.addText('project.qde');
  const p = snapshot.project;
  qde.write(
    '<?xml version="1.0" encoding="utf-8"?>\n' +
      `<Project xmlns="urn:QDA-XML:project:1.0" name="${escapeXmlAttr(p.name)}" origin="Fazhi Coder"` +
      `${dt('creationDateTime', p.createdAt)}${dt('modifiedDateTime', p.updatedAt)}>`,
  );
  if (users.size > 0) {
    qde.write('<Users>');
    for (const [name, guid] of users) qde.write(`<User guid="${guid}" name="${escapeXmlAttr(name)}"/>`);
    qde.write('</Users>');
  }
  if (scoped.codes.length > 0)
    qde.write(`<CodeBook><Codes>${codesXml(scoped.codes, (c) => memosOf('code', c.id))}</Codes></CodeBook>`);
  qde.write('<Variables>');
  for (const v of VARIABLES)
    qde.write(`<Variable guid="${variableGuid(v.name)}" name="${v.name}" typeOfVariable="${v.type}"/>`);
  // The researcher's own variables, typed as REFI-QDA types them.
  const custom = sortVariables(snapshot.variables ?? []);
  for (const v of custom)
    qde.write(
      `<Variable guid="${customVariableGuid(v.id)}" name="${escapeXmlAttr(v.name)}" typeOfVariable="${REFI_TYPE[v.type]}"/>`,
    );
  qde.write('</Variables>');

  if (scoped.documents.length > 0) qde.write('<Sources>');
  for (const d of scoped.documents) {
    const guid = guidOf(d.id);
    const text = contents.get(d.id)?.text ?? '';
    zip.addFile(`sources/${guid}.txt`, text);
    const map = new OffsetMap(text);
    qde.write(
      `<TextSource guid="${guid}" name="${escapeXmlAttr(d.fileName)}" plainTextPath="internal://${guid}.txt"` +
        `${dt('creationDateTime', d.addedAt)}${dt('modifiedDateTime', d.updatedAt)}>`,
    );
    if (d.title) qde.write(`<Description>${escapeXml(d.title)}</Description>`);
    for (const a of byDoc.get(d.id) ?? []) {
      const user = a.coder ? ` creatingUser="${users.get(a.coder)}"` : '';
      const created = dt('creationDateTime', a.createdAt);
      qde.write(
        `<PlainTextSelection guid="${guidOf(a.id)}" name="${escapeXmlAttr(selectionName(map.slice(a.start, a.end)))}"` +
          ` startPosition="${a.start}" endPosition="${a.end}"${user}${created}${dt('modifiedDateTime', a.updatedAt)}>` +
          (a.memo ? `<Description>${escapeXml(a.memo)}</Description>` : '') +
          `<Coding guid="${codingGuid(a.id)}"${user}${created}><CodeRef targetGUID="${guidOf(a.codeId)}"/></Coding>` +
          '</PlainTextSelection>',
      );
    }
    for (const ref of memosOf('document', d.id)) qde.write(`<NoteRef targetGUID="${ref}"/>`);
    for (const v of VARIABLES) {
      const value = v.get(d);
      if (value === null || value === '') continue;
      const element = v.type === 'Integer' ? 'IntegerValue' : v.type === 'Date' ? 'DateValue' : 'TextValue';
      qde.write(
        `<VariableValue><VariableRef targetGUID="${variableGuid(v.name)}"/><${element}>${escapeXml(String(value))}</${element}></VariableValue>`,
      );
    }
    for (const v of custom) {
      const value = customValueOf(d, v);
      if (value === null) continue;
      const element = CUSTOM_VALUE_ELEMENT[v.type];
      qde.write(
        `<VariableValue><VariableRef targetGUID="${customVariableGuid(v.id)}"/><${element}>${escapeXml(String(value))}</${element}></VariableValue>`,
      );
    }
    qde.write('</TextSource>');
  }
  if (scoped.documents.length > 0) qde.write('</Sources>');
  if (memos.length > 0) qde.write(`<Notes>${memos.map((m) => noteXml(m, users)).join('')}</Notes>`);
  for (const ref of memosOf('project', null)) qde.write(`<NoteRef targetGUID="${ref}"/>`);
  qde.write('</Project>\n');
  qde.end();
  return zip.finish();
}
