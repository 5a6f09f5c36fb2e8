/**
 * Shows the current project and a menu to switch to another, create one, rename
 * or delete the current one. Props-driven: the caller does the work.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CodebookTemplateId } from '../../../../shared/codebook/templates';
import type { Project } from '../../../../shared/model/project';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { projectMessages } from './messages';
import { ProjectNameDialog } from './project-name-dialog';
import './projects.css';

export interface ProjectSwitcherProps {
  projects: Project[];
  currentId: string | null;
  /** Documents per project id, shown in the menu and named in the delete confirmation. */
  documentCounts?: Record<string, number>;
  onSwitch: (id: string) => void;
  onCreate: (name: string, template: CodebookTemplateId) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  /** Open a project file (.fazhi backup, REFI-QDA .qdpx/.qdc): the caller opens the file picker. */
  onOpenFile?: () => void;
  /** Save the current project as a .fazhi backup. */
  onBackup?: () => void;
}

type Open = 'menu' | 'create' | 'rename' | 'delete' | null;

export function ProjectSwitcher(props: ProjectSwitcherProps) {
  const { projects, currentId, documentCounts, onSwitch, onCreate, onRename, onDelete } = props;
  const t = useT(projectMessages);
  const menuId = useId();
  const [open, setOpen] = useState<Open>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const current = projects.find((p) => p.id === currentId) ?? null;
  const sorted = [...projects].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

  // Opening the menu focuses the current project; clicking elsewhere closes it.
  useEffect(() => {
    if (open !== 'menu') return;
    const items = menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([aria-disabled="true"])');
    const checked = menuRef.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? items?.[0])?.focus();
    const onDown = (e: MouseEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const closeMenu = () => {
    setOpen(null);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter(
      (el) => el.getAttribute('aria-disabled') !== 'true',
    );
    const at = items.findIndex((el) => el === document.activeElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      closeMenu();
    }
  };

  const onlyOne = projects.length <= 1;
  // Without counts the confirmation still names the project, but claims no number of documents.
  const currentCount = current && documentCounts ? (documentCounts[current.id] ?? 0) : null;

  return (
    <div className="fz-projects" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="fz-projects-button"
        data-testid="project-switcher"
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        aria-controls={open === 'menu' ? menuId : undefined}
        aria-label={t('switcherLabel', { name: current?.name ?? t('noProject') })}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
      >
        <span className="fz-projects-name">{current?.name ?? t('noProject')}</span>
        <span aria-hidden="true" className="fz-projects-caret">
          ▾
        </span>
      </button>
      {open === 'menu' ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('menuLabel')}
          className="fz-projects-menu"
          data-testid="project-menu"
          onKeyDown={onMenuKeyDown}
        >
          <div role="group" aria-label={t('projectsHeading')}>
            <div className="fz-projects-heading" aria-hidden="true">
              {t('projectsHeading')}
            </div>
            {sorted.map((p) => (
              <button
                key={p.id}
                type="button"
                role="menuitemradio"
                aria-checked={p.id === currentId}
                tabIndex={-1}
                className="fz-projects-item"
                data-testid="project-item"
                data-project-id={p.id}
                onClick={() => {
                  closeMenu();
                  if (p.id !== currentId) onSwitch(p.id);
                }}
              >
                <span className="fz-projects-check" aria-hidden="true">
                  {p.id === currentId ? '✓' : ''}
                </span>
                <span className="fz-projects-item-name">{p.name}</span>
                {documentCounts ? (
                  <span className="fz-projects-count">{t('docCount', { n: documentCounts[p.id] ?? 0 })}</span>
                ) : null}
              </button>
            ))}
          </div>
          <div role="separator" className="fz-projects-sep" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="fz-projects-item"
            data-testid="project-create"
            onClick={() => setOpen('create')}
          >
            {t('create')}
          </button>
          {props.onOpenFile ? (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="fz-projects-item"
              data-testid="project-open-file"
              onClick={() => {
                // The web edition's file picker must open within this click.
                props.onOpenFile?.();
                setOpen(null);
              }}
            >
              {t('openFile')}
            </button>
          ) : null}
          {props.onBackup ? (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="fz-projects-item"
              data-testid="project-backup"
              aria-disabled={!current}
              onClick={() => {
                if (!current) return;
                props.onBackup?.();
                setOpen(null);
              }}
            >
              {t('backup')}
            </button>
          ) : null}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="fz-projects-item"
            data-testid="project-rename"
            aria-disabled={!current}
            onClick={() => current && setOpen('rename')}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="fz-projects-item is-danger"
            data-testid="project-delete"
            aria-disabled={!current || onlyOne}
            title={onlyOne ? t('deleteOnly') : undefined}
            onClick={() => current && !onlyOne && setOpen('delete')}
          >
            {t('delete')}
          </button>
        </div>
      ) : null}
      {open === 'create' ? (
        <ProjectNameDialog
          mode="create"
          projects={projects}
          onCancel={() => setOpen(null)}
          onSubmit={(name, template) => {
            setOpen(null);
            onCreate(name, template);
          }}
        />
      ) : null}
      {open === 'rename' && current ? (
        <ProjectNameDialog
          mode="rename"
          project={current}
          projects={projects}
          onCancel={() => setOpen(null)}
          onSubmit={(name) => {
            setOpen(null);
            if (name !== current.name) onRename(current.id, name);
          }}
        />
      ) : null}
      {open === 'delete' && current ? (
        <ConfirmDialog
          title={t('deleteTitle')}
          message={
            <>
              <p>
                {currentCount === null
                  ? t('deleteConfirmNoCount', { name: current.name })
                  : t('deleteConfirm', { name: current.name, n: currentCount })}
              </p>
              <p className="fz-projects-warning">{t('deleteWarning')}</p>
            </>
          }
          confirmLabel={t('deleteOk')}
          cancelLabel={t('cancel')}
          danger
          onConfirm={() => {
            setOpen(null);
            onDelete(current.id);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
