/**
 * The grid of governments × years: which reports are present, coded or missing.
 * A present cell opens its report; the export runs the panel dataset in the
 * chosen form and format.
 */
import { memo, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { panelMessages } from './messages';
import './panel.css';

export type PanelStatus = 'present' | 'coded' | 'missing';

export interface PanelGridRow {
  id: string;
  name: string;
  cells: { year: number; status: PanelStatus; docId: string | null; fileName: string | null }[];
}

export interface PanelGridProps {
  years: readonly number[];
  rows: readonly PanelGridRow[];
  unplaced: number;
  /** While the dataset is built: reports read of those in the panel (total 0 until it knows). */
  exportProgress: { done: number; total: number } | null;
  onOpen: (docId: string) => void;
  onExport: (form: 'long' | 'wide', format: 'csv' | 'xlsx') => void;
  onCancelExport: () => void;
}

export function PanelGrid(props: PanelGridProps) {
  const t = useT(panelMessages);
  const [form, setForm] = useState<'long' | 'wide'>('long');
  const exporting = props.exportProgress;
  const counts = useMemo(() => {
    const n = { present: 0, coded: 0, missing: 0 };
    for (const r of props.rows) for (const c of r.cells) n[c.status]++;
    return n;
  }, [props.rows]);
  const count = (s: PanelStatus) => counts[s];
  return (
    <section className="panel-grid" data-testid="panel-grid" aria-label={t('title')}>
      <header className="panel-head">
        <h2>{t('title')}</h2>
        <p className="muted" data-testid="panel-summary">
          {t('summary', {
            governments: props.rows.length,
            years: props.years.length,
            present: count('present') + count('coded'),
            coded: count('coded'),
            missing: count('missing'),
          })}
        </p>
        <ul className="panel-legend" aria-hidden="true">
          {(['coded', 'present', 'missing'] as const).map((s) => (
            <li key={s}>
              <span className={`panel-swatch ${s}`} /> {t(s)}
            </li>
          ))}
        </ul>
      </header>
      {props.rows.length === 0 ? (
        <p className="empty-state">{t('empty')}</p>
      ) : (
        <GridTable years={props.years} rows={props.rows} onOpen={props.onOpen} />
      )}
      {props.unplaced > 0 && <p className="muted">{t('unplaced', { n: props.unplaced })}</p>}
      <fieldset className="panel-export">
        <legend>{t('exportTitle')}</legend>
        {(['long', 'wide'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="panel-form" value={f} checked={form === f} onChange={() => setForm(f)} /> {t(f)}
          </label>
        ))}
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            className="btn"
            disabled={exporting !== null}
            onClick={() => props.onExport(form, format)}
            data-testid={`panel-export-${format}`}
          >
            {t(format === 'csv' ? 'exportCsv' : 'exportXlsx')}
          </button>
        ))}
        {exporting && (
          <span role="status" data-testid="panel-export-progress">
            {exporting.total > 0 ? t('exportingCount', exporting) : t('exporting')}{' '}
            <progress max={exporting.total || undefined} value={exporting.total ? exporting.done : undefined} />{' '}
            <button className="btn" onClick={props.onCancelExport} data-testid="panel-export-cancel">
              {t('cancel')}
            </button>
          </span>
        )}
      </fieldset>
    </section>
  );
}

/**
 * The grid itself, drawn again only when its rows change: progress of an export
 * re-renders the panel many times, and thousands of cells each time held the page.
 */
const GridTable = memo(function GridTable(props: Pick<PanelGridProps, 'years' | 'rows' | 'onOpen'>) {
  const t = useT(panelMessages);
  return (
    <div className="panel-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('government')}</th>
            {props.years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" title={r.id}>
                {r.name}
              </th>
              {r.cells.map((c) => {
                const label =
                  c.status === 'missing'
                    ? t('missingCell', { government: r.name, year: c.year })
                    : t('openCell', {
                        government: r.name,
                        year: c.year,
                        file: c.fileName ?? '',
                        status: t(c.status),
                      });
                return (
                  <td key={c.year} className={`panel-cell ${c.status}`} data-status={c.status} data-year={c.year}>
                    {c.docId ? (
                      <button
                        className="panel-cell-button"
                        title={label}
                        aria-label={label}
                        onClick={() => props.onOpen(c.docId!)}
                      >
                        {t(c.status)}
                      </button>
                    ) : (
                      <span title={label}>—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
