/** The selected code's details: path, colour, description, shortcut and the actions on it. */
import { useState } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { codePath } from '../../../../shared/codebook/tree';
import { codebookMessages } from './messages';
import { CODE_PALETTE } from './palette';
import { ShortcutField } from './shortcut-field';

export interface CodeDetailsProps {
  code: Code;
  codes: readonly Code[];
  onRecolor: (id: string, color: string) => void;
  onSetDescription: (id: string, text: string) => void;
  onSetShortcut: (id: string, key: string | null) => void;
  onAddChild: () => void;
  onRename: () => void;
  onMerge: () => void;
  onDelete: () => void;
}

/** Mount with `key={code.id}` so the draft description belongs to one code. */
export function CodeDetails({ code, codes, ...on }: CodeDetailsProps) {
  const t = useT(codebookMessages);
  const { lang } = useLang();
  const [draft, setDraft] = useState(code.description);
  const saveDescription = () => {
    if (draft !== code.description) on.onSetDescription(code.id, draft);
  };
  const current = code.color.toLowerCase();
  return (
    <section className="cb-details" aria-label={t('details')} data-testid="code-details">
      <p className="cb-path" title={t('path')}>
        {codePath(codes, code.id)}
      </p>
      <div className="cb-field">
        <span className="cb-field-label">{t('color')}</span>
        <div className="cb-palette" role="group" aria-label={t('color')}>
          {CODE_PALETTE.map((c) => (
            <button
              key={c.hex}
              type="button"
              className="cb-palette-swatch"
              style={{ background: c.hex }}
              aria-pressed={current === c.hex}
              aria-label={t('colorName', { color: c[lang] })}
              title={c[lang]}
              onClick={() => on.onRecolor(code.id, c.hex)}
            />
          ))}
          <input
            key={current}
            type="color"
            className="cb-color-input"
            aria-label={t('customColor')}
            title={t('customColor')}
            defaultValue={/^#[0-9a-f]{6}$/.test(current) ? current : '#000000'}
            // Uncontrolled, listening to the native `change` (picker closed): React's onChange fires on
            // every `input` event and would record one undo step per tick of the drag.
            ref={(el) => {
              if (el)
                el.onchange = () => {
                  if (el.value.toLowerCase() !== current) on.onRecolor(code.id, el.value.toLowerCase());
                };
            }}
          />
        </div>
      </div>
      <div className="cb-field">
        <label className="cb-field-label" htmlFor={`cb-desc-${code.id}`}>
          {t('description')}
        </label>
        <textarea
          id={`cb-desc-${code.id}`}
          className="cb-description"
          rows={3}
          value={draft}
          placeholder={t('descriptionPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={saveDescription}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveDescription();
            if (e.key === 'Escape') setDraft(code.description);
          }}
        />
        {lang === 'en' && code.descriptionEn ? <p className="cb-hint">{code.descriptionEn}</p> : null}
      </div>
      <ShortcutField code={code} codes={codes} onSetShortcut={on.onSetShortcut} />
      <div className="cb-actions">
        <button type="button" className="btn" onClick={on.onAddChild}>
          ＋ {t('addSubCode')}
        </button>
        <button type="button" className="btn" onClick={on.onRename}>
          {t('rename')}
        </button>
        <button type="button" className="btn" onClick={on.onMerge}>
          {t('merge')}
        </button>
        <button type="button" className="btn cb-danger" onClick={on.onDelete}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
