/** Search across the corpus: folding, queries, matching, keyword-in-context, units, autocode planning. */
export { DEFAULT_FOLD, foldString, foldText, type FoldOptions, type FoldedText } from './fold';
export { compileQuery, parseQueryText, type CompiledQuery, type CompileResult, type SearchQuery } from './query';
export { countText, searchText, type Hit, type TextInput } from './match';
export { kwicRows, sortKwic, type KwicRow, type KwicSort } from './kwic';
export { containingUnit, paragraphSpans, sentenceSpans, widen, type Unit } from './units';
export {
  planAutocode,
  segmentsFor,
  type AutocodeDocument,
  type AutocodeOptions,
  type AutocodePlan,
  type AutocodeUnit,
  type PlannedSegment,
} from './autocode';
export {
  searchCachedDocument,
  searchCorpus,
  searchDocument,
  type CorpusDocument,
  type CorpusResult,
  type DocumentHits,
} from './corpus';
export { autocodeSnapshot, describeAutocode, findCodeByPath } from './autocode-snapshot';
export { DEFAULT_CACHE_UNITS, TextCache, type CachedText } from './text-cache';
