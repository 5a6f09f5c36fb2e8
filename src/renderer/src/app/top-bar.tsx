/** The application bar: project, views, import and export, undo/redo, coder, language. */
import type { ReactNode } from 'react';
import type { CommandState } from '../commands';
import { useLang, useT } from '../i18n/i18n';
import { CorpusTabs, type CorpusView } from './corpus-tabs';
import { appMessages } from './messages';

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

export function TopBar(props: TopBarProps) {
  const t = useT(appMessages);
  const { lang, setLang } = useLang();
  const s = props.commandState;
  const undoTitle = s?.undoLabel ? t('undoLabel', { label: s.undoLabel[lang] }) : t('undo');
  const redoTitle = s?.redoLabel ? t('redoLabel', { label: s.redoLabel[lang] }) : t('redo');
  return (
    <header className="topbar" role="banner">
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
          {t('reader')}
        </button>
        <CorpusTabs view={props.view} onView={props.onView} />
        <button
          className="btn ghost"
          role="tab"
          aria-selected={props.view === 'analysis'}
          onClick={() => props.onView('analysis')}
          data-testid="view-analysis"
        >
          {t('analysis')}
        </button>
      </nav>
      <span className="spacer" />
      <button className="btn" disabled={props.importBusy} onClick={props.onImportFiles} data-testid="import-files">
        {t('importFiles')}
      </button>
      <button className="btn" disabled={props.importBusy} onClick={props.onImportFolder} data-testid="import-folder">
        {t('importFolder')}
      </button>
      {props.summaryButton}
      <button className="btn" onClick={props.onExport} data-testid="export-open">
        {t('export')}
      </button>
      <button className="btn" onClick={props.onTeam} data-testid="team-open">
        {t('team')}
      </button>
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
        {props.coder ? t('coder', { name: props.coder }) : t('setCoder')}
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
