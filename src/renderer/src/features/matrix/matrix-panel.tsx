/**
 * The code matrix: rows (documents, governments, years, provinces) × codes, as
 * counts or coverage, a table whose cells are shaded as a heat map; a cell opens
 * its segments. Arrow keys move between cells (a roving tab stop).
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  buildCodeMatrix,
  columnMembers,
  type MatrixMeasure,
  type MatrixRows,
  type MatrixSegment,
} from '../../../../shared/analysis/code-matrix';
import type { DocumentRecord } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { matrixMessages } from './messages';
import './matrix.css';

export interface MatrixCode {
  id: string;
  parentId: string | null;
  label: string;
  path: string;
  color: string;
}

export interface MatrixPanelProps {
  documents: readonly DocumentRecord[];
  codes: readonly MatrixCode[];
  segments: readonly MatrixSegment[];
  onCell(cell: { docIds: string[]; codeId: string; withSubCodes: boolean; label: string }): void;
}

export function MatrixPanel({ documents, codes, segments, onCell }: MatrixPanelProps) {
  const t = useT(matrixMessages);
  const [by, setBy] = useState<MatrixRows>('document');
  const [measure, setMeasure] = useState<MatrixMeasure>('count');
  const [withSub, setWithSub] = useState(true);
  const [allCodes, setAllCodes] = useState(false);
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const columns = useMemo(() => codes.filter((c) => allCodes || c.parentId === null), [codes, allCodes]);
  const m = useMemo(
    () =>
      buildCodeMatrix(
        documents,
        columns.map((c) => c.id),
        columnMembers(codes, withSub),
        segments,
        by,
        measure,
      ),
    [documents, columns, codes, withSub, segments, by, measure],
  );
  const fmt = (v: number) => (measure === 'count' ? String(v) : `${(v * 100).toFixed(1)}%`);
  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const d: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = d[e.key];
    if (!step) return;
    e.preventDefault();
    const next: [number, number] = [
      Math.max(0, Math.min(m.rows.length - 1, focus[0] + step[0])),
      Math.max(0, Math.min(columns.length - 1, focus[1] + step[1])),
    ];
    setFocus(next);
    (e.currentTarget.querySelector(`[data-cell="${next[0]}:${next[1]}"]`) as HTMLElement | null)?.focus();
  };
  const select = <T extends string>(
    id: string,
    label: string,
    value: T,
    set: (v: T) => void,
    options: [T, string][],
  ) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value as T)} data-testid={`matrix-${id}`}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <main className="pane fz-matrix" aria-label={t('title')}>
      <div className="fz-matrix-controls">
        {select('rows', t('rows'), by, setBy, [
          ['document', t('byDocument')],
          ['government', t('byGovernment')],
          ['year', t('byYear')],
          ['province', t('byProvince')],
        ])}
        {select('measure', t('measure'), measure, setMeasure, [
          ['count', t('count')],
          ['coverage', t('coverage')],
        ])}
        {select('columns', t('columns'), allCodes ? 'all' : 'top', (v) => setAllCodes(v === 'all'), [
          ['top', t('topLevel')],
          ['all', t('allCodes')],
        ])}
        <label>
          <input type="checkbox" checked={withSub} onChange={(e) => setWithSub(e.target.checked)} /> {t('withSub')}
        </label>
      </div>
      <p className="fz-matrix-keys" data-testid="matrix-keys">
        {t('keys')}
      </p>
      {segments.length === 0 && <p className="empty-state">{t('empty')}</p>}
      <div className="fz-matrix-scroll">
        <table className="fz-matrix-table" onKeyDown={onKey} data-testid="matrix">
          <thead>
            <tr>
              <th scope="col" />
              {columns.map((c) => (
                <th key={c.id} scope="col" title={c.path}>
                  <span className="fz-swatch" style={{ background: c.color }} aria-hidden="true" /> {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row" title={r.label}>
                  {r.label}
                </th>
                {columns.map((c, j) => {
                  const v = m.values[i]![j]!;
                  const heat = m.max > 0 ? v / m.max : 0;
                  return (
                    <td
                      key={c.id}
                      style={{
                        background: `rgb(156 43 35 / ${(heat * 0.85).toFixed(3)})`,
                        color: heat > 0.55 ? '#fff' : undefined,
                      }}
                    >
                      <button
                        type="button"
                        data-cell={`${i}:${j}`}
                        data-testid="matrix-cell"
                        tabIndex={focus[0] === i && focus[1] === j ? 0 : -1}
                        aria-label={t('cell', { row: r.label, code: c.path, value: fmt(v) })}
                        onFocus={() => setFocus([i, j])}
                        onClick={() =>
                          onCell({
                            docIds: r.docIds,
                            codeId: c.id,
                            withSubCodes: withSub,
                            label: `${r.label} × ${c.label}`,
                          })
                        }
                      >
                        {fmt(v)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
