/**
 * The agreement view: choose coders, unit (and the overlap threshold), compute,
 * and read one row per code plus the overall row, each figure with its n; export
 * the table. Props-driven: the shell computes the table on the core.
 */
import { useState } from 'react';
import {
  AGREEMENT_UNITS,
  DEFAULT_OVERLAP,
  MEASURES,
  type AgreementTable,
  type AgreementUnit,
} from '../../../../shared/agreement';
import { useT } from '../../i18n/i18n';
import { agreementMessages } from './messages';
import './agreement.css';

export interface AgreementRequest {
  coders: string[];
  unit: AgreementUnit;
  threshold: number;
}

export interface AgreementPanelProps {
  coders: readonly string[];
  codeLabel: (codeId: string) => string;
  compute: (request: AgreementRequest) => AgreementTable;
  onExport: (table: AgreementTable, format: 'csv' | 'xlsx') => void;
}

export function AgreementPanel(props: AgreementPanelProps) {
  const t = useT(agreementMessages);
  const [chosen, setChosen] = useState<string[]>(() => props.coders.filter((c) => c !== 'consensus').slice(0, 2));
  const [unit, setUnit] = useState<AgreementUnit>('sentence');
  const [threshold, setThreshold] = useState(Math.round(DEFAULT_OVERLAP * 100));
  const [table, setTable] = useState<AgreementTable | null>(null);
  const [error, setError] = useState<string | null>(null);

  const compute = () => {
    if (chosen.length < 2) return setError(t('needTwo'));
    setError(null);
    setTable(props.compute({ coders: chosen, unit, threshold: Math.min(100, Math.max(1, threshold)) / 100 }));
  };
  const measures = table ? MEASURES.filter((m) => [table.overall, ...table.codes].some((r) => r.figures[m])) : [];
  const unitLabel = (u: AgreementUnit) => t(`unit_${u}`);

  return (
    <div className="agreement-panel" data-testid="agreement-panel">
      <div className="agreement-controls">
        <fieldset>
          <legend>{t('coders')}</legend>
          {props.coders.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={chosen.includes(c)}
                data-testid={`agreement-coder-${c}`}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
              />
              {c}
            </label>
          ))}
        </fieldset>
        <label>
          {t('unit')}{' '}
          <select value={unit} data-testid="agreement-unit" onChange={(e) => setUnit(e.target.value as AgreementUnit)}>
            {AGREEMENT_UNITS.map((u) => (
              <option key={u} value={u}>
                {unitLabel(u)}
              </option>
            ))}
          </select>
        </label>
        {unit === 'overlap' && (
          <label>
            {t('threshold')}{' '}
            <input
              type="number"
              min={1}
              max={100}
              value={threshold}
              onChange={(e) => setThreshold(Number(e.target.value))}
            />
          </label>
        )}
        <button className="btn primary" onClick={compute} data-testid="agreement-compute">
          {t('compute')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {table && (
        <>
          <p className="agreement-summary" data-testid="agreement-summary">
            {t('summary', {
              coders: table.coders.join(', '),
              documents: table.documents,
              unit:
                unit === 'overlap'
                  ? `${unitLabel(unit)} ≥ ${Math.round((table.threshold ?? 0) * 100)}%`
                  : unitLabel(unit),
              units: table.units,
            })}
          </p>
          {table.codes.length === 0 ? (
            <p>{t('noCodes')}</p>
          ) : (
            <div className="agreement-scroll">
              <table className="agreement-table" data-testid="agreement-table">
                <thead>
                  <tr>
                    <th>{t('code')}</th>
                    {measures.map((m) => (
                      <th key={m}>{t(m)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[table.overall, ...table.codes].map((row) => (
                    <tr key={row.codeId ?? ''} className={row.codeId === null ? 'overall' : undefined}>
                      <th scope="row">{row.codeId === null ? t('overall') : props.codeLabel(row.codeId)}</th>
                      {measures.map((m) => {
                        const f = row.figures[m];
                        return (
                          <td key={m} data-measure={m} title={f?.note ?? ''}>
                            {f ? (f.value === null ? t('undefinedValue') : f.value.toFixed(3)) : ''}
                            {f && <span className="agreement-n">n = {f.n}</span>}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="agreement-actions">
            <button className="btn" onClick={() => props.onExport(table, 'csv')} data-testid="agreement-export-csv">
              {t('exportCsv')}
            </button>
            <button className="btn" onClick={() => props.onExport(table, 'xlsx')}>
              {t('exportXlsx')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
