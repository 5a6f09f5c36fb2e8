/**
 * Every memo of the project in one place: the project memo (editable here), then
 * the memos on documents, codes and coded segments, each naming what it is about;
 * a document's memo opens its document.
 */
import { useMemo, useState } from 'react';
import type { Code, DocumentRecord } from '../../../shared/model/project';
import { codeLabel } from '../../../shared/codebook/tree';
import { setMemo } from '../commands';
import { Dialog } from '../ui/dialog';
import { useLang, useT } from '../i18n/i18n';
import { useAnnotationMemos, useMemos } from '../storage/notes-hooks';
import { memosMessages } from './memos-messages';
import type { CommandRunner } from './use-commands';
import './memos.css';

export interface MemosProps {
  projectId: string;
  documents: readonly DocumentRecord[];
  codes: readonly Code[];
  coder: string;
  run: CommandRunner;
  onOpenDocument: (docId: string) => void;
}

/** The button that opens the overview, with the number of memos. */
export function MemosButton(props: MemosProps) {
  const t = useT(memosMessages);
  const memos = useMemos(props.projectId);
  const segmentMemos = useAnnotationMemos(props.projectId);
  const [open, setOpen] = useState(false);
  const n = (memos?.length ?? 0) + (segmentMemos?.length ?? 0);
  return (
    <>
      <button
        type="button"
        className="btn ghost memos-button"
        data-testid="memos-open"
        title={t('openTitle', { n })}
        onClick={() => setOpen(true)}
      >
        ✎ {t('open')} {n > 0 ? <span className="memos-count">{n}</span> : null}
      </button>
      {open && memos && segmentMemos ? (
        <MemosDialog {...props} onClose={() => setOpen(false)} memos={memos} segmentMemos={segmentMemos} />
      ) : null}
    </>
  );
}

function MemosDialog(
  props: MemosProps & {
    onClose: () => void;
    memos: NonNullable<ReturnType<typeof useMemos>>;
    segmentMemos: NonNullable<ReturnType<typeof useAnnotationMemos>>;
  },
) {
  const { memos, segmentMemos, documents, codes, projectId, coder, run } = props;
  const t = useT(memosMessages);
  const { lang } = useLang();
  const projectMemo = memos.find((m) => m.targetType === 'project')?.text ?? '';
  const [draft, setDraft] = useState(projectMemo);
  const docById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const docMemos = memos.filter((m) => m.targetType === 'document' && m.targetId && docById.has(m.targetId));
  const codeMemos = memos.filter((m) => m.targetType === 'code' && m.targetId && codeById.has(m.targetId));
  const day = (iso: string) => iso.slice(0, 10);
  const docTitle = (id: string) => {
    const d = docById.get(id);
    return d ? (d.title ?? d.fileName) : '';
  };
  return (
    <Dialog title={t('title')} onClose={props.onClose} testId="memos-dialog" className="memos-dialog">
      <section className="memos-section">
        <h3>{t('project')}</h3>
        <textarea
          data-testid="project-memo"
          rows={4}
          value={draft}
          placeholder={t('projectPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button
          type="button"
          className="fz-button"
          data-testid="project-memo-save"
          disabled={draft === projectMemo}
          onClick={() =>
            void run(setMemo({ projectId, targetType: 'project', targetId: null, text: draft, author: coder }))
          }
        >
          {t('save')}
        </button>
      </section>
      <section className="memos-section" data-testid="memos-documents">
        <h3>{t('documents')}</h3>
        {docMemos.length === 0 ? <p className="memos-none">{t('none')}</p> : null}
        <ul>
          {docMemos.map((m) => (
            <li key={m.id}>
              <div className="memos-about">
                <span title={docTitle(m.targetId!)}>{docTitle(m.targetId!)}</span>
                <button
                  type="button"
                  className="fz-button"
                  onClick={() => {
                    props.onClose();
                    props.onOpenDocument(m.targetId!);
                  }}
                >
                  {t('openDocument')}
                </button>
              </div>
              <p className="memos-text">{m.text}</p>
              <p className="memos-by">{t('by', { author: m.author || '—', date: day(m.updatedAt) })}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="memos-section">
        <h3>{t('codes')}</h3>
        {codeMemos.length === 0 ? <p className="memos-none">{t('none')}</p> : null}
        <ul>
          {codeMemos.map((m) => (
            <li key={m.id}>
              <div className="memos-about">{codeLabel(codeById.get(m.targetId!)!, lang)}</div>
              <p className="memos-text">{m.text}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="memos-section" data-testid="memos-segments">
        <h3>{t('segments')}</h3>
        {segmentMemos.length === 0 ? <p className="memos-none">{t('none')}</p> : null}
        <ul>
          {segmentMemos.map((a) => {
            const code = codeById.get(a.codeId);
            return (
              <li key={a.id}>
                <div className="memos-about">
                  <span>{code ? codeLabel(code, lang) : ''}</span>
                  <span className="memos-quote" title={a.quote}>
                    「{[...a.quote].slice(0, 40).join('')}」 · {docTitle(a.docId)}
                  </span>
                </div>
                <p className="memos-text">{a.memo}</p>
                <p className="memos-by">{t('by', { author: a.coder || '—', date: day(a.updatedAt) })}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </Dialog>
  );
}
