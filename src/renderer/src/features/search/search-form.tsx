/** The query line and its options. Enter searches. */
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { searchMessages } from './messages';
import type { SearchForm as Form, TermMode } from './types';

export interface SearchFormProps {
  initial: Form;
  projectCount: number;
  filteredCount: number;
  running: boolean;
  onSearch(form: Form): void;
}

export function SearchForm({ initial, projectCount, filteredCount, running, onSearch }: SearchFormProps) {
  const t = useT(searchMessages);
  const [form, setForm] = useState(initial);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const check = (k: 'regex' | 'strictScript' | 'strictWidth' | 'semicolons', label: string) => (
    <label className="fz-search-check">
      <input type="checkbox" checked={form[k]} onChange={(e) => set(k, e.target.checked)} data-testid={`search-${k}`} />
      {label}
    </label>
  );
  return (
    <form
      className="fz-search-form"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (form.text.trim()) onSearch(form);
      }}
    >
      <div className="fz-search-line">
        <input
          type="search"
          className="fz-search-input"
          aria-label={t('query')}
          placeholder={t('queryPlaceholder')}
          value={form.text}
          autoFocus
          onChange={(e) => set('text', e.target.value)}
          data-testid="search-input"
        />
        <button className="btn primary" type="submit" disabled={!form.text.trim()} data-testid="search-run">
          {t('search')}
        </button>
      </div>
      <div className="fz-search-options">
        <label>
          {t('mode')}{' '}
          <select value={form.mode} onChange={(e) => set('mode', e.target.value as TermMode)} disabled={form.regex}>
            <option value="any">{t('modeAny')}</option>
            <option value="all-sentence">{t('modeAllSentence')}</option>
            <option value="all-paragraph">{t('modeAllParagraph')}</option>
          </select>
        </label>
        <label>
          {t('scope')}{' '}
          <select
            value={form.scope}
            onChange={(e) => set('scope', e.target.value as Form['scope'])}
            data-testid="search-scope"
          >
            <option value="project">{t('scopeProject', { n: projectCount })}</option>
            <option value="filtered">{t('scopeFiltered', { n: filteredCount })}</option>
          </select>
        </label>
        {check('regex', t('regex'))}
        {check('strictScript', t('strictScript'))}
        {check('strictWidth', t('strictWidth'))}
        {check('semicolons', t('semicolons'))}
        {running && <span className="fz-search-busy" aria-live="polite" />}
      </div>
    </form>
  );
}
