/** The application bar: project, views, import and export, undo/redo, coder, language. */
import { useRef, type ReactNode } from 'react';
import type { CommandState } from '../commands';
import { useLang, useT } from '../i18n/i18n';
import { CorpusTabs, type CorpusView } from './corpus-tabs';
import { appMessages } from './messages';
import { CoderIcon, ExportIcon, FilesIcon, FolderIcon, TeamIcon } from './top-bar-icons';
import { useCompactBar } from './use-compact-bar';

export type View = 'library' | 'reader' | 'analysis' | CorpusView;

export interface TopBarProps {
  projectSwitcher: ReactNode;
  summaryButton: ReactNode;
  view: View;
  onView: (view: View) => void;
  readerEnabled: boolean;
  importBusy: boolean;
  onImportFiles: () => void;
  onImportFolder: () => void;
  onExport: () => void;
  onTeam: () => void;
  commandState: CommandState | null;
  onUndo: () => void;
  onRedo: () => void;
  coder: string;
  onSetCoder: () => void;
}

/** A tab's name, and the shorter one the compact bar shows (the full one stays its name for assistive tech). */
function TabName({ full, short }: { full: string; short: string }) {
  if (full === short) return <>{full}</>;
  return (
    <>
      <span className="topbar-full">{full}</span>
      <span className="topbar-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/** An action: its icon and label; the compact bar shows the icon alone, the label as its tooltip. */
function Action({
  icon,
  label,
  testId,
  disabled,
  onClick,
}: {
  icon: ReactNode;
  label: string;
  testId: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button className="btn" disabled={disabled} onClick={onClick} title={label} data-testid={testId}>
      {icon}
      <span className="topbar-label">{label}</span>
    </button>
  );
}

export function TopBar(props: TopBarProps) {
  const t = useT(appMessages);
  const bar = useRef<HTMLElement>(null);
  const compact = useCompactBar(bar);
  const { lang, setLang } = useLang();
  const s = props.commandState;
  const undoTitle = s?.undoLabel ? t('undoLabel', { label: s.undoLabel[lang] }) : t('undo');
  const redoTitle = s?.redoLabel ? t('redoLabel', { label: s.redoLabel[lang] }) : t('redo');
  return (
    <header ref={bar} className={compact ? 'topbar compact' : 'topbar'} role="banner">
      <span className="brand">{t('brand')}</span>
      {props.projectSwitcher}
      <nav className="tabs" role="tablist" aria-label={t('brand')}>
        <button
          className="btn ghost"
          role="tab"
          aria-selected={props.view === 'library'}
          onClick={() => props.onView('library')}
        >
          {t('library')}
        </button>
        <button
          className="btn ghost"
          role="tab"
          aria-selected={props.view === 'reader'}
          disabled={!props.readerEnabled}
          onClick={() => props.onView('reader')}
        >
          <TabName full={t('reader')} short={t('readerShort')} />
        </button>
        <CorpusTabs view={props.view} onView={props.onView} />
        <button
          className="btn ghost"
          role="tab"
          aria-selected={props.view === 'analysis'}
          onClick={() => props.onView('analysis')}
          data-testid="view-analysis"
          title={t('analysis')}
        >
          <TabName full={t('analysis')} short={t('analysisShort')} />
        </button>
      </nav>
      <span className="spacer" />
      <Action
        icon={<FilesIcon />}
        label={t('importFiles')}
        testId="import-files"
        disabled={props.importBusy}
        onClick={props.onImportFiles}
      />
      <Action
        icon={<FolderIcon />}
        label={t('importFolder')}
        testId="import-folder"
        disabled={props.importBusy}
        onClick={props.onImportFolder}
      />
      {props.summaryButton}
      <Action icon={<ExportIcon />} label={t('export')} testId="export-open" onClick={props.onExport} />
      <Action icon={<TeamIcon />} label={t('team')} testId="team-open" onClick={props.onTeam} />
      <button
        className="btn ghost"
        disabled={!s?.canUndo}
        onClick={props.onUndo}
        title={`${undoTitle} (Ctrl+Z)`}
        aria-label={undoTitle}
        data-testid="undo"
      >
        ↶
      </button>
      <button
        className="btn ghost"
        disabled={!s?.canRedo}
        onClick={props.onRedo}
        title={`${redoTitle} (Ctrl+Shift+Z)`}
        aria-label={redoTitle}
        data-testid="redo"
      >
        ↷
      </button>
      <button className="btn ghost" onClick={props.onSetCoder} title={t('setCoder')} data-testid="coder">
        <CoderIcon />
        {props.coder ? (
          // Compact: the name alone beside the person icon.
          <TabName full={t('coder', { name: props.coder })} short={props.coder} />
        ) : (
          <span className="topbar-label">{t('setCoder')}</span>
        )}
      </button>
      <button
        className="btn ghost"
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        aria-label={t('language')}
        data-testid="language"
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
