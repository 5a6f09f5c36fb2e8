/**
 * The reading and coding view: outline | document | codebook and coded segments.
 * Every change goes through a named command on the project's CommandManager.
 */
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { suggestCodes } from '../../../shared/annotations/suggestions';
import type { Annotation, Code, DocumentRecord } from '../../../shared/model/project';
import type { CommandManager } from '../commands';
import {
  acceptSuggestions,
  applyCode,
  changeAnnotationCode,
  editMemo,
  rejectSuggestions,
  removeAnnotation,
} from '../commands';
import { useLang, useT } from '../i18n/i18n';
import { useAnnotations, useDecisions, useDocumentContent } from '../storage/hooks';
import { getDb } from '../storage/instance';
import { setPref } from '../storage/prefs';
import {
  AnnotationList,
  DocumentViewer,
  OutlinePanel,
  type CodeRange,
  type FindRequest,
  type ViewerAnnotation,
  type ViewerCode,
} from '../features/viewer';
import { appMessages } from './messages';
import { CodebookPane } from './codebook-pane';
import { ReaderHeader } from './reader-header';
import { toViewerCodes } from './viewer-codes';
import type { CommandRunner } from './use-commands';

export interface ReaderViewProps {
  docId: string | null;
  /** The open document's library row (for the header). */
  document: DocumentRecord | null;
  /** The document it is a copy of, if any. */
  original: DocumentRecord | null;
  /** Where to scroll on open (after a reload), and where the coder is as they scroll. */
  initialPlace?: number | null;
  onPlaceChange?: (docId: string, cp: number) => void;
  codes: Code[];
  manager: CommandManager;
  run: CommandRunner;
  coder: string;
  showSimplified: boolean;
  showSuggestions: boolean;
  /** Find in the document, opened at a search hit. */
  find?: FindRequest;
  /** Scroll to and flash this range (a retrieved segment opened). */
  jump?: { start: number; end: number; nonce: number };
}

export function ReaderView(props: ReaderViewProps) {
  const { docId, codes, manager, run, coder, showSimplified, showSuggestions } = props;
  const t = useT(appMessages);
  const { lang } = useLang();
  const content = useDocumentContent(docId);
  const annotations = useAnnotations(docId);
  const decisions = useDecisions(docId);
  const [focusRange, setFocusRange] = useState<CodeRange | null>(null);
  const jump = props.jump;
  useEffect(() => {
    if (jump) setFocusRange({ start: jump.start, end: jump.end });
  }, [jump]);

  const viewerCodes: ViewerCode[] = useMemo(() => toViewerCodes(codes, lang), [codes, lang]);
  const viewerAnnotations: ViewerAnnotation[] = useMemo(
    () => (annotations ?? []).map(toViewerAnnotation),
    [annotations],
  );
  // The list beside the text may lag a frame behind it: the highlights come first.
  const listedAnnotations = useDeferredValue(viewerAnnotations);

  // Codings whose command is still running: painted at once, dropped when the stored
  // annotations hold their id or the command fails. Only the stored ones are listed.
  const [pending, setPending] = useState<PendingCoding[]>([]);
  const storedIds = useMemo(() => new Set((annotations ?? []).map((a) => a.id)), [annotations]);
  useEffect(() => {
    // A committed coding that is not among the stored ones was undone (or its
    // document changed) before this read: nothing is left to wait for.
    setPending((p) => {
      const left = p.filter((x) => !storedIds.has(x.annotation.id) && !x.committed);
      return left.length === p.length ? p : left;
    });
  }, [storedIds]);
  const pendingAnnotations = useMemo(
    () => pending.flatMap((p) => (p.docId === docId && !storedIds.has(p.annotation.id) ? [p.annotation] : [])),
    [pending, docId, storedIds],
  );

  const suggestions = useMemo(
    () =>
      docId && content && showSuggestions
        ? suggestCodes(docId, content, codes, annotations ?? [], decisions ?? [])
        : [],
    [docId, content, codes, annotations, decisions, showSuggestions],
  );

  const onApplyCode = useCallback(
    (range: CodeRange, codeId: string) => {
      if (!docId) return;
      const command = applyCode({ docId, start: range.start, end: range.end, codeId, coder });
      const id = command.annotationId;
      const annotation: ViewerAnnotation = {
        id,
        start: range.start,
        end: range.end,
        codeId,
        memo: '',
        coder,
        origin: 'manual',
        updatedAt: new Date().toISOString(),
        pending: true,
      };
      // A transition: the key press's frame is painted before this render (the viewer has
      // already painted the passage's colour); the command's transaction starts right here.
      startTransition(() => setPending((p) => [...p, { docId, annotation, committed: false }]));
      void run(command).then((r) =>
        setPending((p) =>
          r.ok
            ? p.map((x) => (x.annotation.id === id ? { ...x, committed: true } : x))
            : p.filter((x) => x.annotation.id !== id),
        ),
      );
    },
    [docId, coder, run],
  );
  const reportPlace = props.onPlaceChange;
  const onPlaceChange = useCallback((cp: number) => docId && reportPlace?.(docId, cp), [docId, reportPlace]);
  const onSelectListed = useCallback((range: CodeRange) => setFocusRange({ ...range }), []);
  const byKey = useCallback((keys: string[]) => suggestions.filter((s) => keys.includes(s.key)), [suggestions]);

  if (!docId) return <div className="empty-state pane reader-empty">{t('noDocument')}</div>;
  // Outline, cards and the coded-segments list quote the text as the reader shows it.
  const shownSimplified = showSimplified && content?.simplified != null;
  if (content === undefined) return <div className="empty-state pane">{t('loading')}</div>;
  if (content === null) return <div className="empty-state pane">{t('noDocument')}</div>;

  return (
    <>
      <section className="pane" aria-label={t('outline')}>
        <h2 className="pane-title">{t('outline')}</h2>
        <OutlinePanel
          headings={content.headings}
          sections={content.sections}
          text={shownSimplified ? (content.simplified ?? undefined) : undefined}
          onJump={setFocusRange}
        />
      </section>
      <main className="pane reader-main">
        {props.document && (
          <ReaderHeader document={props.document} original={props.original}>
            <span className="reader-toolbar" role="toolbar" aria-label={t('readerTools')}>
              {content.simplified !== null && (
                <PrefToggle pref="showSimplified" checked={showSimplified} testId="toggle-simplified">
                  {t('showSimplified')}
                </PrefToggle>
              )}
              <PrefToggle pref="showSuggestions" checked={showSuggestions} testId="toggle-suggestions">
                {t('showSuggestions')}
              </PrefToggle>
              <span className="reader-hint" title={t('codingHint')}>
                {t('codingHint')}
              </span>
            </span>
          </ReaderHeader>
        )}
        <DocumentViewer
          key={docId}
          content={content}
          initialPlace={props.initialPlace}
          onPlaceChange={onPlaceChange}
          codes={viewerCodes}
          annotations={viewerAnnotations}
          pendingAnnotations={pendingAnnotations}
          suggestions={suggestions}
          showSimplified={shownSimplified}
          focusRange={focusRange}
          find={props.find}
          onApplyCode={onApplyCode}
          onRemoveAnnotation={(id) => void run(removeAnnotation(id))}
          onChangeAnnotationCode={(id, codeId) => void run(changeAnnotationCode(id, codeId))}
          onEditMemo={(id, memo) => void run(editMemo(id, memo))}
          onAcceptSuggestions={(keys) => void run(acceptSuggestions(byKey(keys), coder))}
          onRejectSuggestions={(keys) => void run(rejectSuggestions(byKey(keys)))}
        />
      </main>
      <aside className="pane reader-side">
        <CodebookPane projectCodes={codes} manager={manager} run={run} />
        <section className="reader-annotations" aria-label={t('annotations')}>
          <h2 className="pane-title">{t('annotations')}</h2>
          <AnnotationList
            annotations={listedAnnotations}
            codes={viewerCodes}
            text={shownSimplified ? (content.simplified ?? content.text) : content.text}
            onSelect={onSelectListed}
          />
        </section>
      </aside>
    </>
  );
}

interface PendingCoding {
  docId: string;
  annotation: ViewerAnnotation;
  /** The command has committed; the live query has not shown the row yet. */
  committed: boolean;
}

function toViewerAnnotation(a: Annotation): ViewerAnnotation {
  return {
    id: a.id,
    start: a.start,
    end: a.end,
    codeId: a.codeId,
    memo: a.memo,
    coder: a.coder,
    origin: a.origin,
    updatedAt: a.updatedAt,
  };
}

/** A checkbox bound to a boolean preference (stored at once; the live preference drives `checked`). */
function PrefToggle(props: {
  pref: 'showSimplified' | 'showSuggestions';
  checked: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <label className="reader-toggle">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => void setPref(getDb(), props.pref, e.target.checked)}
      />
      {props.children}
    </label>
  );
}
