import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/model/document';
import {
  chooseDivision,
  draftFromMeta,
  isDirty,
  patchFromDraft,
  validateDate,
  validateDraft,
} from './metadata-validation';

const meta: DocumentMeta = {
  title: '杭州市人民政府2023年法治政府建设年度报告',
  publisher: '杭州市司法局',
  published: '2024-03-28',
  documentDate: null,
  indexNumber: '002489439/2024-00123',
  reportYear: 2023,
  region: { province: '浙江省', city: '杭州市', county: null, code: '330100' },
  level: 'prefecture',
  genre: 'report',
  script: 'simplified',
};

describe('validateDraft', () => {
  it('accepts the stored metadata as it is', () => {
    expect(validateDraft(draftFromMeta(meta))).toEqual({});
  });

  it('wants a whole year between 1949 and 2100', () => {
    const d = draftFromMeta(meta);
    expect(validateDraft({ ...d, reportYear: '2023.5' }).reportYear).toBe('year-format');
    expect(validateDraft({ ...d, reportYear: '二〇二三' }).reportYear).toBe('year-format');
    expect(validateDraft({ ...d, reportYear: '1948' }).reportYear).toBe('year-range');
    expect(validateDraft({ ...d, reportYear: '2101' }).reportYear).toBe('year-range');
    expect(validateDraft({ ...d, reportYear: '1949' }).reportYear).toBeUndefined();
    expect(validateDraft({ ...d, reportYear: '' }).reportYear).toBeUndefined();
  });

  it('wants real dates written YYYY-MM-DD', () => {
    expect(validateDate('2024-02-29')).toBeNull();
    expect(validateDate('2023-02-29')).toBe('date-invalid');
    expect(validateDate('2023-13-01')).toBe('date-invalid');
    expect(validateDate('2023/03/01')).toBe('date-format');
    expect(validateDate('2023-3-1')).toBe('date-format');
    const d = draftFromMeta(meta);
    expect(validateDraft({ ...d, documentDate: '2024-04-31' }).documentDate).toBe('date-invalid');
  });

  it('refuses a region code that is not a division', () => {
    const d = draftFromMeta(meta);
    expect(validateDraft({ ...d, region: { ...d.region, code: '999999' } }).region).toBe('region-unknown');
  });
});

describe('choosing a division', () => {
  it('fills province, city, county and code from the division path', () => {
    const d = chooseDivision(draftFromMeta({ ...meta, level: null }), '330113');
    expect(d.region).toEqual({ province: '浙江省', city: '杭州市', county: '临平区', code: '330113' });
    expect(d.level).toBe('county');
  });

  it('takes the level of the division picked (a district after a province)', () => {
    const d = chooseDivision(draftFromMeta({ ...meta, level: 'province' }), '330113');
    expect(d.level).toBe('county');
  });

  it("keeps a department's level (a department reports for its government)", () => {
    const d = chooseDivision(draftFromMeta({ ...meta, level: 'department' }), '110105');
    expect(d.region).toEqual({ province: '北京市', city: null, county: '朝阳区', code: '110105' });
    expect(d.level).toBe('department');
  });
});

describe('patchFromDraft', () => {
  it('is empty when nothing changed', () => {
    expect(patchFromDraft(meta, draftFromMeta(meta))).toEqual({});
    expect(isDirty(meta, draftFromMeta(meta))).toBe(false);
  });

  it('holds only the changed fields, typed', () => {
    const d = { ...draftFromMeta(meta), reportYear: ' 2022 ', publisher: '  ', genre: 'news' as const };
    expect(patchFromDraft(meta, d)).toEqual({ reportYear: 2022, publisher: null, genre: 'news' });
  });

  it('carries a cleared region', () => {
    const d = { ...draftFromMeta(meta), region: { province: null, city: null, county: null, code: null } };
    expect(patchFromDraft(meta, d)).toEqual({ region: { province: null, city: null, county: null, code: null } });
  });
});
