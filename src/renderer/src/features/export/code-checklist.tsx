/** The codes to export as a checklist tree; ticking a code ticks its sub-codes too. */
import type { Code } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { buildCodeTree, codeLabel, descendantIds, flattenVisible } from '../../../../shared/codebook/tree';
import { exportMessages } from './messages';

export interface CodeChecklistProps {
  codes: readonly Code[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

export function CodeChecklist({ codes, chosen, onChange }: CodeChecklistProps) {
  const t = useT(exportMessages);
  const { lang } = useLang();
  const rows = flattenVisible(buildCodeTree(codes), new Set());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    for (const x of [id, ...descendantIds(codes, id)]) {
      if (on) next.add(x);
      else next.delete(x);
    }
    onChange(next);
  };
  return (
    <div className="ex-checklist">
      <div className="ex-checklist-bar">
        <button type="button" className="btn" onClick={() => onChange(new Set(codes.map((c) => c.id)))}>
          {t('selectAll')}
        </button>
        <button type="button" className="btn" onClick={() => onChange(new Set())}>
          {t('selectNone')}
        </button>
        <span className="ex-muted" aria-live="polite">
          {t('codesChosen', { count: chosen.size, total: codes.length })}
        </span>
      </div>
      <ul className="ex-checklist-list" aria-label={t('codesSome')}>
        {rows.map((r) => (
          <li key={r.code.id} style={{ paddingInlineStart: (r.level - 1) * 18 }}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(r.code.id)}
                onChange={(e) => toggle(r.code.id, e.target.checked)}
              />
              <span className="ex-swatch" style={{ background: r.code.color }} aria-hidden="true" />
              {codeLabel(r.code, lang)}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
