/**
 * Merging what a coder's file holds besides codings (issue #12): document
 * variables and their values, memos, plan decisions and rejected suggestions —
 * matched like documents and codes, conflicts listed with the project's kept,
 * nothing dropped without being listed, a repeated merge adds nothing.
 */
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../backup/fresh-ids';
import { sampleSnapshot } from '../export/fixtures/sample-snapshot';
import type { CustomVariable, ProjectSnapshot } from '../model/project';
import { planLinkId, type PlanLink } from '../plans/links';
import { coderPackage } from './coder-package';
import { applyMerge, mergeSnapshot } from './merge';

const NOW = '2025-05-01T00:00:00.000Z';
let next = 0;
const newId = (): string => `fresh-${++next}`;

const variable = (id: string, name: string, type: CustomVariable['type'], order = 0): CustomVariable => ({
  id,
  projectId: 'p',
  name,
  type,
  order,
  createdAt: NOW,
  updatedAt: NOW,
});

const merge = (base: ProjectSnapshot, incoming: ProjectSnapshot) => {
  const r = mergeSnapshot(base, incoming, { fileName: 'coder.fazhi' });
  return { ...r, snapshot: applyMerge(base, r.changes, NOW) };
};

/** The project: a number variable "评分" with a value on the second report only. */
function project(): ProjectSnapshot {
  const s = sampleSnapshot();
  const [a, b] = s.documents;
  return {
    ...s,
    variables: [variable('v-score', '评分', 'number')],
    documents: [a!, { ...b!, customValues: { 'v-score': 3 } }],
  };
}

describe('merging variables, memos and decisions', () => {
  it('brings in a coder’s variable values and new variables; a differing value is a conflict, the project’s kept', () => {
    const base = project();
    const pkg = coderPackage(base, { coder: 'wang', blind: true });
    const [a, b] = pkg.documents;
    pkg.variables = [...pkg.variables!, variable('v-open', '是否公开', 'boolean', 1)];
    pkg.documents = [
      { ...a!, customValues: { 'v-score': 5, 'v-open': true } },
      { ...b!, customValues: { 'v-score': 4, 'v-open': false } },
    ];
    const { snapshot, report } = merge(base, pkg);
    expect(report.variables).toEqual({ matchedById: 1, matchedByName: 0, added: ['是否公开'] });
    expect(report.values).toEqual({ added: 3, alreadyPresent: 0 });
    expect(snapshot.variables!.map((v) => [v.name, v.order, v.projectId])).toEqual([
      ['评分', 0, 'p'],
      ['是否公开', 1, base.project.id],
    ]);
    expect(snapshot.documents[0]!.customValues).toEqual({ 'v-score': 5, 'v-open': true });
    expect(snapshot.documents[1]!.customValues).toEqual({ 'v-score': 3, 'v-open': false });
    expect(report.unmatched).toEqual([
      {
        what: `variable "评分" of "${b!.title}"`,
        reason: 'the project has 3, the file 4; the project’s value was kept',
      },
    ]);
    // The same file again: every value is there (the conflict stays listed), nothing new.
    const again = merge(snapshot, pkg);
    expect(again.report.values).toEqual({ added: 0, alreadyPresent: 3 });
    expect(again.report.variables.added).toEqual([]);
    expect(again.changes.updatedDocuments).toEqual([]);
    expect(again.report.unmatched).toHaveLength(1);
  });

  it('matches a variable made apart by its name; one of another type is listed and its values left out', () => {
    const base = project();
    const pkg = withFreshIds(coderPackage(base, { coder: 'wang', blind: true }), newId);
    const score = pkg.variables![0]!;
    pkg.variables = [score, variable('v-level', '评分等级', 'text', 1)];
    pkg.documents = pkg.documents.map((d, i) => ({ ...d, customValues: { [score.id]: 7 + i, 'v-level': '高' } }));
    const withText = { ...base, variables: [...base.variables!, variable('v-lvl', '评分等级', 'number', 1)] };
    const { snapshot, report } = merge(withText, pkg);
    expect(report.variables).toEqual({ matchedById: 0, matchedByName: 1, added: [] });
    expect(snapshot.documents[0]!.customValues).toEqual({ 'v-score': 7 });
    expect(report.unmatched.map((p) => p.what)).toEqual([
      'variable "评分等级"',
      `variable "评分" of "${base.documents[1]!.title}"`,
    ]);
    expect(report.unmatched[0]!.reason).toBe(
      'it is text in the file and number in the project; its values were not merged',
    );
  });

  it('adds a coder’s memo on a document; an edited memo is listed with its text, the project’s kept', () => {
    const base = project();
    const pkg = coderPackage(base, { coder: 'wang', blind: false });
    const docB = base.documents[1]!.id;
    pkg.memos = pkg.memos.map((m) => (m.targetType === 'document' ? { ...m, text: '改写的备忘' } : m));
    pkg.memos.push({
      ...pkg.memos[0]!,
      id: 'memo-b',
      targetType: 'document',
      targetId: docB,
      text: '繁体报告',
      author: 'wang',
    });
    const { snapshot, report } = merge(base, pkg);
    expect(report.memos).toEqual({ added: 1, alreadyPresent: 2 });
    expect(snapshot.memos.find((m) => m.targetId === docB)!.text).toBe('繁体报告');
    expect(snapshot.memos.find((m) => m.targetId === base.documents[0]!.id)!.text).toBe('此报告缺少第一责任人部分');
    expect(report.unmatched).toEqual([
      {
        what: 'memo by "coder-a" (“改写的备忘”)',
        reason:
          'the project’s memo on this document says otherwise (“此报告缺少第一责任人部分”); the project’s was kept',
      },
    ]);
    expect(merge(snapshot, pkg).report.memos.added).toBe(0);
  });

  it('brings in plan decisions on the project’s reports (ids follow the documents); a different one is a conflict', () => {
    const base = project();
    const [a, b] = base.documents;
    const link = (planDocId: string, measureDocId: string, decision: PlanLink['decision'], start = 0): PlanLink => ({
      id: planLinkId(planDocId, start, start + 4),
      projectId: base.project.id,
      planDocId,
      planStart: start,
      planEnd: start + 4,
      measureDocId,
      measureStart: 2,
      measureEnd: 6,
      similarity: 0.5,
      decision,
      coder: 'wang',
      decidedAt: NOW,
    });
    const withLink = { ...base, planLinks: [link(a!.id, b!.id, 'confirmed', 10)] };
    const coder = structuredClone(withLink);
    coder.planLinks = [link(a!.id, b!.id, 'rejected', 10), link(a!.id, b!.id, 'confirmed', 20)];
    // Made apart: every id differs, the documents match by their text.
    const pkg = withFreshIds(coder, newId);
    const { snapshot, report } = merge(withLink, pkg);
    expect(report.planLinks).toEqual({ added: 1, alreadyPresent: 0 });
    expect(snapshot.planLinks!.map((l) => [l.id, l.decision, l.measureDocId])).toEqual([
      [planLinkId(a!.id, 10, 14), 'confirmed', b!.id],
      [planLinkId(a!.id, 20, 24), 'confirmed', b!.id],
    ]);
    expect(report.unmatched.map((p) => p.reason)).toEqual([
      'the project decided this plan item otherwise (confirmed by "wang"); the project’s was kept',
    ]);
    expect(merge(snapshot, pkg).report.planLinks).toEqual({ added: 0, alreadyPresent: 1 });
  });

  it('lists a rejected suggestion whose document is not in the project', () => {
    const base = project();
    const pkg = coderPackage(base, { coder: null, blind: false });
    pkg.decisions = [{ ...pkg.decisions[0]!, docId: 'gone' }];
    expect(merge(base, pkg).report.unmatched).toEqual([
      { what: 'rejected suggestion in "gone" [0, 5)', reason: 'its document could not be matched' },
    ]);
  });
});
