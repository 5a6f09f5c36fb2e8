/**
 * Plans against measures: each plan item of a government's report for year t,
 * with the passages (sentences) of its report for year t+1's measures that most
 * resemble it, best first. The researcher decides; this only ranks.
 *
 * Offsets are code points into each document's stored text, end exclusive.
 */
import type { Span } from '../model/document';
import type { DocumentContent, DocumentRecord } from '../model/project';
import { categoryItems } from '../panel/items';
import { cellKey, indexPanel } from '../panel/panel';
import type { Government } from '../panel/government';
import { OffsetMap } from '../text/codepoints';
import { bigrams, cosine, idfOf, vectorOf } from './ngrams';

export interface Passage extends Span {
  text: string;
}

export interface PlanItem extends Passage {
  /** From 1, in the order of the report. */
  index: number;
  /** A numbered item, an 一是 item, or (when the plans are not numbered) a sentence. */
  kind: 'heading' | 'enumeration' | 'sentence';
}

export interface Candidate extends Passage {
  /** Cosine similarity of character-bigram TF-IDF vectors, 0–1, rounded to 4 places. */
  similarity: number;
}

export interface PlanMatch {
  plan: PlanItem;
  candidates: Candidate[];
}

type Content = Pick<DocumentContent, 'text' | 'simplified' | 'sections' | 'headings' | 'sentences' | 'paragraphs'>;

/** The plan items of a report: its numbered or 一是 items under plans, else the sentences of that section. */
export function planItems(content: Content): PlanItem[] {
  const map = new OffsetMap(content.text);
  const items = categoryItems(content, 'plans');
  if (items.length > 0) return items.map((i) => ({ ...i, text: map.slice(i.start, i.end) }));
  const bodies = content.sections
    .filter((s) => s.category === 'plans')
    .map((s) => ({ start: s.headingEnd, end: s.end }));
  return sentencesIn(content, map, bodies).map((p, i) => ({ ...p, index: i + 1, kind: 'sentence' }));
}

/**
 * The passages a plan may be matched to: the sentences of the measures sections,
 * or, when the report has no section labelled measures, of everything but its
 * shortcomings and plans (a report with thematic headings only).
 */
export function measurePassages(content: Content): Passage[] {
  const map = new OffsetMap(content.text);
  const measures = content.sections.filter((s) => s.category === 'measures');
  const spans = measures.length
    ? measures
    : content.sections.length
      ? content.sections.filter((s) => s.category !== 'plans' && s.category !== 'shortcomings')
      : [{ start: 0, end: map.cpCount }];
  return sentencesIn(content, map, spans);
}

function sentencesIn(content: Content, map: OffsetMap, spans: readonly Span[]): Passage[] {
  const out: Passage[] = [];
  for (const s of content.sentences) {
    if (!spans.some((b) => s.start >= b.start && s.end <= b.end)) continue;
    const text = map.slice(s.start, s.end);
    if (text.trim()) out.push({ start: s.start, end: s.end, text });
  }
  return out;
}

/** Ranks the measure passages of `next` for every plan item of `current`. */
export function pairPlans(current: Content, next: Content, top = 3): PlanMatch[] {
  const plans = planItems(current);
  const passages = measurePassages(next);
  if (!plans.length) return [];
  // Matching reads the simplified text where there is one: same offsets, one script.
  const planMap = new OffsetMap(current.simplified ?? current.text);
  const nextMap = new OffsetMap(next.simplified ?? next.text);
  const planCounts = plans.map((p) => bigrams(planMap.slice(p.start, p.end)));
  const passageCounts = passages.map((p) => bigrams(nextMap.slice(p.start, p.end)));
  const idf = idfOf([...planCounts, ...passageCounts]);
  const unseen = Math.log(1 + planCounts.length + passageCounts.length);
  const passageVectors = passageCounts.map((c) => vectorOf(c, idf, unseen));
  return plans.map((plan, i) => {
    const v = vectorOf(planCounts[i]!, idf, unseen);
    const scored = passages.map((p, j) => ({ ...p, similarity: cosine(v, passageVectors[j]!) }));
    scored.sort((a, b) => b.similarity - a.similarity || a.start - b.start);
    const candidates = scored
      .slice(0, top)
      .filter((c) => c.similarity > 0)
      .map((c) => ({ ...c, similarity: Math.round(c.similarity * 10000) / 10000 }));
    return { plan, candidates };
  });
}

export interface ReportPair {
  government: Government;
  /** The year whose plans are checked. */
  year: number;
  planDoc: DocumentRecord;
  measureDoc: DocumentRecord;
}

/** Every government with reports for consecutive years t and t+1 (copies counted once). */
export function consecutiveReports(
  documents: readonly DocumentRecord[],
  codingsByDoc?: ReadonlyMap<string, number>,
): ReportPair[] {
  const index = indexPanel(documents, codingsByDoc);
  const out: ReportPair[] = [];
  for (const government of index.governments) {
    for (const year of index.years) {
      const a = index.cells.get(cellKey(government.id, year));
      const b = index.cells.get(cellKey(government.id, year + 1));
      if (a && b) out.push({ government, year, planDoc: a.doc, measureDoc: b.doc });
    }
  }
  return out;
}
