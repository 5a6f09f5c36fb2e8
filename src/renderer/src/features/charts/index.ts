/** Charts of code frequencies: props-driven; the lead writes the saved file. */
export { ChartPanel, type ChartCode, type ChartFile, type ChartPanelProps } from './chart-panel';
