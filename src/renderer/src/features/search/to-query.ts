/** The form as the core's query. */
import { parseQueryText, type SearchQuery } from '../../../../shared/search';
import type { SearchForm } from './types';

export function toQuery(form: SearchForm): SearchQuery {
  return parseQueryText(form.text, {
    regex: form.regex,
    match: form.mode === 'any' ? 'any' : 'all',
    within: form.mode === 'all-paragraph' ? 'paragraph' : 'sentence',
    strictScript: form.strictScript,
    strictWidth: form.strictWidth,
    semicolons: form.semicolons,
  });
}
