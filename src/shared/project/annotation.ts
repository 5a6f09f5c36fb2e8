/**
 * The rules of a new coded segment, wherever it comes from (a key press, an accepted
 * suggestion, a recode, a merge of coders' work): the range must lie inside the
 * text, the quote is the text of the range, and the same code on the same range
 * exists once. Pure: the caller hands in the text and the segments already there.
 */
import type { Annotation, AnnotationOrigin } from '../model/project';
import type { Span } from '../model/document';
import type { OffsetMap } from '../text/codepoints';

export type AnnotationRuleError = { code: 'range' | 'duplicate'; message: string };

/** Null when [start, end) is a non-empty range of whole code points inside a text of `length`. */
export function checkRange(span: Span, length: number): AnnotationRuleError | null {
  const { start, end } = span;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end) return null;
  return { code: 'range', message: `Cannot code [${start}, ${end}): the text has ${length} characters.` };
}

/** True when `list` already codes the range of `a` with the code of `a` (in the same document). */
export function isDuplicate(
  a: Pick<Annotation, 'docId' | 'codeId' | 'start' | 'end'>,
  list: readonly Pick<Annotation, 'id' | 'docId' | 'codeId' | 'start' | 'end'>[],
  exceptId?: string,
): boolean {
  return list.some(
    (b) => b.id !== exceptId && b.docId === a.docId && b.codeId === a.codeId && b.start === a.start && b.end === a.end,
  );
}

export interface NewAnnotation {
  id: string;
  projectId: string;
  docId: string;
  codeId: string;
  start: number;
  end: number;
  coder: string;
  origin: AnnotationOrigin;
  now: string;
  memo?: string;
}

/**
 * The annotation to store, or why not: out of the text (`range`) or already there
 * (`duplicate`, checked against `sameCode`, the document's segments with this code).
 */
export function newAnnotation(
  spec: NewAnnotation,
  text: OffsetMap,
  sameCode: readonly Pick<Annotation, 'id' | 'docId' | 'codeId' | 'start' | 'end'>[],
): { ok: true; value: Annotation } | { ok: false; error: AnnotationRuleError } {
  const range = checkRange(spec, text.cpCount);
  if (range) return { ok: false, error: range };
  if (isDuplicate(spec, sameCode))
    return { ok: false, error: { code: 'duplicate', message: 'This passage already has this code.' } };
  const { now, memo, ...rest } = spec;
  return {
    ok: true,
    value: {
      ...rest,
      quote: text.slice(spec.start, spec.end),
      memo: memo ?? '',
      createdAt: now,
      updatedAt: now,
    },
  };
}
