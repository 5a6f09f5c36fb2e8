/**
 * The card for a passage: its codes (colour, path), coder, origin and memo,
 * with remove / change code / edit memo; and, on a suggestion, accept / reject.
 * A non-modal dialog: Esc closes it, Ctrl/Cmd+Enter saves a memo being edited.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/i18n';
import { useFitInView, type PopupAnchor } from '../layers/use-fit-in-view';
import { CATEGORY_KEYS, messages } from '../messages';
import type { ViewerAnnotation, ViewerCode, ViewerSuggestion } from '../types';
import { CodePicker } from './code-picker';

export interface PassageCardProps {
  annotations: readonly ViewerAnnotation[];
  suggestion: ViewerSuggestion | null;
  codes: readonly ViewerCode[];
  anchor: PopupAnchor;
  /** The scrolling viewer: the card stays inside its visible part. */
  scroller: HTMLElement | null;
  /** The passage as shown (simplified when the reader shows simplified). */
  quote: string;
  /** Move focus into the card when it opens (opened from the keyboard). */
  autoFocus: boolean;
  onClose(): void;
  onRemove(id: string): void;
  onChangeCode(id: string, codeId: string): void;
  onEditMemo(id: string, memo: string): void;
  onAccept(key: string): void;
  onReject(key: string): void;
}

const ORIGIN_KEYS = { manual: 'originManual', suggestion: 'originSuggestion', auto: 'originAuto' } as const;

export function PassageCard(props: PassageCardProps) {
  const { annotations, suggestion, codes, autoFocus, onClose } = props;
  const t = useT(messages);
  const ref = useRef<HTMLDivElement>(null);
  const style = useFitInView(ref, props.anchor, props.scroller);
  const [editing, setEditing] = useState<{ id: string; draft: string } | null>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const byId = new Map(codes.map((c) => [c.id, c]));

  useEffect(() => {
    if (autoFocus) ref.current?.querySelector<HTMLElement>('button, textarea')?.focus();
  }, [autoFocus]);

  const onKeyDown = (e: KeyboardEvent) => {
    // The viewer behind must not treat keys typed here as coding shortcuts.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  // The textarea is about to unmount: keep focus in the card so Esc still reaches it.
  const endEdit = () => {
    ref.current?.focus();
    setEditing(null);
  };

  const onMemoKey = (e: KeyboardEvent<HTMLTextAreaElement>, id: string) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && editing) {
      e.preventDefault();
      e.stopPropagation();
      props.onEditMemo(id, editing.draft);
      endEdit();
    } else if (e.key === 'Escape') {
      // Esc cancels the edit only; a second Esc closes the card.
      e.preventDefault();
      e.stopPropagation();
      endEdit();
    }
  };

  const label = annotations.length > 0 ? t('cardLabel') : t('suggestionCardLabel');
  return (
    <div
      ref={ref}
      className="fz-card"
      role="dialog"
      aria-label={label}
      data-testid="annotation-card"
      tabIndex={-1}
      style={style}
      onKeyDown={onKeyDown}
    >
      <button type="button" className="fz-card-close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
      {props.quote && (
        <p className="fz-card-quote" data-testid="card-quote">
          {props.quote}
        </p>
      )}
      <ul aria-label={label}>
        {annotations.map((a) => {
          const code = byId.get(a.codeId);
          const name = code?.path ?? t('unknownCode');
          return (
            <li key={a.id} className="fz-card-item" data-annotation-id={a.id}>
              <div className="fz-card-code">
                <span className="fz-swatch" style={{ background: code?.color ?? '#888' }} aria-hidden="true" />
                <span>{name}</span>
              </div>
              <div className="fz-card-meta">
                {t('coder')}: {a.coder || '—'} · {t('origin')}: {t(ORIGIN_KEYS[a.origin])}
              </div>
              {editing?.id === a.id ? (
                <div className="fz-card-memo-edit">
                  <textarea
                    aria-label={t('editMemoNamed', { code: name })}
                    value={editing.draft}
                    autoFocus
                    rows={3}
                    onChange={(e) => setEditing({ id: a.id, draft: e.target.value })}
                    onKeyDown={(e) => onMemoKey(e, a.id)}
                  />
                  <div className="fz-hint">{t('memoHint')}</div>
                  <button
                    type="button"
                    onClick={() => {
                      props.onEditMemo(a.id, editing.draft);
                      endEdit();
                    }}
                  >
                    {t('save')}
                  </button>
                  <button type="button" onClick={endEdit}>
                    {t('cancel')}
                  </button>
                </div>
              ) : (
                <p className={a.memo ? 'fz-card-memo' : 'fz-card-memo fz-empty'}>{a.memo || t('noMemo')}</p>
              )}
              <div className="fz-card-actions">
                <button
                  type="button"
                  aria-label={t('removeNamed', { code: name })}
                  onClick={() => props.onRemove(a.id)}
                >
                  {t('remove')}
                </button>
                <button
                  type="button"
                  aria-label={t('changeNamed', { code: name })}
                  aria-expanded={changing === a.id}
                  onClick={() => setChanging(changing === a.id ? null : a.id)}
                >
                  {t('change')}
                </button>
                <button
                  type="button"
                  aria-label={t('editMemoNamed', { code: name })}
                  onClick={() => setEditing({ id: a.id, draft: a.memo })}
                >
                  {t('editMemo')}
                </button>
              </div>
              {changing === a.id && (
                <CodePicker
                  codes={codes}
                  currentCodeId={a.codeId}
                  onPick={(codeId) => {
                    setChanging(null);
                    props.onChangeCode(a.id, codeId);
                  }}
                  onClose={() => setChanging(null)}
                />
              )}
            </li>
          );
        })}
        {suggestion && (
          <li className="fz-card-item fz-card-suggestion">
            <div className="fz-card-code">
              <span className="fz-swatch fz-swatch-dashed" aria-hidden="true" />
              <span>{t('suggested', { category: t(CATEGORY_KEYS[suggestion.category]) })}</span>
              {byId.get(suggestion.codeId) && <span className="fz-hint"> → {byId.get(suggestion.codeId)!.path}</span>}
            </div>
            <div className="fz-card-actions">
              <button type="button" onClick={() => props.onAccept(suggestion.key)}>
                {t('accept')} (a)
              </button>
              <button type="button" onClick={() => props.onReject(suggestion.key)}>
                {t('reject')} (r)
              </button>
            </div>
          </li>
        )}
      </ul>
    </div>
  );
}
