/** Autocoding the ticked hits: code, unit (± n), a preview count, one button. */
import { useT } from '../../i18n/i18n';
import { searchMessages } from './messages';
import type { AutocodeForm, AutocodePreview, CodeOption } from './types';

export interface AutocodeBarProps {
  codes: readonly CodeOption[];
  form: AutocodeForm;
  ticked: number;
  preview: AutocodePreview | null;
  busy: boolean;
  onChange(form: AutocodeForm): void;
  onRun(): void;
  onTickAll(all: boolean): void;
}

export function AutocodeBar({ codes, form, ticked, preview, busy, onChange, onRun, onTickAll }: AutocodeBarProps) {
  const t = useT(searchMessages);
  const ready = form.codeId !== '' && preview !== null && !preview.planning && preview.segments > 0 && !busy;
  return (
    <section className="fz-autocode" aria-label={t('autocode')} data-testid="autocode-bar">
      <strong>{t('autocode')}</strong>
      <button type="button" className="btn ghost" onClick={() => onTickAll(true)}>
        {t('selectAll')}
      </button>
      <button type="button" className="btn ghost" onClick={() => onTickAll(false)}>
        {t('selectNone')}
      </button>
      <label>
        {t('autocodeCode')}{' '}
        <select
          value={form.codeId}
          onChange={(e) => onChange({ ...form, codeId: e.target.value })}
          data-testid="autocode-code"
        >
          <option value="">{t('chooseCode')}</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('autocodeUnit')}{' '}
        <select
          value={form.unit}
          onChange={(e) => onChange({ ...form, unit: e.target.value as AutocodeForm['unit'] })}
          data-testid="autocode-unit"
        >
          <option value="hit">{t('unitHit')}</option>
          <option value="sentence">{t('unitSentence')}</option>
          <option value="paragraph">{t('unitParagraph')}</option>
        </select>
      </label>
      {form.unit !== 'hit' && (
        <label>
          {t('autocodeN')}{' '}
          <input
            type="number"
            min={0}
            max={20}
            value={form.n}
            className="fz-autocode-n"
            onChange={(e) =>
              onChange({ ...form, n: Math.max(0, Math.min(20, Math.floor(Number(e.target.value) || 0))) })
            }
          />
        </label>
      )}
      <span className="fz-autocode-preview" aria-live="polite" data-testid="autocode-preview">
        {form.codeId === '' || !preview
          ? ''
          : preview.planning
            ? t('autocodePlanning')
            : t('autocodePreview', { n: preview.segments, hits: ticked, existing: preview.existing })}
      </span>
      <button type="button" className="btn primary" disabled={!ready} onClick={onRun} data-testid="autocode-run">
        {t('autocodeRun')}
      </button>
    </section>
  );
}
