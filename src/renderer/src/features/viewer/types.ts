import type { Category } from '../../../../shared/model/document';
import type { DocumentContent } from '../../../../shared/model/project';
import type { FindRequest } from './layers/find-layer';

/** A code as the viewer shows it. `path` is the code's full path ("主要举措 / 行政执法"). */
export interface ViewerCode {
  id: string;
  label: string;
  color: string;
  shortcut: string | null;
  path: string;
}

/** An annotation of the open document; offsets are code points, end exclusive. */
export interface ViewerAnnotation {
  id: string;
  start: number;
  end: number;
  codeId: string;
  memo: string;
  coder: string;
  origin: 'manual' | 'suggestion' | 'auto';
  updatedAt: string;
  /** Drawn before its command has committed (lighter, dotted): not yet saved, so not actionable. */
  pending?: boolean;
}

/** A pending suggestion (not yet accepted or rejected). */
export interface ViewerSuggestion {
  key: string;
  start: number;
  end: number;
  category: Category;
  codeId: string;
}

export interface CodeRange {
  start: number;
  end: number;
}

export interface DocumentViewerProps {
  content: DocumentContent;
  codes: ViewerCode[];
  /** The stored annotations. */
  annotations: ViewerAnnotation[];
  /**
   * Codings whose commands have not committed yet: painted at once (marked as
   * unsaved) so a key press shows without waiting for the disk, but not offered in
   * the passage card until they are stored.
   */
  pendingAnnotations?: ViewerAnnotation[];
  suggestions: ViewerSuggestion[];
  /** For traditional documents: render `content.simplified` instead (same code points). */
  showSimplified: boolean;
  /** Scroll to and flash this range (from the annotations list or the outline). */
  focusRange?: CodeRange | null;
  /** Open find in the document with this query at this hit (a search hit opened). */
  find?: FindRequest;
  /** Code point to scroll to when the document is first shown (a reload returning to its place). */
  initialPlace?: number | null;
  /** The code point at the top of the view, reported after the coder scrolls. */
  onPlaceChange?(cp: number): void;
  onApplyCode(range: CodeRange, codeId: string): void;
  onRemoveAnnotation(id: string): void;
  onChangeAnnotationCode(id: string, codeId: string): void;
  onEditMemo(id: string, memo: string): void;
  onAcceptSuggestions(keys: string[]): void;
  onRejectSuggestions(keys: string[]): void;
}
