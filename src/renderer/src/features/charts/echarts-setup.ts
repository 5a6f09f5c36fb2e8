/**
 * Apache ECharts, only the parts the charts use (bar series, axes, legend,
 * tooltip, title; canvas for the screen and PNG, SVG for the SVG file), so the
 * bundle carries a fraction of the full library.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];
