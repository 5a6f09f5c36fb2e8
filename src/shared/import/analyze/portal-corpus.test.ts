/**
 * The portal-page corpus: small pages in the shapes portals really serve (many
 * layouts, both scripts, every genre and level, ASCII and full-width punctuation,
 * wrapped titles, date widgets, breadcrumbs, footers), written for this project.
 * Each page imports to its expected metadata, and its stored text starts at the
 * body and ends at its last sentence.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../index';
import { compareToExpected, type Expected } from './expected';

const dir = new URL('./fixtures/portal/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected[];

describe('portal pages', () => {
  it('has a corpus of at least 60 pages covering every genre and level and both scripts', () => {
    expect(expected.length).toBeGreaterThanOrEqual(60);
    expect(new Set(expected.map((e) => e.genre))).toEqual(new Set(['report', 'news', 'other']));
    // Titles wrapped over two or three lines come as Word files and PDFs.
    expect(expected.filter((e) => /\.(docx|pdf)$/.test(e.file)).length).toBeGreaterThanOrEqual(12);
    for (const level of ['province', 'prefecture', 'county', 'township', 'department']) {
      expect(expected.some((e) => e.level === level)).toBe(true);
    }
  });

  it.each(expected.map((e) => [e.file, e] as const))(
    '%s imports to its expected metadata and text',
    async (file, e) => {
      const r = await importFile(new Uint8Array(readFileSync(new URL(file, dir))), file);
      if (!r.ok) throw new Error(r.error.message);
      const wrong = compareToExpected(r.document, e).filter((c) => !c.ok);
      expect(wrong).toEqual([]);
      // What was dropped from the page is kept for the user to see, and none of it is in the text.
      for (const line of r.document.removed ?? []) if (line.length >= 8) expect(r.document.text).not.toContain(line);
    },
  );
});
