/**
 * The gold test: every sample report imports to what test/corpus-gold.json says,
 * and the formats of one report give the same paragraphs (PDF: at least 99% of
 * characters in common, for layout losses).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../model/document';
import { importFile } from './index';

const root = new URL('../../../', import.meta.url);
const samples = new URL('resources/samples/', root);

interface Gold {
  files: string[];
  genre: string;
  title: string | null;
  reportYear: number;
  published: string | null;
  publisher: string | null;
  region: { province: string | null; city: string | null; county: string | null; code: string | null };
  script: string;
  sections: { heading: string; category: string }[];
  bodyStartsWith: string;
  bodyEndsWith: string;
  repeatedBlock: boolean;
}

const gold = JSON.parse(readFileSync(new URL('test/corpus-gold.json', root), 'utf8')) as Record<string, Gold | string>;
const reports = Object.entries(gold).filter((e): e is [string, Gold] => typeof e[1] !== 'string');

async function load(file: string): Promise<ParsedDocument> {
  const bytes = new Uint8Array(readFileSync(new URL(file, samples)));
  const result = await importFile(bytes, file);
  if (!result.ok) throw new Error(`${file}: ${result.error.code} ${result.error.message}`);
  return result.document;
}

const paragraphTexts = (d: ParsedDocument): string[] =>
  d.paragraphs.map((p) => [...d.text].slice(p.start, p.end).join(''));

/** Length of the longest common subsequence of two strings' code points. */
function lcs(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = new Uint32Array(y.length + 1);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

describe.each(reports)('%s', (_name, g) => {
  it.each(g.files)('%s imports to the gold metadata, sections and body', async (file) => {
    const d = await load(file);
    expect({
      title: d.title,
      genre: d.genre,
      reportYear: d.reportYear,
      published: d.published,
      publisher: d.publisher,
      region: d.region,
      script: d.script,
      sections: d.sections.map((s) => ({ heading: s.heading, category: s.category })),
    }).toEqual({
      title: g.title,
      genre: g.genre,
      reportYear: g.reportYear,
      published: g.published,
      publisher: g.publisher,
      region: g.region,
      script: g.script,
      sections: g.sections,
    });
    expect(d.text.startsWith(g.bodyStartsWith)).toBe(true);
    expect(d.text.endsWith(g.bodyEndsWith)).toBe(true);
    expect(d.warnings.some((w) => w.code === 'repeated-content')).toBe(g.repeatedBlock);
  });

  it('gives the same paragraphs in every format', async () => {
    const docs = await Promise.all(g.files.map(load));
    const reference = docs.find((d) => d.format === 'txt') ?? docs[0]!;
    const refParagraphs = paragraphTexts(reference);
    for (const d of docs) {
      if (d.format === 'pdf') {
        const common = lcs(reference.text, d.text);
        const total = Math.max([...reference.text].length, [...d.text].length);
        expect(common / total, `${d.fileName}: share of characters in common`).toBeGreaterThanOrEqual(0.99);
      } else {
        expect(paragraphTexts(d), d.fileName).toEqual(refParagraphs);
      }
    }
  });
});
