import { describe, expect, it } from 'vitest';
import { parseDate } from '../import/analyze/dates';
import { normaliseDocument } from '../backup/normalise';
import { VARIABLES } from '../exchange/variables';
import { blankMeta } from './document';
import type { DocumentRecord } from './project';
import { calendarDate, isCalendarDate, isYear, validateMetaPatch } from './metadata';

describe('the one date rule: a real calendar day, year 1949–2100', () => {
  it('refuses days a month does not have', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-31')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-00-10')).toBe(false);
  });
  it('wants YYYY-MM-DD exactly', () => {
    expect(isCalendarDate('2023-3-1')).toBe(false);
    expect(isCalendarDate('2023/03/01')).toBe(false);
    expect(isCalendarDate(' 2023-03-01')).toBe(false);
    expect(isCalendarDate(20230301)).toBe(false);
  });
  it('keeps the year in one range', () => {
    expect(isCalendarDate('1949-10-01')).toBe(true);
    expect(isCalendarDate('1948-12-31')).toBe(false);
    expect(isCalendarDate('2101-01-01')).toBe(false);
    expect(isYear(1949)).toBe(true);
    expect(isYear(2100)).toBe(true);
    expect(isYear(1948)).toBe(false);
    expect(isYear(2023.5)).toBe(false);
    expect(calendarDate(2023, 2, 16)).toBe('2023-02-16');
  });

  it('is the same rule for the importer, the editor, a backup and REFI variables', () => {
    // The importer used to store 2023-02-31 (which the editor refused) and to drop 1949–1989.
    expect(parseDate('2023年2月31日')).toBeNull();
    expect(parseDate('发布日期：2023年2月16日')).toBe('2023-02-16');
    expect(parseDate('1985-06-01')).toBe('1985-06-01');
    expect(validateMetaPatch({ published: '2023-02-31' }).ok).toBe(false);
    const restored = normaliseDocument(
      { id: 'd', published: '2023-02-31', documentDate: '2023-02-16', reportYear: 1066 },
      'p',
      '2024-01-01T00:00:00Z',
    );
    expect(restored).toMatchObject({ published: null, documentDate: '2023-02-16', reportYear: null });
    const published = VARIABLES.find((v) => v.name === 'published')!;
    const year = VARIABLES.find((v) => v.name === 'report_year')!;
    const doc = { ...blankMeta(), published: null } as DocumentRecord;
    expect(published.set(doc, '2023-02-31')).toBe(false);
    expect(published.set(doc, '2023-02-28T00:00:00Z')).toBe(true);
    expect(doc.published).toBe('2023-02-28');
    expect(year.set(doc, '1800')).toBe(false);
    expect(year.set(doc, '2023')).toBe(true);
  });
});

describe('validateMetaPatch', () => {
  it('accepts a good patch and normalises empty strings to null', () => {
    const r = validateMetaPatch({ reportYear: 2022, published: '2024-02-29', title: '  ', genre: 'news', level: null });
    expect(r).toEqual({
      ok: true,
      patch: { reportYear: 2022, published: '2024-02-29', title: null, genre: 'news', level: null },
    });
  });

  it('rejects impossible years, dates, enums and unknown region codes', () => {
    const r = validateMetaPatch(
      {
        reportYear: 2023.5,
        published: '2023-02-29',
        documentDate: '2023/01/01',
        genre: 'novel' as 'news',
        region: { province: '北京市', city: null, county: '朝阳区', code: '999999' },
      },
      { isRegionCode: (c) => c === '110105' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.field).sort()).toEqual([
        'documentDate',
        'genre',
        'published',
        'region',
        'reportYear',
      ]);
    expect(validateMetaPatch({ reportYear: 1948 }).ok).toBe(false);
    expect(validateMetaPatch({ reportYear: 2101 }).ok).toBe(false);
    expect(
      validateMetaPatch(
        { region: { province: '北京市', city: null, county: '朝阳区', code: '110105' } },
        { isRegionCode: (c) => c === '110105' },
      ).ok,
    ).toBe(true);
  });
});
