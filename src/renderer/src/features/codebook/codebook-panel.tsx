/**
 * The codebook panel: the project's codes as an ARIA tree with counts, and every
 * edit on them. Props in, intents out: each edit calls a callback (the lead wires
 * them to the undoable commands); the panel keeps only view state (focus,
 * collapsed rows, the edit in progress, an open dialog).
 */
import { Fragment, useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { CodeDetails } from './code-details';
import { DeleteDialog, MergeDialog } from './code-dialogs';
import { CodeRow } from './code-row';
import { buildCodeTree, descendantIds, flattenVisible } from '../../../../shared/codebook/tree';
import {
  dropIntent,
  rolledUpCounts,
  keyboardIntent,
  segmentsRemovedOnDelete,
  type DropPosition,
  type KeyMove,
  type TreeIntent,
} from './codebook-tree';
import { codebookMessages } from './messages';
import { NameInput } from './name-input';
import './codebook.css';

export interface CodebookPanelProps {
  codes: readonly Code[];
  /** Coded segments per code id (a code missing here has none). */
  counts: Readonly<Record<string, number>>;
  /** The current code; leave undefined to let the panel keep its own selection. */
  selectedId?: string | null;
  onSelect: (id: string) => void;
  onAdd: (parentId: string | null, name: string) => void;
  onRename: (id: string, name: string) => void;
  onRecolor: (id: string, color: string) => void;
  onSetDescription: (id: string, text: string) => void;
  /** The command moves the key away from the code that has it now. */
  onSetShortcut: (id: string, key: string | null) => void;
  /** `index`, when given, is the position among the new siblings (else the end). */
  onMove: (id: string, newParentId: string | null, index?: number) => void;
  onReorder: (id: string, newIndex: number) => void;
  onMerge: (sourceId: string, targetId: string) => void;
  onDelete: (id: string) => void;
}

type Editing = { kind: 'rename'; id: string } | { kind: 'add'; parentId: string | null } | null;
type Asking = { kind: 'merge' | 'delete'; id: string } | null;

const MOVE_KEYS: Record<string, KeyMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' };

export function CodebookPanel(props: CodebookPanelProps) {
  const { codes, counts } = props;
  const t = useT(codebookMessages);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [drag, setDrag] = useState<{ id: string; over: string | null; position: DropPosition | null } | null>(null);
  const hintId = useId();
  const rowEls = useRef(new Map<string, HTMLLIElement>());
  // Set when the user acts from the keyboard: the row keeps focus through the re-render that moves it.
  const keepFocus = useRef(false);

  const selectedId = props.selectedId !== undefined ? props.selectedId : ownSelection;
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const rows = useMemo(() => flattenVisible(tree, collapsed), [tree, collapsed]);
  // A parent shows what its whole branch holds; its own segments are named in the row's label.
  const totals = useMemo(() => rolledUpCounts(tree, counts), [tree, counts]);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const tabbableId = rows.some((r) => r.code.id === focusId)
    ? focusId
    : rows.some((r) => r.code.id === selectedId)
      ? selectedId
      : (rows[0]?.code.id ?? null);

  useLayoutEffect(() => {
    if (!keepFocus.current || !tabbableId || editing || asking) return;
    const el = rowEls.current.get(tabbableId);
    if (el && document.activeElement !== el) el.focus();
  });

  const focusRow = (id: string) => {
    keepFocus.current = true;
    setFocusId(id);
    rowEls.current.get(id)?.focus();
  };

  const select = (id: string) => {
    setOwnSelection(id);
    props.onSelect(id);
  };

  const setOpen = (id: string, open: boolean) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = (intent: TreeIntent) => {
    if (intent.kind === 'reorder') props.onReorder(intent.id, intent.index);
    else {
      // Show the code where it landed.
      if (intent.parentId) setOpen(intent.parentId, true);
      props.onMove(intent.id, intent.parentId, intent.index);
    }
  };

  const askDelete = (id: string) => {
    const removed = segmentsRemovedOnDelete(codes, counts, id);
    // An unused code goes without a question; Undo is there for a slip.
    if (removed === 0) props.onDelete(id);
    else setAsking({ kind: 'delete', id });
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (e.target !== e.currentTarget) return;
    const row = rows[index];
    if (!row) return;
    const id = row.code.id;
    if (e.altKey && MOVE_KEYS[e.key]) {
      e.preventDefault();
      const intent = keyboardIntent(tree, id, MOVE_KEYS[e.key]!);
      if (intent) {
        keepFocus.current = true;
        apply(intent);
      }
      return;
    }
    const go = (i: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (target) focusRow(target.code.id);
    };
    switch (e.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) setOpen(id, true);
        else if (row.expanded) go(index + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) setOpen(id, false);
        else if (row.parentId) focusRow(row.parentId);
        break;
      case 'Enter':
      case ' ':
        select(id);
        break;
      case 'F2':
        setEditing({ kind: 'rename', id });
        break;
      case 'Delete':
        askDelete(id);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const dropAt = (e: DragEvent<HTMLLIElement>): DropPosition => {
    const rect = e.currentTarget.getBoundingClientRect();
    const y = (e.clientY - rect.top) / Math.max(1, rect.height);
    return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside';
  };

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const asked = asking ? byId.get(asking.id) : undefined;
  const addInput = (parentId: string | null, level: number) => (
    <li className="cb-add-row" role="none" style={{ paddingInlineStart: 6 + (level - 1) * 16 + 22 }}>
      <NameInput
        initial=""
        label={t('newCodeName')}
        placeholder={t('newCodePlaceholder')}
        testId="code-add-input"
        onSave={(name) => {
          setEditing(null);
          if (parentId) setOpen(parentId, true);
          props.onAdd(parentId, name);
        }}
        onCancel={() => setEditing(null)}
      />
    </li>
  );

  return (
    <div className="cb-panel" data-testid="codebook">
      <div className="cb-header">
        <h2 className="cb-title">{t('title')}</h2>
        <button
          type="button"
          className="btn"
          data-testid="code-add"
          onClick={() => setEditing({ kind: 'add', parentId: null })}
        >
          ＋ {t('addCode')}
        </button>
      </div>
      {rows.length === 0 && editing?.kind !== 'add' ? <p className="cb-empty">{t('empty')}</p> : null}
      <ul
        className="cb-tree"
        role="tree"
        aria-label={t('treeLabel')}
        aria-describedby={hintId}
        onBlur={(e) => {
          if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) keepFocus.current = false;
        }}
      >
        {rows.map((row, index) => {
          const id = row.code.id;
          return [
            <CodeRow
              key={id}
              row={row}
              count={totals[id] ?? 0}
              ownCount={counts[id] ?? 0}
              tabbable={id === tabbableId}
              selected={id === selectedId}
              renaming={editing?.kind === 'rename' && editing.id === id}
              dragging={drag?.id === id}
              dropPosition={drag?.over === id ? drag.position : null}
              rowRef={(el) => {
                if (el) rowEls.current.set(id, el);
                else rowEls.current.delete(id);
              }}
              onClick={() => {
                setFocusId(id);
                select(id);
              }}
              onToggle={() => setOpen(id, !row.expanded)}
              onStartRename={() => setEditing({ kind: 'rename', id })}
              onRename={(name) => {
                setEditing(null);
                keepFocus.current = true;
                props.onRename(id, name);
              }}
              onEndRename={() => {
                setEditing(null);
                keepFocus.current = true;
              }}
              onFocus={() => setFocusId(id)}
              onKeyDown={(e) => onRowKeyDown(e, index)}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
                setDrag({ id, over: null, position: null });
              }}
              onDragOver={(e) => {
                if (!drag) return;
                const position = dropAt(e);
                const ok = dropIntent(codes, tree, drag.id, id, position) !== null;
                if (ok) {
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                }
                const next = ok ? position : null;
                if (drag.over !== id || drag.position !== next) setDrag({ ...drag, over: id, position: next });
              }}
              onDrop={(e) => {
                e.preventDefault();
                const intent = drag ? dropIntent(codes, tree, drag.id, id, dropAt(e)) : null;
                setDrag(null);
                if (intent) apply(intent);
              }}
              onDragEnd={() => setDrag(null)}
            />,
            editing?.kind === 'add' && editing.parentId === id ? (
              <Fragment key={`${id}-add`}>{addInput(id, row.level + 1)}</Fragment>
            ) : null,
          ];
        })}
        {editing?.kind === 'add' && (editing.parentId === null || !rows.some((r) => r.code.id === editing.parentId))
          ? addInput(editing.parentId, editing.parentId ? 2 : 1)
          : null}
      </ul>
      <p className="cb-hint cb-move-hint" id={hintId}>
        {t('moveHint')}
      </p>
      {selected ? (
        <CodeDetails
          key={selected.id}
          code={selected}
          codes={codes}
          onRecolor={props.onRecolor}
          onSetDescription={props.onSetDescription}
          onSetShortcut={props.onSetShortcut}
          onAddChild={() => {
            setOpen(selected.id, true);
            setEditing({ kind: 'add', parentId: selected.id });
          }}
          onRename={() => setEditing({ kind: 'rename', id: selected.id })}
          onMerge={() => setAsking({ kind: 'merge', id: selected.id })}
          onDelete={() => askDelete(selected.id)}
        />
      ) : null}
      {asking?.kind === 'merge' && asked ? (
        <MergeDialog code={asked} codes={codes} onMerge={props.onMerge} onClose={() => setAsking(null)} />
      ) : null}
      {asking?.kind === 'delete' && asked ? (
        <DeleteDialog
          code={asked}
          segments={segmentsRemovedOnDelete(codes, counts, asked.id)}
          subCodes={descendantIds(codes, asked.id).length}
          onDelete={props.onDelete}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
