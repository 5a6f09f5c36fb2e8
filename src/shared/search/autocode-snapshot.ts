/**
 * Autocoding a whole project snapshot (the CLI's `fazhi autocode`, and tests):
 * search, plan, and the new annotations with origin 'auto' and their query.
 */
import type { Annotation, Code, ProjectSnapshot } from '../model/project';
import { OffsetMap } from '../text/codepoints';
import { planAutocode, type AutocodeOptions, type AutocodePlan } from './autocode';
import { searchText } from './match';
import type { CompiledQuery } from './query';

/**
 * The code a path names: names from the root joined by '/', where each name may
 * be the Chinese name, the English name or a category key (as exports write them:
 * `measures/行政执法工作体系`), or the code's id.
 */
export function findCodeByPath(codes: readonly Code[], path: string): Code | null {
  const byId = codes.find((c) => c.id === path);
  if (byId) return byId;
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  let parent: string | null = null;
  let found: Code | null = null;
  for (const part of parts) {
    const low = part.toLowerCase();
    found =
      codes.find(
        (c) =>
          c.parentId === parent &&
          (c.name === part || c.nameEn?.toLowerCase() === low || (c.category !== null && c.category === low)),
      ) ?? null;
    if (!found) return null;
    parent = found.id;
  }
  return found;
}

/** How an autocoding is described on each of its annotations (`autoQuery`). */
export function describeAutocode(queryText: string, opts: AutocodeOptions): string {
  const unit = opts.unit === 'hit' ? 'hit' : `${opts.unit}${opts.n ? ` ±${opts.n}` : ''}`;
  return `${queryText} [${unit}]`;
}

export interface AutocodeSnapshotResult {
  plan: AutocodePlan;
  annotations: Annotation[];
  hits: number;
}

export function autocodeSnapshot(
  snapshot: ProjectSnapshot,
  q: CompiledQuery,
  code: Code,
  opts: AutocodeOptions,
  meta: { queryText: string; coder: string; now: string; newId: () => string },
): AutocodeSnapshotResult {
  const docs = snapshot.contents.map((c) => ({
    docId: c.docId,
    text: c.text,
    paragraphs: c.paragraphs,
    hits: searchText({ text: c.text, paragraphs: c.paragraphs }, q),
  }));
  const hits = docs.reduce((n, d) => n + d.hits.length, 0);
  const existing = snapshot.annotations.filter((a) => a.codeId === code.id);
  const plan = planAutocode(docs, opts, existing);
  const maps = new Map<string, OffsetMap>();
  const texts = new Map(snapshot.contents.map((c) => [c.docId, c.text]));
  const autoQuery = describeAutocode(meta.queryText, opts);
  const annotations = plan.segments.map((s): Annotation => {
    let map = maps.get(s.docId);
    if (!map) maps.set(s.docId, (map = new OffsetMap(texts.get(s.docId) ?? '')));
    return {
      id: meta.newId(),
      projectId: snapshot.project.id,
      docId: s.docId,
      codeId: code.id,
      start: s.start,
      end: s.end,
      quote: map.slice(s.start, s.end),
      memo: '',
      coder: meta.coder,
      origin: 'auto',
      autoQuery,
      createdAt: meta.now,
      updatedAt: meta.now,
    };
  });
  return { plan, annotations, hits };
}
