/** The code matrix: props-driven. */
export { MatrixPanel, type MatrixCode, type MatrixPanelProps } from './matrix-panel';
