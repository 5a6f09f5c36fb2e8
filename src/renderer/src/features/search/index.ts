/** The search feature: props-driven; the lead wires it to the search worker and the commands. */
export { SearchPanel, type SearchPanelProps } from './search-panel';
export { searchMessages } from './messages';
export {
  DEFAULT_FORM,
  rowKey,
  type AutocodeForm,
  type AutocodePreview,
  type CodeOption,
  type KwicRow,
  type KwicSort,
  type SearchForm,
  type SearchState,
  type SearchScope,
  type TermMode,
} from './types';
export { toQuery } from './to-query';
