/**
 * A searchable picker over China's administrative divisions (GB/T 2260):
 * type a name (杭州临平, 朝阳区) or a code prefix, choose with the mouse or arrows + Enter.
 * Ambiguous names (朝阳区 in Beijing and Changchun) are told apart by the full label.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Region } from '../../../../shared/model/document';
import { divisionByCode, divisionLabel, searchRegions } from '../../../../shared/regions';
import { useT } from '../../i18n/i18n';
import { regionLabel } from './library-model';
import { metadataMessages } from './messages';

export interface RegionPickerProps {
  region: Region;
  invalid: boolean;
  errorId?: string;
  onChoose: (code: string) => void;
  onClear: () => void;
}

export function RegionPicker({ region, invalid, errorId, onChoose, onClear }: RegionPickerProps) {
  const t = useT(metadataMessages);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchRegions(query, 30), [query]);

  const division = region.code ? divisionByCode(region.code) : null;
  const current = division ? divisionLabel(division) : regionLabel(region);

  const choose = (code: string) => {
    onChoose(code);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = hits.length;
      if (n) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter' && open && hits[active]) {
      e.preventDefault();
      choose(hits[active].code);
    } else if (e.key === 'Escape' && open) {
      // Close the list only; a second Esc reaches the surrounding dialog or panel.
      e.stopPropagation();
      setOpen(false);
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="fz-region">
      <div className="fz-region-current" data-testid="meta-region-current">
        <span className={current ? '' : 'fz-muted'}>{current || t('regionNone')}</span>
        {region.code ? <code className="fz-region-code">{region.code}</code> : null}
        {current || region.code ? (
          <button
            type="button"
            className="fz-button fz-region-clear"
            data-testid="meta-region-clear"
            aria-label={t('regionClear')}
            title={t('regionClear')}
            onClick={onClear}
          >
            ×
          </button>
        ) : null}
      </div>
      <input
        className="fz-input"
        data-testid="meta-region"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label={t('regionSearch')}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        aria-activedescendant={showList && hits[active] ? `${listId}-${hits[active].code}` : undefined}
        placeholder={t('regionSearch')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {showList ? (
        <ul className="fz-region-list" id={listId} role="listbox" aria-label={t('region')}>
          {hits.length === 0 ? <li className="fz-muted fz-region-empty">{t('regionNoHits')}</li> : null}
          {hits.map((d, i) => (
            <li
              key={d.code}
              id={`${listId}-${d.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              // mousedown, not click: it must land before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(d.code);
              }}
            >
              <span>{divisionLabel(d)}</span>
              <code>{d.code}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
