/** Retrieved segments across documents: props-driven; the lead supplies the rows and does the export. */
export { RetrievalPanel, type RetrievalPanelProps } from './retrieval-panel';
export { filterSegments, expandCodes } from './filter-segments';
export {
  DEFAULT_FILTER,
  type RetrievalCode,
  type RetrievalFilter,
  type RetrievedSegment,
  type DocScope,
} from './types';
