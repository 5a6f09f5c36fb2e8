/**
 * REFI-QDA project import (.qdpx from NVivo, ATLAS.ti, MAXQDA or Fazhi Coder).
 * Brings in the codebook, text sources (internal:// files or PlainTextContent),
 * their coded PlainTextSelections and notes; lists everything else in
 * `report.skipped` with the reason. Never throws: bad input gives an error naming the file.
 */
import { unzipBounded } from '../zip/bounded-unzip';
import type { Annotation, DocumentRecord, Memo, ProjectSnapshot } from '../model/project';
import { xsdDateTime } from './dates';
import { importCodes } from './codes-import';
import { GuidMap } from './guid-map';
import type { ImportOptions, QdpxImportResult, SkipKey, Skipped } from './import-types';
import { importTextSource, type SourceContext } from './source-import';
import { applyVariableValues, readVariables } from './variable-import';
import { attr, child, children, elementNames, parseXmlRoot, text, type XmlNode } from './xml-read';

const NON_TEXT_SOURCES: Record<string, [string, SkipKey]> = {
  PDFSource: ['PDF source', 'source-pdf'],
  PictureSource: ['picture source', 'source-picture'],
  AudioSource: ['audio source', 'source-audio'],
  VideoSource: ['video source', 'source-video'],
};

const PROJECT_PARTS_SKIPPED: Record<string, [string, SkipKey]> = {
  Cases: ['cases are not part of a Fazhi project', 'part-cases'],
  Sets: ['sets are not part of a Fazhi project', 'part-sets'],
  Graphs: ['graphs are not part of a Fazhi project', 'part-graphs'],
  Links: ['links between objects are not part of a Fazhi project', 'part-links'],
};

function fail(fileName: string, code: 'corrupt' | 'not-refi' | 'empty', reason: string): QdpxImportResult {
  return { ok: false, error: { code, message: `Could not import "${fileName}": ${reason}.` } };
}

/** Like a .fazhi backup: texts and original files, a few hundred MB at most; 100:1 past 1 MB is a bomb. */
export const QDPX_LIMITS = { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 100 };

/** Zip entries by lower-cased path, so `Sources/X.txt` and `sources/x.txt` both resolve; or why they cannot be read. */
function unzip(bytes: Uint8Array): { ok: true; zip: Map<string, Uint8Array> } | { ok: false; reason: string } {
  const r = unzipBounded(bytes, QDPX_LIMITS);
  if (!r.ok) {
    const f = r.failure;
    if (f.kind === 'not-zip') return { ok: false, reason: 'it is not a zip archive (a .qdpx file is a zip)' };
    if (f.kind === 'bomb' || f.kind === 'too-large') return { ok: false, reason: `${f.reason}; it was not opened` };
    return {
      ok: false,
      reason: `it is damaged: ${f.reason}. Nothing was imported; export the project again from the tool that made it`,
    };
  }
  return { ok: true, zip: new Map([...r.files].map(([k, v]) => [k.replace(/\\/g, '/').toLowerCase(), v])) };
}

export function importQdpx(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): QdpxImportResult {
  if (bytes.length === 0) return fail(fileName, 'empty', 'the file is empty');
  const unzipped = unzip(bytes);
  if (!unzipped.ok) return fail(fileName, 'corrupt', unzipped.reason);
  const zip = unzipped.zip;
  const qdeEntry = [...zip.keys()].find((k) => k === 'project.qde' || k.endsWith('/project.qde'));
  if (!qdeEntry) return fail(fileName, 'not-refi', 'the archive has no project.qde, so it is not a REFI-QDA project');
  const xml = new TextDecoder('utf-8').decode(zip.get(qdeEntry)!).replace(/^\uFEFF/, '');
  const parsed = parseXmlRoot(xml, 'Project');
  if (!parsed.ok) return fail(fileName, 'not-refi', `project.qde ${parsed.reason}`);
  const root = parsed.root;

  const now = options.now ?? new Date().toISOString();
  const projectId = options.projectId ?? crypto.randomUUID();
  const ids = new GuidMap();
  const skipped: Skipped[] = [];

  const users = new Map<string, string>();
  for (const u of children(child(root, 'Users'), 'User')) {
    const guid = attr(u, 'guid');
    if (guid) users.set(ids.id(guid), attr(u, 'name') ?? attr(u, 'id') ?? '');
  }
  const { codes, noteRefs: codeNoteRefs } = importCodes(child(child(root, 'CodeBook'), 'Codes'), {
    projectId,
    now,
    ids,
    skipped,
  });
  const variables = readVariables(child(root, 'Variables'), { projectId, now, ids });
  const notes = new Map<string, XmlNode>();
  for (const n of children(child(root, 'Notes'), 'Note')) {
    const guid = attr(n, 'guid');
    if (guid) notes.set(ids.id(guid), n);
  }

  const ctx: SourceContext = {
    projectId,
    now,
    ids,
    skipped,
    zip,
    users,
    codeIds: new Set(codes.map((c) => c.id)),
    variables,
    notes,
    usedNotes: new Set(),
  };
  const documents: DocumentRecord[] = [];
  const snapshotParts: Pick<ProjectSnapshot, 'contents' | 'files' | 'annotations'> = {
    contents: [],
    files: [],
    annotations: [],
  };
  const memos: Memo[] = [];
  const sourcesNode = child(root, 'Sources');
  for (const kind of sourcesNode ? elementNames(sourcesNode) : []) {
    for (const node of children(sourcesNode, kind)) {
      const label = attr(node, 'name') ?? attr(node, 'guid') ?? '(no name)';
      if (kind !== 'TextSource') {
        const [what, key] = NON_TEXT_SOURCES[kind] ?? [kind, 'source-other-kind'];
        skipped.push({
          what: `${what} "${label}"`,
          reason: 'only text sources can be coded in Fazhi Coder',
          key,
          params: { name: label, element: kind },
        });
        continue;
      }
      const doc = importTextSource(node, ctx);
      if (!doc) continue;
      if (documents.some((d) => d.id === doc.record.id)) {
        skipped.push({
          what: `text source "${label}"`,
          reason: 'its guid is used by another source',
          key: 'source-guid-twice',
          params: { name: label },
        });
        continue;
      }
      documents.push(doc.record);
      snapshotParts.contents.push(doc.content);
      snapshotParts.files.push(doc.file);
      // One by one: a document with 100,000+ codings would overflow push(...) arguments.
      for (const a of doc.annotations) snapshotParts.annotations.push(a);
      for (const m of doc.memos) memos.push(m);
    }
  }
  // A case's variables (another tool's way to give a group of sources one value) land on
  // its member sources; a value the source has itself wins.
  const byId = new Map(documents.map((d) => [d.id, d]));
  for (const c of children(child(root, 'Cases'), 'Case'))
    for (const ref of children(c, 'SourceRef')) {
      const doc = byId.get(ids.id(attr(ref, 'targetGUID') ?? ''));
      if (doc) applyVariableValues(c, doc, variables, ids, skipped, doc.fileName, true);
    }
  const custom = [...variables.values()].flatMap((v) => (v.custom ? [v.custom] : []));

  const noteMemo = (id: string, targetType: Memo['targetType'], targetId: string | null): Memo | null => {
    const n = notes.get(id);
    if (!n || ctx.usedNotes.has(id)) return null;
    ctx.usedNotes.add(id);
    return {
      id,
      projectId,
      targetType,
      targetId,
      text: text(child(n, 'PlainTextContent')) || text(child(n, 'Description')),
      author: users.get(ids.id(attr(n, 'creatingUser') ?? '')) ?? '',
      createdAt: xsdDateTime(attr(n, 'creationDateTime')) ?? now,
      updatedAt: xsdDateTime(attr(n, 'modifiedDateTime')) ?? xsdDateTime(attr(n, 'creationDateTime')) ?? now,
    };
  };
  for (const [codeId, refs] of codeNoteRefs)
    for (const ref of refs) memos.push(...[noteMemo(ids.id(ref), 'code', codeId)].filter((m) => m !== null));
  for (const r of children(root, 'NoteRef'))
    memos.push(...[noteMemo(ids.id(attr(r, 'targetGUID') ?? ''), 'project', null)].filter((m) => m !== null));
  // Notes nobody points at are still the researcher's writing: keep them on the project.
  for (const id of notes.keys()) memos.push(...[noteMemo(id, 'project', null)].filter((m) => m !== null));

  for (const [part, [reason, key]] of Object.entries(PROJECT_PARTS_SKIPPED)) {
    const node = child(root, part);
    const count = node ? elementNames(node).reduce((n, k) => n + children(node, k).length, 0) : 0;
    if (count > 0) skipped.push({ what: `${count} ${part.toLowerCase()}`, reason, key, params: { count } });
  }

  const annotations: Annotation[] = snapshotParts.annotations;
  // Fazhi keeps a coder as the name on their codings and memos, not as a row of its own:
  // a user of the other tool with neither here would vanish, so they are listed as left out.
  const named = new Set([...annotations.map((a) => a.coder), ...memos.map((m) => m.author)]);
  for (const name of new Set(users.values()))
    if (name && !named.has(name))
      skipped.push({
        what: `user "${name}"`,
        reason: 'has no codings or memos in this file (coders are kept as names on their work)',
        key: 'user-unused',
        params: { name },
      });
  const createdAt = xsdDateTime(attr(root, 'creationDateTime')) ?? now;
  const snapshot: ProjectSnapshot = {
    project: {
      id: projectId,
      name: attr(root, 'name')?.trim() || fileName.replace(/\.[^.]*$/, ''),
      createdAt,
      updatedAt: xsdDateTime(attr(root, 'modifiedDateTime')) ?? createdAt,
    },
    documents,
    contents: snapshotParts.contents,
    files: snapshotParts.files,
    codes,
    annotations,
    memos,
    decisions: [],
    ...(custom.length > 0 ? { variables: custom } : {}),
  };
  return {
    ok: true,
    snapshot,
    report: {
      counts: {
        codes: codes.length,
        documents: documents.length,
        annotations: annotations.length,
        memos: memos.length,
      },
      skipped,
    },
  };
}
