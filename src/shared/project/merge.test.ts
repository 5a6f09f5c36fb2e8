/**
 * Merging coders' files back into a project (issue #12; also the merge of two
 * snapshots that sync relies on, issue #10): same documents, codes by id or path,
 * codings never duplicated, a repeated merge changes nothing, nothing dropped
 * without being listed.
 */
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../backup/fresh-ids';
import { cpRange, sampleSnapshot, TEXT_A, TEXT_B } from '../export/fixtures/sample-snapshot';
import type { Annotation, ProjectSnapshot } from '../model/project';
import { coderPackage } from './coder-package';
import { applyMerge, mergeAll, mergeSnapshot } from './merge';

const NOW = '2025-05-01T00:00:00.000Z';
let next = 0;
const newId = (): string => `fresh-${++next}`;

/** A coding by `coder` of `quote` in the document holding `text`, in snapshot `s`. */
function coding(s: ProjectSnapshot, text: string, quote: string, codeName: string, coder: string): Annotation {
  const doc = s.contents.find((c) => c.text === text)!.docId;
  const code = s.codes.find((c) => c.name === codeName)!;
  return {
    id: newId(),
    projectId: s.project.id,
    docId: doc,
    codeId: code.id,
    ...cpRange(text, quote),
    quote,
    memo: '',
    coder,
    origin: 'manual',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const merge = (base: ProjectSnapshot, incoming: ProjectSnapshot, fileName = 'coder.fazhi') => {
  const r = mergeSnapshot(base, incoming, { fileName });
  return { ...r, snapshot: applyMerge(base, r.changes, NOW) };
};

describe('mergeSnapshot', () => {
  it('adds a coder’s new codings to the same documents and codes (matched by id)', () => {
    const base = sampleSnapshot();
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    expect(pkg.annotations).toEqual([]);
    expect(pkg.documents.map((d) => d.id)).toEqual(base.documents.map((d) => d.id));
    pkg.annotations.push(coding(pkg, TEXT_A, '依法查处违法行为', '主要举措和成效', 'wang'));
    pkg.annotations.push(coding(pkg, TEXT_B, '推進嚴格規範', '行政执法', 'wang'));
    const { snapshot, report } = merge(base, pkg);
    expect(report.documents).toMatchObject({ matchedById: 2, added: [], notInFile: [] });
    expect(report.codes).toMatchObject({ matchedById: 3, added: [] });
    expect(report.annotations).toEqual({ added: 2, alreadyPresent: 0, updated: 0 });
    expect(report.unmatched).toEqual([]);
    expect(snapshot.annotations).toHaveLength(base.annotations.length + 2);
    expect(snapshot.documents).toHaveLength(2);
    expect(snapshot.codes).toHaveLength(3);
    const added = snapshot.annotations.filter((a) => a.coder === 'wang');
    expect(added.map((a) => a.quote)).toEqual(['依法查处违法行为', '推進嚴格規範']);
  });

  it('keeps what it does not merge (plan decisions, document variables) as the project had it', () => {
    const variable = {
      id: 'v1',
      projectId: 'p',
      name: '评分',
      type: 'number' as const,
      order: 0,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const base = { ...sampleSnapshot(), planLinks: [], variables: [variable] };
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    expect(merge(base, pkg).snapshot.variables).toEqual(base.variables);
  });

  it('merging the same file twice changes nothing the second time', () => {
    const base = sampleSnapshot();
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    pkg.annotations.push(coding(pkg, TEXT_A, '开展执法检查', '行政执法', 'wang'));
    const once = merge(base, pkg).snapshot;
    const twice = merge(once, pkg);
    expect(twice.report.annotations).toEqual({ added: 0, alreadyPresent: 1, updated: 0 });
    expect(twice.changes).toMatchObject({
      documents: [],
      codes: [],
      annotations: [],
      memos: [],
      updatedAnnotations: [],
    });
    expect({ ...twice.snapshot, project: null }).toEqual({ ...once, project: null });
  });

  it('matches documents by text and codes by path when the file’s ids are all different', () => {
    const base = sampleSnapshot();
    // A coder who restored the project as a copy: every id is new, the texts and names are the same.
    const copy = withFreshIds(base, newId);
    copy.annotations.push(coding(copy, TEXT_A, '依法查处违法行为', '存在的不足', 'li'));
    const { snapshot, report } = merge(base, copy);
    expect(report.documents).toMatchObject({ matchedById: 0, matchedByText: 2 });
    expect(report.codes).toMatchObject({ matchedById: 0, matchedByPath: 3, added: [] });
    // The sample's own five codings are the same codings again: not duplicated.
    expect(report.annotations).toEqual({ added: 1, alreadyPresent: 5, updated: 0 });
    const added = snapshot.annotations.at(-1)!;
    expect(added.codeId).toBe(base.codes.find((c) => c.name === '存在的不足')!.id);
    expect(added.docId).toBe(base.documents[0]!.id);
    expect(added.projectId).toBe(base.project.id);
  });

  it('adds a code made apart under its matched parent and lists it', () => {
    const base = sampleSnapshot();
    const copy = withFreshIds(base, newId);
    const parent = copy.codes.find((c) => c.name === '主要举措和成效')!;
    copy.codes.push({ ...parent, id: 'new-code', parentId: parent.id, name: '复议应诉', shortcut: null });
    copy.annotations.push(coding(copy, TEXT_A, '全年办理案件', '复议应诉', 'li'));
    const { snapshot, report } = merge(base, copy);
    expect(report.codes.added).toEqual(['measures/复议应诉']);
    const added = snapshot.codes.find((c) => c.name === '复议应诉')!;
    expect(added.parentId).toBe(base.codes.find((c) => c.name === '主要举措和成效')!.id);
    expect(snapshot.annotations.at(-1)!.codeId).toBe(added.id);
  });

  it('a document one coder deleted: the project keeps it and its codings; the other coder’s codings on it arrive', () => {
    const base = sampleSnapshot();
    const docB = base.documents[1]!.id;
    const deleted = coderPackage(base, { coder: 'wang', blind: true });
    deleted.documents = deleted.documents.filter((d) => d.id !== docB);
    deleted.contents = deleted.contents.filter((c) => c.docId !== docB);
    deleted.files = deleted.files.filter((f) => f.docId !== docB);
    deleted.annotations.push(coding(deleted, TEXT_A, '开展执法检查', '行政执法', 'wang'));
    const other = coderPackage(base, { coder: 'li', blind: true });
    other.annotations.push(coding(other, TEXT_B, '公正文明執法', '行政执法', 'li'));
    const { snapshot, reports } = mergeAll(
      base,
      [
        { snapshot: deleted, options: { fileName: 'wang.fazhi' } },
        { snapshot: other, options: { fileName: 'li.fazhi' } },
      ],
      NOW,
    );
    expect(reports[0]!.documents.notInFile).toEqual([base.documents[1]!.title ?? base.documents[1]!.fileName]);
    expect(snapshot.documents.map((d) => d.id)).toContain(docB);
    expect(snapshot.annotations.filter((a) => a.docId === docB).map((a) => a.coder)).toEqual(['coder-a', 'li']);
    expect(reports[1]!.annotations.added).toBe(1);
  });

  it('a document the project no longer has comes back with the codings on it, and is listed', () => {
    const base = sampleSnapshot();
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    pkg.annotations.push(coding(pkg, TEXT_B, '推進嚴格', '行政执法', 'wang'));
    const docB = base.documents[1]!.id;
    const lead = { ...base, documents: base.documents.filter((d) => d.id !== docB) };
    lead.contents = base.contents.filter((c) => c.docId !== docB);
    lead.annotations = base.annotations.filter((a) => a.docId !== docB);
    const { snapshot, report } = merge(lead, pkg);
    expect(report.documents.added).toEqual([base.documents[1]!.title ?? base.documents[1]!.fileName]);
    expect(snapshot.annotations.filter((a) => a.docId === docB)).toHaveLength(1);
  });

  it('lists, with the reason, codings it cannot place; merges the rest', () => {
    const base = sampleSnapshot();
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    const good = coding(pkg, TEXT_A, '开展执法检查', '行政执法', 'wang');
    const outside = { ...good, id: newId(), start: 5, end: 10_000 };
    const noCode = { ...good, id: newId(), codeId: 'no-such-code' };
    pkg.annotations.push(good, outside, noCode);
    // The coder's copy of document B was edited: same id, different text.
    pkg.contents = pkg.contents.map((c) => (c.text === TEXT_B ? { ...c, text: `${TEXT_B}补充。` } : c));
    pkg.annotations.push(coding(pkg, `${TEXT_B}补充。`, '补充', '行政执法', 'wang'));
    const { report } = merge(base, pkg);
    expect(report.annotations.added).toBe(1);
    expect(report.unmatched.map((u) => u.reason)).toEqual([
      expect.stringMatching(/same id but a different text/),
      expect.stringMatching(/outside the document/),
      expect.stringMatching(/code is not in the file/),
      expect.stringMatching(/document could not be matched/),
    ]);
  });

  it('takes a coding the file holds in a newer version, and keeps the project’s when the file’s is older', () => {
    const base = sampleSnapshot();
    const pkg = structuredClone(base);
    pkg.annotations[0] = { ...pkg.annotations[0]!, memo: '改过的备注', updatedAt: '2030-01-01T00:00:00.000Z' };
    pkg.annotations[1] = { ...pkg.annotations[1]!, memo: '旧的', updatedAt: '2000-01-01T00:00:00.000Z' };
    const { snapshot, report } = merge(base, pkg);
    expect(report.annotations).toEqual({ added: 0, alreadyPresent: 4, updated: 1 });
    expect(snapshot.annotations[0]!.memo).toBe('改过的备注');
    expect(snapshot.annotations[1]!.memo).toBe(base.annotations[1]!.memo);
  });

  it('names codings without a coder after the file when asked', () => {
    const base = sampleSnapshot();
    const pkg = coderPackage(base, { coder: null, blind: true });
    pkg.annotations.push(coding(pkg, TEXT_A, '开展执法检查', '行政执法', ''));
    const r = mergeSnapshot(base, pkg, { fileName: 'zhao.qdpx', coderForUnnamed: 'zhao' });
    expect(r.changes.annotations.map((a) => a.coder)).toEqual(['zhao']);
  });
});

describe('coderPackage', () => {
  it('keeps every id; blind, it keeps only the coder’s own codings and the codebook memos', () => {
    const base = sampleSnapshot();
    const p = coderPackage(base, { coder: 'coder-b', blind: true });
    expect(p.codes.map((c) => c.id)).toEqual(base.codes.map((c) => c.id));
    expect(p.annotations.map((a) => a.coder)).toEqual(['coder-b']);
    expect(p.memos.every((m) => m.targetType !== 'document')).toBe(true);
    expect(p.project.name).toBe(`${base.project.name} · coder-b`);
    expect(coderPackage(base, { coder: 'coder-b', blind: false }).annotations).toHaveLength(5);
  });
});
