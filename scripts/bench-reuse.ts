/**
 * Copied passages and plan pairing benchmark. Reuse: 3,000 synthetic reports of
 * 20,000 characters (random CJK text, a boilerplate formula in every one, and two
 * passages of 200–500 characters copied from an earlier report with a character
 * changed), target ≤ 60 s, with the progress the app shows; prints how many of
 * the copied passages were found. Plans: the plan items of one ~20,000-character
 * report against the measures of the next year's, target ≤ 1 s.
 */
import { findSharedPassages, type ReuseText } from '../src/shared/reuse/detect';
import { pairPlans } from '../src/shared/plans/pair';
import type { Section, Span } from '../src/shared/model/document';
import type { DocumentContent } from '../src/shared/model/project';

const REPORTS = 3000;
const CHARS = 20_000;
const FORMULA = '坚持以习近平法治思想为指导，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，全面推进依法行政。';

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function randomText(next: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    out.push(next() < 0.05 ? (next() < 0.5 ? '，' : '。\n') : String.fromCharCode(0x4e00 + Math.floor(next() * 6000)));
  }
  return out.join('');
}

function corpus(): { texts: ReuseText[]; copies: { from: number; to: number }[] } {
  const next = rng(42);
  const bodies: string[] = [];
  const copies: { from: number; to: number }[] = [];
  for (let d = 0; d < REPORTS; d++) {
    let body = FORMULA + randomText(next, CHARS - FORMULA.length - 1000);
    if (d > 0) {
      for (let c = 0; c < 2; c++) {
        const from = Math.floor(next() * d);
        const src = bodies[from]!;
        const len = 200 + Math.floor(next() * 300);
        const at = 200 + Math.floor(next() * (src.length - len - 400));
        const piece = src.slice(at, at + len);
        const edit = Math.floor(len / 2);
        const changed = piece.slice(0, edit) + '变' + piece.slice(edit + 1);
        const insertAt = Math.floor(next() * body.length);
        body = `${body.slice(0, insertAt)}\n${changed}\n${body.slice(insertAt)}`;
        copies.push({ from, to: d });
      }
    }
    bodies.push(body);
  }
  return { texts: bodies.map((text, i) => ({ id: `r${i}`, text })), copies };
}

function benchReuse(): void {
  const t0 = performance.now();
  const { texts, copies } = corpus();
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  console.log(
    `reuse: ${texts.length} reports, ${(chars / 1e6).toFixed(1)} M characters (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  const start = performance.now();
  let lastPhase = '';
  let lastShown = 0;
  const result = findSharedPassages(texts, {
    minChars: 50,
    onProgress: (p) => {
      const now = performance.now();
      if (p.phase !== lastPhase || now - lastShown > 5000 || p.done === p.total) {
        console.log(`  progress ${p.phase} ${p.done}/${p.total} at ${((now - start) / 1000).toFixed(1)} s`);
        lastPhase = p.phase;
        lastShown = now;
      }
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const found = new Set(result.passages.map((p) => `${p.a}>${p.b}`));
  const recalled = copies.filter((c) => found.has(`r${c.from}>r${c.to}`) || found.has(`r${c.to}>r${c.from}`)).length;
  const boilerplate = result.passages.filter((p) => p.aStart === 0 && p.bStart === 0).length;
  console.log(
    `reuse: ${seconds.toFixed(1)} s (target ≤ 60 s) · ${result.passages.length} passages · ${recalled}/${copies.length} copied passages found · ${boilerplate} formula matches reported (boilerplate threshold ${result.maxReports} reports)`,
  );
}

function report(next: () => number, year: number, planTexts: string[], measureTexts: string[]): DocumentContent {
  const parts: string[] = [];
  const sentences: Span[] = [];
  const headings: DocumentContent['headings'] = [];
  const sections: Section[] = [];
  let at = 0;
  const push = (s: string, sentence: boolean): Span => {
    const span = { start: at, end: at + [...s].length };
    parts.push(s, '\n');
    at = span.end + 1;
    if (sentence) sentences.push(span);
    return span;
  };
  const section = (heading: string, category: Section['category'], body: () => void): void => {
    const h = push(heading, false);
    headings.push({ ...h, text: heading, level: 1 });
    body();
    sections.push({ start: h.start, end: at, heading, category, level: 1, headingEnd: h.end });
  };
  section('一、主要举措和成效', 'measures', () => {
    for (let i = 0; i < 600; i++) push(measureTexts[i % measureTexts.length] ?? randomText(next, 30), true);
  });
  section(`二、${year + 1}年工作安排`, 'plans', () => {
    planTexts.forEach((p, i) => {
      const span = push(`${i + 1}.${p}`, true);
      headings.push({ ...span, text: `${i + 1}.${p}`, level: 3 });
    });
  });
  const text = parts.join('');
  return { docId: `y${year}`, text, simplified: null, headings, sections, paragraphs: sentences, sentences };
}

function benchPlans(): void {
  const next = rng(7);
  const plans = Array.from({ length: 12 }, () => randomText(next, 40).replace(/[，。\n]/g, ''));
  const measures = Array.from({ length: 600 }, (_, i) =>
    i % 50 === 0 ? `${plans[i / 50]!.slice(5, 30)}取得成效。` : randomText(next, 30),
  );
  const current = report(
    next,
    2022,
    plans,
    Array.from({ length: 600 }, () => randomText(next, 30)),
  );
  const following = report(next, 2023, plans, measures);
  const start = performance.now();
  const matches = pairPlans(current, following);
  const seconds = (performance.now() - start) / 1000;
  const right = matches.filter((m, i) => m.candidates[0]?.text.startsWith(plans[i]!.slice(5, 15))).length;
  console.log(
    `plans: ${matches.length} plan items × ${following.sentences.length} sentences (${([...following.text].length / 1000).toFixed(0)}k characters) in ${seconds.toFixed(3)} s (target ≤ 1 s) · right passage first for ${right}/${matches.length}`,
  );
}

export async function run(): Promise<void> {
  benchPlans();
  benchReuse();
  await Promise.resolve();
}
