import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/document';
import { CODEBOOK_TEMPLATES, buildCodebook, isCodebookTemplateId } from './templates';

function ids(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('buildCodebook', () => {
  it('gives the five prescribed categories, in order, with shortcuts 1–5 and both languages', () => {
    const codes = buildCodebook('none', 'p1', '2024-01-01T00:00:00.000Z', ids());
    expect(codes.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(codes.map((c) => c.shortcut)).toEqual(['1', '2', '3', '4', '5']);
    expect(codes.map((c) => c.name)).toEqual([
      '主要举措和成效',
      '存在的不足和原因',
      '第一责任人职责履行情况',
      '下一年度主要安排',
      '其他需要报告的情况',
    ]);
    expect(codes[4]!.nameEn).toBe('Other matters');
    for (const c of codes) {
      expect(c.parentId).toBeNull();
      expect(c.projectId).toBe('p1');
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.descriptionEn?.length).toBeGreaterThan(0);
      expect(c.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(codes.map((c) => c.color)).size).toBe(5);
  });

  it('puts the 2021 outline areas under measures', () => {
    const codes = buildCodebook('outline-2021', 'p1', 'now', ids());
    const measures = codes.find((c) => c.category === 'measures')!;
    const subs = codes.filter((c) => c.parentId === measures.id);
    expect(subs).toHaveLength(9);
    expect(subs.map((c) => c.name)).toContain('行政执法工作体系');
    expect(subs.map((c) => c.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(subs.every((c) => c.shortcut === null && c.category === null)).toBe(true);
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
  });

  it('puts the seven 2015 outline tasks under measures', () => {
    const codes = buildCodebook('outline-2015', 'p1', 'now', ids());
    const subs = codes.filter((c) => c.parentId !== null);
    expect(subs.map((c) => c.name)).toEqual([
      '依法全面履行政府职能',
      '完善依法行政制度体系',
      '推进行政决策科学化、民主化、法治化',
      '坚持严格规范公正文明执法',
      '强化对行政权力的制约和监督',
      '依法有效化解社会矛盾纠纷',
      '全面提高政府工作人员法治思维和依法行政能力',
    ]);
  });

  it('lists every template with names in both languages', () => {
    expect(CODEBOOK_TEMPLATES.map((t) => t.id)).toEqual(['outline-2021', 'outline-2015', 'none']);
    expect(CODEBOOK_TEMPLATES.every((t) => t.name.zh && t.name.en)).toBe(true);
    expect(isCodebookTemplateId('outline-2015')).toBe(true);
    expect(isCodebookTemplateId('outline-1999')).toBe(false);
  });
});
