/** One row of the code tree: a treeitem with swatch, label, shortcut badge and segment count. */
import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import type { Code } from '../../../../shared/model/project';
import { useLang, useT } from '../../i18n/i18n';
import { codeLabel, type VisibleRow } from '../../../../shared/codebook/tree';
import type { DropPosition } from './codebook-tree';
import { codebookMessages } from './messages';
import { NameInput } from './name-input';

export interface CodeRowProps {
  row: VisibleRow<Code>;
  /** Coded segments of the code and all its sub-codes. */
  count: number;
  /** Coded segments of the code itself. */
  ownCount: number;
  tabbable: boolean;
  selected: boolean;
  renaming: boolean;
  dropPosition: DropPosition | null;
  dragging: boolean;
  rowRef: (el: HTMLLIElement | null) => void;
  onClick: (e: MouseEvent) => void;
  onToggle: () => void;
  onStartRename: () => void;
  onRename: (name: string) => void;
  onEndRename: () => void;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  onDragStart: (e: DragEvent<HTMLLIElement>) => void;
  onDragOver: (e: DragEvent<HTMLLIElement>) => void;
  onDrop: (e: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

export function CodeRow(p: CodeRowProps) {
  const t = useT(codebookMessages);
  const { lang } = useLang();
  const { code, level, hasChildren, expanded } = p.row;
  const label = codeLabel(code, lang);
  const withSub = hasChildren && p.count !== p.ownCount;
  const parts = [
    label,
    withSub ? t('segmentsWithSub', { count: p.count, own: p.ownCount }) : t('segments', { count: p.count }),
  ];
  if (code.shortcut) parts.push(t('shortcutBadge', { key: code.shortcut.toUpperCase() }));
  return (
    <li
      ref={p.rowRef}
      role="treeitem"
      aria-level={level}
      aria-setsize={p.row.setSize}
      aria-posinset={p.row.posInSet}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={p.selected}
      aria-label={p.renaming ? undefined : parts.join(', ')}
      tabIndex={p.tabbable ? 0 : -1}
      className={[
        'cb-row',
        p.selected ? 'is-selected' : '',
        p.dragging ? 'is-dragging' : '',
        p.dropPosition ? `drop-${p.dropPosition}` : '',
      ].join(' ')}
      style={{ paddingInlineStart: 6 + (level - 1) * 16 }}
      data-testid="code-row"
      data-code-id={code.id}
      draggable={!p.renaming}
      onClick={p.onClick}
      onDoubleClick={p.onStartRename}
      onFocus={(e) => {
        if (e.target === e.currentTarget) p.onFocus();
      }}
      onKeyDown={p.onKeyDown}
      onDragStart={p.onDragStart}
      onDragOver={p.onDragOver}
      onDrop={p.onDrop}
      onDragEnd={p.onDragEnd}
    >
      <span
        className={`cb-twisty${hasChildren ? '' : ' is-leaf'}`}
        aria-hidden="true"
        title={hasChildren ? t(expanded ? 'collapse' : 'expand') : undefined}
        onClick={(e) => {
          e.stopPropagation();
          if (hasChildren) p.onToggle();
        }}
      >
        {hasChildren ? (expanded ? '▾' : '▸') : ''}
      </span>
      <span className="cb-swatch" style={{ background: code.color }} aria-hidden="true" />
      {p.renaming ? (
        <NameInput
          initial={code.name}
          label={t('renameLabel', { name: code.name })}
          onSave={p.onRename}
          onCancel={p.onEndRename}
        />
      ) : (
        <span className={`cb-label${code.parentId === null && code.category ? ' is-category' : ''}`} title={label}>
          {label}
        </span>
      )}
      {code.shortcut ? (
        <kbd className="cb-key" aria-hidden="true">
          {code.shortcut.toUpperCase()}
        </kbd>
      ) : null}
      <span
        className={`cb-count${p.count === 0 ? ' is-zero' : ''}${withSub ? ' is-rolled-up' : ''}`}
        aria-hidden="true"
        data-testid="code-count"
        title={withSub ? t('segmentsWithSub', { count: p.count, own: p.ownCount }) : undefined}
      >
        {p.count}
      </span>
    </li>
  );
}
