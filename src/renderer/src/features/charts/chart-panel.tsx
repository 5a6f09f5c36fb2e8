/**
 * Code frequencies by year, province, level or section as a bar chart (Apache
 * ECharts), savable as PNG (the canvas at twice its size) and SVG (the same
 * option rendered by ECharts' SVG renderer).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  codeFrequencies,
  columnMembers,
  type FrequencyBy,
  type MatrixSegment,
} from '../../../../shared/analysis/code-matrix';
import type { DocumentRecord } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { echarts, type EChartsOption } from './echarts-setup';
import { chartMessages } from './messages';
import './charts.css';

export interface ChartCode {
  id: string;
  parentId: string | null;
  label: string;
  color: string;
}

export interface ChartFile {
  fileName: string;
  mime: string;
  data: Uint8Array;
}

export interface ChartPanelProps {
  documents: readonly DocumentRecord[];
  codes: readonly ChartCode[];
  segments: readonly MatrixSegment[];
  onSave(file: ChartFile): void;
}

const WIDTH = 960;
const HEIGHT = 480;

function dataUrlBytes(url: string): Uint8Array {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function ChartPanel({ documents, codes, segments, onSave }: ChartPanelProps) {
  const t = useT(chartMessages);
  const [by, setBy] = useState<FrequencyBy>('year');
  const [allCodes, setAllCodes] = useState(false);
  const [withSub, setWithSub] = useState(true);
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  const option = useMemo<EChartsOption>(() => {
    const columns = codes.filter((c) => allCodes || c.parentId === null);
    const f = codeFrequencies(
      documents,
      columns.map((c) => c.id),
      columnMembers(codes, withSub),
      segments,
      by,
    );
    const label = (v: string) => {
      if (by === 'section' && ['measures', 'shortcomings', 'duties', 'plans', 'other'].includes(v))
        return t(v as 'measures');
      if (by === 'level' && v === 'province') return t('province_');
      if (by === 'level' && ['prefecture', 'county', 'township', 'department'].includes(v)) return t(v as 'county');
      return v;
    };
    return {
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: t('chartTitle', { by: t(by) }), left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 34, type: 'scroll' },
      grid: { top: 84, left: 56, right: 24, bottom: 48 },
      xAxis: { type: 'category', data: f.categories.map(label) },
      yAxis: { type: 'value', name: t('axisCount'), minInterval: 1 },
      series: f.series.map((s, i) => ({
        type: 'bar',
        name: columns[i]!.label,
        itemStyle: { color: columns[i]!.color },
        data: s.values,
      })),
    };
  }, [documents, codes, segments, by, allCodes, withSub, t]);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const onResize = () => c.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const stem = `fazhi-codes-by-${by}`;
  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (url) onSave({ fileName: `${stem}.png`, mime: 'image/png', data: dataUrlBytes(url) });
  };
  const saveSvg = () => {
    // A detached SVG-rendered chart of the same option, at a fixed size.
    const svg = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    svg.setOption(option);
    const text = svg.renderToSVGString();
    svg.dispose();
    onSave({ fileName: `${stem}.svg`, mime: 'image/svg+xml', data: new TextEncoder().encode(text) });
  };

  return (
    <main className="pane fz-charts" aria-label={t('title')}>
      <div className="fz-charts-controls">
        <label>
          {t('by')}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as FrequencyBy)} data-testid="chart-by">
            <option value="year">{t('year')}</option>
            <option value="province">{t('province')}</option>
            <option value="level">{t('level')}</option>
            <option value="section">{t('section')}</option>
          </select>
        </label>
        <label>
          {t('codes')}{' '}
          <select value={allCodes ? 'all' : 'top'} onChange={(e) => setAllCodes(e.target.value === 'all')}>
            <option value="top">{t('topLevel')}</option>
            <option value="all">{t('allCodes')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={withSub} onChange={(e) => setWithSub(e.target.checked)} /> {t('withSub')}
        </label>
        <span className="spacer" />
        <button className="btn" onClick={savePng} data-testid="chart-save-png">
          {t('savePng')}
        </button>
        <button className="btn" onClick={saveSvg} data-testid="chart-save-svg">
          {t('saveSvg')}
        </button>
      </div>
      {segments.length === 0 && <p className="empty-state">{t('empty')}</p>}
      <div ref={el} className="fz-chart" data-testid="chart" role="img" aria-label={t('chartTitle', { by: t(by) })} />
    </main>
  );
}
