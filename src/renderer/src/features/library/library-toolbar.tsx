/** The library's search box and filter menus. */
import type { ChangeEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { EMPTY_FILTER, isFilterActive, type LibraryFilter } from './library-model';
import { ADMIN_LEVELS as LEVELS, GENRES, SCRIPTS } from '../../../../shared/model/metadata';
import { libraryMessages } from './messages';

const CODED = ['all', 'coded', 'uncoded'] as const;

export interface LibraryToolbarProps {
  filter: LibraryFilter;
  onFilter: (next: LibraryFilter) => void;
  provinces: string[];
  years: number[];
  shown: number;
  total: number;
  selected: number;
  onDeleteSelected: () => void;
}

export function LibraryToolbar(props: LibraryToolbarProps) {
  const { filter, onFilter, provinces, years, shown, total, selected, onDeleteSelected } = props;
  const t = useT(libraryMessages);
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) => onFilter({ ...filter, [key]: value });
  // '' in a <select> means "no filter"; anything else must be one of the known values.
  const pick = <T extends string>(list: readonly T[], e: ChangeEvent<HTMLSelectElement>): T | null =>
    list.find((x) => x === e.target.value) ?? null;

  return (
    <div className="fz-library-toolbar">
      <input
        type="search"
        className="fz-input fz-library-search"
        data-testid="library-search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={filter.query}
        onChange={(e) => set('query', e.target.value)}
      />
      <select
        className="fz-input"
        aria-label={t('colProvince')}
        value={filter.province ?? ''}
        onChange={(e) => set('province', e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('allProvinces')}</option>
        {provinces.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <select
        className="fz-input"
        aria-label={t('colYear')}
        value={filter.year ?? ''}
        onChange={(e) => set('year', e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('allYears')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <select
        className="fz-input"
        aria-label={t('colGenre')}
        value={filter.genre ?? ''}
        onChange={(e) => set('genre', pick(GENRES, e))}
      >
        <option value="">{t('allGenres')}</option>
        {GENRES.map((g) => (
          <option key={g} value={g}>
            {t(`genre_${g}`)}
          </option>
        ))}
      </select>
      <select
        className="fz-input"
        aria-label={t('colLevel')}
        value={filter.level ?? ''}
        onChange={(e) => set('level', pick(LEVELS, e))}
      >
        <option value="">{t('allLevels')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level_${l}`)}
          </option>
        ))}
      </select>
      <select
        className="fz-input"
        aria-label={t('colScript')}
        value={filter.script ?? ''}
        onChange={(e) => set('script', pick(SCRIPTS, e))}
      >
        <option value="">{t('allScripts')}</option>
        <option value="simplified">{t('script_simplified')}</option>
        <option value="traditional">{t('script_traditional')}</option>
      </select>
      <select
        className="fz-input"
        aria-label={t('colCoded')}
        value={filter.coded}
        onChange={(e) => set('coded', pick(CODED, e) ?? 'all')}
      >
        <option value="all">{t('codedAll')}</option>
        <option value="coded">{t('codedOnly')}</option>
        <option value="uncoded">{t('uncodedOnly')}</option>
      </select>
      {isFilterActive(filter) ? (
        <button type="button" className="fz-button" onClick={() => onFilter(EMPTY_FILTER)}>
          {t('clearFilters')}
        </button>
      ) : null}
      <span className="fz-library-count" aria-live="polite">
        {t('count', { shown, total })}
        {selected > 0 ? ` · ${t('selectedCount', { n: selected })}` : ''}
      </span>
      <button
        type="button"
        className="fz-button"
        data-testid="library-delete"
        disabled={selected === 0}
        onClick={onDeleteSelected}
      >
        {t('deleteSelected')}
      </button>
    </div>
  );
}
