import { describe, expect, it } from 'vitest';
import { cpLength, cpSlice } from '../text/codepoints';
import { loadPanelFixtures } from '../panel/fixtures.test-helper';
import { findSharedPassages } from './detect';
import { findProjectReuse, reuseTables } from './report';

const HEADING = '坚持以习近平法治思想为指导，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》';
const COPIED =
  '我县在𠵾口村建立“法律明白人”培养机制，每个村民小组选派两名群众骨干参加集中培训，由司法所逐户建立联系档案，形成了小事不出村、大事不出镇的调解格局。';

/** Filler sentences in which no two texts share a run of twelve characters. */
function filler(seed: number, sentences: number): string {
  const pool = '春夏秋冬东西南北山水林田湖草沙风雨雷电江河湖海日月星辰金木水火土';
  let x = seed;
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    let line = '';
    for (let i = 0; i < 18; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      line += pool[(x >>> 8) % pool.length];
    }
    out.push(`${line}。`);
  }
  return out.join('');
}

describe('copied passages', () => {
  const texts = [
    { id: 'a', text: `${HEADING}。\n${filler(1, 6)}\n${COPIED}\n${filler(2, 4)}` },
    // b copies a's paragraph with one character changed and punctuation in half-width forms.
    {
      id: 'b',
      text: `${HEADING}。\n𫫇${filler(3, 5)}\n${COPIED.replace('两名', '三名').replace(/，/g, ',')}\n${filler(4, 3)}`,
    },
    { id: 'c', text: `${HEADING}。\n${filler(5, 8)}` },
    { id: 'd', text: `${HEADING}。\n${filler(6, 8)}` },
  ];

  it('finds an inserted copied paragraph, with code point offsets, and ignores the quoted outline heading', () => {
    const r = findSharedPassages(texts, { minChars: 20, maxReports: 2 });
    expect(r.passages).toHaveLength(1);
    const p = r.passages[0]!;
    expect([p.a, p.b]).toEqual(['a', 'b']);
    expect(cpSlice(texts[0]!.text, p.aStart, p.aEnd)).toBe(COPIED.slice(0, -1));
    // b's offsets are code points: 𫫇 before the paragraph counts as one.
    const bText = cpSlice(texts[1]!.text, p.bStart, p.bEnd);
    expect(bText.startsWith('我县在𠵾口村')).toBe(true);
    expect(bText).toContain('三名');
    expect(p.bStart).toBe(cpLength(texts[1]!.text.slice(0, texts[1]!.text.indexOf('我县'))));
    expect(p.bStart).not.toBe(texts[1]!.text.indexOf('我县'));
    // Shares: a's and b's copied paragraph, nothing for c and d.
    expect(r.covered.get('a')).toBe(p.chars);
    expect(r.covered.has('c')).toBe(false);
    expect(r.sharedWith.get('b')?.get('a')).toBeGreaterThan(60);
  });

  it('reports the heading once the boilerplate threshold lets it through', () => {
    const r = findSharedPassages(texts, { minChars: 20, maxReports: 4 });
    const headings = r.passages.filter((p) =>
      cpSlice(texts.find((t) => t.id === p.a)!.text, p.aStart, p.aEnd).startsWith('坚持以习近平'),
    );
    expect(headings.length).toBe(6); // every two of the four texts
  });

  it('leaves out passages shorter than the minimum', () => {
    expect(findSharedPassages(texts, { minChars: 200, maxReports: 2 }).passages).toEqual([]);
  });

  it('finds the paragraph 富阳区 copied from 临安区 and not the reports’ own copies', async () => {
    const docs = await loadPanelFixtures();
    const copy = { ...docs[1]!.record, id: 'copy', copyOf: docs[1]!.record.id };
    const documents = [...docs.map((d) => d.record), copy];
    const contents = new Map([...docs.map((d) => [d.record.id, d.content] as const), ['copy', docs[1]!.content]]);
    const result = findProjectReuse(documents, contents, { minChars: 50 });
    const tables = reuseTables(result, documents, contents);
    expect(tables.pairs.rows.map((r) => [r.file_a, r.file_b, r.same_government])).toEqual([
      ['linan-2023.txt', 'fuyang-2023.txt', 0],
    ]);
    const row = tables.pairs.rows[0]!;
    expect(String(row.text_a)).toMatch(/^我区探索建立“法治体检”服务机制/);
    expect(String(row.text_b)).toContain('二百余份');
    const text = docs[2]!.content.text;
    expect(cpSlice(text, Number(row.start_b), Number(row.end_b))).toBe(row.text_b);
    const share = tables.shares.rows.find((r) => r.file_name === 'fuyang-2023.txt')!;
    expect(Number(share.share_found_elsewhere)).toBeGreaterThan(0.2);
    expect(share.found_in).toMatch(/^linan-2023\.txt \(\d+\)$/);
    expect(tables.shares.rows.find((r) => r.file_name === 'linan-2022.txt')!.chars_found_elsewhere).toBe(0);
  });
});
