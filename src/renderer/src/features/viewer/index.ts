/** The document viewer feature: props-driven components; the lead wires them to storage and commands. */
import './viewer.css';

export type { CodeRange, DocumentViewerProps, ViewerAnnotation, ViewerCode, ViewerSuggestion } from './types';
export { DocumentViewer } from './components/document-viewer';
export { OutlinePanel, type OutlinePanelProps } from './components/outline-panel';
export { AnnotationList, type AnnotationListProps } from './components/annotation-list';
export { CodePicker, type CodePickerProps } from './components/code-picker';
export type { FindRequest } from './layers/find-layer';
